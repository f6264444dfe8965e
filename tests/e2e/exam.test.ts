/**
 * The learner's exam journey in a real browser: identify, pre-test, a module's knowledge check,
 * the final exam failed, a reload mid-exam, a retry passed; and what an attacker cannot do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { PASSWORD, registerInBrowser } from '../helpers/learner.ts';
import { MODULE_IDS } from '../helpers/bad-input.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { answerOnPage, passKnowledgeCheck, rightResponse } from '../helpers/answers.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { practiceByModule } from '../../src/quizzes/banks/practice/index.ts';
import type { PublicQuestion } from '../../src/quizzes/engine/types.ts';
import { course } from '../../src/content/course.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const db = () => new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
function attemptRow(id: string) {
  const d = db();
  try {
    return d.prepare('SELECT * FROM attempts WHERE id = ?').get(id) as Record<string, string | number | null>;
  } finally {
    d.close();
  }
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await phoneContext(browser, server.url);
  page = await context.newPage();
  page.on('dialog', (d) => d.accept());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function identify(p: Page, nip: string, name: string) {
  await registerInBrowser(p, { nip, name });
}

/** Records every module as finished on the server (the module gate has its own test in accounts.test.ts). */
async function finishModules(p: Page) {
  const at = new Date().toISOString();
  const r = await p.evaluate(async (body) => (await fetch('/api/kemajuan', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status, JSON.stringify({ modules: Object.fromEntries(MODULE_IDS.map((id) => [id, at])) }));
  expect(r).toBe(200);
}

/** The attempt on screen: its id from the device store, its questions from the API, its seed from the database. */
async function currentAttempt(kind: 'pre' | 'final') {
  await page.locator('.q-counter').waitFor();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(`netral:ujian:${k}`) ?? 'null'), kind);
  const res = await page.evaluate(async (id) => (await fetch(`/api/ujian/${id}`)).json(), stored.attemptId);
  return { id: stored.attemptId as string, questions: res.questions as PublicQuestion[], seed: attemptRow(stored.attemptId).seed as string };
}

