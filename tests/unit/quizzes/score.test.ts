import { describe, expect, it } from 'vitest';
import { course, predikatFor } from '../../../src/content/course.ts';
import { presentation, presentQuestion } from '../../../src/quizzes/engine/present.ts';
import { predikatOf, reviewQuestion, scoreAttempt, scoreQuestion, toPercent } from '../../../src/quizzes/engine/score.ts';
import type { Responses } from '../../../src/quizzes/engine/types.ts';
import type { Question } from '../../../src/quizzes/schema.ts';
import { judgement, matching, multiple, ordering, single, truefalse } from './fixtures.ts';

const SEED = 'attempt-7';
/** The public label of an authored id under SEED (for matching lefts pass `left:<pair id>`). */
const label = (q: Question, id: string, seed = SEED) => presentation(q, seed).toPublic.get(id)!;
const labels = (q: Question, ids: string[]) => ids.map((id) => label(q, id));
const earned = (q: Question, r: unknown, seed = SEED) => scoreQuestion(q, r as never, seed).earned;

describe('scoring one question', () => {
  it('single: 1 for the right option, 0 for a wrong one or none', () => {
    expect(earned(single, label(single, 'a'))).toBe(1);
    expect(earned(single, label(single, 'b'))).toBe(0);
    expect(earned(single, undefined)).toBe(0);
  });

  it('single: the labels of another attempt do not score', () => {
    expect(earned(single, label(single, 'a', 'other-attempt'))).toBe(0);
    expect(earned(single, 'a')).toBe(0);
  });

  it('multiple: (right chosen − wrong chosen) / right options, floored at 0', () => {
    expect(earned(multiple, labels(multiple, ['a', 'b']))).toBe(1);
    expect(earned(multiple, labels(multiple, ['a']))).toBe(0.5);
    expect(earned(multiple, labels(multiple, ['a', 'b', 'c']))).toBe(0.5);
    expect(earned(multiple, labels(multiple, ['a', 'c']))).toBe(0);
    expect(earned(multiple, labels(multiple, ['c', 'd']))).toBe(0);
    expect(earned(multiple, labels(multiple, ['a', 'b', 'c', 'd']))).toBe(0);
    expect(earned(multiple, [])).toBe(0);
  });

  it('truefalse and judgement: 0 or 1', () => {
    expect(earned(truefalse, true)).toBe(1);
    expect(earned(truefalse, false)).toBe(0);
    expect(earned(judgement, 'tidak')).toBe(1);
    expect(earned(judgement, 'boleh')).toBe(0);
    expect(earned(judgement, null)).toBe(0);
  });

  it('matching: the share of correct pairs', () => {
    const pair = (l: string, r: string) => [label(matching, `left:${l}`), label(matching, r)] as const;
    const all = Object.fromEntries([pair('a', 'a'), pair('b', 'b'), pair('c', 'c')]);
    expect(earned(matching, all)).toBe(1);
    expect(earned(matching, Object.fromEntries([pair('a', 'a'), pair('b', 'c'), pair('c', 'b')]))).toBeCloseTo(1 / 3);
    expect(earned(matching, Object.fromEntries([pair('a', 'a'), pair('b', 'b')]))).toBeCloseTo(2 / 3);
    expect(earned(matching, Object.fromEntries([pair('a', 'b'), pair('b', 'c'), pair('c', 'a')]))).toBe(0);
    expect(earned(matching, {})).toBe(0);
  });

  it('ordering: longest run in the right relative order, so one misplaced item costs one step', () => {
    expect(earned(ordering, labels(ordering, ['a', 'b', 'c', 'd']))).toBe(1);
    expect(earned(ordering, labels(ordering, ['d', 'a', 'b', 'c']))).toBeCloseTo(2 / 3);
    expect(earned(ordering, labels(ordering, ['b', 'a', 'd', 'c']))).toBeCloseTo(1 / 3);
    expect(earned(ordering, labels(ordering, ['d', 'c', 'b', 'a']))).toBe(0);
    expect(earned(ordering, [])).toBe(0);
  });

  it('scores a malformed response as 0 instead of throwing', () => {
    expect(earned(multiple, [label(multiple, 'a'), label(multiple, 'a')])).toBe(0);
    expect(earned(ordering, labels(ordering, ['a', 'b']))).toBe(0);
    expect(earned(matching, 'x')).toBe(0);
  });

  it('marks full credit as correct and partial credit as not correct', () => {
    expect(scoreQuestion(multiple, labels(multiple, ['a', 'b']), SEED)).toMatchObject({ correct: true, answered: true, max: 1 });
    expect(scoreQuestion(multiple, labels(multiple, ['a']), SEED)).toMatchObject({ correct: false, answered: true });
    expect(scoreQuestion(multiple, undefined, SEED)).toMatchObject({ correct: false, answered: false, earned: 0 });
  });
});

