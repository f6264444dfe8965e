/**
 * Scoring and review. Responses arrive in public ids; the seed rebuilds the presentation that
 * maps them back to the authored ids. Every question is worth 1 point.
 *
 * Rules (also pinned by tests/unit/quizzes/score.test.ts):
 * - single, truefalse, judgement: 1 if right, else 0.
 * - multiple: (right options chosen − wrong options chosen) / number of right options, floored at 0.
 *   Choosing every option therefore scores 0; this is the same as Moodle's weights
 *   (+100/k for each right option, −100/k for each wrong one) that toGift exports. A question
 *   imported from Moodle with other `weights` is scored as Moodle scores it: the chosen options'
 *   weights added up, between 0 and 100 %.
 * - matching: share of lefts paired with their right.
 * - ordering: (longest run of items in correct relative order − 1) / (n − 1), i.e. based on the
 *   longest increasing subsequence: one item out of place costs one step, not the whole
 *   question, and a fully reversed order scores 0.
 * - unanswered or malformed: 0 (the server rejects malformed responses before scoring).
 * - attempt percent: earned / max × 100, truncated (not rounded) to one decimal, so a shown
 *   score is never above what was earned; passed and predikat use that shown figure, and a
 *   score exactly at the pass mark passes.
 */
import { isUnanswered, presentation, validateResponse, type Presentation } from './present.ts';
import {
  JUDGEMENT_CHOICES,
  TRUE_FALSE_CHOICES,
  type AreaId,
  type AreaScore,
  type AttemptScore,
  type ItemScore,
  type PublicChoice,
  type Question,
  type QuestionResponse,
  type Responses,
  type ReviewOption,
  type ReviewQuestion,
  type ScoringRules,
} from './types.ts';

const EPS = 1e-9;

/** Percent of earned over max, truncated to one decimal; 0 when max is 0. */
export function toPercent(earned: number, max: number): number {
  if (max <= 0) return 0;
  return Math.floor((earned / max) * 1000 + EPS) / 10;
}

/**
 * The predikat for a score. Same rule as `predikatFor` in src/content/course.ts (a test holds
 * them equal); repeated here because course.ts runs zod at import and the engine must stay light.
 */
export function predikatOf(score: number, bands: ScoringRules['predikat']): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const band = sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1];
  return band ? band.label : '';
}

