/**
 * A participant's phone in a live session: join with NIP, name and jabatan; then follow the
 * facilitator: wait, answer the open questions (saved at once, kept on reconnect), see one's own
 * score, see the results the facilitator reveals (never before), read and sign the declaration.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localTime, type TimeZoneId } from '../../lib/local-time.ts';
import type { PublicQuestion, QuestionResponse } from '../../quizzes/engine/types.ts';
import QuestionView from '../quiz/QuestionView.tsx';
import { fill } from '../../lib/fill.ts';
import { connectLive, throttle } from './live-client.ts';
import { Distribution } from './ResultsView.tsx';
import Countdown from './Countdown.tsx';
import type { QuestionStats } from './types.ts';

interface Declaration { title: string; intro: string; items: string[]; closing: string }
interface View {
  session: { code: string; title: string; day: string; place: string; unit: string; closed: boolean };
  stage: string;
  eventId: number;
  participant: { name: string; nip: string; joinedAt: string } | null;
  participantId?: string;
  test: null | {
    kind: 'pre' | 'post';
    total: number;
    finished: boolean;
    questions: (PublicQuestion & { number: number })[];
    open: string[];
    deadline: string | null;
    /** Results the facilitator revealed, per question id (none of the post-test before it is finished). */
    shown: Record<string, QuestionStats>;
    answers: Record<string, QuestionResponse>;
  };
  results: { test: string; score: number; attemptId: string | null }[];
  declaration: null | { open: boolean; signedAt: string | null };
}
interface Props {
  /** The session unit's time zone. */
  zone?: TimeZoneId;
  code: string;
  initial: View;
  profile: { nip: string; name: string; jabatan: string } | null;
  declaration: Declaration;
  strings: Record<string, string>;
}

type Field = 'nip' | 'name' | 'jabatan';

async function send(url: string, method: string, body: unknown): Promise<{ ok: boolean; status: number; body: any }> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let data: any = null;
  try {
    data = await res.json();
  } catch {
    /* empty */
  }
  return { ok: res.ok, status: res.status, body: data };
}

/** A time of day in the session unit's zone, with its label ("07.30 WITA"). */
const time = (iso: string, zone?: TimeZoneId) => localTime(iso, zone);

