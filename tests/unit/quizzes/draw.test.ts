import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../../src/content/course.ts';
import { drawExam, DrawError, pickQuestions } from '../../../src/quizzes/engine/draw.ts';
import { createRng, shuffle } from '../../../src/quizzes/engine/rng.ts';
import { drawBank } from './fixtures.ts';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng('attempt-1');
    const b = createRng('attempt-1');
    const c = createRng('attempt-2');
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles without losing, duplicating or mutating items', () => {
    const items = Array.from({ length: 50 }, (_, i) => `q${i}`);
    const copy = [...items];
    const shuffled = shuffle(items, 'seed');
    expect(items).toEqual(copy);
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(shuffled).not.toEqual(items);
    expect(shuffle(items, 'seed')).toEqual(shuffled);
  });

  it('rejects an empty seed instead of silently drawing the same exam for everyone', () => {
    expect(() => createRng('')).toThrow(/seed/);
  });
});

describe('drawing an exam', () => {
  const bank = drawBank(8);

  it('draws exactly perArea questions from every area, without repeats', () => {
    const ids = drawExam(bank, { perArea: 5, seed: 's1', areas: AREA_IDS });
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    const questions = pickQuestions(bank, ids);
    for (const area of AREA_IDS) expect(questions.filter((q) => q.area === area)).toHaveLength(5);
  });

  it('draws the same exam for the same seed, whatever the order of the bank', () => {
    const first = drawExam(bank, { perArea: 5, seed: 'attempt-42' });
    expect(drawExam(bank, { perArea: 5, seed: 'attempt-42' })).toEqual(first);
    expect(drawExam([...bank].reverse(), { perArea: 5, seed: 'attempt-42', areas: AREA_IDS })).toEqual(first);
  });

  it('draws different exams for different seeds', () => {
    const draws = ['a', 'b', 'c', 'd', 'e'].map((seed) => drawExam(bank, { perArea: 5, seed }));
    const asSets = draws.map((d) => [...d].sort().join(','));
    expect(new Set(asSets).size).toBeGreaterThan(1);
    expect(new Set(draws.map((d) => d.join(','))).size).toBe(5);
  });

  it('spreads each area over difficulty levels and over cases and recall', () => {
    for (const seed of ['x', 'y', 'z']) {
      const questions = pickQuestions(bank, drawExam(bank, { perArea: 5, seed }));
      for (const area of AREA_IDS) {
        const inArea = questions.filter((q) => q.area === area);
        expect(new Set(inArea.map((q) => q.difficulty)).size).toBe(3);
        const cases = inArea.filter((q) => q.isCase).length;
        expect(cases).toBeGreaterThanOrEqual(2);
        expect(cases).toBeLessThanOrEqual(3);
      }
    }
  });

  it('interleaves the areas rather than presenting them in blocks', () => {
    const areas = pickQuestions(bank, drawExam(bank, { perArea: 5, seed: 'mix' })).map((q) => q.area);
    const blocks = areas.filter((a, i) => i === 0 || a !== areas[i - 1]).length;
    expect(blocks).toBeGreaterThan(4);
  });

  it('throws a clear error naming the area when it has too few questions', () => {
    const small = bank.filter((q) => q.area !== 'partai' || q.id.endsWith('01') || q.id.endsWith('02'));
    expect(() => drawExam(small, { perArea: 5, seed: 's', areas: AREA_IDS })).toThrow(DrawError);
    expect(() => drawExam(small, { perArea: 5, seed: 's', areas: AREA_IDS })).toThrow(/"partai" has 2 eligible.*5 needed/);
  });

  it('throws when a required area is missing from the bank', () => {
    const noPelayanan = bank.filter((q) => q.area !== 'pelayanan');
    expect(() => drawExam(noPelayanan, { perArea: 1, seed: 's', areas: AREA_IDS })).toThrow(/"pelayanan" has 0/);
  });

  it('never draws excluded questions, and counts them in the error when too many are excluded', () => {
    const exclude = bank.filter((q) => q.id.endsWith('01') || q.id.endsWith('02')).map((q) => q.id);
    const ids = drawExam(bank, { perArea: 5, seed: 'ex', exclude });
    expect(ids.some((id) => exclude.includes(id))).toBe(false);
    const excludeMore = bank.filter((q) => q.area === 'karier').slice(0, 4).map((q) => q.id);
    expect(() => drawExam(bank, { perArea: 5, seed: 'ex', exclude: excludeMore })).toThrow(/"karier" has 4 eligible question\(s\) \(4 excluded\)/);
  });

  it('prefers questions not seen before and falls back to them only when needed', () => {
    const first = drawExam(bank, { perArea: 5, seed: 'try-1' });
    const second = drawExam(bank, { perArea: 5, seed: 'try-2', avoid: first });
    // 8 per area, 5 seen: the retake holds the 3 unseen ones and only 2 seen ones per area.
    const repeated = second.filter((id) => first.includes(id));
    expect(repeated).toHaveLength(8);
    expect(second).toHaveLength(20);
  });

  it('rejects a bank with duplicate ids and a non-positive perArea', () => {
    expect(() => drawExam([...bank, bank[0]!], { perArea: 1, seed: 's' })).toThrow(/duplicate/);
    expect(() => drawExam(bank, { perArea: 0, seed: 's' })).toThrow(RangeError);
  });
});
