/**
 * Answering questions the way a learner does, for tests: the right response of a question under
 * an attempt seed (read from the key, as only a test may), and filling it in on the page.
 */
import type { Locator, Page } from 'playwright-core';
import { presentation } from '../../src/quizzes/engine/present.ts';
import type { PublicQuestion, QuestionResponse } from '../../src/quizzes/engine/types.ts';
import type { Question } from '../../src/quizzes/schema.ts';

export function rightResponse(q: Question, seed: string): QuestionResponse {
  const p = presentation(q, seed);
  const pub = (id: string) => p.toPublic.get(id) as string;
  switch (q.type) {
    case 'single': return pub(q.answer);
    case 'multiple': return q.answer.map(pub);
    case 'truefalse': return q.answer;
    case 'judgement': return q.answer;
    case 'matching': return Object.fromEntries(q.pairs.map((pair) => [p.toPublic.get(`left:${pair.id}`) as string, pub(pair.id)]));
    case 'ordering': return q.items.map((i) => pub(i.id));
  }
}

/** Fills in `response` for the public question `pq` inside `scope` (a fieldset or the page), by label and button as a person would. */
export async function answerOnPage(scope: Page | Locator, pq: PublicQuestion, response: QuestionResponse): Promise<void> {
  const check = (label: string) => scope.getByLabel(label, { exact: true }).check();
  switch (pq.type) {
    case 'single':
      return check(pq.options.find((o) => o.id === response)!.text);
    case 'multiple':
      for (const id of response as string[]) await check(pq.options.find((o) => o.id === id)!.text);
      return;
    case 'truefalse':
    case 'judgement':
      return check(pq.choices.find((c) => c.value === response)!.label);
    case 'matching':
      for (const [left, right] of Object.entries(response as Record<string, string>)) {
        await scope.getByLabel(pq.lefts.find((l) => l.id === left)!.text, { exact: true }).selectOption({ label: pq.rights.find((r) => r.id === right)!.text });
      }
      return;
    case 'ordering': {
      const want = (response as string[]).map((id) => pq.items.find((i) => i.id === id)!.text);
      const items = scope.locator('.ordering li .text');
      for (let i = 0; i < want.length; i++) {
        const current = await items.allTextContents();
        for (let j = current.indexOf(want[i]); j > i; j--) await scope.getByRole('button', { name: `Naikkan: ${want[i]}`, exact: true }).click();
      }
      const keep = scope.getByRole('button', { name: 'Urutan ini sudah benar' });
      if (await keep.count()) await keep.click();
    }
  }
}

/** Passes the knowledge check at the end of a lesson page that is open in `page`. */
export async function passKnowledgeCheck(page: Page, moduleId: string, questions: readonly Question[]): Promise<void> {
  const { presentQuestion } = await import('../../src/quizzes/engine/present.ts');
  const check = page.locator('.knowledge-check');
  const fieldsets = check.locator('fieldset.question');
  await fieldsets.first().waitFor();
  // The same seed KnowledgeCheck.astro renders with.
  const seed = `kc:${moduleId}`;
  for (let i = 0; i < questions.length; i++) await answerOnPage(fieldsets.nth(i), presentQuestion(questions[i], seed), rightResponse(questions[i], seed));
  await check.getByRole('button', { name: 'Periksa jawaban' }).click();
  await check.getByText(/Modul ini selesai/).waitFor();
}
