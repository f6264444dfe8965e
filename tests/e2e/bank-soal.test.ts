/**
 * The admin's bank import in a real browser against the built server: upload a plain Moodle GIFT
 * file, read the report per question, confirm; then the API with bad input (a binary file, a
 * 20 MB GIFT, a bank with no supported question, no CSRF token, an operator) — each a 4xx with an
 * Indonesian message and the banks unchanged.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInStaff } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { course } from '../../src/content/course.ts';
import { identify, nipFor, startExam } from '../helpers/bad-input.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
const ADMIN_PW = 'pohon mangga di halaman';
const FIXTURE = 'tests/unit/quizzes/fixtures/moodle-lengkap.gift';

const imported = () => {
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
  try {
    return d.prepare('SELECT id, bank, course_version, question FROM imported_questions ORDER BY id').all() as { id: string; bank: string; course_version: string; question: string }[];
  } finally {
    d.close();
  }
};

/** The admin over plain HTTP: session cookie and CSRF token. */
async function apiLogin(username: string, password: string) {
  const r = await fetch(`${server.url}/api/staf/masuk`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('netral_staf='))!.split(';')[0]!;
  return { cookie, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}
async function post(auth: { cookie: string; csrf: string } | null, fields: Record<string, string>, file?: { name: string; content: string | Uint8Array }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('berkas', new Blob([file.content as BlobPart]), file.name);
  const headers: Record<string, string> = { origin: server.url };
  if (auth) Object.assign(headers, { cookie: auth.cookie, 'x-csrf-token': auth.csrf });
  try {
    const r = await fetch(`${server.url}/api/staf/bank-soal`, { method: 'POST', headers, body: form });
    return { status: r.status, json: (await r.json()) as Record<string, any> };
  } catch (e) {
    return { status: 0, json: { error: String(e) } };
  }
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the admin imports a Moodle bank', () => {
  it('logs in, uploads plain Moodle GIFT, and sees what each question became', async () => {
    await page.goto('/staf/masuk');
    await signInStaff(page, 'admin', server.adminPassword!);
    await page.waitForURL('**/staf/sandi');
    await page.getByLabel('Kata sandi saat ini').fill(server.adminPassword!);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(ADMIN_PW);
    await page.getByLabel('Ulangi kata sandi baru').fill(ADMIN_PW);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.waitForURL(/\/staf\?sandi=1$/);

    await page.getByRole('link', { name: 'Bank soal' }).click();
    await page.getByRole('heading', { name: 'Impor bank soal' }).waitFor();
    await expect(page.locator('#tersimpan').textContent()).resolves.toContain('Belum ada soal impor');
    await expectNoAxeViolations(page);

    await page.getByLabel(/Berkas bank soal/).setInputFiles(FIXTURE);
    await page.getByLabel('Bank tujuan').selectOption('graded');
    await page.getByLabel(/Pasal yang dikutip/).fill('pp-94-2021/pasal-5-huruf-n');
    await page.getByLabel('Tingkat kesulitan').selectOption('2');
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.locator('#hasil-impor').waitFor();
    await expect(page.locator('#hasil-impor').textContent()).resolves.toBe('Hasil pemeriksaan: 9 soal dapat diimpor, 4 dilewati, 4 ditolak. Belum ada yang disimpan.');
    const rows = await page.locator('#laporan-soal tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['6', 'dapat diimpor'], ['13', 'ditolak'], ['15', 'dapat diimpor'], ['17', 'dapat diimpor'], ['24', 'dapat diimpor'], ['32', 'ditolak'],
      ['39', 'dapat diimpor'], ['47', 'ditolak'], ['49', 'dapat diimpor'], ['55', 'dapat diimpor'], ['61', 'dapat diimpor'],
      ['67', 'dilewati'], ['69', 'dilewati'], ['71', 'dilewati'], ['73', 'dilewati'], ['75', 'ditolak'], ['79', 'dapat diimpor'],
    ]);
    expect(rows[0]![4]).toBe('Diisi: area = kampanye (nama kategori); cites = pp-94-2021/pasal-5-huruf-n (bawaan); difficulty = 2 (bawaan).');
    expect(rows[11]![4]).toMatch(/isian singkat/);
    expect(imported()).toEqual([]);
    // The checked file waits on the server: the page carries neither its keys nor its texts.
    const html = await page.content();
    expect(html).not.toContain('PNS dan PPPK adalah Pegawai ASN.');
    expect(html).not.toContain('Keliru: PNS dan PPPK sama-sama Pegawai ASN.');
    expect(await page.locator('#konfirmasi input[name="draf"]').getAttribute('value')).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Konfirmasi: simpan 9 soal' }).click();
    await page.locator('#hasil-impor').getByText(`9 soal disimpan ke bank Ujian (dinilai) versi ${course.version}.`).waitFor();
    const stored = imported();
    expect(stored).toHaveLength(9);
    expect(new Set(stored.map((r) => `${r.bank} ${r.course_version}`))).toEqual(new Set([`graded ${course.version}`]));
    await expect(page.locator('#tersimpan tbody tr').first().textContent()).resolves.toMatch(/Ujian \(dinilai\).*9/);
    await expectNoAxeViolations(page);
  });

  it('learners draw the imported graded questions without their keys', async () => {
    const rows = imported();
    const ids = new Set(rows.map((r) => r.id));
    const explanations = rows.map((r) => (JSON.parse(r.question) as { explanation: string }).explanation);
    let seen = 0;
    for (let i = 0; i < 10 && seen === 0; i++) {
      const c = await identify(server.url, nipFor(300 + i));
      const text = JSON.stringify(await startExam(c, 'final'));
      const exam = JSON.parse(text) as { questions: { id: string }[] };
      seen = exam.questions.filter((q) => ids.has(q.id)).length;
      for (const key of ['"answer"', '"explanation"', '"weights"', '"feedback"']) expect(text).not.toContain(key);
      for (const e of explanations) expect(text).not.toContain(e);
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('bad input to the bank import', () => {
  let admin: { cookie: string; csrf: string };
  const base = { versi: course.version, bank: 'graded', cites: 'pp-94-2021/pasal-5-huruf-n', kesulitan: '2', aksi: 'periksa' };
  beforeAll(async () => {
    admin = await apiLogin('admin', ADMIN_PW);
  });

  it('a binary file: 415 with an Indonesian message, nothing stored', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = await post(admin, base, { name: 'gambar.gift', content: png });
    expect(r.status).toBe(415);
    expect(r.json.error).toMatch(/bukan teks GIFT atau XML Moodle/);
    expect(imported()).toHaveLength(9);
  });

  it('a 20 MB GIFT: 413 with an Indonesian message, nothing stored', async () => {
    const big = `::besar:: Soal {T}\n\n`.repeat(1_100_000);
    expect(big.length).toBeGreaterThan(20_000_000);
    const r = await post(admin, base, { name: 'besar.gift', content: big });
    expect(r.status).toBe(413);
    expect(r.json.error).toMatch(/terlalu besar/);
    expect(imported()).toHaveLength(9);
  });

  it('a bank with no supported question: 422 with the report, nothing stored', async () => {
    const r = await post(admin, base, { name: 'esai.gift', content: '::Esai:: Jelaskan. {}\n\n::Isian:: Ibu kota? {=Jakarta}\n' });
    expect(r.status).toBe(422);
    expect(r.json.error).toMatch(/Tidak ada soal yang dapat diimpor/);
    expect(r.json.items.map((i: { line: number; status: string }) => [i.line, i.status])).toEqual([[1, 'skipped'], [3, 'skipped']]);
    expect(imported()).toHaveLength(9);
  });

  it('the same bank again: 422, every question already there, nothing stored twice', async () => {
    const r = await post(admin, base, { name: 'moodle.gift', content: readFileSync(FIXTURE) });
    expect(r.status).toBe(422);
    expect(imported()).toHaveLength(9);
  });

  it('a forged request (no CSRF token) and a logged-out caller are refused', async () => {
    const forged = await post({ cookie: admin.cookie, csrf: '' }, { ...base, aksi: 'impor' }, { name: 'x.gift', content: '::q:: Soal {T}' });
    expect(forged.status).toBe(403);
    const anonymous = await post(null, base, { name: 'x.gift', content: '::q:: Soal {T}' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error).toMatch(/[a-z]/);
  });

  it('the API check returns the report without question bodies', async () => {
    const text = '::Baru:: ASN wajib netral. {T####Pasal 9 ayat (2) UU 20/2023.}\n';
    const r = await post(admin, { ...base, area: 'karier' }, { name: 'baru.gift', content: text });
    expect(r.status).toBe(200);
    expect(r.json.counts).toEqual({ imported: 1, skipped: 0, refused: 0 });
    expect(JSON.stringify(r.json)).not.toContain('"question"');
    expect(JSON.stringify(r.json)).not.toContain('"answer"');
    const applied = await post(admin, { ...base, area: 'karier', aksi: 'impor', sidik: r.json.digest }, { name: 'baru.gift', content: text });
    expect(applied.status).toBe(200);
    expect(applied.json.applied).toBe(true);
    expect(imported()).toHaveLength(10);
  });
});

describe('imported practice questions', () => {
  it('join the practice bank: learners practise them at /latihan with instant feedback, and nothing is finished', async () => {
    const admin = await apiLogin('admin', ADMIN_PW);
    const empty = await page.context().browser()!.newPage();
    await empty.goto(`${server.url}/latihan`);
    await expect(empty.locator('#latihan-kosong').textContent()).resolves.toBe('Belum ada latihan tambahan.');
    await empty.close();
    const text = '::Latihan kampanye:: Bolehkah PNS menjadi peserta kampanye dengan atribut partai? {\n=Tidak boleh #Tepat.\n~Boleh #Keliru.\n####PP 94/2021 Pasal 5 huruf n melarangnya.\n}\n';
    const fields = { versi: course.version, bank: 'practice', area: 'kampanye', cites: 'pp-94-2021/pasal-5-huruf-n', kesulitan: '1' };
    const check = await post(admin, { ...fields, aksi: 'periksa' }, { name: 'latihan.gift', content: text });
    expect(check.status).toBe(200);
    const done = await post(admin, { ...fields, aksi: 'impor', draf: check.json.draft, sidik: check.json.digest });
    expect(done.json.applied).toBe(true);
    expect(imported().filter((r) => r.bank === 'practice').map((r) => r.id)).toEqual(['latihan-kampanye']);

    const learner = await browser.newPage({ baseURL: server.url, locale: 'id-ID' } as never);
    // Learners find it from the module list.
    await learner.goto(`${server.url}/modul`);
    await learner.getByRole('link', { name: 'Lihat latihan tambahan' }).click();
    await learner.waitForURL(`${server.url}/latihan`);
    await learner.getByRole('heading', { name: 'Latihan tambahan', level: 1 }).waitFor();
    await expectNoAxeViolations(learner);
    await learner.getByLabel('Tidak boleh', { exact: true }).check();
    await learner.getByRole('button', { name: 'Periksa jawaban' }).click();
    await learner.getByText('Nilai Anda 100%. Bagus').waitFor();
    await learner.getByText('PP 94/2021 Pasal 5 huruf n melarangnya.').waitFor();
    await expectNoAxeViolations(learner);
    // A practice pass finishes no module.
    const progress = await learner.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netral:modul:')));
    expect(progress).toEqual([]);
    await learner.close();
  });
});
