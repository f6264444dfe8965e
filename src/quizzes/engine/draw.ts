/**
 * Drawing an exam from a bank: exactly `perArea` questions from each mastery area, deterministic
 * for a seed. Within an area the draw spreads over difficulty (round-robin over the levels, in a
 * seeded order) and, inside a level, alternates cases and recall questions. A consequence worth
 * knowing: a level or kind with few questions is drawn more often than a crowded one.
 */
import { createRng, deriveSeed, shuffle, type Rng } from './rng.ts';
import type { AreaId, Question } from './types.ts';

export interface DrawOptions {
  /** Questions per area (a positive integer). */
  perArea: number;
  /** The attempt seed. */
  seed: string;
  /** Areas to draw from; by default every area present in the bank, in order of first appearance. */
  areas?: readonly AreaId[];
  /** Ids that must not be drawn. */
  exclude?: Iterable<string>;
  /** Ids drawn only when an area has too few others (e.g. questions of earlier attempts). */
  avoid?: Iterable<string>;
}

/** Thrown when an area cannot supply perArea questions. */
export class DrawError extends Error {
  readonly area: AreaId;
  readonly available: number;
  readonly needed: number;
  constructor(area: AreaId, available: number, needed: number, excluded: number) {
    super(
      `drawExam: area "${area}" has ${available} eligible question(s)` +
        (excluded ? ` (${excluded} excluded)` : '') +
        `, ${needed} needed`,
    );
    this.name = 'DrawError';
    this.area = area;
    this.available = available;
    this.needed = needed;
  }
}

/** Picks k from pool (already shuffled), spreading over difficulty and case/recall. */
function spreadPick(pool: Question[], k: number, rng: Rng, picked: Question[]): Question[] {
  const levels = shuffle([1, 2, 3] as const, rng);
  const groups = levels.map((d) => pool.filter((q) => q.difficulty === d));
  const out: Question[] = [];
  while (out.length < k) {
    for (const group of groups) {
      if (out.length >= k) break;
      if (group.length === 0) continue;
      const all = [...picked, ...out];
      const cases = all.filter((q) => q.isCase).length;
      const wantCase = cases <= all.length - cases; // the less represented kind; ties → case
      const i = group.findIndex((q) => Boolean(q.isCase) === wantCase);
      out.push(...group.splice(i === -1 ? 0 : i, 1));
    }
  }
  return out;
}

/** The ids of an exam's questions, in the order they are presented (areas interleaved). */
export function drawExam(bank: readonly Question[], opts: DrawOptions): string[] {
  const { perArea, seed } = opts;
  if (!Number.isInteger(perArea) || perArea < 1) throw new RangeError('drawExam: perArea must be a positive integer');
  const seen = new Set<string>();
  for (const q of bank) {
    if (seen.has(q.id)) throw new Error(`drawExam: duplicate question id "${q.id}" in the bank`);
    seen.add(q.id);
  }
  const exclude = new Set(opts.exclude ?? []);
  const avoid = new Set(opts.avoid ?? []);
  const areas = opts.areas ?? [...new Set(bank.map((q) => q.area))];
  const drawn: Question[] = [];
  for (const area of areas) {
    // Sorting first makes the draw independent of the bank's file order.
    const inArea = bank.filter((q) => q.area === area).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const eligible = inArea.filter((q) => !exclude.has(q.id));
    if (eligible.length < perArea) throw new DrawError(area, eligible.length, perArea, inArea.length - eligible.length);
    const rng = createRng(deriveSeed(seed, 'draw', area));
    const pool = shuffle(eligible, rng);
    const fresh = pool.filter((q) => !avoid.has(q.id));
    const stale = pool.filter((q) => avoid.has(q.id));
    const picked = spreadPick(fresh, Math.min(perArea, fresh.length), rng, []);
    picked.push(...spreadPick(stale, perArea - picked.length, rng, picked));
    drawn.push(...picked);
  }
  return shuffle(drawn, deriveSeed(seed, 'order')).map((q) => q.id);
}

/** Question by id of a bank array (banks are never changed in place, so the index is kept per array). */
const indexes = new WeakMap<readonly Question[], Map<string, Question>>();
function indexOf(bank: readonly Question[]): Map<string, Question> {
  let byId = indexes.get(bank);
  if (!byId) indexes.set(bank, (byId = new Map(bank.map((q) => [q.id, q]))));
  return byId;
}

/** The questions for drawn ids, in that order; throws when an id is not in the bank. */
export function pickQuestions(bank: readonly Question[], ids: readonly string[]): Question[] {
  const byId = indexOf(bank);
  return ids.map((id) => {
    const q = byId.get(id);
    if (!q) throw new Error(`pickQuestions: question "${id}" is not in the bank`);
    return q;
  });
}