/** n true/false questions in `area`, answered right for the first `right` of them. */
function tfSet(n: number, right: number, area: Question['area'] = 'karier', prefix = area): { qs: Question[]; rs: Responses } {
  const qs: Question[] = Array.from({ length: n }, (_, i) => ({ ...truefalse, id: `${prefix}-${i}`, area }));
  const rs: Responses = Object.fromEntries(qs.map((q, i) => [q.id, i < right]));
  return { qs, rs };
}

describe('scoring an attempt', () => {
  it('passes exactly at the pass mark (70) and fails just below it', () => {
    const at = tfSet(20, 14);
    const r = scoreAttempt(at.qs, at.rs, SEED, course);
    expect(r.percent).toBe(70);
    expect(r.passed).toBe(true);
    expect(r.predikat).toBe('Cukup');

    const below = tfSet(19, 13);
    const partial: Question = { ...multiple, id: 'partial' };
    const rb = scoreAttempt([...below.qs, partial], { ...below.rs, partial: labels(partial, ['a']) }, SEED, course);
    // 13.5 / 20 = 67.5 %
    expect(rb.percent).toBe(67.5);
    expect(rb.passed).toBe(false);
    expect(rb.predikat).toBe('Belum Lulus');
  });

  it('rounds the percent half up to one decimal, and the shown figure decides', () => {
    // 2 of 3 pairs = 66.666… %: shown as 66.7 (not truncated to 66.6), which meets a 66.7 mark.
    const qs: Question[] = [{ ...matching, id: 'm1' }];
    const two = { [label(qs[0]!, 'left:a')]: label(qs[0]!, 'a'), [label(qs[0]!, 'left:b')]: label(qs[0]!, 'b') };
    const r = scoreAttempt(qs, { m1: two }, SEED, { passMark: 66.7, predikat: course.predikat });
    expect(r.percent).toBe(66.7);
    expect(r.passed).toBe(true);
    expect(scoreAttempt(qs, { m1: two }, SEED, { passMark: 66.8, predikat: course.predikat }).passed).toBe(false);
  });

  it('rounds exact halves up (12.25 → 12.3, 0.05 → 0.1) and keeps exact tenths', () => {
    expect(toPercent(49, 400)).toBe(12.3);
    expect(toPercent(1, 2000)).toBe(0.1);
    expect(toPercent(1, 3)).toBe(33.3);
    expect(toPercent(7, 10)).toBe(70);
    expect(toPercent(0, 0)).toBe(0);
  });

  it('is not fooled by floating point at the mark (7 of 10, 21 of 30)', () => {
    for (const [n, k] of [[10, 7], [30, 21], [100, 70]] as const) {
      const s = tfSet(n, k);
      expect(scoreAttempt(s.qs, s.rs, SEED, course)).toMatchObject({ percent: 70, passed: true });
    }
  });

  it('gives the predikat bands of the course', () => {
    expect(scoreAttempt(tfSet(10, 10).qs, tfSet(10, 10).rs, SEED, course).predikat).toBe('Sangat Baik');
    expect(scoreAttempt(tfSet(10, 9).qs, tfSet(10, 9).rs, SEED, course).predikat).toBe('Sangat Baik');
    expect(scoreAttempt(tfSet(10, 8).qs, tfSet(10, 8).rs, SEED, course).predikat).toBe('Baik');
    expect(scoreAttempt(tfSet(10, 0).qs, tfSet(10, 0).rs, SEED, course)).toMatchObject({ percent: 0, passed: false, predikat: 'Belum Lulus' });
  });

  it('uses the same predikat rule as course.ts for every score', () => {
    for (let tenth = 0; tenth <= 1000; tenth++) {
      const score = tenth / 10;
      expect(predikatOf(score, course.predikat)).toBe(predikatFor(score));
    }
  });

  it('reports mastery per area, in the order of the course areas', () => {
    const karier = tfSet(5, 5, 'karier');
    const partai = tfSet(5, 2, 'partai');
    const pelayanan = tfSet(4, 1, 'pelayanan');
    const r = scoreAttempt([...pelayanan.qs, ...partai.qs, ...karier.qs], { ...karier.rs, ...partai.rs, ...pelayanan.rs }, SEED, course);
    expect(Object.keys(r.perArea)).toEqual(['karier', 'partai', 'pelayanan']);
    expect(r.perArea.karier).toEqual({ earned: 5, max: 5, percent: 100 });
    expect(r.perArea.partai).toEqual({ earned: 2, max: 5, percent: 40 });
    expect(r.perArea.pelayanan).toEqual({ earned: 1, max: 4, percent: 25 });
    expect(r.percent).toBe(57.1); // 8 / 14
    expect(r.items).toHaveLength(14);
    expect(r.items[0]).toEqual({ id: 'pelayanan-0', area: 'pelayanan', earned: 1, max: 1, correct: true, answered: true });
  });

  it('scores unanswered questions as 0 and an empty attempt as 0 %', () => {
    const s = tfSet(4, 4);
    const r = scoreAttempt(s.qs, {}, SEED, course);
    expect(r.percent).toBe(0);
    expect(r.items.every((i) => !i.answered && i.earned === 0)).toBe(true);
  });

  it('scores a mixed exam of every type', () => {
    const qs = [single, multiple, truefalse, judgement, matching, ordering];
    const rs: Responses = {
      [single.id]: label(single, 'a'),
      [multiple.id]: labels(multiple, ['a']),
      [truefalse.id]: true,
      [judgement.id]: 'boleh',
      [matching.id]: { [label(matching, 'left:a')]: label(matching, 'a') },
      [ordering.id]: labels(ordering, ['a', 'b', 'c', 'd']),
    };
    const r = scoreAttempt(qs, rs, SEED, course);
    // 1 + 0.5 + 1 + 0 + 1/3 + 1 = 3.8333 of 6 = 63.88… %, shown as 63.9
    expect(r.percent).toBe(63.9);
    expect(r.perArea.kampanye?.percent).toBe(100);
    expect(r.perArea.pelayanan?.percent).toBe(50);
  });
});

