/**
 * Live results, shared by the console, the projector and the phones. While the facilitator has
 * not revealed a question's results the server sends no counts, no key and no % correct
 * (`hidden`); this shows only the question, its options and how many answered. Revealed, it
 * shows the distribution with the key marked.
 */
import { fill } from '../../lib/fill.ts';
import type { QuestionStats, StaffView, TestResults } from './types.ts';

const pct = (v: number | null) => (v === null ? '–' : `${String(v).replace('.', ',')}%`);
/** Types whose options are meaningful as a list (matching and ordering show only the stem). */
const LISTED = new Set(['single', 'multiple', 'truefalse', 'judgement']);

interface DistributionProps {
  q: QuestionStats;
  /** How many people are present (for "terjawab 23 dari 41"); omitted on phones. */
  present?: number;
  strings: Record<string, string>;
  big?: boolean;
  /** Heading level of the question label. */
  level?: 2 | 3 | 4;
}

export function Distribution({ q, present, strings: s, big, level = 3 }: DistributionProps) {
  const H = `h${level}` as 'h3';
  const answered = present === undefined ? fill(s['session.r.answered'], { n: q.answered }) : fill(s['session.r.answeredOf'], { n: q.answered, total: present });
  if (q.hidden) {
    return (
      <div class={`live-q ${big ? 'big' : ''}`} data-results="hidden">
        <H class="q-label">{fill(s['session.r.question'], { n: q.number })}</H>
        <p class="stem">{q.stem}</p>
        {LISTED.has(q.type) && <ol class="options" type="A">{q.options.map((o) => <li key={o.id}>{o.label}</li>)}</ol>}
        <p class="answered" aria-live="polite">{answered}{q.open ? '' : ` · ${s['session.r.hiddenClosed']}`}</p>
      </div>
    );
  }
  const max = Math.max(1, q.answered);
  return (
    <div class={`live-q distribution ${big ? 'big' : ''}`} data-results="shown">
      <H class="q-label">{fill(s['session.r.question'], { n: q.number })}</H>
      <p class="stem">{q.stem}</p>
      <ul class="bars">
        {q.options.map((o) => {
          const share = Math.round(((o.count ?? 0) / max) * 100);
          return (
            <li key={o.id} class={o.correct ? 'is-key' : ''}>
              <span class="label">{o.label}{o.correct && <strong class="key-mark"> ✓ {s['session.r.key']}</strong>}</span>
              <span class="bar" aria-hidden="true"><span style={`width:${share}%`} /></span>
              <span class="count">{fill(s['session.r.count'], { n: o.count ?? 0, pct: share })}</span>
            </li>
          );
        })}
      </ul>
      <p class="answered">{answered} · <span class="pct-correct">{fill(s['session.r.correct'], { pct: pct(q.percentCorrect) })}</span></p>
    </div>
  );
}

/** The one average of a test, with its definition (shown once the test is finished). */
export function Summary({ r, strings: s, areas = true }: { r: TestResults; strings: Record<string, string>; areas?: boolean }) {
  const test = r.kind === 'pre' ? 'Pre-test' : 'Post-test';
  return (
    <div class="summary">
      <p class="average">{fill(s['session.r.average'], { test, avg: pct(r.average) })}</p>
      <p class="definition">{fill(s['session.r.averageDef'], { test: test.toLowerCase(), n: r.respondents })}</p>
      {areas && r.perArea.length > 0 && (
        <table>
          <caption>{s['session.report.mastery']}</caption>
          <thead><tr><th scope="col">{s['session.report.area']}</th><th scope="col" class="num">%</th></tr></thead>
          <tbody>{r.perArea.map((a) => <tr key={a.area}><td>{a.label}</td><td class="num">{pct(a.percent)}</td></tr>)}</tbody>
        </table>
      )}
    </div>
  );
}

/** The pre→post gain: N-gain only (the averages are the tests' own, shown once each). */
export function Gain({ gain, strings: s }: { gain: StaffView['gain']; strings: Record<string, string> }) {
  if (!gain) return null;
  return <p class="gain">{fill(s['session.r.gain'], { g: gain.meanOfGains === null ? '–' : String(gain.meanOfGains).replace('.', ','), n: gain.n })}</p>;
}

/** Every question shown so far of one test, newest first (console tab). */
export default function ResultsView({ r, present, strings: s }: { r: TestResults; present: number; strings: Record<string, string> }) {
  if (r.questions.length === 0) return <p>{s['session.r.none']}</p>;
  return (
    <div class="results">
      {r.finished && <Summary r={r} strings={s} />}
      {[...r.questions].reverse().map((q) => <Distribution key={q.id} q={q} present={present} strings={s} level={3} />)}
    </div>
  );
}
