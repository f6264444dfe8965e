/**
 * The review policy, after Moodle's review options: what a learner sees of a submitted attempt
 * depends on the kind of test and on where the learner stands. The options live in the course
 * configuration (src/content/course.ts `review`); this file applies them (pure, no I/O).
 *
 * States:
 *  - `pre`: a pre-test attempt;
 *  - `finalOpen`: a final-exam attempt while the learner has not passed and has attempts left;
 *  - `finalClosed`: a final-exam attempt once the learner has passed or has no attempt left.
 *
 * A field that an option does not allow is absent from the view, so it never reaches the browser.
 */
import type { AreaId, AttemptScore, PublicChoice, ReviewQuestion } from './types.ts';

export type ReviewState = 'pre' | 'finalOpen' | 'finalClosed';

export interface ReviewOptions {
  /** The total score (and pass/fail, predikat). */
  score: boolean;
  /** Mastery per area. */
  areas: boolean;
  /** For each question, whether it was right (Moodle: "Whether correct"). */
  correctness: boolean;
  /** The learner's own answer per question (Moodle: "The attempt"). */
  responses: boolean;
  /** The correct option(s) (Moodle: "Right answer"). */
  rightAnswer: boolean;
  /** The explanation of each question and the feedback of its options (Moodle: general and specific feedback). */
  explanation: boolean;
  /** The articles that decide each question, to reread. */
  cites: boolean;
}

export type ReviewPolicy = Record<ReviewState, ReviewOptions>;

/**
 * Which review state an attempt is in. The update quiz draws from the graded bank, so it is
 * reviewed like a final attempt whose keys show once `passed` (its own pass; it has no limit).
 */
export function reviewState(kind: 'pre' | 'final' | 'update', learner: { passed: boolean; attemptsLeft: number | null }): ReviewState {
  if (kind === 'pre') return 'pre';
  if (kind === 'update') return learner.passed ? 'finalClosed' : 'finalOpen';
  return learner.passed || learner.attemptsLeft === 0 ? 'finalClosed' : 'finalOpen';
}

type OptionView = { id: string; text: string; chosen?: boolean; correct?: boolean; feedback?: string };

/** One question of a review as the policy lets the learner see it. */
export interface ReviewView {
  id: string;
  area: AreaId;
  type: ReviewQuestion['type'];
  stem: string;
  correct?: boolean;
  answered?: boolean;
  earned?: number;
  max?: number;
  explanation?: string;
  cites?: string[];
  /** single, multiple, truefalse, judgement: the options (chosen/correct as allowed). */
  options?: OptionView[];
  /** matching: one row per left. */
  pairs?: { left: PublicChoice; chosen?: PublicChoice | null; answer?: PublicChoice; correct?: boolean }[];
  /** ordering: the learner's order and/or the right one. */
  order?: { chosen?: (PublicChoice & { inPlace?: boolean })[]; answer?: PublicChoice[] };
}

/** A review item with only what the options allow. */
export function policeReview(item: ReviewQuestion, o: ReviewOptions): ReviewView {
  const v: ReviewView = { id: item.id, area: item.area, type: item.type, stem: item.stem };
  if (o.correctness) Object.assign(v, { correct: item.correct, answered: item.answered, earned: item.earned, max: item.max });
  if (o.explanation && o.rightAnswer) v.explanation = item.explanation;
  if (o.cites) v.cites = [...item.cites];
  if (!o.responses && !o.rightAnswer) return v;
  const opt = (id: string, text: string, chosen: boolean, correct: boolean, feedback?: string): OptionView => {
    const out: OptionView = { id, text };
    if (o.responses) out.chosen = chosen;
    if (o.rightAnswer) out.correct = correct;
    // Option feedback tells which option is right, so it goes with the right answer.
    if (o.rightAnswer && o.explanation && feedback && (chosen || correct)) out.feedback = feedback;
    return out;
  };
  switch (item.type) {
    case 'single':
    case 'multiple':
      v.options = item.options.map((x) => opt(x.id, x.text, x.chosen, x.correct, x.feedback));
      break;
    case 'truefalse':
    case 'judgement':
      v.options = item.choices.map((x) => opt(String(x.value), x.label, x.chosen, x.correct));
      break;
    case 'matching':
      v.pairs = item.pairs.map((p) => {
        const row: NonNullable<ReviewView['pairs']>[number] = { left: p.left };
        if (o.responses) row.chosen = p.chosen;
        if (o.rightAnswer) Object.assign(row, { answer: p.answer, correct: p.correct });
        return row;
      });
      break;
    case 'ordering':
      v.order = {};
      if (o.responses) v.order.chosen = item.chosen.map((c) => (o.rightAnswer ? c : { id: c.id, text: c.text }));
      if (o.rightAnswer) v.order.answer = item.answer;
      break;
  }
  return v;
}

/** The score as the options let the learner see it (per-item credit only with correctness). */
export function policeScore(score: AttemptScore, o: ReviewOptions): Partial<AttemptScore> {
  const out: Partial<AttemptScore> = {};
  if (o.score) Object.assign(out, { percent: score.percent, passed: score.passed, predikat: score.predikat, earned: score.earned, max: score.max });
  if (o.areas) out.perArea = score.perArea;
  if (o.correctness) out.items = score.items;
  return out;
}
