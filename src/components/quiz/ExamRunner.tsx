/**
 * The pre-test or final exam in the browser. The server draws and stores the attempt and sends
 * questions without keys; answers are saved on the device and on the server as they are given;
 * submitting sends them all and opens the result page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicQuestion, QuestionResponse, Responses } from '../../quizzes/engine/types.ts';
import { attemptInProgress } from '../../stores/attempt.ts';
import QuestionView from './QuestionView.tsx';
import { fill } from '../../lib/fill.ts';

type Kind = 'pre' | 'final' | 'update';
interface Props {
  kind: Kind;
  strings: Record<string, string>;
  /** Who to contact after the last failed attempt (course.contact). */
  contact: string;
}
interface Status {
  attempts: { id: string; status: string; passed: boolean | null }[];
  blocker: string | null;
}
interface Onward { blocker: string; links: { href: string; label: string }[]; missing: { id: string; title: string }[]; contact: boolean }
interface Attempt { id: string; status: string; questions: PublicQuestion[]; responses: Responses; deadline: string | null }

type State =
  | { step: 'loading' }
  | { step: 'profile' }
  | { step: 'intro'; blocker: Onward | null; resumable: boolean; tries: number }
  | { step: 'running'; attempt: Attempt }
  | { step: 'offline' }
  | { step: 'error'; message: string };

/** Whether a question counts as answered: a matching question only when every line is paired, without duplicates. */
const answered = (q: PublicQuestion, r: QuestionResponse) => {
  if (r === null || r === undefined || (Array.isArray(r) && r.length === 0)) return false;
  if (typeof r === 'object' && !Array.isArray(r)) {
    const values = Object.values(r);
    if (q.type === 'matching') return values.length === q.lefts.length && new Set(values).size === values.length;
    return values.length > 0;
  }
  return true;
};
const hasDuplicatePair = (r: QuestionResponse) => {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return false;
  const values = Object.values(r);
  return new Set(values).size !== values.length;
};

async function api(path: string, init?: RequestInit) {
  const res = await fetch(path, { ...init, headers: init?.body ? { 'Content-Type': 'application/json' } : undefined });
  const body = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, body };
}

/** Links onward from a dead end ("Anda sudah lulus…", "Anda sudah mengerjakan pre-test", no attempt left). */
function onward(kind: Kind, body: Record<string, unknown>, s: Record<string, string>): Onward | null {
  const mine = body[kind] as Status;
  if (!mine.blocker) return null;
  const lastDone = mine.attempts.find((a) => a.status === 'submitted');
  const final = body.final as Status;
  const passed = final.attempts.some((a) => a.passed === true);
  const missing = kind === 'final' ? ((body.missingModules as { id: string; title: string }[]) ?? []) : [];
  const links: Onward['links'] = [];
  const contact = kind === 'final' && !passed && body.attemptsLeft === 0;
  if (passed) links.push({ href: '/sertifikat', label: s['exam.toCertificate'] });
  if (kind === 'pre' && lastDone) links.push({ href: `/hasil/${lastDone.id}`, label: s['exam.toPreResult'] });
  if (kind === 'pre' && !passed) links.push({ href: '/modul', label: s['exam.toModules'] });
  if (kind === 'pre' && !passed && !(body.missingModules as unknown[])?.length) links.push({ href: '/ujian/akhir', label: s['exam.toFinal'] });
  if (contact && lastDone) links.push({ href: `/hasil/${lastDone.id}`, label: s['exam.toLastResult'] });
  return { blocker: mine.blocker, links, missing, contact };
}