describe('reviewing a question after submit', () => {
  it('single: options in the presented order, the choice and the key marked, feedback, explanation and cites', () => {
    const chosen = label(single, 'b');
    const review = reviewQuestion(single, chosen, SEED);
    const view = presentQuestion(single, SEED);
    if (review.type !== 'single' || view.type !== 'single') throw new Error('type');
    expect(review.options.map((o) => o.id)).toEqual(view.options.map((o) => o.id));
    const b = review.options.find((o) => o.id === chosen)!;
    expect(b).toMatchObject({ text: 'Pengecoh satu', chosen: true, correct: false, feedback: 'Kurang tepat.' });
    expect(review.options.find((o) => o.correct)).toMatchObject({ text: 'Jawaban benar', chosen: false, feedback: 'Tepat.' });
    expect(review.options.filter((o) => o.correct)).toHaveLength(1);
    expect(review).toMatchObject({ explanation: single.explanation, cites: single.cites, correct: false, earned: 0, answered: true });
  });

  it('multiple: every right option marked, partial credit shown', () => {
    const review = reviewQuestion(multiple, labels(multiple, ['a', 'c']), SEED);
    if (review.type !== 'multiple') throw new Error('type');
    expect(review.options.filter((o) => o.correct).map((o) => o.text).sort()).toEqual(['Benar dua', 'Benar satu']);
    expect(review.options.filter((o) => o.chosen).map((o) => o.text).sort()).toEqual(['Benar satu', 'Salah satu']);
    expect(review.earned).toBe(0);
  });

  it('truefalse and judgement: the fixed choices with the choice and the key', () => {
    const tf = reviewQuestion(truefalse, false, SEED);
    expect(tf.type === 'truefalse' && tf.choices).toEqual([
      { value: true, label: 'Benar', chosen: false, correct: true },
      { value: false, label: 'Salah', chosen: true, correct: false },
    ]);
    const j = reviewQuestion(judgement, undefined, SEED);
    expect(j.type === 'judgement' && j.choices.map((c) => [c.chosen, c.correct])).toEqual([
      [false, false],
      [false, true],
    ]);
    expect(j.answered).toBe(false);
  });

  it('matching: per left, the chosen right and the correct right', () => {
    const r = { [label(matching, 'left:a')]: label(matching, 'a'), [label(matching, 'left:b')]: label(matching, 'c') };
    const review = reviewQuestion(matching, r, SEED);
    if (review.type !== 'matching') throw new Error('type');
    expect(review.pairs.map((p) => [p.left.text, p.chosen?.text ?? null, p.answer.text, p.correct])).toEqual([
      ['Kiri satu', 'Kanan satu', 'Kanan satu', true],
      ['Kiri dua', 'Kanan tiga', 'Kanan dua', false],
      ['Kiri tiga', null, 'Kanan tiga', false],
    ]);
  });

  it('ordering: the learner order with items in place marked, and the correct order', () => {
    const review = reviewQuestion(ordering, labels(ordering, ['d', 'b', 'c', 'a']), SEED);
    if (review.type !== 'ordering') throw new Error('type');
    expect(review.chosen.map((i) => [i.text, i.inPlace])).toEqual([
      ['Keempat', false],
      ['Kedua', true],
      ['Ketiga', true],
      ['Pertama', false],
    ]);
    expect(review.answer.map((i) => i.text)).toEqual(['Pertama', 'Kedua', 'Ketiga', 'Keempat']);
  });
});