/** Length of the longest strictly increasing subsequence. */
function lisLength(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/** Credit in [0, 1] for one question; p is the question's presentation under the attempt seed. */
function credit(q: Question, r: QuestionResponse, p: Presentation): number {
  if (isUnanswered(r) || validateResponse(p.view, r) !== null) return 0;
  switch (q.type) {
    case 'single':
      return p.toAuthored.get(r as string) === q.answer ? 1 : 0;
    case 'multiple': {
      if (q.weights) {
        let sum = 0;
        for (const label of r as string[]) sum += q.weights[p.toAuthored.get(label) ?? ''] ?? 0;
        return Math.min(1, Math.max(0, sum / 100));
      }
      const right = new Set(q.answer);
      let score = 0;
      for (const label of r as string[]) score += right.has(p.toAuthored.get(label) ?? '') ? 1 : -1;
      return Math.max(0, score / right.size);
    }
    case 'truefalse':
      return r === q.answer ? 1 : 0;
    case 'judgement':
      return r === q.answer ? 1 : 0;
    case 'matching': {
      let right = 0;
      for (const pair of q.pairs) {
        const leftLabel = p.toPublic.get('left:' + pair.id) as string;
        const chosen = (r as Record<string, string>)[leftLabel];
        if (chosen !== undefined && p.toAuthored.get(chosen) === pair.id) right++;
      }
      return right / q.pairs.length;
    }
    case 'ordering': {
      const position = new Map(q.items.map((it, i) => [it.id, i]));
      const seq = (r as string[]).map((label) => position.get(p.toAuthored.get(label) ?? '') ?? -1);
      return (lisLength(seq) - 1) / (q.items.length - 1);
    }
  }
}

/** Score one question: earned in [0, 1], max 1. */
export function scoreQuestion(q: Question, r: QuestionResponse, seed: string): ItemScore {
  const earned = credit(q, r, presentation(q, seed));
  return { id: q.id, area: q.area, earned, max: 1, correct: earned >= 1 - EPS, answered: !isUnanswered(r) };
}

/** Score an attempt: the questions as drawn, the responses keyed by question id, the attempt seed. */
export function scoreAttempt(
  questions: readonly Question[],
  responses: Responses,
  seed: string,
  rules: ScoringRules,
): AttemptScore {
  const items = questions.map((q) => scoreQuestion(q, Object.hasOwn(responses, q.id) ? responses[q.id] : undefined, seed));
  const sums = new Map<AreaId, { earned: number; max: number }>();
  for (const it of items) {
    const s = sums.get(it.area) ?? { earned: 0, max: 0 };
    s.earned += it.earned;
    s.max += it.max;
    sums.set(it.area, s);
  }
  const order = rules.areas ? rules.areas.map((a) => a.id).filter((id) => sums.has(id)) : [];
  for (const id of sums.keys()) if (!order.includes(id)) order.push(id);
  const perArea: Partial<Record<AreaId, AreaScore>> = {};
  for (const id of order) {
    const s = sums.get(id) as { earned: number; max: number };
    perArea[id] = { earned: s.earned, max: s.max, percent: toPercent(s.earned, s.max) };
  }
  const earned = items.reduce((n, it) => n + it.earned, 0);
  const max = items.reduce((n, it) => n + it.max, 0);
  const percent = toPercent(earned, max);
  return {
    percent,
    passed: percent >= rules.passMark,
    predikat: predikatOf(percent, rules.predikat),
    earned,
    max,
    perArea,
    items,
  };
}

/** What the result page shows for a question after submit, in the order it was presented. */
export function reviewQuestion(q: Question, r: QuestionResponse, seed: string): ReviewQuestion {
  const p = presentation(q, seed);
  const s = scoreQuestion(q, r, seed);
  const valid = !s.answered || validateResponse(p.view, r) === null;
  const base = {
    id: q.id,
    area: q.area,
    stem: q.stem,
    explanation: q.explanation,
    cites: [...q.cites],
    earned: s.earned,
    max: s.max,
    correct: s.correct,
    answered: s.answered && valid,
  };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      if (p.view.type !== 'single' && p.view.type !== 'multiple') throw new Error('unreachable');
      const chosen = new Set(valid ? (typeof r === 'string' ? [r] : Array.isArray(r) ? r : []) : []);
      const right = new Set(q.type === 'single' ? [q.answer] : q.answer);
      const byId = new Map(q.options.map((o) => [o.id, o]));
      const options = p.view.options.map((o) => {
        const authored = byId.get(p.toAuthored.get(o.id) as string);
        const out: ReviewOption = {
          id: o.id,
          text: o.text,
          chosen: chosen.has(o.id),
          correct: right.has(authored?.id ?? ''),
        };
        if (authored?.feedback) out.feedback = authored.feedback;
        return out;
      });
      return { ...base, type: q.type, options };
    }
    case 'truefalse':
      return {
        ...base,
        type: 'truefalse',
        choices: TRUE_FALSE_CHOICES.map((c) => ({ ...c, chosen: valid && r === c.value, correct: q.answer === c.value })),
      };
    case 'judgement':
      return {
        ...base,
        type: 'judgement',
        choices: JUDGEMENT_CHOICES.map((c) => ({ ...c, chosen: valid && r === c.value, correct: q.answer === c.value })),
      };
    case 'matching': {
      if (p.view.type !== 'matching') throw new Error('unreachable');
      const rightByPair = new Map<string, PublicChoice>();
      for (const x of p.view.rights) rightByPair.set(p.toAuthored.get(x.id) as string, x);
      const rightById = new Map(p.view.rights.map((x) => [x.id, x]));
      const chosenMap = valid && r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, string>) : {};
      const pairs = p.view.lefts.map((left) => {
        const pairId = p.toAuthored.get(left.id) as string;
        const chosenId = Object.hasOwn(chosenMap, left.id) ? chosenMap[left.id] : undefined;
        const chosen = chosenId !== undefined ? (rightById.get(chosenId) ?? null) : null;
        return { left, chosen, answer: rightByPair.get(pairId) as PublicChoice, correct: chosen !== null && p.toAuthored.get(chosen.id) === pairId };
      });
      return { ...base, type: 'matching', pairs };
    }
    case 'ordering': {
      if (p.view.type !== 'ordering') throw new Error('unreachable');
      const byLabel = new Map(p.view.items.map((x) => [x.id, x]));
      const answer = q.items.map((it) => byLabel.get(p.toPublic.get(it.id) as string) as PublicChoice);
      const chosenLabels = valid && Array.isArray(r) ? r : [];
      const chosen = chosenLabels.map((label, i) => ({
        ...(byLabel.get(label) as PublicChoice),
        inPlace: answer[i]?.id === label,
      }));
      return { ...base, type: 'ordering', chosen, answer };
    }
  }
}

/** Reviews of an attempt, in the order the questions were presented. */
export function reviewAttempt(questions: readonly Question[], responses: Responses, seed: string): ReviewQuestion[] {
  return questions.map((q) => reviewQuestion(q, Object.hasOwn(responses, q.id) ? responses[q.id] : undefined, seed));
}
