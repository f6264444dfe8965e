/**
 * A live pembinaan session in real Chromium: one facilitator (console and projector) and five
 * phones. Join by code, live pre-test with results on the projector, presentation, post-test with
 * the gain, the declaration signed on the phones, closing, and the documents downloaded and read
 * back (PDF through pdftotext, CSV parsed). Bad input: wrong and expired codes, joining twice,
 * answering a closed question; nothing recorded twice.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { networkInterfaces } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, readQrCode, signInStaff, planSession } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { answerOnPage, rightResponse } from '../helpers/answers.ts';
import { nipFor } from '../helpers/bad-input.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { deriveSeed } from '../../src/quizzes/engine/rng.ts';
import type { PublicQuestion, QuestionResponse } from '../../src/quizzes/engine/types.ts';
import { course } from '../../src/content/course.ts';

let server: TestServer;
let browser: Browser;
let staff: BrowserContext;
let consolePage: Page;
let screen: Page;
let projector: BrowserContext;
const phones: { ctx: BrowserContext; page: Page; nip: string; name: string }[] = [];
let code = '';
let sessionId = '';

const PW = 'rapat koordinasi kantor';
const NAMES = ['Drs. H. Ahmad Rifa\'i, M.Pd.I.', 'Siti Aminah, S.Ag.', 'Rahmat Hidayat', 'Dewi Lestari, S.Pd.', 'Budi Santoso'];

const sqlite = (write = false) => {
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: !write });
  d.exec('PRAGMA busy_timeout = 5000');
  return d;
};
function query<T>(sql: string, ...params: (string | number)[]): T[] {
  const d = sqlite();
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}
const seedOf = (test: 'pre' | 'post') => deriveSeed(query<{ seed: string }>('SELECT seed FROM live_sessions WHERE id = ?', sessionId)[0].seed, 'live', test);
const right = (test: 'pre' | 'post', qid: string) => rightResponse(gradedBank.find((q) => q.id === qid)!, seedOf(test));

/** A response that is certainly not fully right (for participants who get a question wrong). */
function wrong(pq: PublicQuestion, good: QuestionResponse): QuestionResponse {
  switch (pq.type) {
    case 'single': return pq.options.find((o) => o.id !== good)!.id;
    case 'multiple': return pq.options.filter((o) => !(good as string[]).includes(o.id)).slice(0, 1).map((o) => o.id);
    case 'truefalse': return !good;
    case 'judgement': return good === 'boleh' ? 'tidak' : 'boleh';
    default: return null;
  }
}

/** What the phone shows, through its own API (the public views only). */
const phoneView = (p: Page) => p.evaluate(async (c) => (await fetch(`/api/sesi/${c}`)).json(), code);
const putAnswer = (p: Page, body: unknown) =>
  p.evaluate(async ({ c, b }) => {
    const r = await fetch(`/api/sesi/${c}/jawaban`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
    return { status: r.status, body: await r.json() };
  }, { c: code, b: body });

/** Clicks a console button and waits for the server to accept the action. */
async function control(name: string) {
  const [res] = await Promise.all([
    consolePage.waitForResponse((r) => r.url().endsWith(`/api/staf/sesi/${sessionId}`) && r.request().method() === 'POST'),
    consolePage.locator('.console').getByRole('button', { name, exact: true }).first().click(),
  ]);
  expect(res.status(), await res.text()).toBe(200);
}

/** Whether any results (distribution, counts, key, % correct) are in a page's DOM, visible or not. */
const resultsInDom = (p: Page) =>
  p.evaluate(() => document.querySelectorAll('[data-results="shown"], .bars, .count, .key-mark, .pct-correct').length);

/** The machine's LAN addresses, as the server finds them. */
const lanIps = () => Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);

/** Neither the page nor its body scrolls, and no text overflows its box (projector, slides). */
const fitsViewport = (p: Page) =>
  p.evaluate(() => {
    const doc = document.scrollingElement!;
    const cut = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
      if (!el.offsetParent || el.closest('[hidden]')) return false;
      const cs = getComputedStyle(el);
      if (cs.overflow === 'visible' && cs.overflowX === 'visible') return false;
      return el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2;
    }).map((el) => `${el.tagName}.${el.className}`);
    return { scrolls: doc.scrollHeight > window.innerHeight + 1 || doc.scrollWidth > window.innerWidth + 1, cut };
  });

