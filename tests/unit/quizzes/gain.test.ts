import { describe, expect, it } from 'vitest';
import { classGain, gainCategory, nGain } from '../../../src/quizzes/engine/gain.ts';

describe('normalized gain of one learner', () => {
  it('is the share of the possible improvement achieved', () => {
    expect(nGain(40, 70)).toBeCloseTo(0.5);
    expect(nGain(0, 100)).toBe(1);
    expect(nGain(50, 50)).toBe(0);
    expect(nGain(80, 60)).toBeCloseTo(-1);
  });

  it('is undefined (null) when the pre-test was already 100', () => {
    expect(nGain(100, 100)).toBeNull();
    expect(nGain(100, 90)).toBeNull();
  });

  it('rejects scores outside 0–100', () => {
    expect(() => nGain(-1, 50)).toThrow(RangeError);
    expect(() => nGain(50, 101)).toThrow(RangeError);
    expect(() => nGain(Number.NaN, 50)).toThrow(RangeError);
  });

  it('falls into Hake’s bands', () => {
    expect(gainCategory(0.7)).toBe('tinggi');
    expect(gainCategory(0.69)).toBe('sedang');
    expect(gainCategory(0.3)).toBe('sedang');
    expect(gainCategory(0.29)).toBe('rendah');
    expect(gainCategory(-0.2)).toBe('rendah');
  });
});

describe('class gain', () => {
  it('averages the individual gains and also gives the gain of the averages', () => {
    const r = classGain([
      { pre: 0, post: 100 }, // g = 1
      { pre: 80, post: 90 }, // g = 0.5
    ]);
    expect(r.n).toBe(2);
    expect(r.meanOfGains).toBeCloseTo(0.75);
    // means 40 → 95: (95 − 40) / 60
    expect(r.gainOfMeans).toBeCloseTo(55 / 60);
    expect(r.meanPre).toBe(40);
    expect(r.meanPost).toBe(95);
  });

  it('leaves learners with a perfect pre-test out of the mean of gains and counts them', () => {
    const r = classGain([
      { pre: 100, post: 100 },
      { pre: 50, post: 75 },
    ]);
    expect(r.excluded).toBe(1);
    expect(r.meanOfGains).toBeCloseTo(0.5);
  });

  it('has no gain for an empty class or a class that all scored 100 before', () => {
    expect(classGain([])).toMatchObject({ n: 0, meanOfGains: null, gainOfMeans: null });
    expect(classGain([{ pre: 100, post: 100 }])).toMatchObject({ n: 1, excluded: 1, meanOfGains: null, gainOfMeans: null });
  });
});
