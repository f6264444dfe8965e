/**
 * Live results as pure functions: the answer distribution of a question, the class average of a
 * test, mastery per area and the pre→post gain. Keys are used here, on the server; what leaves is
 * counts, and which option is right only once the question no longer takes answers.
 */
import {
  classGain,
  presentation,
  scoreAttempt,
  scoreQuestion,
  toPercent,
  isUnanswered,
  type AttemptScore,
  type ClassGain,
  type Question,
  type QuestionResponse,
  type Responses,
  type ScoringRules,
} from '../../quizzes/engine/index.ts';

export interface OptionCount {
  /** Public id (single/multiple), the value (truefalse/judgement) or 'benar'/'salah' (matching, ordering). */
  id: string;
  label: string;
  /** How many chose it; null while the results are hidden from the room. */
  count: number | null;
  /** Whether this option is (part of) the key; null while the question is open. */
  correct: boolean | null;
}

export interface QuestionStats {
  id: string;
  area: string;
  type: Question['type'];
  stem: string;
  answered: number;
  /** Share of answers with full credit, percent (one decimal); null when nobody answered. */
  percentCorrect: number | null;
  options: OptionCount[];
  /** True while the facilitator has not revealed the results: no counts, no key, no % correct. */
  hidden?: boolean;
}

/** The same question with everything but the options' labels and the number of answers removed. */
export function hideResults(q: QuestionStats): QuestionStats {
  return { ...q, percentCorrect: null, options: q.options.map((o) => ({ id: o.id, label: o.label, count: null, correct: null })), hidden: true };
}

/** Distribution of the answers to one question. `revealKey`: mark the right options. */
export function questionStats(q: Question, seed: string, responses: readonly QuestionResponse[], revealKey: boolean): QuestionStats {
  const p = presentation(q, seed);
  const given = responses.filter((r) => !isUnanswered(r));
  const right = given.filter((r) => scoreQuestion(q, r, seed).correct).length;
  const mark = (isKey: boolean) => (revealKey ? isKey : null);
  let options: OptionCount[];
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const view = p.view as { options: { id: string; text: string }[] };
      const key = new Set((q.type === 'single' ? [q.answer] : q.answer).map((id) => p.toPublic.get(id)));
      options = view.options.map((o) => ({
        id: o.id,
        label: o.text,
        count: given.filter((r) => (Array.isArray(r) ? r.includes(o.id) : r === o.id)).length,
        correct: mark(key.has(o.id)),
      }));
      break;
    }
    case 'truefalse':
    case 'judgement': {
      const view = p.view as { choices: readonly { value: boolean | string; label: string }[] };
      options = view.choices.map((c) => ({ id: String(c.value), label: c.label, count: given.filter((r) => r === c.value).length, correct: mark(q.answer === c.value) }));
      break;
    }
    default:
      options = [
        { id: 'benar', label: 'Tepat seluruhnya', count: right, correct: mark(true) },
        { id: 'salah', label: 'Belum tepat', count: given.length - right, correct: mark(false) },
      ];
  }
  return { id: q.id, area: q.area, type: q.type, stem: q.stem, answered: given.length, percentCorrect: given.length ? toPercent(right, given.length) : null, options };
}

export interface TestSummary {
  /** Per participant who answered at least one question: the scored test. */
  scores: Map<string, AttemptScore & { answered: number }>;
  /** Mean of the participants' scores, one decimal; null when nobody answered. */
  average: number | null;
  /** Mastery per area over all participants (earned / possible), percent. */
  perArea: { area: string; percent: number }[];
}

/** Round to one decimal for display (averages are not truncated like scores are). */
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** Scores a test for every participant with answers (unanswered questions earn nothing). */
export function testSummary(questions: readonly Question[], seed: string, byParticipant: ReadonlyMap<string, Responses>, rules: ScoringRules): TestSummary {
  const scores = new Map<string, AttemptScore & { answered: number }>();
  const areaSum = new Map<string, { earned: number; max: number }>();
  for (const [pid, responses] of byParticipant) {
    const answered = questions.filter((q) => Object.hasOwn(responses, q.id) && !isUnanswered(responses[q.id])).length;
    if (answered === 0) continue;
    const s = scoreAttempt(questions, responses, seed, rules);
    scores.set(pid, { ...s, answered });
    for (const [area, a] of Object.entries(s.perArea)) {
      const sum = areaSum.get(area) ?? { earned: 0, max: 0 };
      sum.earned += a!.earned;
      sum.max += a!.max;
      areaSum.set(area, sum);
    }
  }
  const all = [...scores.values()].map((s) => s.percent);
  const order = rules.areas?.map((a) => a.id as string) ?? [...areaSum.keys()];
  return {
    scores,
    average: all.length ? round1(all.reduce((a, b) => a + b, 0) / all.length) : null,
    perArea: order.filter((a) => areaSum.has(a)).map((area) => ({ area, percent: toPercent(areaSum.get(area)!.earned, areaSum.get(area)!.max) })),
  };
}

/** Pre→post gain over the participants who have both scores (Hake's g, see the engine). */
export function sessionGain(pre: ReadonlyMap<string, number>, post: ReadonlyMap<string, number>): ClassGain {
  const pairs: { pre: number; post: number }[] = [];
  for (const [pid, p] of pre) {
    const q = post.get(pid);
    if (q !== undefined) pairs.push({ pre: p, post: q });
  }
  return classGain(pairs);
}
