/**
 * Learner accounts and exam integrity (issue 12) in real Chromium: the whole journey of a learner
 * (register → modules → pre-test → final failed without keys → retake → pass → full review →
 * certificate), a second browser that knows the NIP and name but not the password, an operator
 * releasing a wrong claim, a reset code that works once, activation codes, the rate limits, and
 * a shared phone. Every new page type is checked with axe.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, signInStaff } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { answerOnPage, passKnowledgeCheck, rightResponse } from '../helpers/answers.ts';
import { keysIn, loginInBrowser, PASSWORD, registerInBrowser } from '../helpers/learner.ts';
import { Client, dumpDatabase, nipFor } from '../helpers/bad-input.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { practiceByModule } from '../../src/quizzes/banks/practice/index.ts';
import { COURSE_MODULES } from '../../src/lib/course-modules.ts';
import { course } from '../../src/content/course.ts';
import type { PublicQuestion } from '../../src/quizzes/engine/types.ts';

let server: TestServer;
let browser: Browser;

const OP = { username: 'operator.tanjung', password: 'operator-tanjung-123' };
/** People on the roster of KUA-TANJUNG. */
const NURAINI = { nip: nipFor(1), roster: "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.", typed: 'Nur Aini' };
const AHMAD = { nip: nipFor(2), name: 'Ahmad Fauzi' };
const DEWI = { nip: nipFor(3), name: 'Dewi Lestari' };

const sqlite = (write = false) => {
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: !write });
  d.exec('PRAGMA busy_timeout = 5000');
  return d;
};
function query<T>(sql: string, ...args: (string | number)[]): T[] {
  const d = sqlite();
  try {
    return d.prepare(sql).all(...args) as T[];
  } finally {
    d.close();
  }
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // HR's data as the HR pages would have left it: a unit, its roster, an operator of the unit.
  const d = sqlite(true);
  const at = new Date().toISOString();
  d.prepare('INSERT INTO units (id, name, parent_id, created_at) VALUES (?, ?, NULL, ?)').run('KUA-TANJUNG', 'KUA Kecamatan Tanjung', at);
  for (const [nip, name] of [[NURAINI.nip, NURAINI.roster], [AHMAD.nip, AHMAD.name], [DEWI.nip, DEWI.name]]) {
    d.prepare('INSERT INTO roster_entries (nip, unit_id, name, jabatan, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, NULL)').run(nip, 'KUA-TANJUNG', name, 'Penghulu', at);
  }
  d.prepare('INSERT INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, NULL, ?)')
    .run('op-1', OP.username, 'Operator Tanjung', await hashPassword(OP.password), 'operator', 'KUA-TANJUNG', at);
  d.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function staffPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/staf/masuk');
  await signInStaff(page, OP.username, OP.password);
  await page.waitForURL((u) => u.pathname === '/staf' || u.pathname === '/staf/');
  return page;
}

