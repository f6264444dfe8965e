/**
 * Identification with NIP and profile. Checks each field as the learner types it (the same pure
 * checks the server runs), then sends it to the server, which validates again and starts the
 * learner's session. The profile is remembered on the device.
 */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { parseNip } from '../lib/nip.ts';
import { validatePerson } from '../lib/person.ts';
import { learnerProfile, type LearnerProfile } from '../stores/learner.ts';
import { fill } from '../lib/fill.ts';

interface Props {
  strings: Record<string, string>;
  /** Where to go after saving (e.g. the exam); stays on the page when absent. */
  next?: string;
}

type Field = 'nip' | 'name' | 'jabatan' | 'pangkat' | 'unit';


export default function LearnerForm({ strings: s, next }: Props) {
  const saved = useStore(learnerProfile);
  const [values, setValues] = useState<Record<Field | 'kind', string>>({
    nip: saved?.nip ?? '', kind: 'auto', name: saved?.name ?? '', jabatan: saved?.jabatan ?? '', pangkat: saved?.pangkat ?? '', unit: saved?.unit ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [message, setMessage] = useState('');

  function localErrors(v: typeof values) {
    const e: Partial<Record<Field, string>> = {};
    const nip = parseNip(v.nip, { kind: v.kind === 'pns' || v.kind === 'pppk' ? v.kind : 'auto' });
    if (!nip.ok) e.nip = nip.error.message;
    const p = validatePerson({ name: v.name, jabatan: v.jabatan, pangkat: v.pangkat, unit: v.unit });
    if (!p.ok) Object.assign(e, p.errors);
    return e;
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    const e = localErrors(values);
    setErrors(e);
    if (Object.keys(e).length) {
      setStatus('error');
      setMessage(fill(s['learner.errorSummary'], { count: Object.keys(e).length }));
      (document.getElementById(`f-${Object.keys(e)[0]}`) as HTMLElement | null)?.focus();
      return;
    }
    setStatus('saving');
    setMessage(s['learner.saving']);
    try {
      const res = await fetch('/api/peserta', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(values) });
      const body = await res.json();
      if (!res.ok) {
        setErrors(body.fields ?? {});
        setStatus('error');
        setMessage(body.error);
        return;
      }
      learnerProfile.set(body.learner as LearnerProfile);
      setStatus('saved');
      setMessage(s['learner.saved']);
      // Only a path on this site, never an outside address smuggled into ?lanjut=.
      const target = next ?? new URLSearchParams(location.search).get('lanjut');
      if (target && target.startsWith('/') && !target.startsWith('//')) location.assign(target);
    } catch {
      setStatus('error');
      setMessage(s['learner.offline']);
    }
  }

  const field = (name: Field, label: string, opts: { hint?: string; autocomplete?: string; inputMode?: string; required?: boolean } = {}) => {
    const describedBy = [opts.hint && `h-${name}`, errors[name] && `e-${name}`].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label for={`f-${name}`}>{label}</label>
        {opts.hint && <p class="hint" id={`h-${name}`}>{opts.hint}</p>}
        {errors[name] && <p class="field-error" id={`e-${name}`}>{errors[name]}</p>}
        <input
          id={`f-${name}`}
          name={name}
          value={values[name]}
          required={opts.required !== false}
          autoComplete={opts.autocomplete}
          inputMode={opts.inputMode as 'numeric' | undefined}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => setValues({ ...values, [name]: (e.target as HTMLInputElement).value })}
        />
      </div>
    );
  };

  return (
    <form class="learner-form" onSubmit={submit} noValidate>
      <p class={`form-status ${status === 'error' ? 'notice bad' : status === 'saved' ? 'notice ok' : ''}`} role="status" aria-live="polite">{message}</p>
      {field('nip', s['learner.nip'], { hint: s['learner.nipHint'], inputMode: 'numeric', autocomplete: 'off' })}
      <div class="field">
        <label for="f-kind">{s['learner.kind']}</label>
        <select id="f-kind" name="kind" value={values.kind} onChange={(e) => setValues({ ...values, kind: (e.target as HTMLSelectElement).value })}>
          <option value="auto">{s['learner.kindAuto']}</option>
          <option value="pns">{s['learner.kindPns']}</option>
          <option value="pppk">{s['learner.kindPppk']}</option>
        </select>
      </div>
      {field('name', s['learner.name'], { hint: s['learner.nameHint'], autocomplete: 'name' })}
      {field('jabatan', s['learner.jabatan'], { autocomplete: 'organization-title' })}
      {field('pangkat', s['learner.pangkat'], { required: false })}
      {field('unit', s['learner.unit'], { hint: s['learner.unitHint'], autocomplete: 'organization' })}
      <p><button class="button" type="submit" disabled={status === 'saving'}>{s['learner.save']}</button></p>
    </form>
  );
}