export default function ExamRunner({ kind, strings: s, contact }: Props) {
  const store = attemptInProgress[kind];
  const [state, setState] = useState<State>({ step: 'loading' });
  const [responses, setResponses] = useState<Responses>({});
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function load() {
    if (!navigator.onLine) return setState({ step: 'offline' });
    try {
      const status = await api('/api/ujian');
      if (status.status === 401) return setState({ step: 'profile' });
      if (!status.ok) return setState({ step: 'error', message: status.body.error ?? s['exam.error'] });
      const mine = status.body[kind] as Status;
      setState({ step: 'intro', blocker: onward(kind, status.body, s), resumable: mine.attempts.some((a) => a.status === 'open'), tries: mine.attempts.filter((a) => a.status === 'submitted').length });
    } catch {
      setState({ step: 'offline' });
    }
  }
  useEffect(() => { load(); }, []);
  // Starting replaces the start button: move focus to the first question so keyboard and
  // screen-reader users land where the exam is.
  const running = state.step === 'running';
  useEffect(() => { if (running) headingRef.current?.focus(); }, [running]);
  // Offline: the exam needs the server, so say so; when the connection returns, load again.
  const stepRef = useRef(state.step);
  stepRef.current = state.step;
  useEffect(() => {
    const off = () => { if (stepRef.current !== 'running') setState({ step: 'offline' }); };
    const on = () => { if (stepRef.current === 'offline') load(); };
    addEventListener('offline', off);
    addEventListener('online', on);
    return () => { removeEventListener('offline', off); removeEventListener('online', on); };
  }, []);

  async function start() {
    if (!navigator.onLine) return setState({ step: 'offline' });
    try {
      const r = await api('/api/ujian', { method: 'POST', body: JSON.stringify({ kind }) });
      if (!r.ok) return setState({ step: 'error', message: r.body.error ?? s['exam.error'] });
      const attempt = r.body as Attempt;
      const local = store.get();
      // Answers kept on this device win over the server's copy: they are the newest.
      const merged = { ...attempt.responses, ...(local?.attemptId === attempt.id ? local.responses : {}) };
      const at = local?.attemptId === attempt.id ? Math.min(local.index, attempt.questions.length - 1) : 0;
      setResponses(merged);
      setIndex(at);
      store.set({ attemptId: attempt.id, responses: merged, index: at });
      setState({ step: 'running', attempt });
      // Send answers the server has not seen yet (given while offline).
      for (const [qid, resp] of Object.entries(merged)) if (JSON.stringify(attempt.responses[qid]) !== JSON.stringify(resp)) save(attempt.id, qid, resp);
    } catch {
      setState({ step: 'offline' });
    }
  }

  async function save(attemptId: string, questionId: string, response: QuestionResponse) {
    try {
      const r = await api(`/api/ujian/${attemptId}/jawaban`, { method: 'PUT', body: JSON.stringify({ questionId, response }) });
      setNotice(r.ok ? '' : r.body.error ?? s['exam.saveFailed']);
    } catch {
      setNotice(s['exam.savedLocally']);
    }
  }

  function answer(attempt: Attempt, qid: string, v: QuestionResponse) {
    const next = { ...responses, [qid]: v };
    setResponses(next);
    store.set({ attemptId: attempt.id, responses: next, index });
    // The question shows the duplicate-pair error; the server would refuse such an answer.
    if (!hasDuplicatePair(v)) save(attempt.id, qid, v);
  }

  function go(attempt: Attempt, i: number) {
    setIndex(i);
    store.set({ attemptId: attempt.id, responses, index: i });
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function submit(attempt: Attempt) {
    const missing = attempt.questions.filter((q) => !answered(q, responses[q.id])).length;
    const duplicate = attempt.questions.findIndex((q) => hasDuplicatePair(responses[q.id]));
    if (duplicate >= 0) {
      go(attempt, duplicate);
      return setNotice(s['exam.duplicatePair']);
    }
    if (!confirm(missing > 0 ? fill(s['exam.confirmUnanswered'], { count: missing }) : s['exam.confirmSubmit'])) return;
    if (!navigator.onLine) return setNotice(s['exam.offlineSubmit']);
    setSubmitting(true);
    try {
      const r = await api(`/api/ujian/${attempt.id}/kirim`, { method: 'POST', body: JSON.stringify({ responses }) });
      if (!r.ok) {
        setSubmitting(false);
        return setNotice(r.body.error ?? s['exam.error']);
      }
      store.set(null);
      location.assign(`/hasil/${attempt.id}`);
    } catch {
      setSubmitting(false);
      setNotice(s['exam.offlineSubmit']);
    }
  }

  if (state.step === 'loading') return <p role="status">{s['exam.loading']}</p>;
  if (state.step === 'offline')
    return (
      <div class="notice bad" role="alert">
        <p><strong>{s['exam.offlineTitle']}</strong></p>
        <p>{s['exam.offlineText']}</p>
        <button class="button" type="button" onClick={load}>{s['exam.retry']}</button>
      </div>
    );
  if (state.step === 'profile')
    return (
      <div class="notice">
        <p>{s['exam.needProfile']}</p>
        <a class="button" href={`/masuk?lanjut=${encodeURIComponent(location.pathname)}`}>{s['exam.fillProfile']}</a>
      </div>
    );
  if (state.step === 'error') return <p class="notice bad" role="alert">{state.message}</p>;
  if (state.step === 'intro') {
    const b = state.blocker;
    if (b)
      return (
        <div class="notice" role="status">
          <p>{b.blocker}</p>
          {b.missing.length > 0 && (
            <>
              <p>{s['exam.missingIntro']}</p>
              <ul>{b.missing.map((m) => <li key={m.id}><a href={`/modul/${m.id}`}>{m.title}</a></li>)}</ul>
            </>
          )}
          {b.contact && <p>{fill(s['exam.contact'], { contact })}</p>}
          {b.links.length > 0 && <p class="onward">{b.links.map((l, i) => <a key={l.href} class={`button${i > 0 ? ' secondary' : ''}`} href={l.href}>{l.label}</a>)}</p>}
        </div>
      );
    return (
      <div>
        {state.tries > 0 && <p>{fill(s['exam.previousTries'], { count: state.tries })}</p>}
        <button class="button" type="button" onClick={start}>{state.resumable ? s['exam.resume'] : s['exam.start']}</button>
      </div>
    );
  }

  const { attempt } = state;
  const q = attempt.questions[index];
  const total = attempt.questions.length;
  const done = attempt.questions.filter((x) => answered(x, responses[x.id])).length;
  return (
    <div class="exam">
      <h2 ref={headingRef} tabIndex={-1} class="q-counter">{fill(s['exam.questionOf'], { n: index + 1, total })}</h2>
      <progress max={total} value={done} aria-label={fill(s['exam.answeredCount'], { done, total })} />
      <p class="muted">{fill(s['exam.answeredCount'], { done, total })}</p>
      <QuestionView key={q.id} q={q} value={responses[q.id]} onChange={(v) => answer(attempt, q.id, v)} idPrefix={`q${index}`} strings={s} />
      <div class="exam-nav">
        <button class="button secondary" type="button" disabled={index === 0} onClick={() => go(attempt, index - 1)}>{s['exam.prev']}</button>
        {index < total - 1 ? (
          <button class="button" type="button" onClick={() => go(attempt, index + 1)}>{s['exam.next']}</button>
        ) : (
          <button class="button" type="button" disabled={submitting} onClick={() => submit(attempt)}>{submitting ? s['exam.submitting'] : s['exam.submit']}</button>
        )}
      </div>
      <p class="exam-notice" role="status" aria-live="polite">{notice}</p>
      <nav aria-label={s['exam.overview']} class="overview">
        <ol>
          {attempt.questions.map((x, i) => (
            <li key={x.id}>
              <button type="button" class={`dot ${answered(x, responses[x.id]) ? 'answered' : ''}`} aria-current={i === index ? 'step' : undefined} onClick={() => go(attempt, i)}>
                <span aria-hidden="true">{i + 1}</span>
                <span class="visually-hidden">{fill(answered(x, responses[x.id]) ? s['exam.dotAnswered'] : s['exam.dotOpen'], { n: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {index < total - 1 && (
        <p><button class="button secondary" type="button" disabled={submitting} onClick={() => submit(attempt)}>{s['exam.submit']}</button></p>
      )}
    </div>
  );
}
