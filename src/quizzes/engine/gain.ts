/**
 * Hake's normalized gain between a pre-test and a post-test score (both percent, 0–100):
 * g = (post − pre) / (100 − pre), the share of the possible improvement that was achieved.
 * A learner who scored 100 on the pre-test had nothing left to gain: g is undefined and
 * returned as null, and such learners are left out of class averages (counted in `excluded`).
 */

export function nGain(pre: number, post: number): number | null {
  for (const v of [pre, post]) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
      throw new RangeError('nGain: scores must be numbers from 0 to 100');
    }
  }
  if (pre >= 100) return null;
  return (post - pre) / (100 - pre);
}

/** Hake's bands: tinggi g ≥ 0.7, sedang 0.3 ≤ g < 0.7, rendah g < 0.3. */
export function gainCategory(g: number): 'tinggi' | 'sedang' | 'rendah' {
  if (g >= 0.7) return 'tinggi';
  if (g >= 0.3) return 'sedang';
  return 'rendah';
}

export interface ClassGain {
  /** Learners with both scores. */
  n: number;
  /** Learners left out of meanOfGains because their pre-test was 100. */
  excluded: number;
  meanPre: number;
  meanPost: number;
  /**
   * The class figure we report: the mean of the individual gains (null when nobody could gain).
   * Chosen over the gain of the means because it weights every learner equally and matches the
   * per-learner gains a facilitator sees.
   */
  meanOfGains: number | null;
  /** Hake's original class gain, (mean post − mean pre) / (100 − mean pre), for comparison. */
  gainOfMeans: number | null;
}

/** Class-level gain over pairs of (pre, post) scores of the same learners. */
export function classGain(pairs: readonly { pre: number; post: number }[]): ClassGain {
  const gains: number[] = [];
  let sumPre = 0;
  let sumPost = 0;
  for (const { pre, post } of pairs) {
    const g = nGain(pre, post);
    sumPre += pre;
    sumPost += post;
    if (g !== null) gains.push(g);
  }
  const n = pairs.length;
  const meanPre = n ? sumPre / n : 0;
  const meanPost = n ? sumPost / n : 0;
  return {
    n,
    excluded: n - gains.length,
    meanPre,
    meanPost,
    meanOfGains: gains.length ? gains.reduce((a, b) => a + b, 0) / gains.length : null,
    gainOfMeans: n ? nGain(meanPre, meanPost) : null,
  };
}
