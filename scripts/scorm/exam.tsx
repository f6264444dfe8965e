/**
 * The final exam inside a SCORM package (ujian/akhir.html, shown in the shell's frame). Same
 * questions and the same QuestionView as the site's exam, but drawn and scored in the package by
 * the shell (window.parent.netral), which reports to the LMS. Answers are saved to the LMS as they
 * are given, so closing the package and opening it again resumes the attempt.
 */
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import QuestionView from '../../src/components/quiz/QuestionView.tsx';
import type { QuestionResponse, Responses } from '../../src/quizzes/engine/types.ts';
import { isUnanswered } from '../../src/quizzes/engine/present.ts';
import type { Host } from './types.ts';
import type { ExamInProgress } from './state.ts';

const fill = (t: string, p: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));
let host: Host | null = null;
try { host = (window.parent as unknown as { netral?: Host }).netral ?? null; } catch { host = null; }

function Exam({ h }: { h: Host }) {
  const s = h.strings;
  const [exam, setExam] = useState<ExamInProgress | null>(h.state().exam);
  const [result, setResult] = useState<{ percent: number; passed: boolean } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (!exam) {
    const st = h.state();
    const blocker = h.blocker();
    return (
      <div>
        {result && (
          <div class={`notice ${result.passed ? 'ok' : 'bad'}`} role="status">
            <p class="score"><strong>{fill(s['offline.scormScore'], { score: result.percent })}</strong></p>
            <p>{result.passed ? s['offline.scormPassed'] : fill(s['offline.scormFailed'], { passMark: h.rules.passMark })}</p>
          </div>
        )}
        {!result && st.best !== null && <p>{fill(s['offline.scormScore'], { score: st.best })}</p>}
        {st.tries > 0 && h.rules.attemptLimit > 0 && <p>{fill(s['offline.scormTries'], { count: st.tries, limit: h.rules.attemptLimit })}</p>}
        {blocker ? (!result && <p class="notice" role="status">{blocker}</p>) : (
          <button class="button" type="button" onClick={() => { setResult(null); setExam(h.startExam()); }}>
            {st.tries > 0 ? s['offline.scormRetry'] : s['offline.scormStart']}
          </button>
        )}
      </div>
    );
  }

  const questions = h.present(exam.seed);
  const { responses, index } = exam;
  const q = questions[index]!;
  const total = questions.length;
  const done = questions.filter((x) => !isUnanswered(responses[x.id])).length;
  const update = (next: ExamInProgress) => { setExam(next); h.saveExam(next); };
  const answer = (v: QuestionResponse) => update({ ...exam, responses: { ...responses, [q.id]: v } as Responses });
  const go = (i: number) => { update({ ...exam, index: i }); requestAnimationFrame(() => headingRef.current?.focus()); };
  const submit = () => {
    const missing = total - done;
    if (missing > 0 && !confirm(fill(s['exam.confirmUnanswered'], { count: missing }))) return;
    setResult(h.submitExam());
    setExam(null);
  };

  return (
    <div class="exam">
      <h2 ref={headingRef} tabIndex={-1} class="q-counter">{fill(s['exam.questionOf'], { n: index + 1, total })}</h2>
      <progress max={total} value={done} aria-label={fill(s['exam.answeredCount'], { done, total })} />
      <p class="muted">{fill(s['exam.answeredCount'], { done, total })}</p>
      <QuestionView key={q.id} q={q} value={responses[q.id]} onChange={answer} idPrefix={`q${index}`} strings={s} />
      <div class="exam-nav">
        <button class="button secondary" type="button" disabled={index === 0} onClick={() => go(index - 1)}>{s['exam.prev']}</button>
        {index < total - 1 ? (
          <button class="button" type="button" onClick={() => go(index + 1)}>{s['exam.next']}</button>
        ) : (
          <button class="button" type="button" onClick={submit}>{s['exam.submit']}</button>
        )}
      </div>
      <nav aria-label={s['exam.overview']} class="overview">
        <ol>
          {questions.map((x, i) => (
            <li key={x.id}>
              <button type="button" class={`dot ${isUnanswered(responses[x.id]) ? '' : 'answered'}`} aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                <span aria-hidden="true">{i + 1}</span>
                <span class="visually-hidden">{fill(isUnanswered(responses[x.id]) ? s['exam.dotOpen'] : s['exam.dotAnswered'], { n: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {index < total - 1 && <p><button class="button secondary" type="button" onClick={submit}>{s['exam.submit']}</button></p>}
    </div>
  );
}

const root = document.getElementById('scorm-exam')!;
if (host) render(<Exam h={host} />, root);
else root.innerHTML = `<p class="notice bad" role="alert">${document.getElementById('scorm-exam')!.dataset.nolms ?? ''}</p>`;
