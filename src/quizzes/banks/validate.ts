/**
 * Validates a bank at import time, so a broken question fails the build instead of a learner.
 * Pure: no I/O, safe for both the server (graded) and the browser (practice).
 */
import { questionSchema, type Question } from '../schema.ts';
import type { QuestionInput } from './types.ts';

/** Parses every question, checks keys refer to real options and ids are unique; throws with the id. */
export function validateBank(items: readonly QuestionInput[], bankName: string): Question[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const label = `${bankName}: question ${(item as { id?: string }).id ?? `#${index}`}`;
    const parsed = questionSchema.safeParse(item);
    if (!parsed.success) {
      throw new Error(`${label} is invalid: ${parsed.error.message}`);
    }
    const q = parsed.data;
    if (seen.has(q.id)) throw new Error(`${label}: duplicate id`);
    seen.add(q.id);
    checkInternalIds(q, label);
    return q;
  });
}

/** The schema cannot see that an answer names an existing option; a typo there would mark every learner wrong. */
function checkInternalIds(q: Question, label: string): void {
  const unique = (ids: string[], what: string) => {
    if (new Set(ids).size !== ids.length) throw new Error(`${label}: duplicate ${what} id`);
  };
  if (q.type === 'single' || q.type === 'multiple') {
    const ids = q.options.map((o) => o.id);
    unique(ids, 'option');
    const answers = q.type === 'single' ? [q.answer] : q.answer;
    unique(answers, 'answer');
    for (const a of answers) {
      if (!ids.includes(a)) throw new Error(`${label}: answer "${a}" is not an option`);
    }
  } else if (q.type === 'matching') {
    unique(q.pairs.map((p) => p.id), 'pair');
    unique(q.pairs.map((p) => p.right), 'right-hand text');
  } else if (q.type === 'ordering') {
    unique(q.items.map((i) => i.id), 'item');
  }
}