beforeAll(async () => {
  server = await startServer();
  const d = sqlite(true);
  const now = new Date().toISOString();
  d.prepare('INSERT INTO units (id, name, parent_id, created_at) VALUES (?, ?, NULL, ?)').run('TABALONG', 'Kantor Kementerian Agama Kabupaten Tabalong', now);
  d.prepare(`INSERT INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at)
    VALUES ('fas-1', 'fasilitator', 'H. Muhammad Yusuf, S.Ag.', ?, 'facilitator', 'TABALONG', 0, 0, NULL, ?)`).run(await hashPassword(PW), now);
  d.close();
  browser = await launchBrowser();
  staff = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 }, locale: 'id-ID', acceptDownloads: true });
  consolePage = await staff.newPage();
  consolePage.on('dialog', (dlg) => dlg.accept());
  for (let i = 0; i < 5; i++) {
    const ctx = await phoneContext(browser, server.url);
    // The fifth phone has no EventSource (as behind a proxy that breaks it): it must follow by polling.
    if (i === 4) await ctx.addInitScript(() => Object.defineProperty(window, 'EventSource', { value: undefined }));
    phones.push({ ctx, page: await ctx.newPage(), nip: nipFor(100 + i), name: NAMES[i] });
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a facilitator runs a live session with five phones', () => {
  it('creates the session and gets a code, a QR that opens the join page, and the join address on the projector', async () => {
    await consolePage.goto('/staf/sesi');
    await consolePage.waitForURL('**/staf/masuk*');
    await signInStaff(consolePage, 'fasilitator', PW);
    await consolePage.waitForURL('**/staf/sesi');
    sessionId = await planSession(consolePage, { title: 'Pembinaan Netralitas ASN Menjelang Pilkada', place: 'Aula Kankemenag Tabalong', unit: 'TABALONG' });
    code = (await consolePage.locator('.join-line .code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await expectNoAxeViolations(consolePage);

    // The projector: its own window at 1920×1080, signed in as the facilitator.
    projector = await browser.newContext({ baseURL: server.url, viewport: { width: 1920, height: 1080 }, locale: 'id-ID', storageState: await staff.storageState() });
    screen = await projector.newPage();
    await screen.goto(`/staf/sesi/${sessionId}/layar`);
    // Opened on 127.0.0.1, which no phone can reach: the projector shows the LAN address instead and says so.
    const lan = lanIps();
    expect(lan.length).toBeGreaterThan(0);
    const port = new URL(server.url).port;
    const joinAt = `http://${lan[0]}:${port}/sesi/${code}`;
    await expect(screen.locator('.join-url').textContent()).resolves.toBe(joinAt);
    await expect(screen.locator('.lan-note').textContent()).resolves.toContain(`${lan[0]}:${port}`);
    await expect(screen.locator('.lan-note').textContent()).resolves.toMatch(/tidak dapat dibuka dari ponsel/);
    expect(await screen.locator('.join-url').textContent()).not.toMatch(/127\.0\.0\.1|localhost/);
    await expect(screen.locator('.join-code').textContent()).resolves.toBe(`${code.slice(0, 3)}\u2009${code.slice(3)}`);
    // The QR on the projector opens the join page, as a phone camera would read it.
    expect(await readQrCode(screen.locator('.qr svg'))).toBe(joinAt);
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await screen.setViewportSize(size);
      const fontSize = await screen.locator('.join-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThan(size.height / 10);
      // The code and "/sesi/CODE" each stay on one line.
      for (const sel of ['.join-code', '.join-url .nowrap:last-child']) {
        const lines = await screen.locator(sel).evaluate((el) => el.getClientRects().length === 1 && el.getBoundingClientRect().height < parseFloat(getComputedStyle(el).lineHeight) * 1.5);
        expect(lines, `${sel} at ${size.width}`).toBe(true);
      }
      expect(await fitsViewport(screen)).toEqual({ scrolls: false, cut: [] });
    }
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await expectNoAxeViolations(screen);
  }, 180_000);

  it('a wrong code and a malformed code get a clear message', async () => {
    const p = phones[0].page;
    const res = await p.goto('/sesi/ZZZ999');
    expect(res!.status()).toBe(404);
    await p.getByText('Kode sesi tidak ditemukan').waitFor();
    await p.goto('/sesi');
    await p.getByLabel('Kode sesi').fill('AB0');
    await p.getByRole('button', { name: 'Buka sesi' }).click();
    await p.getByText('Kode sesi tidak ditemukan').first().waitFor();
    await p.getByLabel('Kode sesi').fill(code.toLowerCase());
    await p.getByRole('button', { name: 'Buka sesi' }).click();
    await p.waitForURL(`**/sesi/${code}`);
  });

  it('five participants join on their phones; the attendance list updates live; joining twice records nothing twice', async () => {
    for (const [i, ph] of phones.entries()) {
      if (i > 0) await ph.page.goto(`/sesi/${code}`);
      await ph.page.getByLabel('NIP / NI PPPK').fill(ph.nip);
      await ph.page.getByLabel('Nama lengkap dengan gelar').fill(i === 1 ? '' : ph.name);
      await ph.page.getByLabel('Jabatan').fill('Penyuluh Agama Islam');
      if (i === 0) await expectNoAxeViolations(ph.page);
      await ph.page.getByRole('button', { name: 'Hadir dan bergabung' }).click();
      if (i === 1) {
        await ph.page.getByText('Nama lengkap belum diisi.').waitFor();
        await ph.page.getByLabel('Nama lengkap dengan gelar').fill(ph.name);
        await ph.page.getByRole('button', { name: 'Hadir dan bergabung' }).click();
      }
      await ph.page.getByText('Anda sudah tercatat hadir.').waitFor();
    }
    await consolePage.getByRole('heading', { name: 'Daftar hadir (5 peserta)' }).waitFor();
    await screen.getByText('5 peserta hadir').waitFor();
    await expectNoAxeViolations(phones[0].page);

    // The same person on a second phone: recognised, not added.
    const other = await phoneContext(browser, server.url);
    const op = await other.newPage();
    await op.goto(`/sesi/${code}`);
    await op.getByLabel('NIP / NI PPPK').fill(phones[2].nip);
    await op.getByLabel('Nama lengkap dengan gelar').fill(phones[2].name);
    await op.getByLabel('Jabatan').fill('Penyuluh Agama Islam');
    await op.getByRole('button', { name: 'Hadir dan bergabung' }).click();
    await op.getByText('Anda sudah tercatat hadir sebelumnya').waitFor();
    await other.close();
    expect(query<{ n: number }>('SELECT count(*) AS n FROM live_participants WHERE session_id = ?', sessionId)[0].n).toBe(5);

    // A wrong entry is removed from the console.
    const extra = await phoneContext(browser, server.url);
    const xp = await extra.newPage();
    await xp.goto(`/sesi/${code}`);
    await xp.getByLabel('NIP / NI PPPK').fill(nipFor(999));
    await xp.getByLabel('Nama lengkap dengan gelar').fill('Salah Ketik');
    await xp.getByLabel('Jabatan').fill('Staf');
    await xp.getByRole('button', { name: 'Hadir dan bergabung' }).click();
    await consolePage.getByRole('heading', { name: 'Daftar hadir (6 peserta)' }).waitFor();
    await consolePage.getByRole('button', { name: 'Hapus Salah Ketik dari daftar hadir' }).click();
    await consolePage.getByRole('heading', { name: 'Daftar hadir (5 peserta)' }).waitFor();
    await xp.getByRole('button', { name: 'Hadir dan bergabung' }).waitFor();
    await extra.close();
  });

  it('pre-test, question by question: nothing of the results on the projector or the phones until "Tampilkan hasil"; then both show them', async () => {
    await control('Mulai Pre-test: buka soal pertama');
    const total = course.preTestItemsPerArea * course.areas.length;
    const views: PublicQuestion[] = [];
    const given: QuestionResponse[] = [];
    for (const [i, ph] of phones.entries()) {
      const heading = ph.page.getByText(`Soal 1 dari ${total}`);
      await heading.waitFor();
      const v = await phoneView(ph.page);
      const pq = v.test.questions[0] as PublicQuestion;
      views.push(pq);
      const good = right('pre', pq.id);
      // Three right, two wrong (matching/ordering questions: everyone right).
      const resp = i < 3 || wrong(pq, good) === null ? good : wrong(pq, good);
      given.push(resp);
      await answerOnPage(ph.page.locator('fieldset.question').first(), pq, resp);
      await ph.page.getByText('Jawaban tersimpan.').waitFor();
    }
    await screen.getByText('terjawab 5 dari 5').waitFor();
    await consolePage.locator('.now').getByText('terjawab 5 dari 5').waitFor();
    // The console fits a laptop screen (1280×800): question, controls and attendance in the first screenful.
    const place = await consolePage.evaluate(() => {
      const at = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return { controls: at('.now .controls .buttons').bottom + scrollY, answered: at('.now .live-q .answered').bottom + scrollY, stem: at('.now .live-q .stem').top + scrollY, attendance: at('.people .attendance tbody tr').bottom + scrollY };
    });
    expect(place.controls).toBeLessThanOrEqual(800);
    expect(place.attendance).toBeLessThanOrEqual(800);
    // "terjawab n dari m" and the start of the question within a laptop's first screen (a long stem may run on).
    expect(place.answered).toBeLessThanOrEqual(800);
    expect(place.stem).toBeLessThanOrEqual(800);
    await expect(screen.locator('.live-q.big .stem').textContent()).resolves.toContain(views[0].stem);
    // While the question is open: no distribution, key or % correct anywhere in the DOM, nor in what the server sent.
    expect(await resultsInDom(screen)).toBe(0);
    for (const ph of phones) expect(await resultsInDom(ph.page)).toBe(0);
    const staffJson = await screen.evaluate(async (id) => (await fetch(`/api/staf/sesi/${id}`)).json(), sessionId);
    expect(staffJson.tests.pre.questions[0].hidden).toBe(true);
    expect(staffJson.tests.pre.questions[0].options.every((o: { count: unknown; correct: unknown }) => o.count === null && o.correct === null)).toBe(true);
    expect(await fitsViewport(screen)).toEqual({ scrolls: false, cut: [] });
    // Per-person progress beside the controls.
    await expect(consolePage.locator('.attendance tbody td.num').allTextContents()).resolves.toEqual(['1/1', '1/1', '1/1', '1/1', '1/1']);
    // A phone that reloads (or loses its connection) keeps its answer.
    await phones[3].page.reload();
    await expect(phoneView(phones[3].page).then((v) => v.test.answers[views[0].id])).resolves.toEqual(given[3]);
    if (views[0].type === 'single') await expect(phones[3].page.locator('fieldset.question input:checked').count()).resolves.toBe(1);
    await control('Tampilkan hasil');
    await phones[3].page.getByText('Soal ini sudah ditutup; jawaban Anda tercatat.').waitFor();
    await screen.locator('.distribution .key-mark').first().waitFor();
    await screen.getByText(/menjawab benar/).waitFor();
    for (const ph of phones) await ph.page.locator('.distribution .key-mark').first().waitFor();
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await screen.setViewportSize(size);
      expect(await fitsViewport(screen)).toEqual({ scrolls: false, cut: [] });
    }
    await expectNoAxeViolations(screen);
    await expectNoAxeViolations(consolePage);
    await expectNoAxeViolations(phones[3].page);
    // Answering the closed question: refused with a message, nothing changes.
    const late = await putAnswer(phones[4].page, { test: 'pre', questionId: views[0].id, response: right('pre', views[0].id) });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatch(/sudah ditutup oleh fasilitator/);
    // The polling phone learns of the closing too.
    await phones[4].page.getByText('Soal ini sudah ditutup; jawaban Anda tercatat.').waitFor();
    expect(await phones[4].page.evaluate(() => typeof EventSource)).toBe('undefined');
    expect(await phones[4].page.locator(`fieldset.question[data-qid="${views[0].id}"] :is(input, select)`).first().isDisabled()).toBe(true);
  });

  it('the rest of the pre-test opened at once; finishing scores it and the projector shows the average', async () => {
    await control('Buka semua soal');
    const ids = JSON.parse(query<{ pre_items: string }>('SELECT pre_items FROM live_sessions WHERE id = ?', sessionId)[0].pre_items) as string[];
    for (const [i, ph] of phones.entries()) {
      await ph.page.getByText(`Soal ${ids.length} dari ${ids.length}`).waitFor();
      // Participant i answers the first (i + 2) remaining questions right.
      for (const id of ids.slice(1, i + 3)) expect((await putAnswer(ph.page, { test: 'pre', questionId: id, response: right('pre', id) })).status).toBe(200);
    }
    await control('Selesaikan dan nilai Pre-test');
    await screen.getByText(/Rata-rata Pre-test: \d/).waitFor();
    await phones[0].page.getByText(/Nilai Pre-test Anda: \d/).waitFor();
    expect(query<{ n: number }>("SELECT count(*) AS n FROM attempts WHERE kind = 'pre' AND status = 'submitted'")[0].n).toBe(5);
  });

  it('the presentation: one idea per slide, keyboard navigation and a counter', async () => {
    await control('Tampilkan "perhatikan layar" di ponsel peserta');
    await phones[3].page.getByRole('heading', { name: 'Perhatikan layar' }).waitFor();
    const pres = await staff.newPage();
    await pres.goto('/presentasi/01-mengapa-netral');
    const counter = pres.locator('#counter');
    await expect(counter.textContent()).resolves.toMatch(/^Slide 1 dari \d+$/);
    const total = Number((await counter.textContent())!.match(/dari (\d+)/)![1]);
    expect(total).toBeGreaterThan(3);
    expect(await pres.locator('.slide:not([hidden])').count()).toBe(1);
    await pres.keyboard.press('ArrowRight');
    await expect(counter.textContent()).resolves.toBe(`Slide 2 dari ${total}`);
    await expect(pres.locator('.slide:not([hidden]) h2').first().isVisible()).resolves.toBe(true);
    await pres.keyboard.press('End');
    await expect(counter.textContent()).resolves.toBe(`Slide ${total} dari ${total}`);
    await pres.keyboard.press('Home');
    await expect(counter.textContent()).resolves.toBe(`Slide 1 dari ${total}`);
    await pres.close();
  });

  it('post-test: complete and partial answers; the projector shows the pre→post gain', async () => {
    await control('Ke Post-test');
    await control('Buka semua soal');
    const ids = JSON.parse(query<{ post_items: string }>('SELECT post_items FROM live_sessions WHERE id = ?', sessionId)[0].post_items) as string[];
    const p0 = phones[0].page;
    await p0.getByText(`Soal ${ids.length} dari ${ids.length}`).waitFor();
    // The first question on the phone itself, the rest over its API.
    const v = await phoneView(p0);
    const first = v.test.questions.find((q: PublicQuestion & { number: number }) => q.number === 1) as PublicQuestion;
    await answerOnPage(p0.locator(`fieldset.question[data-qid="${first.id}"]`), first, right('post', first.id));
    await p0.getByText('Jawaban tersimpan.').first().waitFor();
    for (const id of ids.filter((x) => x !== first.id)) await putAnswer(p0, { test: 'post', questionId: id, response: right('post', id) });
    for (const ph of phones.slice(1)) for (const id of ids.slice(0, 12)) await putAnswer(ph.page, { test: 'post', questionId: id, response: right('post', id) });
    // The post-test reveals nothing per question before it is finished, not even when a question is closed.
    await screen.getByText(`terjawab 5 dari 5`).waitFor();
    await control('Tutup soal');
    await consolePage.getByText(/0 soal menerima jawaban/).waitFor();
    expect(await resultsInDom(screen)).toBe(0);
    // Each phone once it shows the closed post-test (the polling phone learns of it up to a poll
    // later; until then it still shows the pre-test results revealed earlier, which is right).
    for (const ph of phones) {
      await ph.page.waitForFunction((n) => document.querySelector('#test-title')?.textContent === 'Post-test' && document.querySelectorAll('.live-question.closed').length === n, ids.length);
      expect(await resultsInDom(ph.page)).toBe(0);
      const seen = await phoneView(ph.page);
      expect([seen.stage, seen.test.kind, seen.test.shown]).toEqual(['post', 'post', {}]);
    }
    const hidden = await screen.evaluate(async (id) => (await fetch(`/api/staf/sesi/${id}`)).json(), sessionId);
    expect(hidden.tests.post.questions.every((q: { hidden?: boolean }) => q.hidden)).toBe(true);
    expect(hidden.tests.post.average).toBeNull();
    await control('Selesaikan dan nilai Post-test');
    await screen.getByText(/N-gain rata-rata/).waitFor();
    // Finished: the phones now show every question's distribution with the key.
    await phones[1].page.locator('.distribution .key-mark').first().waitFor();
    expect(await phones[1].page.locator('[data-results="shown"]').count()).toBeGreaterThanOrEqual(ids.length);
    // One post-test average on the console, with its definition.
    await expect(consolePage.locator('.console .average', { hasText: 'Post-test' }).count()).resolves.toBe(1);
    await consolePage.locator('.averages .definition', { hasText: 'menjawab minimal satu soal' }).first().waitFor();
    await phones[0].page.getByText(/Nilai Post-test Anda: 100/).waitFor();
    // Only the complete post-test counts as the final exam; it passed, so there is a certificate.
    const finals = query<{ learner_id: string; passed: number }>("SELECT learner_id, passed FROM attempts WHERE kind = 'final'");
    expect(finals).toHaveLength(1);
    expect(finals[0].passed).toBe(1);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM certificates WHERE attempt_id IN (SELECT id FROM attempts WHERE kind = ?)', 'final')[0].n).toBe(1);
    await expect(phones[0].page.getByRole('link', { name: 'Lihat pembahasan' }).count()).resolves.toBe(2);
  });

  it('the declaration is signed on the phones with the typed name and a confirmation', async () => {
    await control('Buka deklarasi di ponsel peserta');
    for (const [i, ph] of phones.slice(0, 4).entries()) {
      await ph.page.getByRole('heading', { name: 'Deklarasi Netralitas Aparatur Sipil Negara' }).waitFor();
      if (i === 0) {
        await expectNoAxeViolations(ph.page);
        await ph.page.getByLabel('Ketik nama lengkap Anda').fill('Orang Lain');
        await ph.page.getByRole('button', { name: 'Tanda tangani deklarasi' }).click();
        await ph.page.getByText(/Ketik nama lengkap Anda persis seperti di daftar hadir/).waitFor();
        await ph.page.getByText('Centang pernyataan persetujuan untuk menandatangani.').waitFor();
      }
      await ph.page.getByLabel('Ketik nama lengkap Anda').fill(ph.name.toUpperCase());
      await ph.page.getByLabel(/Saya telah membaca deklarasi ini/).check();
      await ph.page.getByRole('button', { name: 'Tanda tangani deklarasi' }).click();
      await ph.page.getByText(/Tanda tangan Anda tercatat pukul/).first().waitFor();
    }
    await screen.getByText('4 dari 5 peserta sudah menandatangani.').waitFor();
    expect(query<{ n: number }>('SELECT count(*) AS n FROM live_signatures WHERE session_id = ?', sessionId)[0].n).toBe(4);
  });

  it('closing: the code stops working; the report (PDF) and the attendance list (CSV) are downloaded and read back', async () => {
    await control('Tutup sesi');
    const late = await phoneContext(browser, server.url);
    const lp = await late.newPage();
    const res = await lp.goto(`/sesi/${code}`);
    expect(res!.status()).toBe(410);
    await lp.getByText('Sesi ini sudah ditutup atau kodenya sudah kedaluwarsa').waitFor();
    await late.close();

    await consolePage.getByRole('tab', { name: 'Dokumen penutup' }).click();
    const [pdfDl] = await Promise.all([consolePage.waitForEvent('download'), consolePage.getByRole('link', { name: 'Laporan sesi (PDF)' }).click()]);
    const pdfPath = path.join(server.dataDir, 'laporan.pdf');
    await pdfDl.saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Laporan Sesi Pembinaan Netralitas ASN');
    expect(text).toContain('Pembinaan Netralitas ASN Menjelang Pilkada');
    expect(text).toContain('Aula Kankemenag Tabalong');
    expect(text).toContain('H. Muhammad Yusuf, S.Ag.');
    expect(text).toMatch(/Jumlah peserta\s+5/);
    expect(text).toMatch(/Penanda tangan deklarasi\s+4/);
    expect(text).toMatch(/Rata-rata pre-test\s+\d/);
    expect(text).toMatch(/Rata-rata post-test\s+\d/);
    expect(text).toMatch(/N-gain rata-rata\s+-?\d/);
    for (const a of course.areas) expect(text).toContain(a.label);
    for (const n of NAMES.slice(1)) expect(text).toContain(n);

    const [csvDl] = await Promise.all([consolePage.waitForEvent('download'), consolePage.getByRole('link', { name: 'Daftar hadir (CSV)' }).click()]);
    const csvPath = path.join(server.dataDir, 'hadir.csv');
    await csvDl.saveAs(csvPath);
    const raw = readFileSync(csvPath, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(raw.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(['No', 'NIP', 'Nama', 'Jabatan', 'Waktu hadir', 'Pre-test', 'Post-test', 'N-gain', 'Post-test dihitung sebagai ujian akhir', 'Menandatangani deklarasi']);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r[1].replace(/^="|"$/g, '').replace(/ /g, '')).slice(1).sort()).toEqual(phones.map((p) => p.nip).sort());
    const budi = rows.find((r) => r[2] === 'Budi Santoso')!;
    expect(budi[9]).toBe('');
    expect(rows.filter((r) => r[8] === 'Ya')).toHaveLength(1);
  });

  it('nothing was recorded twice', () => {
    const dup = query<{ n: number }>('SELECT count(*) AS n FROM (SELECT participant_id, test, question_id FROM live_answers GROUP BY 1, 2, 3 HAVING count(*) > 1)');
    expect(dup[0].n).toBe(0);
    const answers = query<{ test: string; n: number }>('SELECT test, count(*) AS n FROM live_answers WHERE session_id = ? GROUP BY test ORDER BY test', sessionId);
    const post = course.examItemsPerArea * course.areas.length;
    // Pre: 5 on question 1, then (i + 2) more per participant i. Post: all for one, 12 for four.
    expect(answers).toEqual([{ test: 'post', n: post + 4 * 12 }, { test: 'pre', n: 5 + (2 + 3 + 4 + 5 + 6) }]);
    expect(query<{ n: number }>("SELECT count(*) AS n FROM attempts WHERE kind = 'pre'")[0].n).toBe(5);
  });
});

