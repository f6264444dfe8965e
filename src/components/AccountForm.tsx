/**
 * "Masuk / Daftar": log in with NIP and password, register (claim a NIP), or set a new password
 * with the operator's one-time reset code. The server checks everything again; its errors are
 * shown next to the field they name.
 */
import ProfileFields from './ProfileFields.tsx';
import { useEffect, useState } from 'preact/hooks';
import { parseNip } from '../lib/nip.ts';
import { validatePerson } from '../lib/person.ts';
import { learnerProfile, type LearnerProfile } from '../stores/learner.ts';
import { fill } from '../lib/fill.ts';

type Mode = 'masuk' | 'daftar' | 'pulihkan';
type Field = 'nip' | 'password' | 'name' | 'jabatan' | 'pangkat' | 'unit' | 'activationCode' | 'code';

interface Props {
  strings: Record<string, string>;
  initial?: Mode;
}

const ENDPOINT: Record<Mode, string> = { masuk: '/api/akun/masuk', daftar: '/api/akun/daftar', pulihkan: '/api/akun/pulihkan' };

/** Forgets what this device remembers of another learner (a shared office phone). */
function forgetOtherLearner(nip: string) {
  const before = learnerProfile.get();
  if (!before || before.nip === nip) return;
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith('netral:')) localStorage.removeItem(k);
  } catch { /* storage blocked */ }
}