export default function SessionParticipant({ code, initial, profile, declaration, strings: s, zone }: Props) {
  const [view, setView] = useState<View>(initial);
  const [values, setValues] = useState<Record<Field, string>>({ nip: profile?.nip ?? '', name: profile?.name ?? '', jabatan: profile?.jabatan ?? '' });
  const [errors, setErrors] = useState<Partial<Record<Field | 'confirm', string>>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad' | ''; text: string }>({ kind: '', text: '' });
  const [answers, setAnswers] = useState<Record<string, QuestionResponse>>(initial.test?.answers ?? {});
  const [saved, setSaved] = useState<Record<string, 'saving' | 'saved' | string>>({});
  const [signName, setSignName] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const api = `/api/sesi/${code}`;
  const viewRef = useRef(view);
  viewRef.current = view;

  async function refresh() {
    try {
      const res = await fetch(api);
      if (!res.ok) return;
      const v = (await res.json()) as View;
      // Responses can arrive out of order; never go back to an older state.
      if (v.eventId < viewRef.current.eventId) return;
      viewRef.current = v;
      setView(v);
      // Server answers win over local ones only for questions we are not typing into right now.
      if (v.test) setAnswers((a) => ({ ...v.test!.answers, ...Object.fromEntries(Object.entries(a).filter(([id]) => v.test!.open.includes(id) && !(id in v.test!.answers))) }));
    } catch {
      /* offline: the next event or poll retries */
    }
  }

  const joined = view.participant !== null;
  useEffect(() => {
    if (!joined) return;
    const again = throttle(() => void refresh(), 400);
    let later: ReturnType<typeof setTimeout> | undefined;
    const stop = connectLive(`${api}/events`, viewRef.current.eventId, (m) => {
      if (m.type === 'state') {
        // The event carries the test as every phone sees it: show it at once, keeping our own
        // answers. Our own results (scores) come with the full view, fetched only when they can
        // have changed, at a random moment in the next seconds so a hall does not ask all at once.
        const d = m.data as { stage?: string; test?: View['test'] | null } | null;
        if (!d || d.stage === undefined || d.test === undefined) return again();
        const cur = viewRef.current;
        const test = d.test ? { ...d.test, answers: cur.test?.kind === d.test.kind ? cur.test.answers : {} } : null;
        const next = { ...cur, stage: d.stage, test, eventId: Math.max(cur.eventId, m.id) };
        viewRef.current = next;
        setView(next);
        if (d.test?.finished || d.stage === 'closed' || d.stage === 'declaration') {
          clearTimeout(later);
          later = setTimeout(() => void refresh(), Math.random() * 3000);
        }
      }
      if (m.type === 'attendance' && (m.data as { removed?: string } | null)?.removed) again();
    });
    return () => {
      clearTimeout(later);
      stop();
    };
  }, [joined]);

  async function join(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage({ kind: '', text: '' });
    try {
      const r = await send(`${api}/gabung`, 'POST', values);
      if (!r.ok) {
        setErrors(r.body?.fields ?? {});
        setMessage({ kind: 'bad', text: r.body?.error ?? s['session.error'] });
        return;
      }
      setView(r.body.view);
      setAnswers(r.body.view.test?.answers ?? {});
      setMessage({ kind: 'ok', text: r.body.already ? s['session.p.alreadyJoined'] : s['session.p.joined'] });
    } catch {
      setMessage({ kind: 'bad', text: s['session.offline'] });
    } finally {
      setBusy(false);
    }
  }

  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  function onAnswer(test: 'pre' | 'post', id: string, v: QuestionResponse) {
    setAnswers((a) => ({ ...a, [id]: v }));
    setSaved((x) => ({ ...x, [id]: 'saving' }));
    clearTimeout(timers.current[id]);
    timers.current[id] = setTimeout(async () => {
      try {
        const r = await send(`${api}/jawaban`, 'PUT', { test, questionId: id, response: v });
        setSaved((x) => ({ ...x, [id]: r.ok ? 'saved' : (r.body?.error ?? s['session.error']) }));
        if (r.status === 409) void refresh();
      } catch {
        setSaved((x) => ({ ...x, [id]: s['session.offline'] }));
      }
    }, 250);
  }

  async function signIt(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const r = await send(`${api}/deklarasi`, 'POST', { name: signName, confirm });
      if (!r.ok) {
        setErrors(r.body?.fields ?? {});
        setMessage({ kind: 'bad', text: r.body?.error ?? s['session.error'] });
        return;
      }
      setMessage({ kind: 'ok', text: fill(s['session.p.signed'], { time: time(r.body.signedAt, zone) }) });
      await refresh();
    } catch {
      setMessage({ kind: 'bad', text: s['session.offline'] });
    } finally {
      setBusy(false);
    }
  }

  const status = (
    <p class={`notice ${message.kind}`} role="status" aria-live="polite" hidden={!message.text}>
      {message.text}
    </p>
  );

  const field = (name: Field, label: string, opts: { hint?: string; autocomplete?: string; inputMode?: 'numeric' } = {}) => {
    const describedBy = [opts.hint && `h-${name}`, errors[name] && `e-${name}`].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label for={`f-${name}`}>{label}</label>
        {opts.hint && <p class="hint" id={`h-${name}`}>{opts.hint}</p>}
        {errors[name] && <p class="field-error" id={`e-${name}`}>{errors[name]}</p>}
        <input id={`f-${name}`} name={name} value={values[name]} required autoComplete={opts.autocomplete} inputMode={opts.inputMode}
          aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy}
          onInput={(e) => setValues({ ...values, [name]: (e.target as HTMLInputElement).value })} />
      </div>
    );
  };

  if (!joined) {
    if (view.session.closed) return <p class="notice bad">{s['session.codeExpired']}</p>;
    return (
      <form class="join-form" onSubmit={join} noValidate>
        <h2>{s['session.p.joinTitle']}</h2>
        {status}
        {field('nip', s['session.p.nip'], { hint: s['session.p.nipHint'], inputMode: 'numeric', autocomplete: 'off' })}
        {field('name', s['session.p.name'], { hint: s['session.p.nameHint'], autocomplete: 'name' })}
        {field('jabatan', s['session.p.jabatan'], { autocomplete: 'organization-title' })}
        <button class="button" type="submit" disabled={busy}>{s['session.p.join']}</button>
      </form>
    );
  }

  const t = view.test;
  const result = (kind: string) => view.results.find((r) => r.test === kind);
  return (
    <div class="participant">
      <p class="muted">{fill(s['session.p.youAre'], { name: view.participant!.name })}</p>
      {status}
      {view.results.length > 0 && (
        <ul class="my-results">
          {view.results.map((r) => (
            <li key={r.test}>
              {fill(s['session.p.myScore'], { test: r.test === 'pre' ? 'Pre-test' : 'Post-test', score: String(r.score).replace('.', ',') })}
              {r.attemptId && <> · <a href={`/hasil/${r.attemptId}`}>{s['session.p.review']}</a></>}
            </li>
          ))}
        </ul>
      )}
      {(view.stage === 'lobby' || view.stage === 'presentation') && (
        <div class="waiting">
          <h2>{view.stage === 'lobby' ? s['session.p.waitTitle'] : s['session.p.presentationTitle']}</h2>
          <p>{view.stage === 'lobby' ? s['session.p.wait'] : s['session.p.presentation']}</p>
        </div>
      )}
      {t && (
        <section aria-labelledby="test-title">
          <h2 id="test-title">{t.kind === 'pre' ? 'Pre-test' : 'Post-test'}</h2>
          {t.finished ? (
            <p>{result(t.kind) ? s['session.p.testDone'] : s['session.p.testDoneNoAnswer']}</p>
          ) : t.questions.length === 0 ? (
            <p>{s['session.p.waitQuestion']}</p>
          ) : (
            <p class="muted">{fill(s['session.p.testIntro'], { total: t.total })}</p>
          )}
          {[...t.questions].reverse().map((q) => {
              const open = t.open.includes(q.id);
              const st = saved[q.id];
              const shown = t.shown[q.id];
              return (
                <div class={`live-question ${open ? 'open' : 'closed'}`} key={q.id}>
                  {open && <Countdown deadline={t.deadline} strings={s} />}
                  <QuestionView q={q} value={answers[q.id]} onChange={(v) => onAnswer(t.kind, q.id, v)} disabled={!open} idPrefix={`q-${q.id}`} strings={s}
                    heading={fill(s['exam.questionOf'], { n: q.number, total: t.total })} />
                  <p class={`answer-status ${st && st !== 'saving' && st !== 'saved' ? 'field-error' : 'muted'}`} role="status" aria-live="polite">
                    {!open ? (q.id in answers ? s['session.p.closedAnswered'] : s['session.p.closed']) : st === 'saving' ? s['session.p.saving'] : st === 'saved' ? s['session.p.saved'] : st ?? ''}
                  </p>
                  {shown && <Distribution q={{ ...shown, number: q.number, open: false }} strings={s} level={3} />}
                </div>
              );
            })}
        </section>
      )}
      {view.stage === 'declaration' && view.declaration && (
        <section class="declaration" aria-labelledby="decl-title">
          <h2 id="decl-title">{declaration.title}</h2>
          <p>{declaration.intro}</p>
          <ol>
            {declaration.items.map((it, i) => <li key={i}>{it}</li>)}
          </ol>
          <p>{declaration.closing}</p>
          {view.declaration.signedAt ? (
            <p class="notice ok">{fill(s['session.p.signed'], { time: time(view.declaration.signedAt, zone) })}</p>
          ) : (
            <form onSubmit={signIt} noValidate>
              <div class="field">
                <label for="f-sign">{s['session.p.signName']}</label>
                <p class="hint" id="h-sign">{fill(s['session.p.signNameHint'], { name: view.participant!.name })}</p>
                {errors.name && <p class="field-error" id="e-sign">{errors.name}</p>}
                <input id="f-sign" value={signName} autoComplete="off" aria-invalid={errors.name ? 'true' : undefined}
                  aria-describedby={errors.name ? 'h-sign e-sign' : 'h-sign'} onInput={(e) => setSignName((e.target as HTMLInputElement).value)} />
              </div>
              <div class="field check">
                {errors.confirm && <p class="field-error" id="e-confirm">{errors.confirm}</p>}
                <input id="f-confirm" type="checkbox" checked={confirm} aria-describedby={errors.confirm ? 'e-confirm' : undefined} onChange={(e) => setConfirm((e.target as HTMLInputElement).checked)} />
                <label for="f-confirm">{s['session.p.confirm']}</label>
              </div>
              <button class="button" type="submit" disabled={busy}>{s['session.p.sign']}</button>
            </form>
          )}
        </section>
      )}
      {view.stage === 'closed' && <p class="notice">{s['session.p.closedSession']}</p>}
    </div>
  );
}