/** Answers the questions on screen one by one: the first `nRight` right, the rest left open. */
async function answerExam(kind: 'pre' | 'final', nRight: number, from = 0) {
  const { questions, seed } = await currentAttempt(kind);
  for (let i = from; i < questions.length; i++) {
    const pq = questions[i];
    await page.getByRole('heading', { name: `Soal ${i + 1} dari ${questions.length}` }).waitFor();
    if (i < nRight) await answerOnPage(page.locator('fieldset.question'), pq, rightResponse(gradedBank.find((q) => q.id === pq.id)!, seed));
    if (i < questions.length - 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
  }
}

describe('a learner takes the exams', () => {
  it('the exam asks for an account first', async () => {
    await page.goto('/ujian/akhir');
    // The exam's own link (rendered by the island once it knows nobody is logged in) returns here.
    await page.locator('main a[href^="/masuk?lanjut="]', { hasText: 'Masuk / Daftar' }).click();
    await page.waitForURL('**/masuk?lanjut=*');
    await expectNoAxeViolations(page);
  });

  it('rejects a malformed NIP with its reason and registers a valid account', async () => {
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByLabel('NIP / NI PPPK').fill('1.98609E+17');
    await page.getByRole('button', { name: 'Daftar dan masuk' }).click();
    await expect(page.locator('#ae-nip').textContent()).resolves.toMatch(/E\+17|spreadsheet|ilmiah/i);
    await page.getByLabel('NIP / NI PPPK').fill('19860926 201505 1 001');
    await page.getByLabel('Nama lengkap dengan gelar').fill("Dr. Hj. Nur'aini, S.Ag., M.Pd.I.");
    await page.getByLabel('Jabatan', { exact: true }).fill('Penyuluh Agama Islam');
    await page.getByLabel('Unit kerja').fill('KUA Kecamatan Tanjung');
    await page.getByLabel('Kata sandi baru').fill(PASSWORD);
    await page.getByRole('button', { name: 'Daftar dan masuk' }).click();
    await page.waitForURL('**/ujian/akhir');
  });

  it('pre-test: answered and scored, with mastery per area', async () => {
    await page.goto('/ujian/pre-test');
    await page.getByRole('button', { name: 'Mulai' }).click();
    await answerExam('pre', 3);
    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL('**/hasil/*');
    await page.getByRole('heading', { name: 'Hasil pre-test' }).waitFor();
    await expect(page.getByRole('table').first().textContent()).resolves.toContain(course.areas[0].label);
    await expectNoAxeViolations(page);
  });

  it('a module is finished by passing its knowledge check', async () => {
    const moduleId = Object.keys(practiceByModule).sort()[0];
    await page.goto(`/modul/${moduleId}`);
    await passKnowledgeCheck(page, moduleId, practiceByModule[moduleId]);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.locator(`.course-nav li[data-module="${moduleId}"]`).getAttribute('class')).resolves.toContain('done');
  });

  it('final exam: failed, reload keeps the answers, retry passes, a second submit changes nothing', async () => {
    await finishModules(page);
    await page.goto('/ujian/akhir');
    await page.getByRole('button', { name: 'Mulai' }).click();
    const first = await currentAttempt('final');
    const total = first.questions.length;

    // Keyboard only: move to the first choice question with the "Berikutnya" button, answer it with Space.
    const k = first.questions.findIndex((q) => q.type === 'single' || q.type === 'judgement' || q.type === 'truefalse');
    for (let i = 0; i < k; i++) {
      await page.getByRole('button', { name: 'Berikutnya' }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(`Soal ${k + 1} dari ${total}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByText(`1 dari ${total} soal sudah dijawab`).waitFor();
    await page.getByRole('button', { name: 'Soal 1,', exact: false }).click();

    await answerExam('final', 4);
    const answered = k < 4 ? 4 : 5;
    await expect(page.getByText(`${answered} dari ${total} soal sudah dijawab`).count()).resolves.toBe(1);

    // A reload in the middle of the exam loses nothing.
    await page.reload();
    await page.getByRole('button', { name: 'Lanjutkan ujian' }).click();
    await page.getByText(`${answered} dari ${total} soal sudah dijawab`).waitFor();
    await expect.poll(() => Object.keys(JSON.parse(attemptRow(first.id).responses as string)).length).toBe(answered);

    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL(`**/hasil/${first.id}`);
    await page.getByText(/Belum lulus/).waitFor();
    await expectNoAxeViolations(page);

    await page.locator('#isi').getByRole('link', { name: 'Ulangi ujian akhir' }).click();
    await page.getByRole('button', { name: 'Mulai' }).click();
    const second = await currentAttempt('final');
    expect(second.id).not.toBe(first.id);
    await answerExam('final', total);
    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL(`**/hasil/${second.id}`);
    await page.getByText('LULUS', { exact: true }).waitFor();
    await expect(page.locator('.score').textContent()).resolves.toBe('Nilai Anda: 100');

    const again = await page.evaluate(async (id) => {
      const r = await fetch(`/api/ujian/${id}/kirim`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ responses: {} }) });
      return { status: r.status, body: await r.json() };
    }, second.id);
    expect(again.status).toBe(200);
    expect(again.body.score.percent).toBe(100);
    const d = db();
    const finals = d.prepare("SELECT count(*) AS n FROM attempts WHERE kind = 'final'").get() as { n: number };
    d.close();
    expect(finals.n).toBe(2);
  });
});

describe('what cannot be done to an attempt', () => {
  let other: BrowserContext;
  let otherPage: Page;
  let attemptId: string;
  let questions: PublicQuestion[];

  beforeAll(async () => {
    other = await phoneContext(browser, server.url);
    otherPage = await other.newPage();
    await identify(otherPage, '199001012019032002', 'Sari Wulandari');
    await finishModules(otherPage);
    const r = await otherPage.evaluate(async () => (await fetch('/api/ujian', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"kind":"final"}' })).json());
    attemptId = r.id;
    questions = r.questions;
  });
  afterAll(() => other?.close());

  const send = (p: Page, url: string, init: { method: string; body: string; headers?: Record<string, string> }) =>
    p.evaluate(async ({ url, init }) => {
      const r = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
      return { status: r.status, body: await r.json().catch(() => null) };
    }, { url, init });

  it('each bad request gets a 4xx with an Indonesian message and leaves the attempt as it was', async () => {
    const before = attemptRow(attemptId);
    const single = questions.find((q) => q.type === 'single')!;
    const cases = [
      { why: 'unknown question', p: otherPage, body: JSON.stringify({ questionId: 'g-tidak-ada', response: 'x' }), status: 400 },
      { why: 'option out of range', p: otherPage, body: JSON.stringify({ questionId: single.id, response: 'zzzzzz' }), status: 400 },
      { why: 'malformed JSON', p: otherPage, body: '{"questionId":', status: 400 },
      { why: 'oversize body', p: otherPage, body: JSON.stringify({ questionId: single.id, response: 'x'.repeat(100_000) }), status: 413 },
      { why: "another learner's attempt", p: page, body: JSON.stringify({ questionId: single.id, response: single.type === 'single' ? single.options[0].id : '' }), status: 404 },
    ];
    for (const c of cases) {
      const r = await send(c.p, `/api/ujian/${attemptId}/jawaban`, { method: 'PUT', body: c.body });
      expect(r.status, c.why).toBe(c.status);
      expect(typeof r.body?.error, c.why).toBe('string');
    }
    const stolen = await send(page, `/api/ujian/${attemptId}/kirim`, { method: 'POST', body: '{"responses":{}}' });
    expect(stolen.status).toBe(404);
    expect(attemptRow(attemptId)).toEqual(before);
  });

  it('a forged cross-site request is refused', async () => {
    const res = await fetch(`${server.url}/api/ujian`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://jahat.example' }, body: '{"kind":"final"}' });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/ditolak/);
  });
});

describe('the answer keys stay on the server', () => {
  function clientFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? clientFiles(p) : /\.(js|mjs|html|json|css)$/.test(f) ? [p] : [];
    });
  }

  it('no graded explanation, feedback or stem appears anywhere in the client build', () => {
    const text = clientFiles('dist/client').map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text.length).toBeGreaterThan(10_000);
    // Short feedback phrases that the practice bank also uses ("Benar. Ini bunyi Pasal 9 ayat (2).")
    // are public by design; everything else of a graded question must be absent.
    const practiceText = JSON.stringify(practiceByModule);
    const leaks: string[] = [];
    for (const q of gradedBank) {
      const feedback = 'options' in q ? q.options.map((o) => o.feedback ?? '').filter((f) => !practiceText.includes(JSON.stringify(f).slice(1, -1))) : [];
      const secrets = [q.explanation, q.stem, ...feedback].filter((s) => s.length > 20);
      for (const s of secrets) if (text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1))) leaks.push(`${q.id}: ${s.slice(0, 40)}…`);
    }
    expect(leaks).toEqual([]);
    // The practice checks do ship (they are meant to): the search would find them.
    const practice = Object.values(practiceByModule).flat()[0];
    expect(text.includes(practice.stem) || text.includes(JSON.stringify(practice.stem).slice(1, -1))).toBe(true);
  });
});
