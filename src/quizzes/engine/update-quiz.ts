/**
 * Drawing the short update quiz of a new course version: the graded questions that carry one of
 * the version's tags, spread over the mastery areas as evenly as the tagged questions allow, in a
 * seeded order. Pure: the server stores the seed like any attempt's.
 */
import type { Question } from '../schema.ts';
import { shuffle } from './rng.ts';

/** The ids of `items` questions tagged with any of `tags`; fewer when the bank holds fewer. */
export function drawUpdateQuiz(bank: readonly Question[], tags: readonly string[], items: number, seed: string): string[] {
  const tagged = bank.filter((q) => q.tags?.some((t) => tags.includes(t)));
  const byArea = new Map<string, Question[]>();
  for (const q of shuffle(tagged, `${seed}:update`)) byArea.set(q.area, [...(byArea.get(q.area) ?? []), q]);
  // Round-robin over the areas (in a seeded order), so no area dominates a short quiz.
  const areas = shuffle([...byArea.keys()].sort(), `${seed}:areas`);
  const out: string[] = [];
  for (let round = 0; out.length < items; round++) {
    let took = false;
    for (const a of areas) {
      const q = byArea.get(a)![round];
      if (q && out.length < items) { out.push(q.id); took = true; }
    }
    if (!took) break;
  }
  return out;
}
