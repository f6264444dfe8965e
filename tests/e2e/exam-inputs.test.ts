/**
 * The exam's question inputs a learner can trip over (issue 12, item 7): a matching question counts
 * as answered only when every line is paired, and a duplicate pair is shown next to the question;
 * the ordering question keeps focus on the moved item; submitting always asks for confirmation.
 * The attempt is given one matching and one ordering question up front (as a draw may give them).
 */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { registerInBrowser } from '../helpers/learner.ts';
import { MODULE_IDS, nipFor } from '../helpers/bad-input.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await phoneContext(browser, server.url)).newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await registerInBrowser(page, { nip: nipFor(40), name: 'Rina Marlina' });
  const at = new Date().toISOString();
  await page.evaluate(async (body) => fetch('/api/kemajuan', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }), JSON.stringify({ modules: Object.fromEntries(MODULE_IDS.map((id) => [id, at])) }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('question inputs', () => {
  it('matching, ordering and the confirmation before submitting', async () => {
    await page.goto('/ujian/akhir');
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.locator('.q-counter').waitFor();
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('netral:ujian:final')!).attemptId as string);
    // Put a matching and an ordering question first, as a draw may.
    const matching = gradedBank.find((q) => q.type === 'matching')!;
    const ordering = gradedBank.find((q) => q.type === 'ordering')!;
    const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'));
    const items = JSON.parse((d.prepare('SELECT items FROM attempts WHERE id = ?').get(id) as { items: string }).items) as string[];
    const rest = items.filter((x) => x !== matching.id && x !== ordering.id).slice(0, items.length - 2);
    d.prepare('UPDATE attempts SET items = ? WHERE id = ?').run(JSON.stringify([matching.id, ordering.id, ...rest]), id);
    d.close();
    await page.evaluate(() => localStorage.removeItem('netral:ujian:final'));
    await page.reload();
    await page.getByRole('button', { name: 'Lanjutkan ujian' }).click();
    const total = items.length;

    // Matching: two lines given the same partner → an error next to the question, not answered.
    const selects = page.locator('fieldset.question select');
    await selects.first().waitFor();
    const n = await selects.count();
    const options = await selects.first().locator('option').allTextContents();
    await selects.nth(0).selectOption({ label: options[1] });
    await selects.nth(1).selectOption({ label: options[1] });
    await page.getByText('Satu jawaban dipilih untuk lebih dari satu pernyataan.', { exact: false }).waitFor();
    await expect(selects.nth(0).getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
    // Every line paired with a different partner: answered.
    for (let i = 0; i < n; i++) await selects.nth(i).selectOption({ label: options[i + 1] });
    await expect.poll(() => page.getByText('Satu jawaban dipilih untuk lebih dari satu pernyataan.', { exact: false }).count()).toBe(0);
    await page.getByText(`1 dari ${total} soal sudah dijawab`).waitFor();
    // One line left open: not answered any more.
    await selects.nth(n - 1).selectOption({ index: 0 });
    await page.getByText(`0 dari ${total} soal sudah dijawab`).waitFor();
    for (let i = 0; i < n; i++) await selects.nth(i).selectOption({ label: options[i + 1] });

    // Ordering: focus stays on the moved item, also when it reaches the top.
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    const texts = await page.locator('.ordering li .text').allTextContents();
    const second = texts[1];
    await page.getByRole('button', { name: `Naikkan: ${second}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.ordering li .text').first().textContent()).resolves.toBe(second);
    // At the top its "up" arrow is disabled: focus moved to its "down" arrow, still on the item.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Turunkan: ${second}`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.ordering li .text').nth(1).textContent()).resolves.toBe(second);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Turunkan: ${second}`);

    // Submitting asks first (dismissed here: nothing is sent).
    await page.getByRole('button', { name: 'Kirim jawaban' }).last().click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toMatch(/belum dijawab|tidak dapat diubah/);
    await expect(page.url()).toContain('/ujian/akhir');
  });
});
