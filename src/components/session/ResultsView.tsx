/**
 * Live results, shared by the console (every question as a table) and the projector (the current
 * question large, with bars). The right option is marked only once the question is closed: the
 * server sends `correct: null` while it is open.
 */
import { fill } from '../../lib/fill.ts';
import type { QuestionStats, StaffView, TestResults } from './types.ts';

const pct = (v: number | null) => (v === null ? '–' : `${String(v).replace('.', ',')}%`);

export function Distribution({ q, strings: s, big }: { q: QuestionStats; strings: Record<string, string>; big?: boolean }) {
  const max = Math.max(1, q.answered);
  return (
    <div class={`distribution ${big ? 'big' : ''}`}>
      <p class={big ? 'stem' : 'muted'}>{fill(s['session.r.question'], { n: q.number })}{big ? '' : ': '}{big ? <><br />{q.stem}</> : q.stem}</p>
      <ul class="bars">
        {q.options.map((o) => {
          const share = Math.round((o.count / max) * 100);
          return (
            <li key={o.id} class={o.correct ? 'is-key' : ''}>
              <span class="label">{o.label}{o.correct && <strong class="key-mark"> ✓ {s['session.r.key']}</strong>}</span>
              <span class="bar" aria-hidden="true"><span style={`width:${share}%`} /></span>
              <span class="count">{fill(s['session.r.count'], { n: o.count, pct: share })}</span>
            </li>
          );
        })}
      </ul>
      <p>{fill(s['session.r.answered'], { n: q.answered })}{q.open ? ` · ${s['session.r.open']}` : ` · ${fill(s['session.r.correct'], { pct: pct(q.percentCorrect) })}`}</p>
    </div>
  );
}

export function Summary({ r, strings: s }: { r: TestResults; strings: Record<string, string> }) {
  return (
    <div class="summary">
      <p class="average">{fill(s['session.r.average'], { test: r.kind === 'pre' ? 'Pre-test' : 'Post-test', avg: pct(r.average), n: r.respondents })}</p>
      {r.perArea.length > 0 && (
        <table>
          <caption>{s['session.report.mastery']}</caption>
          <thead><tr><th scope="col">{s['session.report.area']}</th><th scope="col" class="num">%</th></tr></thead>
          <tbody>{r.perArea.map((a) => <tr key={a.area}><td>{a.label}</td><td class="num">{pct(a.percent)}</td></tr>)}</tbody>
        </table>
      )}
    </div>
  );
}

export function Gain({ gain, strings: s }: { gain: StaffView['gain']; strings: Record<string, string> }) {
  if (!gain) return null;
  return (
    <p class="gain">
      {fill(s['session.r.gain'], { pre: pct(gain.meanPre), post: pct(gain.meanPost), g: gain.meanOfGains === null ? '–' : String(gain.meanOfGains).replace('.', ','), n: gain.n })}
    </p>
  );
}

export default function ResultsView({ view, strings: s }: { view: StaffView; strings: Record<string, string>; mode: 'console' }) {
  const tests = (['pre', 'post'] as const).map((k) => view.tests[k]).filter((r): r is TestResults => !!r);
  if (tests.every((r) => r.questions.length === 0)) return <p>{s['session.r.none']}</p>;
  return (
    <div class="results">
      {tests.map((r) => (
        <section key={r.kind} aria-label={fill(s['session.r.of'], { test: r.kind === 'pre' ? 'Pre-test' : 'Post-test' })}>
          <h3>{r.kind === 'pre' ? 'Pre-test' : 'Post-test'}</h3>
          <Summary r={r} strings={s} />
          {r.questions.map((q) => <Distribution key={q.id} q={q} strings={s} />)}
        </section>
      ))}
      <Gain gain={view.gain} strings={s} />
    </div>
  );
}