describe('every module as slides', () => {
  const sizes = [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }];
  const modules = readdirSync('src/content/modules').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

  /** Shows each slide in turn and reports any that scrolls or whose text leaves the slide. */
  const inspect = (p: Page) =>
    p.evaluate(() => {
      const stage = document.getElementById('stage')!;
      const slides = [...stage.querySelectorAll<HTMLElement>(':scope > .slide')];
      const problems: string[] = [];
      const sizes: { h2: number; h3: number; p: number }[] = [];
      const splitParagraphEnds: string[] = [];
      slides.forEach((s, i) => {
        slides.forEach((x, j) => (x.hidden = j !== i));
        const box = s.getBoundingClientRect();
        if (s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1) problems.push(`slide ${i + 1} scrolls`);
        for (const el of s.querySelectorAll<HTMLElement>('.slide-body *')) {
          const r = el.getBoundingClientRect();
          if (r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1)) problems.push(`slide ${i + 1}: ${el.tagName} "${el.textContent!.slice(0, 40)}" cut`);
        }
        const size = (sel: string) => { const el = s.querySelector(sel); return el ? parseFloat(getComputedStyle(el).fontSize) : 0; };
        sizes.push({ h2: size('.slide-body h2'), h3: size('.slide-body h3'), p: size('.slide-body > p:not([class])') });
        // A paragraph continued from or onto another slide ends and starts at a sentence boundary.
        for (const para of s.querySelectorAll('p:has(> .sentence)')) splitParagraphEnds.push(para.textContent!.trim().slice(-1));
      });
      const doc = document.scrollingElement!;
      return {
        count: slides.length, problems, sizes, splitParagraphEnds,
        scrolls: doc.scrollHeight > innerHeight + 1 || doc.scrollWidth > innerWidth + 1,
        cases: slides.map((s) => (s.classList.contains('case-question') ? 'Q' : s.classList.contains('case-answer') ? 'A' : '-')).join(''),
        texts: slides.map((s) => s.querySelector('.slide-body')!.textContent!.replace(/\s+/g, ' ').trim()),
      };
    });

  it('renders every module at 1920×1080 and 1280×720: no slide scrolls, no text is cut, headings sized by level', async () => {
    expect(modules.length).toBeGreaterThanOrEqual(7);
    const counts: Record<string, number[]> = {};
    // Heading sizes compared: that must have happened somewhere. (No lesson today needs a paragraph
    // split across slides, so the sentence-end check below may find nothing to check.)
    let compared = 0;
    for (const size of sizes) {
      const ctx = await browser.newContext({ baseURL: server.url, viewport: size, locale: 'id-ID' });
      const p = await ctx.newPage();
      for (const m of modules) {
        await p.goto(`/presentasi/${m}`);
        await p.locator('#counter', { hasText: /dari/ }).waitFor();
        const r = await inspect(p);
        expect(r.problems, `${m} at ${size.width}×${size.height}`).toEqual([]);
        expect(r.scrolls, `${m} page scrolls at ${size.width}`).toBe(false);
        for (const s of r.sizes) {
          if (s.h2 && s.h3) (compared++, expect(s.h2).toBeGreaterThan(s.h3));
          if (s.h3 && s.p) (compared++, expect(s.h3).toBeGreaterThan(s.p));
          if (s.h2 && s.p) (compared++, expect(s.h2).toBeGreaterThan(s.p));
        }
        for (const end of r.splitParagraphEnds) expect(end).toMatch(/[.?!:;"”’)…]/);
        // Every case is a question slide followed by its answer slide.
        expect(r.cases.replace(/-/g, '')).toMatch(/^(QA)*$/);
        (counts[m] ??= []).push(r.count);
      }
      await ctx.close();
    }
    // The same module splits into the same slides on both screens (so the speaker view stays in step).
    for (const m of modules) expect(counts[m][0], m).toBe(counts[m][1]);
    expect(compared).toBeGreaterThan(0);
  });

  it('the speaker view shows the current slide, the next one and notes, and moves the projector window', async () => {
    const m = '03-kegiatan-dilarang';
    const ctx = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 720 }, locale: 'id-ID' });
    const proj = await ctx.newPage();
    await proj.goto(`/presentasi/${m}`);
    await proj.locator('#counter', { hasText: /dari/ }).waitFor();
    const { texts, cases } = await inspect(proj);
    await proj.evaluate(() => location.reload());
    await proj.locator('#counter', { hasText: 'Slide 1 dari' }).waitFor();
    const sp = await ctx.newPage();
    await sp.setViewportSize({ width: 1440, height: 900 });
    await sp.goto(`/presentasi/${m}/pembicara`);
    await sp.locator('#counter', { hasText: 'Slide 1 dari' }).waitFor();
    const nextText = () => sp.locator('#next-stage .slide-body').evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());
    await expect(nextText()).resolves.toBe(texts[1]);
    // The title slide's notes are the module's objectives.
    await sp.locator('#notes', { hasText: 'Tujuan pembelajaran' }).waitFor();
    await sp.keyboard.press('ArrowRight');
    await sp.locator('#counter', { hasText: 'Slide 2 dari' }).waitFor();
    await expect(nextText()).resolves.toBe(texts[2]);
    await proj.locator('#counter', { hasText: 'Slide 2 dari' }).waitFor();
    // On a case's question slide the notes hold the answer, shown to the room on the next slide.
    const q = cases.indexOf('Q');
    expect(q).toBeGreaterThan(0);
    await sp.keyboard.press('Home');
    for (let i = 0; i < q; i++) await sp.keyboard.press('ArrowRight');
    await sp.locator('#notes', { hasText: 'Jawaban studi kasus' }).waitFor();
    await expectNoAxeViolations(sp);
    await expectNoAxeViolations(proj);
    await ctx.close();
  });
});