const api = (p: Page, url: string, method = 'GET', body?: unknown) =>
  p.evaluate(async ({ url, method, body }) => {
    const r = await fetch(url, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    return { status: r.status, body: await r.json().catch(() => null) };
  }, { url, method, body });

describe('the journey of one learner', () => {
  let context: BrowserContext;
  let page: Page;
  /** Every response the learner's browser received before passing. */
  const seen: { url: string; body: string }[] = [];
  let recording = true;
  let firstFinal = '';
  let preIds: string[] = [];

  beforeAll(async () => {
    context = await phoneContext(browser, server.url);
    page = await context.newPage();
    page.on('dialog', (d) => d.accept());
    page.on('response', async (r) => {
      if (!recording || !r.url().startsWith(server.url)) return;
      const type = r.headers()['content-type'] ?? '';
      if (!/json|html/.test(type)) return;
      try {
        seen.push({ url: r.url(), body: await r.text() });
      } catch { /* a navigation replaced the page */ }
    });
  });
  afterAll(() => context?.close());

  /** The attempt on screen: id from the device, questions from the API, seed from the database. */
  async function currentAttempt(kind: 'pre' | 'final') {
    await page.locator('.q-counter').waitFor();
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(`netral:ujian:${k}`) ?? 'null'), kind);
    const res = await api(page, `/api/ujian/${stored.attemptId}`);
    const seed = query<{ seed: string }>('SELECT seed FROM attempts WHERE id = ?', stored.attemptId)[0].seed;
    return { id: stored.attemptId as string, questions: res.body.questions as PublicQuestion[], seed };
  }

  it('a guest sees one next step: Masuk / Daftar', async () => {
    await page.goto('/');
    await expect(page.locator('[data-journey] [data-next]').textContent()).resolves.toBe('Masuk / Daftar untuk mulai');
    await page.goto('/masuk');
    await expectNoAxeViolations(page);
  });

  it('registers: the roster name must match (titles and punctuation ignored)', async () => {
    await registerInBrowser(page, { nip: NURAINI.nip, name: 'Siti Aminah' }, { expectError: true });
    await expect(page.locator('#ae-name').textContent()).resolves.toMatch(/daftar pegawai/);
    await expectNoAxeViolations(page);
    await registerInBrowser(page, { nip: NURAINI.nip, name: NURAINI.typed });
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.locator('[data-who]').textContent()).toContain(`Anda masuk sebagai ${NURAINI.typed} · Bukan Anda? Keluar`);
    await expect.poll(() => page.locator('[data-journey] [data-lines]').textContent()).toContain(`Modul: 0 dari ${COURSE_MODULES.length} selesai`);
    await expect.poll(() => page.locator('[data-journey] [data-next]').textContent()).toBe('Mulai dengan pre-test');
    await expectNoAxeViolations(page);
    const row = query<{ password_hash: string }>('SELECT password_hash FROM learners WHERE nip = ?', NURAINI.nip)[0];
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('the final exam waits for the modules and lists the missing ones with links', async () => {
    await page.goto('/ujian/akhir');
    await page.getByText(/Ujian akhir terbuka setelah semua modul selesai/).waitFor();
    const links = page.locator('.notice ul a');
    await expect(links.count()).resolves.toBe(COURSE_MODULES.length);
    await expect(links.first().getAttribute('href')).resolves.toBe(`/modul/${COURSE_MODULES[0].id}`);
    expect((await api(page, '/api/ujian', 'POST', { kind: 'final' })).status).toBe(409);
    await expectNoAxeViolations(page);
  });

  it('pre-test: the score per area only; its questions never come back in the final exam', async () => {
    await page.goto('/ujian/pre-test');
    await page.getByRole('button', { name: 'Mulai' }).click();
    const pre = await currentAttempt('pre');
    preIds = pre.questions.map((q) => q.id);
    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL('**/hasil/*');
    await page.getByRole('heading', { name: 'Hasil pre-test' }).waitFor();
    await expect(page.getByRole('table').first().textContent()).resolves.toContain(course.areas[0].label);
    await expect(page.locator('.review').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    // The dead end links onward.
    await page.goto('/ujian/pre-test');
    await page.getByText('Anda sudah mengerjakan pre-test.').waitFor();
    await expect(page.getByRole('link', { name: 'Lihat hasil pre-test' }).getAttribute('href')).resolves.toBe(`/hasil/${pre.id}`);
    await expect(page.getByRole('link', { name: 'Pelajari modul' }).count()).resolves.toBe(1);
  });

  it('modules: each knowledge check passed is recorded on the server; module 7 ends with a link to the exam', async () => {
    for (const m of COURSE_MODULES) {
      await page.goto(`/modul/${m.id}`);
      // Modules open with a table of contents whose links lead to their sections.
      const toc = page.getByRole('navigation', { name: /^Isi modul/ });
      const first = toc.getByRole('link').first();
      await expect(page.locator(`[id="${(await first.getAttribute('href'))!.slice(1)}"]`).count()).resolves.toBe(1);
      await passKnowledgeCheck(page, m.id, practiceByModule[m.id]);
    }
    await expect(page.getByRole('link', { name: 'Lanjut ke ujian akhir' }).getAttribute('href')).resolves.toBe('/ujian/akhir');
    await expectNoAxeViolations(page);
    await expect.poll(async () => (await api(page, '/api/akun/status')).body.modules.done, { timeout: 15_000 }).toBe(COURSE_MODULES.length);
    await page.goto('/');
    await expect.poll(() => page.locator('[data-journey] [data-next]').textContent()).toBe('Ikuti ujian akhir');
  });

  it('a failed final attempt shows what to reread, never the right option', async () => {
    await page.goto('/ujian/akhir');
    await page.getByRole('button', { name: 'Mulai' }).click();
    const a = await currentAttempt('final');
    firstFinal = a.id;
    expect(a.questions.filter((q) => preIds.includes(q.id))).toEqual([]);
    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL(`**/hasil/${a.id}`);
    await page.getByText(/Belum lulus/).waitFor();
    await expect(page.locator('.review').count()).resolves.toBe(a.questions.length);
    await expect(page.getByText('Jawaban benar').count()).resolves.toBe(0);
    await expect(page.getByText('Pembahasan:').count()).resolves.toBe(0);
    await expect(page.getByText('Baca ulang:').count()).resolves.toBe(a.questions.length);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Hanya yang salah' }).click();
    await expect(page.locator('.review').count()).resolves.toBe(a.questions.length);
    // /ujian lists it with a link, and the attempts left.
    await page.goto('/ujian');
    await page.locator('#riwayat').waitFor();
    await page.locator('#isi').getByText(`Ujian akhir: sisa ${course.attemptLimit - 1} kesempatan`).waitFor();
    await expect(page.locator(`#isi a[href="/hasil/${a.id}"]`).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('the retake passes: full review, certificate, and no key ever reached the browser before', async () => {
    await page.goto('/ujian/akhir');
    await page.getByRole('button', { name: 'Mulai' }).click();
    const a = await currentAttempt('final');
    expect(a.questions.filter((q) => preIds.includes(q.id))).toEqual([]);
    for (let i = 0; i < a.questions.length; i++) {
      const pq = a.questions[i];
      await page.getByRole('heading', { name: `Soal ${i + 1} dari ${a.questions.length}` }).waitFor();
      await answerOnPage(page.locator('fieldset.question'), pq, rightResponse(gradedBank.find((q) => q.id === pq.id)!, a.seed));
      if (i < a.questions.length - 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
    }
    recording = false;
    const leaks = seen.flatMap((r) => keysIn(r.body, { fields: !new URL(r.url).pathname.startsWith('/modul/') }).map((k) => `${r.url}: ${k}`));
    expect(seen.length).toBeGreaterThan(20);
    expect(leaks).toEqual([]);

    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL(`**/hasil/${a.id}`);
    await page.getByText('LULUS', { exact: true }).waitFor();
    await expect(page.getByText('Jawaban benar').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Pembahasan:').count()).resolves.toBe(a.questions.length);
    await expectNoAxeViolations(page);
    // The failed attempt now shows its full review too.
    await page.goto(`/hasil/${firstFinal}`);
    await expect(page.getByText('Jawaban benar').count()).resolves.toBeGreaterThan(0);
    await page.goto(`/hasil/${a.id}`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click();
    const file = await (await download).path();
    const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(pdf).toContain(NURAINI.typed);
    await page.goto('/');
    await expect.poll(() => page.locator('[data-journey] [data-next]').textContent()).toBe('Lihat dan unduh sertifikat Anda');
    await page.goto('/ujian/akhir');
    await page.getByText('Anda sudah lulus ujian akhir.').waitFor();
    await expect(page.getByRole('link', { name: 'Lihat sertifikat saya' }).getAttribute('href')).resolves.toBe('/sertifikat');
  });

  it('a second browser with the same NIP and name but no password sees nothing and cannot start an exam', async () => {
    const other = await phoneContext(browser, server.url);
    const p = await other.newPage();
    await p.goto('/masuk');
    const before = dumpDatabase(server.dataDir);
    const claim = await api(p, '/api/akun/daftar', 'POST', { nip: NURAINI.nip, name: NURAINI.roster, jabatan: 'Penghulu', unit: 'KUA Kecamatan Tanjung', password: 'saya-bukan-dia-1' });
    expect(claim.status).toBe(409);
    expect(claim.body.error).toMatch(/sudah memiliki akun.*operator/);
    expect((await api(p, '/api/akun/masuk', 'POST', { nip: NURAINI.nip, password: 'tebakan-salah-1' })).status).toBe(401);
    for (const url of ['/api/ujian', '/api/peserta', '/api/akun/status', `/api/ujian/${firstFinal}/hasil`]) expect((await api(p, url)).status, url).toBe(401);
    expect((await api(p, '/api/ujian', 'POST', { kind: 'final' })).status).toBe(401);
    const number = query<{ number: string }>('SELECT number FROM certificates')[0].number;
    for (const url of [`/hasil/${firstFinal}`, `/sertifikat/${number}`, `/sertifikat/${number}/pdf`]) {
      const r = await p.request.get(url);
      expect(r.status(), url).toBe(401);
      expect(await r.text(), url).not.toContain(NURAINI.nip);
    }
    await p.goto('/profil');
    await p.waitForURL('**/masuk?lanjut=*');
    const { audit_log: a1, ...rest1 } = before;
    const { audit_log: a2, ...rest2 } = dumpDatabase(server.dataDir);
    expect(rest2).toEqual(rest1);
    // The failed login is in the audit log, without the password.
    expect(a2.length).toBeGreaterThan(a1.length);
    expect(a2).toContain('learner.login-failed');
    expect(a2).not.toContain('tebakan-salah-1');
    await other.close();
  });

  it('sessions: the learner sees their other devices and ends one; "Keluar" clears a shared phone', async () => {
    const phone2 = await phoneContext(browser, server.url);
    const p2 = await phone2.newPage();
    await loginInBrowser(p2, NURAINI.nip);
    await expect.poll(() => p2.locator('[data-who]').textContent()).toContain(NURAINI.typed);
    await page.goto('/profil');
    await expect(page.getByLabel('Nama lengkap dengan gelar').inputValue()).resolves.toBe(NURAINI.typed);
    await expect(page.locator('.sessions li').count()).resolves.toBe(2);
    await expectNoAxeViolations(page);
    // Saving the profile confirms it next to the button.
    await page.getByLabel('Jabatan', { exact: true }).fill('Penghulu Ahli Muda');
    await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    await expect(page.locator('.form-status.notice.ok').textContent()).resolves.toBe('Data diri tersimpan.');
    await page.reload();
    await expect(page.getByLabel('Jabatan', { exact: true }).inputValue()).resolves.toBe('Penghulu Ahli Muda');
    await page.getByRole('button', { name: /^Akhiri:/ }).click();
    await page.getByText('Sesi diakhiri.').waitFor();
    expect((await api(p2, '/api/akun/status')).status).toBe(401);
    await phone2.close();
    // The shared office phone: "Keluar" ends the session and forgets the learner on the device.
    await page.goto('/');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.locator('[data-login]').waitFor();
    expect((await api(page, '/api/akun/status')).status).toBe(401);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netral:')))).toEqual([]);
  });
});

describe('an operator releases a wrong claim; a reset code works once', () => {
  let staff: Page;
  let learner: Page;
  beforeAll(async () => {
    staff = await staffPage();
    learner = await (await phoneContext(browser, server.url)).newPage();
  });

  it('someone claims Ahmad with his name; Ahmad is told who can help; the operator releases it; Ahmad claims it', async () => {
    const impostor = new Client(server.url);
    expect((await impostor.request('POST', '/api/akun/daftar', { body: { nip: AHMAD.nip, name: AHMAD.name, jabatan: 'Penyuluh', unit: 'KUA', password: 'bukan-ahmad-123' } })).status).toBe(201);
    await registerInBrowser(learner, { nip: AHMAD.nip, name: AHMAD.name }, { expectError: true });
    await expect(learner.locator('#ae-nip').textContent()).resolves.toMatch(/operator/);

    await staff.goto(`/staf/peserta?q=${encodeURIComponent(AHMAD.name)}`);
    await staff.getByRole('link', { name: `Akun peserta ${AHMAD.name}` }).click();
    await staff.getByText('Sudah punya akun').waitFor();
    await expectNoAxeViolations(staff);
    // A release needs a reason.
    await staff.getByLabel('Alasan pelepasan').fill('x');
    await staff.getByLabel('Alasan pelepasan').evaluate((el: HTMLInputElement) => el.removeAttribute('minlength'));
    await staff.getByRole('button', { name: 'Lepaskan klaim NIP' }).click();
    await staff.getByText(/Tuliskan alasan pelepasan/).first().waitFor();
    await staff.getByLabel('Alasan pelepasan').fill('Didaftarkan oleh orang lain');
    await staff.getByRole('button', { name: 'Lepaskan klaim NIP' }).click();
    await staff.getByText(/Klaim NIP .* dilepas/).waitFor();
    expect((await impostor.request('GET', '/api/akun/status')).status).toBe(401);
    const audit = query<{ action: string; actor_id: string; detail: string }>("SELECT action, actor_id, detail FROM audit_log WHERE action = 'learner.release'");
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe('op-1');
    expect(audit[0].detail).toContain('Didaftarkan oleh orang lain');

    await registerInBrowser(learner, { nip: AHMAD.nip, name: AHMAD.name });
    await expect.poll(() => learner.locator('[data-who]').textContent()).toContain(AHMAD.name);
  });

  it('a reset code from the operator works once', async () => {
    await staff.goto(`/staf/akun-peserta?nip=${AHMAD.nip}`);
    await staff.getByRole('button', { name: 'Buat kode pemulihan' }).click();
    const text = await staff.locator('#hasil-akun').textContent();
    const code = /: ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}) /.exec(text ?? '')?.[1];
    expect(code).toBeTruthy();
    expect(query<{ detail: string }>("SELECT detail FROM audit_log WHERE action = 'learner.reset-code'")[0].detail).not.toContain(code!);

    const phone = await (await phoneContext(browser, server.url)).newPage();
    await phone.goto('/masuk#pulihkan');
    await phone.getByLabel('NIP / NI PPPK').fill(AHMAD.nip);
    await phone.getByLabel('Kode pemulihan dari operator').fill(code!.toLowerCase());
    await phone.getByLabel('Kata sandi baru').fill('sandi-baru-ahmad-1');
    await phone.getByRole('button', { name: 'Simpan kata sandi baru dan masuk' }).click();
    await Promise.race([phone.waitForURL(`${server.url}/`), phone.locator('.form-status.notice.bad').waitFor().then(async () => { throw new Error(await phone.locator('.form-status.notice.bad').textContent() ?? ''); })]);
    await expectNoAxeViolations(phone);
    // Every other session of Ahmad ended; the old password no longer opens the account.
    expect((await api(learner, '/api/akun/status')).status).toBe(401);
    expect((await api(phone, '/api/akun/masuk', 'POST', { nip: AHMAD.nip, password: PASSWORD })).status).toBe(401);
    // The same code a second time: refused, nothing changed.
    const before = query<{ password_hash: string }>('SELECT password_hash FROM learners WHERE nip = ?', AHMAD.nip)[0];
    const again = await api(phone, '/api/akun/pulihkan', 'POST', { nip: AHMAD.nip, code, password: 'sandi-ketiga-123' });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatch(/sudah dipakai/);
    expect(query<{ password_hash: string }>('SELECT password_hash FROM learners WHERE nip = ?', AHMAD.nip)[0]).toEqual(before);
    expect((await api(phone, '/api/akun/masuk', 'POST', { nip: AHMAD.nip, password: 'sandi-baru-ahmad-1' })).status).toBe(200);
  });

  it('activation codes: HR prints them (PDF and CSV); registration needs the right one', async () => {
    await staff.goto('/staf/roster');
    const row = staff.locator('tr[data-unit="KUA-TANJUNG"]');
    await row.getByRole('checkbox').check();
    await row.getByRole('button', { name: /Simpan pengaturan/ }).click();
    await staff.getByText('Pengaturan kode aktivasi disimpan.').waitFor();
    await expectNoAxeViolations(staff);
    const csvDownload = staff.waitForEvent('download');
    await staff.locator('tr[data-unit="KUA-TANJUNG"]').getByRole('button', { name: /CSV/ }).click();
    const csv = Papa.parse<string[]>((await import('node:fs')).readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(csv[0]).toEqual(['NIP', 'Nama', 'Jabatan', 'Kode aktivasi']);
    // Only those without an account get a code: Dewi (Nur'aini and Ahmad have accounts).
    // The NIP in its official grouping (text in Excel and LibreOffice alike).
    expect(csv.slice(1).map((r) => r[0].replace(/\s/g, ''))).toEqual([DEWI.nip]);
    const code = csv[1][3];
    const pdfDownload = staff.waitForEvent('download');
    await staff.locator('tr[data-unit="KUA-TANJUNG"]').getByRole('button', { name: /PDF/ }).click();
    const pdfText = execFileSync('pdftotext', [(await (await pdfDownload).path())!, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(DEWI.name);
    // The PDF printed new codes: the CSV's code no longer works; the PDF's does.
    const pdfCode = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(pdfText)?.[1];
    expect(pdfCode).toBeTruthy();

    const dewi = new Client(server.url);
    const body = { nip: DEWI.nip, name: DEWI.name, jabatan: 'Guru', unit: 'KUA', password: PASSWORD };
    const before = dumpDatabase(server.dataDir).learners;
    const none = await dewi.request('POST', '/api/akun/daftar', { body });
    expect(none.status).toBe(422);
    expect(Object.keys(none.json.fields)).toEqual(['activationCode']);
    for (const forged of ['AAAA-BBBB-CCCC', code]) {
      const r = await dewi.request('POST', '/api/akun/daftar', { body: { ...body, activationCode: forged } });
      expect(r.status, forged).toBe(422);
      expect(r.json.fields.activationCode).toMatch(/tidak cocok/);
    }
    expect(dumpDatabase(server.dataDir).learners).toEqual(before);
    expect((await dewi.request('POST', '/api/akun/daftar', { body: { ...body, activationCode: pdfCode!.toLowerCase() } })).status).toBe(201);
  });
});

describe('a live session in the room: code + NIP, without a password', () => {
  it('opens that session only; the facilitator sees and removes the attendee; the account is untouched', async () => {
    const staffReq = async (method: string, url: string, auth: { cookie: string; csrf: string }, body?: unknown) => {
      const r = await fetch(server.url + url, { method, headers: { origin: server.url, cookie: auth.cookie, 'x-csrf-token': auth.csrf, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      return { status: r.status, json: await r.json().catch(() => null) };
    };
    const login = await fetch(`${server.url}/api/staf/masuk`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body: JSON.stringify(OP) });
    const auth = { cookie: login.headers.getSetCookie().find((c) => c.startsWith('netral_staf='))!.split(';')[0], csrf: (await login.json()).csrfToken };
    const created = await staffReq('POST', '/api/staf/sesi', auth, { title: 'Pembinaan netralitas', day: new Date().toISOString().slice(0, 10), place: 'Aula KUA', unitId: 'KUA-TANJUNG', withPre: false, withPost: false });
    expect(created.status).toBe(201);
    const before = query<Record<string, unknown>>('SELECT * FROM learners WHERE nip = ?', NURAINI.nip)[0];

    // Someone in the room types Nur'aini's NIP and name: attendance, nothing more.
    const join = await fetch(`${server.url}/api/sesi/${created.json.code}/gabung`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: NURAINI.nip, name: NURAINI.typed, jabatan: 'Ditulis di ruangan' }) });
    expect(join.status).toBe(200);
    const cookies = join.headers.getSetCookie().map((c) => c.split(';')[0]);
    expect(cookies.some((c) => c.startsWith('netral_peserta='))).toBe(false);
    const pass = cookies.find((c) => c.startsWith('netral_sesi='))!;
    const get = (url: string) => fetch(server.url + url, { headers: { cookie: pass }, redirect: 'manual' });
    expect((await get(`/api/sesi/${created.json.code}`)).status).toBe(200);
    for (const url of ['/api/ujian', '/api/akun/status', '/api/peserta', '/profil']) expect((await get(url)).status, url).not.toBe(200);
    const number = query<{ number: string }>('SELECT number FROM certificates')[0].number;
    expect(await (await get('/sertifikat')).text()).not.toContain(number);
    expect((await get(`/sertifikat/${number}/pdf`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/ujian`, { method: 'POST', headers: { cookie: pass, 'content-type': 'application/json' }, body: '{"kind":"final"}' })).status).toBe(401);
    expect(query<Record<string, unknown>>('SELECT * FROM learners WHERE nip = ?', NURAINI.nip)[0]).toEqual(before);

    // The facilitator sees the attendee and removes the entry; the pass then opens nothing.
    const view = await staffReq('GET', `/api/staf/sesi/${created.json.id}`, auth);
    const attendee = view.json.participants.find((p: { nip: string }) => p.nip === NURAINI.nip);
    expect(attendee).toBeTruthy();
    expect((await staffReq('DELETE', `/api/staf/sesi/${created.json.id}/peserta/${attendee.id}`, auth)).status).toBe(200);
    expect((await get(`/api/sesi/${created.json.code}/events?poll=1`)).status).toBe(403);

    // The same account functions as an API for the person page (HR): state, reset code; scoped.
    const id = query<{ id: string }>('SELECT id FROM learners WHERE nip = ?', DEWI.nip)[0].id;
    const state = await staffReq('GET', `/api/staf/akun-peserta/${id}`, auth);
    expect(state.json).toMatchObject({ nip: DEWI.nip, claimed: true, resetPending: false });
    const reset = await staffReq('POST', `/api/staf/akun-peserta/${id}`, auth, { action: 'reset-code' });
    expect(reset.json.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect((await staffReq('GET', `/api/staf/akun-peserta/${id}`, auth)).json.resetPending).toBe(true);
    expect((await staffReq('POST', `/api/staf/akun-peserta/${id}`, auth, { action: 'hapus-semua' })).status).toBe(400);
    expect((await staffReq('POST', `/api/staf/akun-peserta/${id}`, { ...auth, csrf: 'palsu' }, { action: 'reset-code' })).status).toBe(403);
    expect((await staffReq('GET', '/api/staf/akun-peserta/bukan-id', auth)).status).toBe(404);
  });
});

describe('rate limits and backoff', () => {
  it('guessing one NIP\'s password is slowed down (429, Retry-After, Indonesian); other NIPs are not affected', async () => {
    const c = new Client(server.url);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await c.request('POST', '/api/akun/masuk', { body: { nip: NURAINI.nip, password: `tebakan-${i}-abc` } });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.json.error).toMatch(/Terlalu banyak percobaan untuk NIP ini/);
    // Even the right password waits (no guessing through the window); another learner logs in fine.
    expect((await c.request('POST', '/api/akun/masuk', { body: { nip: NURAINI.nip, password: PASSWORD } })).status).toBe(429);
    expect((await c.request('POST', '/api/akun/masuk', { body: { nip: DEWI.nip, password: PASSWORD } })).status).toBe(200);
    const failed = query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'learner.login-failed' AND detail LIKE ?", `%${NURAINI.nip}%`)[0].n;
    expect(failed).toBeGreaterThanOrEqual(5);
  });
});
