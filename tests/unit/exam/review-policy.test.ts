/** The review policy matrix (course.review) and the draw rules across attempts, on fixture banks. */
import { describe, expect, it } from 'vitest';
import { course } from '../../../src/content/course.ts';
import { policeReview, policeScore, reviewState, type ReviewOptions } from '../../../src/quizzes/engine/policy.ts';
import { reviewQuestion, scoreAttempt } from '../../../src/quizzes/engine/score.ts';
import { presentQuestion } from '../../../src/quizzes/engine/present.ts';
import { drawFor } from '../../../src/server/exam.ts';
import type { AttemptTable } from '../../../src/server/db/schema.ts';
import { drawBank, everyType } from '../quizzes/fixtures.ts';
import { rightResponse } from '../../helpers/answers.ts';

const SEED = 'policy-seed';
/** Every way a review can carry a key: the answer, the explanation, option feedback, in-place marks, an option marked right or wrong. */
const leaksKey = (x: unknown) => /"(answer|explanation|feedback|inPlace)"/.test(JSON.stringify(x)) || JSON.stringify(x).match(/\{[^{}]*"text"[^{}]*"correct":[^{}]*\}/) !== null;

/** Reviews of every question type: all right, and all blank. */
function reviews() {
  const right = everyType.map((q) => reviewQuestion(q, rightResponse(q, SEED), SEED));
  const blank = everyType.map((q) => reviewQuestion(q, undefined, SEED));
  return [...right, ...blank];
}

describe('review state', () => {
  it('is pre for the pre-test, closed after a pass or with no attempt left, open otherwise', () => {
    expect(reviewState('pre', { passed: true, attemptsLeft: 0 })).toBe('pre');
    expect(reviewState('final', { passed: false, attemptsLeft: 2 })).toBe('finalOpen');
    expect(reviewState('final', { passed: false, attemptsLeft: null })).toBe('finalOpen');
    expect(reviewState('final', { passed: true, attemptsLeft: 2 })).toBe('finalClosed');
    expect(reviewState('final', { passed: false, attemptsLeft: 0 })).toBe('finalClosed');
  });
});

describe('the default policy of course.ts', () => {
  it('pre-test: the score per area, nothing per question', () => {
    const o = course.review.pre;
    for (const r of reviews()) expect(policeReview(r, o)).toEqual({ id: r.id, area: r.area, type: r.type, stem: r.stem });
    const s = policeScore(scoreAttempt(everyType, {}, SEED, course), o);
    expect(s.perArea).toBeDefined();
    expect(s.items).toBeUndefined();
  });

  it('failed final with attempts left: right or wrong and the article to reread, never a key', () => {
    for (const r of reviews()) {
      const v = policeReview(r, course.review.finalOpen);
      expect(v.correct).toBe(r.correct);
      expect(v.cites).toEqual(r.cites);
      expect(leaksKey(v)).toBe(false);
      expect(v.options ?? v.pairs ?? v.order).toBeUndefined();
    }
  });

  it('passed or no attempt left: the full review with the right options and explanations', () => {
    for (const r of reviews()) {
      const v = policeReview(r, course.review.finalClosed);
      expect(v.explanation).toBe(r.explanation);
      expect(leaksKey(v)).toBe(true);
    }
  });
});

describe('each option on its own', () => {
  const none: ReviewOptions = { score: false, areas: false, correctness: false, responses: false, rightAnswer: false, explanation: false, cites: false };
  it('responses alone show what the learner chose, without marking the right one', () => {
    for (const r of reviews()) {
      const v = policeReview(r, { ...none, responses: true });
      expect(leaksKey(v)).toBe(false);
      if (v.options) expect(v.options.every((o) => typeof o.chosen === 'boolean' && o.correct === undefined)).toBe(true);
    }
  });
  it('an explanation is never shown without the right answer (it gives the key away)', () => {
    for (const r of reviews()) expect(policeReview(r, { ...none, explanation: true }).explanation).toBeUndefined();
  });
  it('the score options filter the score', () => {
    const full = scoreAttempt(everyType, {}, SEED, course);
    expect(policeScore(full, none)).toEqual({});
    expect(Object.keys(policeScore(full, { ...none, score: true }))).toEqual(['percent', 'passed', 'predikat', 'earned', 'max']);
    expect(policeScore(full, { ...none, correctness: true }).items).toHaveLength(everyType.length);
  });
  it('a public question view carries no key either (sanity of the fixture check)', () => {
    for (const q of everyType) expect(leaksKey(presentQuestion(q, SEED))).toBe(false);
  });
});

describe('draw rules across attempts (fixture bank, 8 per area)', () => {
  const bank = drawBank(8);
  const rules = { ...course, preTestItemsPerArea: 2, examItemsPerArea: 3 };
  const attempt = (kind: 'pre' | 'final', items: string[]): AttemptTable => ({
    id: kind + items[0], learner_id: 'l', kind, seed: 's', items: JSON.stringify(items), responses: '{}', status: 'submitted',
    started_at: '', deadline_at: null, submitted_at: '', score: 0, passed: 0, result: null, course_version: '1',
  });

  it('never draws a pre-test question into the final exam, for any seed', () => {
    for (let i = 0; i < 50; i++) {
      const pre = drawFor('pre', [], `pre-${i}`, bank, rules);
      const fin = drawFor('final', [attempt('pre', pre)], `final-${i}`, bank, rules);
      expect(fin.filter((id) => pre.includes(id))).toEqual([]);
    }
  });

  it('retries draw unseen questions while the bank allows, then repeat as few as possible', () => {
    for (let i = 0; i < 20; i++) {
      const earlier = [attempt('pre', drawFor('pre', [], `p${i}`, bank, rules))];
      const pre = new Set(JSON.parse(earlier[0].items) as string[]);
      // 8 per area − 2 in the pre-test = 6 fresh: two retries of 3 are all new, the third repeats 3.
      const seen = new Set<string>();
      for (let k = 0; k < 3; k++) {
        const ids = drawFor('final', earlier, `f${i}-${k}`, bank, rules);
        expect(ids.filter((id) => pre.has(id))).toEqual([]);
        const repeats = ids.filter((id) => seen.has(id)).length;
        expect(repeats).toBe(k < 2 ? 0 : rules.examItemsPerArea * rules.areas.length);
        ids.forEach((id) => seen.add(id));
        earlier.push(attempt('final', ids));
      }
    }
  });

  it('refuses (rather than break the rule) when an area cannot fill a final exam without pre-test questions', () => {
    const tiny = drawBank(4);
    const pre = drawFor('pre', [], 'p', tiny, rules);
    expect(() => drawFor('final', [attempt('pre', pre)], 'f', tiny, rules)).toThrow(/needed/);
  });
});