export default function AccountForm({ strings: s, initial = 'masuk' }: Props) {
  // Starts as prerendered (hydration must match); the hash then picks the mode (see below).
  const [mode, setMode] = useState<Mode>(initial);
  const [v, setV] = useState<Record<Field | 'kind', string>>({ nip: '', password: '', name: '', jabatan: '', pangkat: '', unit: '', activationCode: '', code: '', kind: 'auto' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  // A link to #daftar or #pulihkan on this page (or the prerendered first paint) picks the mode.
  useEffect(() => {
    const fromHash = () => {
      const h = location.hash.slice(1);
      if (h === 'daftar' || h === 'pulihkan' || h === 'masuk') setMode(h);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    return () => removeEventListener('hashchange', fromHash);
  }, []);
  const [status, setStatus] = useState<'idle' | 'busy' | 'error' | 'done'>('idle');
  const [message, setMessage] = useState('');

  function switchTo(m: Mode) {
    setMode(m);
    setErrors({});
    setStatus('idle');
    setMessage('');
    history.replaceState(null, '', `#${m}`);
  }

  function localErrors(): Partial<Record<Field, string>> {
    const e: Partial<Record<Field, string>> = {};
    const nip = parseNip(v.nip, { kind: v.kind === 'pns' || v.kind === 'pppk' ? v.kind : 'auto' });
    if (!nip.ok) e.nip = nip.error.message;
    if (v.password.length < 8) e.password = fill(s['account.passwordShort'], { min: 8 });
    if (mode === 'masuk' && v.password) delete e.password;
    if (mode === 'daftar') {
      const p = validatePerson({ name: v.name, jabatan: v.jabatan, pangkat: v.pangkat, unit: v.unit });
      if (!p.ok) Object.assign(e, p.errors);
    }
    if (mode === 'pulihkan' && !v.code.trim()) e.code = s['account.resetMissing'];
    return e;
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    const e = localErrors();
    setErrors(e);
    if (Object.keys(e).length) {
      setStatus('error');
      setMessage(fill(s['learner.errorSummary'], { count: Object.keys(e).length }));
      (document.getElementById(`a-${Object.keys(e)[0]}`) as HTMLElement | null)?.focus();
      return;
    }
    setStatus('busy');
    setMessage(s['account.working']);
    const body =
      mode === 'masuk' ? { nip: v.nip, password: v.password }
      : mode === 'pulihkan' ? { nip: v.nip, code: v.code, password: v.password }
      : { nip: v.nip, kind: v.kind, name: v.name, jabatan: v.jabatan, pangkat: v.pangkat, unit: v.unit, password: v.password, activationCode: v.activationCode };
    try {
      const res = await fetch(ENDPOINT[mode], { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) {
        setErrors(out.fields ?? {});
        setStatus('error');
        setMessage(out.error ?? s['account.offline']);
        const first = Object.keys(out.fields ?? {})[0];
        if (first) (document.getElementById(`a-${first}`) as HTMLElement | null)?.focus();
        return;
      }
      forgetOtherLearner((out.learner as LearnerProfile).nip);
      learnerProfile.set(out.learner as LearnerProfile);
      setStatus('done');
      setMessage(s['account.done']);
      // Only a path on this site, never an outside address smuggled into ?lanjut=.
      const target = new URLSearchParams(location.search).get('lanjut');
      location.assign(target && target.startsWith('/') && !target.startsWith('//') ? target : '/');
    } catch {
      setStatus('error');
      setMessage(s['account.offline']);
    }
  }

  const field = (name: Field, label: string, opts: { hint?: string; type?: string; autocomplete?: string; inputMode?: string; required?: boolean } = {}) => {
    const describedBy = [opts.hint && `ah-${name}`, errors[name] && `ae-${name}`].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field" key={`${mode}-${name}`}>
        <label for={`a-${name}`}>{label}</label>
        {opts.hint && <p class="hint" id={`ah-${name}`}>{opts.hint}</p>}
        {errors[name] && <p class="field-error" id={`ae-${name}`}>{errors[name]}</p>}
        <input
          id={`a-${name}`}
          name={name}
          type={opts.type ?? 'text'}
          value={v[name]}
          required={opts.required !== false}
          autoComplete={opts.autocomplete}
          inputMode={opts.inputMode as 'numeric' | undefined}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => setV({ ...v, [name]: (e.target as HTMLInputElement).value })}
        />
      </div>
    );
  };

  const tabs: [Mode, string][] = [['masuk', s['account.tabLogin']], ['daftar', s['account.tabRegister']], ['pulihkan', s['account.tabReset']]];
  return (
    <div class="account-form">
      <div class="modes" role="group" aria-label={s['account.title']}>
        {tabs.map(([m, label]) => (
          <button key={m} type="button" class={`button ${mode === m ? '' : 'secondary'}`} aria-pressed={mode === m} onClick={() => switchTo(m)}>{label}</button>
        ))}
      </div>
      <form class="learner-form" onSubmit={submit} noValidate>
        <h2>{mode === 'masuk' ? s['account.loginTitle'] : mode === 'daftar' ? s['account.registerTitle'] : s['account.resetTitle']}</h2>
        {mode === 'daftar' && <p>{s['account.registerIntro']}</p>}
        {mode === 'pulihkan' && <p>{s['account.resetIntro']}</p>}
        <p class={`form-status ${status === 'error' ? 'notice bad' : status === 'done' ? 'notice ok' : ''}`} role="status" aria-live="polite">{message}</p>
        {field('nip', s['learner.nip'], { hint: s['learner.nipHint'], inputMode: 'numeric', autocomplete: 'username' })}
        {mode === 'daftar' && (
          <>
            <ProfileFields idPrefix="a" kind={v.kind} onKind={(kind) => setV({ ...v, kind })} field={field} strings={s} />
            {field('activationCode', s['account.activationCode'], { hint: s['account.activationHint'], required: false, autocomplete: 'off' })}
          </>
        )}
        {mode === 'pulihkan' && field('code', s['account.resetCode'], { autocomplete: 'one-time-code' })}
        {field('password', mode === 'masuk' ? s['account.password'] : s['account.passwordNew'], {
          type: 'password',
          hint: mode === 'masuk' ? undefined : s['account.passwordHint'],
          autocomplete: mode === 'masuk' ? 'current-password' : 'new-password',
        })}
        <p><button class="button" type="submit" disabled={status === 'busy'}>{mode === 'masuk' ? s['account.login'] : mode === 'daftar' ? s['account.register'] : s['account.reset']}</button></p>
      </form>
    </div>
  );
}
