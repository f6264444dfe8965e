/**
 * The logged-in learner's profile. Starts from what the server holds (so coming back shows the
 * saved data), checks each field with the same pure checks the server runs, and confirms the
 * save next to the button, where the learner is looking. The NIP is the account's: shown, not edited.
 */
import ProfileFields from './ProfileFields.tsx';
import { useRef, useState } from 'preact/hooks';
import { parseNip } from '../lib/nip.ts';
import { validatePerson } from '../lib/person.ts';
import { learnerProfile, type LearnerProfile } from '../stores/learner.ts';
import { fill } from '../lib/fill.ts';

interface Props {
  strings: Record<string, string>;
  /** The profile as saved on the server. */
  initial: LearnerProfile;
  /** Where to go after saving (e.g. the exam); stays on the page when absent. */
  next?: string;
}

type Field = 'nip' | 'name' | 'jabatan' | 'pangkat' | 'unit';


export default function LearnerForm({ strings: s, initial, next }: Props) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [values, setValues] = useState<Record<Field | 'kind', string>>({
    nip: initial.nip, kind: initial.kind, name: initial.name, jabatan: initial.jabatan, pangkat: initial.pangkat ?? '', unit: initial.unit,
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
      statusRef.current?.focus();
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
      {status === 'error' && <p class="notice bad" role="alert">{message}</p>}
      <div class="field">
        <label for="f-nip">{s['learner.nip']}</label>
        <input id="f-nip" name="nip" value={values.nip} readOnly aria-describedby="h-nip" />
        <p class="hint" id="h-nip">{s['learner.nipFixed']}</p>
      </div>
      <ProfileFields idPrefix="f" kind={values.kind} onKind={(kind) => setValues({ ...values, kind })} field={field} strings={s} />
      <p><button class="button" type="submit" disabled={status === 'saving'}>{s['learner.save']}</button></p>
      <p ref={statusRef} tabIndex={-1} class={`form-status ${status === 'saved' ? 'notice ok' : ''}`} role="status" aria-live="polite">{status === 'saved' || status === 'saving' ? message : ''}</p>
    </form>
  );
}
