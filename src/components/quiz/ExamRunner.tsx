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
}
interface Attempt { id: string; status: string; questions: PublicQuestion[]; responses: Responses; deadline: string | null }

type State =
  | { step: 'loading' }
  | { step: 'profile' }
  | { step: 'intro'; blocker: string | null; resumable: boolean; tries: number }
  | { step: 'running'; attempt: Attempt }
  | { step: 'offline' }
  | { step: 'error'; message: string };

const answered = (r: QuestionResponse) =>
  r !== null && r !== undefined && !(Array.isArray(r) && r.length === 0) && !(typeof r === 'object' && !Array.isArray(r) && Object.keys(r).length === 0);

async function api(path: string, init?: RequestInit) {
  const res = await fetch(path, { ...init, headers: init?.body ? { 'Content-Type': 'application/json' } : undefined });
  const body = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, body };
}

export default function ExamRunner({ kind, strings: s }: Props) {
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
      const mine = status.body[kind] as { attempts: { status: string }[]; blocker: string | null };
      setState({ step: 'intro', blocker: mine.blocker, resumable: mine.attempts.some((a) => a.status === 'open'), tries: mine.attempts.filter((a) => a.status === 'submitted').length });
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
    save(attempt.id, qid, v);
  }

  function go(attempt: Attempt, i: number) {
    setIndex(i);
    store.set({ attemptId: attempt.id, responses, index: i });
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function submit(attempt: Attempt) {
    const missing = attempt.questions.filter((q) => !answered(responses[q.id])).length;
    if (missing > 0 && !confirm(fill(s['exam.confirmUnanswered'], { count: missing }))) return;
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
        <a class="button" href={`/profil?lanjut=${encodeURIComponent(location.pathname)}`}>{s['exam.fillProfile']}</a>
      </div>
    );
  if (state.step === 'error') return <p class="notice bad" role="alert">{state.message}</p>;
  if (state.step === 'intro') {
    if (state.blocker) return <p class="notice" role="status">{state.blocker}</p>;
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
  const done = attempt.questions.filter((x) => answered(responses[x.id])).length;
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
              <button type="button" class={`dot ${answered(responses[x.id]) ? 'answered' : ''}`} aria-current={i === index ? 'step' : undefined} onClick={() => go(attempt, i)}>
                <span aria-hidden="true">{i + 1}</span>
                <span class="visually-hidden">{fill(answered(responses[x.id]) ? s['exam.dotAnswered'] : s['exam.dotOpen'], { n: i + 1 })}</span>
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
