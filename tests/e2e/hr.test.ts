/**
 * HR in a real browser and over plain HTTP against the built server: the admin's first login and
 * forced password change, units and an operator account, a roster rejected then imported, learners
 * completing, the dashboard's rates, exports that parse back, revocation, the audit log; then an
 * operator of one unit probing every staff page and endpoint for another unit's data; then bad input.
 */
import { localDmy } from '../../src/lib/local-time.ts';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInStaff } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { dumpDatabase, identify, nipFor, passFinal, startExam } from '../helpers/bad-input.ts';

let server: TestServer;
let browser: Browser;

const ADMIN_PW = 'pohon mangga di halaman';
const OP_PW = 'sungai barito mengalir';
const UNITS_CSV = 'kode;nama;kode_induk\nKANWIL;Kanwil Kemenag Kalsel;\nTABALONG;Kankemenag Tabalong;KANWIL\nKUA-TANJUNG;KUA Kecamatan Tanjung;TABALONG\nBANJAR;Kankemenag Banjar;KANWIL\nKUA-MARTAPURA;KUA Martapura;BANJAR\n';
const N = { siti: nipFor(10), ahmad: nipFor(11), rahmat: nipFor(12), dewi: nipFor(13), budi: nipFor(20) };
const BAD_ROSTER = [
  'NIP;Nama;Jabatan;Kode Unit',
  `${N.siti};Siti Aminah;Penghulu;KUA-TANJUNG`,
  '1.98609E+17;Ahmad Fauzi;Penyuluh;KUA-TANJUNG',
  `${N.siti};Siti Lagi;Guru;KUA-TANJUNG`,
  `${N.rahmat};Rahmat;Guru;KUA-ANTAH`,
  `${N.dewi};Dewi;Guru;TABALONG`,
].join('\n');
const GOOD_ROSTER = [
  'NIP;Nama;Jabatan;Kode Unit',
  `${N.siti};Siti Aminah;Penghulu;KUA-TANJUNG`,
  `${N.ahmad};Ahmad Fauzi;Penyuluh;KUA-TANJUNG`,
  `${N.rahmat};Rahmat;Guru;KUA-TANJUNG`,
  `${N.dewi};Dewi;Guru;TABALONG`,
].join('\n');

const sqlite = (write = false) => {
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: !write });
  d.exec('PRAGMA busy_timeout = 5000');
  return d;
};
const rosterCount = () => {
  const d = sqlite();
  try {
    return (d.prepare('SELECT count(*) AS n FROM roster_entries').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

/** A staff member over plain HTTP: the session cookie, the CSRF token, and this site as Origin. */
class Staff {
  cookie = '';
  csrf = '';
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }
  static async login(base: string, username: string, password: string): Promise<Staff> {
    const s = new Staff(base);
    const r = await s.req('POST', '/api/staf/masuk', { json: { username, password } });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    s.csrf = r.json.csrfToken;
    return s;
  }
  async req(method: string, url: string, opts: { json?: unknown; form?: FormData; headers?: Record<string, string>; csrf?: string | null } = {}) {
    const headers: Record<string, string> = { origin: this.base, ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    const csrf = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    let body: BodyInit | undefined;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] = 'application/json';
    } else if (opts.form) body = opts.form;
    const res = await fetch(this.base + url, { method, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) if (c.startsWith('netral_staf=')) this.cookie = c.split(';')[0];
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, bytes, text, json };
  }
}
const fileForm = (fields: Record<string, string>, file?: { name: string; content: string | Uint8Array }) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  if (file) f.set('berkas', new Blob([file.content as BlobPart]), file.name);
  return f;
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  return { context, page: await context.newPage() };
}
async function logIn(page: Page, username: string, password: string) {
  await page.goto('/staf/masuk');
  await signInStaff(page, username, password);
}
async function changePassword(page: Page, current: string, next: string) {
  await page.waitForURL('**/staf/sandi');
  await page.getByText('Anda masuk dengan kata sandi sekali pakai').waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Kata sandi saat ini').fill(current);
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(next);
  await page.getByLabel('Ulangi kata sandi baru').fill(next);
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await page.waitForURL(/\/staf\?sandi=1$/);
}
const cellTexts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
/** The cells of each row of a table body, as text. */
const tableRows = (page: Page, selector: string) =>
  page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

describe('HR journey in a browser', () => {
  let admin: Page;
  let op: Page;
  let opContext: BrowserContext;
  let numbers: Record<string, string> = {};

  it('the admin logs in with the printed one-time password and must change it first', async () => {
    expect(server.adminPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    admin = (await newPage()).page;
    await admin.goto('/staf');
    await admin.waitForURL(/\/staf\/masuk\?lanjut=/);
    await expectNoAxeViolations(admin);
    await logIn(admin, 'admin', 'salah sekali');
    await admin.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await logIn(admin, 'admin', server.adminPassword!);
    // Any staff page leads to the password change until it is done.
    await admin.waitForURL('**/staf/sandi');
    await admin.goto('/staf/akun');
    await changePassword(admin, server.adminPassword!, ADMIN_PW);
    await admin.getByRole('heading', { name: 'Dasbor penyelesaian' }).waitFor();
    await expectNoAxeViolations(admin);
  });

  it('the admin imports the units and creates an operator', async () => {
    await admin.goto('/staf/unit');
    await admin.getByLabel('Berkas CSV atau XLSX').setInputFiles({ name: 'unit.csv', mimeType: 'text/csv', buffer: Buffer.from(UNITS_CSV) });
    await admin.getByRole('button', { name: 'Impor unit' }).click();
    await admin.getByText('5 unit diimpor.').waitFor();
    await expect(cellTexts(admin, '#tabel-unit tbody th')).resolves.toEqual(expect.arrayContaining(['KUA Kecamatan Tanjung', 'Kankemenag Banjar']));
    await expectNoAxeViolations(admin);

    await admin.goto('/staf/akun');
    await admin.getByLabel('Nama pengguna').fill('op.tabalong');
    await admin.getByLabel('Nama lengkap').fill('Operator Kankemenag Tabalong');
    await admin.getByLabel('Peran', { exact: true }).selectOption('operator');
    await admin.getByLabel('Unit', { exact: true }).selectOption('TABALONG');
    await admin.getByRole('button', { name: 'Buat akun' }).click();
    await admin.locator('#hasil-akun').waitFor();
    const oneTime = (await admin.locator('#sandi-sekali').textContent())!.trim();
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect(admin.locator('tr[data-username="op.tabalong"]').textContent()).resolves.toContain('menunggu ganti kata sandi');
    await expectNoAxeViolations(admin);

    ({ context: opContext, page: op } = await newPage());
    await logIn(op, 'op.tabalong', oneTime);
    await changePassword(op, oneTime, OP_PW);
  });

  it('a roster with 3 bad rows is rejected with reasons and nothing is imported', async () => {
    await op.goto('/staf/roster');
    await op.getByLabel('Berkas CSV atau XLSX').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + BAD_ROSTER) });
    await op.getByRole('button', { name: 'Impor', exact: true }).click();
    await op.getByText('Tidak ada yang diimpor: 3 baris bermasalah.').waitFor();
    const rows = await tableRows(op, '#baris-bermasalah');
    expect(rows).toHaveLength(3);
    expect(rows[0].slice(0, 2)).toEqual(['3', '1.98609E+17']);
    expect(rows[0][2]).toMatch(/E\+17|ilmiah|spreadsheet/i);
    expect(rows[1]).toEqual(['4', N.siti, 'Ganda: sudah ada di baris 2.']);
    expect(rows[2].slice(0, 2)).toEqual(['5', N.rahmat]);
    expect(rows[2][2]).toMatch(/^Unit “KUA-ANTAH” tidak dikenal\./);
    expect(rosterCount()).toBe(0);
    await expectNoAxeViolations(op);
  });

  it('the fixed roster is checked, then imported', async () => {
    await op.getByLabel('Berkas CSV atau XLSX').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_ROSTER) });
    await op.getByRole('button', { name: 'Periksa dulu' }).click();
    await op.getByText('Berkas baik: 4 baris siap diimpor.').waitFor();
    expect(rosterCount()).toBe(0);
    await op.getByLabel('Berkas CSV atau XLSX').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_ROSTER) });
    await op.getByRole('button', { name: 'Impor', exact: true }).click();
    await op.getByText('4 pegawai diimpor atau diperbarui.').waitFor();
    expect(rosterCount()).toBe(4);
    await expectNoAxeViolations(op);
  });

  it('learners complete; the dashboard shows the right rates, and the people behind them', async () => {
    for (const who of ['siti', 'ahmad'] as const) numbers[who] = (await passFinal(await identify(server.url, N[who], who === 'siti' ? 'Siti Aminah, S.Ag.' : 'Ahmad Fauzi'), server.dataDir)).number;
    await startExam(await identify(server.url, N.rahmat, 'Rahmat'), 'final');

    await op.goto('/staf');
    await op.locator('#ringkasan').waitFor();
    expect(await op.locator('#ringkasan').textContent()).toContain('Dari 4 pegawai dalam daftar: 2 selesai (50%), 1 sedang berjalan, 1 belum mulai.');
    expect(await cellTexts(op, '#tabel-unit tr[data-unit="KUA-TANJUNG"] td')).toEqual(['3', '2', '1', '0', '66,7%', '0']);
    // The Kankemenag's row counts its KUA too (roll-up).
    expect(await cellTexts(op, '#tabel-unit tr[data-unit="TABALONG"] td')).toEqual(['4', '2', '1', '1', '50%', '0']);
    // The chart carries the numbers as text, not only as bar lengths or colours.
    await expect(op.locator('.bar-chart').first().textContent()).resolves.toContain('66,7% (2/3)');
    expect(await tableRows(op, '#tabel-nilai')).toContainEqual(['90–100', '2']);
    await expect(op.locator('#tabel-area tbody tr').count()).resolves.toBe(4);
    await expectNoAxeViolations(op);

    await op.locator('#tabel-unit tr[data-unit="KUA-TANJUNG"] td').nth(1).getByRole('link').click();
    await op.waitForURL(/\/staf\/peserta\?.*status=completed/);
    expect(await cellTexts(op, '#tabel-peserta tbody th')).toEqual(['Ahmad Fauzi', 'Siti Aminah']);
    expect((await tableRows(op, '#tabel-peserta')).map((r) => r[4])).toEqual(['Selesai', 'Selesai']);
    await expectNoAxeViolations(op);
    await op.getByLabel('Status').selectOption('not_started');
    await op.getByLabel('Unit', { exact: true }).selectOption('');
    await op.getByRole('button', { name: 'Terapkan' }).click();
    await op.waitForURL(/status=not_started/);
    expect(await cellTexts(op, '#tabel-peserta tbody th')).toEqual(['Dewi']);
  });

  it('the XLSX export parses back to the right rows; the CSV opens in Excel; the ZIP holds the right PDFs', async () => {
    const xlsx = await opContext.request.get('/api/staf/ekspor?format=xlsx');
    expect(xlsx.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.body()) as never);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    expect(rows[0].slice(0, 6)).toEqual(['NIP', 'Nama', 'Jabatan', 'Kode Unit', 'Unit', 'Status Penyelesaian']);
    const byNip = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(Object.keys(byNip).sort()).toEqual([N.siti, N.ahmad, N.rahmat, N.dewi].sort());
    expect(byNip[N.siti].slice(1, 8)).toEqual(['Siti Aminah', 'Penghulu', 'KUA-TANJUNG', 'KUA Kecamatan Tanjung', 'Selesai', '100', numbers.siti]);
    expect(byNip[N.rahmat][5]).toBe('Sedang berjalan');
    expect(byNip[N.dewi][5]).toBe('Belum mulai');

    // The dashboard's status filter narrows the export.
    const onlyDone = await opContext.request.get('/api/staf/ekspor?format=csv&sep=comma&status=not_started');
    const doneRows = Papa.parse<string[]>((await onlyDone.text()).slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(doneRows.slice(1).map((r) => [r[0].replace(/ /g, ''), r[5]])).toEqual([[N.dewi, 'Belum mulai']]);

    const siasn = await opContext.request.get('/api/staf/ekspor?format=csv&layout=siasn&sep=semicolon');
    const text = await siasn.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(csv[0]).toEqual(['NIP', 'Nama', 'Nama Kursus/Diklat', 'Institusi Penyelenggara', 'Jumlah Jam (JP)', 'Nomor Sertifikat', 'Tanggal Mulai', 'Tanggal Selesai']);
    expect(csv).toHaveLength(3);
    // Dates are local to the unit (these units set no zone: WIB), not UTC.
    const today = localDmy(new Date(), 'Asia/Jakarta');
    expect(csv.find((r) => r[5] === numbers.ahmad)).toEqual([expect.stringMatching(new RegExp(`^${N.ahmad.slice(0, 8)} `)), 'Ahmad Fauzi', expect.any(String), expect.any(String), expect.stringMatching(/^\d+$/), numbers.ahmad, today, today]);

    const zip = await opContext.request.get('/api/staf/ekspor?format=zip');
    expect(zip.headers()['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.body()));
    expect(Object.keys(files).sort()).toEqual([`sertifikat-${numbers.ahmad}-${N.ahmad}.pdf`, `sertifikat-${numbers.siti}-${N.siti}.pdf`].sort());
    for (const pdf of Object.values(files)) expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });

  it('the operator revokes a certificate with a reason; the rate drops', async () => {
    await op.goto('/staf/sertifikat');
    await expectNoAxeViolations(op);
    const row = op.locator(`tr[data-number="${numbers.ahmad}"]`);
    await row.getByLabel(`Alasan untuk sertifikat ${numbers.ahmad}`).fill('Ujian dikerjakan oleh orang lain');
    await row.getByRole('button', { name: 'Cabut' }).click();
    await op.getByText(`Sertifikat ${numbers.ahmad} dicabut.`).waitFor();
    await expect(op.locator(`tr[data-number="${numbers.ahmad}"]`).textContent()).resolves.toContain('dicabut: Ujian dikerjakan oleh orang lain');
    await op.goto('/staf');
    expect(await cellTexts(op, '#tabel-unit tr[data-unit="KUA-TANJUNG"] td')).toEqual(['3', '1', '2', '0', '33,3%', '0']);
  });

  it('the admin reads who did what in the audit log; an operator cannot', async () => {
    await admin.goto('/staf/audit');
    const rows = (await tableRows(admin, '#tabel-audit')).map((r) => r.join(' | '));
    expect(rows.some((r) => r.includes('op.tabalong') && r.includes('certificate.revoke') && r.includes(numbers.ahmad))).toBe(true);
    expect(rows.some((r) => r.includes('op.tabalong') && r.includes('roster.import'))).toBe(true);
    expect(rows.some((r) => r.includes('admin') && r.includes('staff.create'))).toBe(true);
    await expectNoAxeViolations(admin);
    const res = await op.goto('/staf/audit');
    expect(res!.status()).toBe(403);
    await op.getByText('Akun Anda tidak berwenang untuk tindakan ini.').waitFor();
    await expectNoAxeViolations(op);
  });

  it('logging out ends the session', async () => {
    await op.goto('/staf');
    await op.getByRole('button', { name: 'Keluar' }).click();
    await op.getByText('Anda sudah keluar.').waitFor();
    await op.goto('/staf/peserta?status=completed');
    await op.waitForURL(/\/staf\/masuk\?lanjut=/);
    // Logging in again goes back where the operator was going, and never to another site.
    await signInStaff(op, 'op.tabalong', OP_PW);
    await op.waitForURL(/\/staf\/peserta\?status=completed$/);
    await op.goto('/staf/masuk?lanjut=' + encodeURIComponent('//jahat.example/staf'));
    await op.waitForURL(/\/staf$/);
  });
});

describe('an operator of unit A cannot read or export anything of unit B', () => {
  let adminApi: Staff;
  let opA: Staff;
  let budiCert: string;
  const B_NAME = 'Budi Banjar Santoso';
  const leak = (text: string) => text.includes(N.budi) || text.includes(B_NAME) || text.includes(budiCert) || /Kankemenag Banjar|KUA Martapura/.test(text);

  beforeAll(async () => {
    adminApi = await Staff.login(server.url, 'admin', ADMIN_PW);
    const created = await adminApi.req('POST', '/api/staf/akun', { json: { username: 'op.banjar', displayName: 'Operator Banjar', role: 'operator', unitId: 'BANJAR' } });
    expect(created.status).toBe(201);
    const opB = await Staff.login(server.url, 'op.banjar', created.json.password);
    expect((await opB.req('POST', '/api/staf/sandi', { json: { current: created.json.password, password: 'martapura kota intan' } })).json).toEqual({ ok: true });
    const imported = await opB.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor', unit: 'BANJAR' }, { name: 'b.csv', content: `NIP,Nama\n${N.budi},${B_NAME}\n` }) });
    expect(imported.json).toMatchObject({ imported: true, count: 1 });
    budiCert = (await passFinal(await identify(server.url, N.budi, B_NAME), server.dataDir)).number;
    opA = await Staff.login(server.url, 'op.tabalong', OP_PW);
  });

  it('GET /api/staf/ringkasan', async () => {
    const all = await opA.req('GET', '/api/staf/ringkasan');
    expect(all.status).toBe(200);
    expect(all.json.units.map((u: { unitId: string }) => u.unitId).sort()).toEqual(['KUA-TANJUNG', 'TABALONG']);
    expect(leak(all.text)).toBe(false);
    for (const unit of ['BANJAR', 'KUA-MARTAPURA', 'KANWIL']) {
      const r = await opA.req('GET', `/api/staf/ringkasan?unit=${unit}`);
      expect(r.status).toBe(404);
      expect(r.json.error).toBe('Unit tidak ditemukan atau di luar wewenang Anda.');
    }
  });

  it('GET /api/staf/peserta', async () => {
    const r = await opA.req('GET', `/api/staf/peserta?q=${N.budi}`);
    expect(r.json.total).toBe(0);
    expect(leak((await opA.req('GET', '/api/staf/peserta?limit=500')).text)).toBe(false);
    expect((await opA.req('GET', '/api/staf/peserta?unit=BANJAR')).status).toBe(404);
  });

  it('GET /api/staf/ekspor (CSV, XLSX, SIASN, ZIP)', async () => {
    for (const q of ['format=csv', 'format=csv&sep=comma', 'format=csv&layout=siasn']) {
      const r = await opA.req('GET', `/api/staf/ekspor?${q}`);
      expect(r.status).toBe(200);
      expect(leak(r.text)).toBe(false);
    }
    for (const q of ['format=xlsx', 'format=xlsx&layout=siasn']) {
      const r = await opA.req('GET', `/api/staf/ekspor?${q}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(r.bytes) as never);
      const cells: string[] = [];
      wb.worksheets[0].eachRow((row) => cells.push(JSON.stringify(row.values)));
      expect(cells.length).toBeGreaterThan(1);
      expect(leak(cells.join('\n'))).toBe(false);
    }
    const zip = unzipSync((await opA.req('GET', '/api/staf/ekspor?format=zip')).bytes);
    expect(Object.keys(zip).some((n) => n.includes(budiCert) || n.includes(N.budi))).toBe(false);
    for (const q of ['format=csv&unit=BANJAR', 'format=xlsx&unit=KUA-MARTAPURA', 'format=zip&unit=BANJAR']) expect((await opA.req('GET', `/api/staf/ekspor?${q}`)).status).toBe(404);
  });

  it('GET /api/staf/sertifikat and GET/POST /api/staf/sertifikat/[nomor]', async () => {
    const list = await opA.req('GET', `/api/staf/sertifikat?q=${budiCert}`);
    expect(list.json.certificates).toEqual([]);
    expect(leak((await opA.req('GET', '/api/staf/sertifikat')).text)).toBe(false);
    const pdf = await opA.req('GET', `/api/staf/sertifikat/${budiCert}`);
    expect(pdf.status).toBe(404);
    expect(pdf.json.error).toBe('Sertifikat tidak ditemukan atau di luar wewenang Anda.');
    const before = dumpDatabase(server.dataDir);
    for (const aksi of ['cabut', 'terbitkan-ulang']) {
      const r = await opA.req('POST', `/api/staf/sertifikat/${budiCert}`, { json: { aksi, alasan: 'Mencoba unit lain' } });
      expect(r.status).toBe(404);
    }
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  });

  it('POST /api/staf/roster', async () => {
    const before = dumpDatabase(server.dataDir);
    const r = await opA.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor' }, { name: 'x.csv', content: `NIP;Nama;Kode Unit\n${N.budi};Budi Pindah;KUA-TANJUNG\n${nipFor(30)};Orang Baru;BANJAR\n` }) });
    expect(r.status).toBe(422);
    expect(r.json.errors.map((e: { messages: string[] }) => e.messages[0])).toEqual(['NIP ini terdaftar di unit lain di luar wewenang Anda.', 'Unit BANJAR di luar wewenang Anda.']);
    const r2 = await opA.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor', unit: 'BANJAR', ganti: '1' }, { name: 'x.csv', content: `NIP;Nama\n${nipFor(31)};Orang Baru\n` }) });
    expect(r2.status).toBe(404);
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  });

  it('GET and POST /api/staf/unit', async () => {
    const r = await opA.req('GET', '/api/staf/unit');
    expect(r.json.units.map((u: { id: string }) => u.id).sort()).toEqual(['KUA-TANJUNG', 'TABALONG']);
    const before = dumpDatabase(server.dataDir);
    const post = await opA.req('POST', '/api/staf/unit', { form: fileForm({ aksi: 'impor' }, { name: 'u.csv', content: 'kode;nama;kode_induk\nBANJAR;Diubah;TABALONG\n' }) });
    expect(post.status).toBe(403);
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  });

  it('the admin-only endpoints: /api/staf/akun, /api/staf/akun/[id], /api/staf/audit', async () => {
    const accounts = await adminApi.req('GET', '/api/staf/akun');
    const bId = accounts.json.accounts.find((a: { username: string }) => a.username === 'op.banjar').id;
    const before = dumpDatabase(server.dataDir);
    expect((await opA.req('GET', '/api/staf/akun')).status).toBe(403);
    expect((await opA.req('POST', '/api/staf/akun', { json: { username: 'penyusup', displayName: 'Penyusup', role: 'admin', unitId: '' } })).status).toBe(403);
    for (const aksi of ['ubah', 'atur-ulang', 'nonaktifkan']) expect((await opA.req('POST', `/api/staf/akun/${bId}`, { json: { aksi, role: 'operator', unitId: 'TABALONG' } })).status).toBe(403);
    const audit = await opA.req('GET', '/api/staf/audit');
    expect(audit.status).toBe(403);
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  });

  it('the pages: /staf, /staf/peserta, /staf/sertifikat, /staf/unit, /staf/roster, /staf/akun, /staf/audit', async () => {
    for (const url of ['/staf', '/staf/peserta', `/staf/peserta?q=${N.budi}`, `/staf/sertifikat?q=${budiCert}`, '/staf/sertifikat', '/staf/unit', '/staf/roster']) {
      const r = await opA.req('GET', url);
      expect(r.status, url).toBe(200);
      // The search box repeats what was typed; everything else must be free of unit B.
      expect(leak(r.text.replace(/ value="[^"]*"/g, '')), url).toBe(false);
    }
    for (const url of ['/staf?unit=BANJAR', '/staf/peserta?unit=KUA-MARTAPURA']) {
      const r = await opA.req('GET', url);
      expect(r.status, url).toBe(404);
      expect(r.text).toContain('Unit tidak ditemukan atau di luar wewenang Anda.');
      expect(leak(r.text), url).toBe(false);
    }
    for (const url of ['/staf/akun', '/staf/audit']) {
      const r = await opA.req('GET', url);
      expect(r.status, url).toBe(403);
      expect(leak(r.text), url).toBe(false);
    }
    const before = dumpDatabase(server.dataDir);
    const post = await opA.req('POST', '/staf/sertifikat', { form: fileForm({ csrf: opA.csrf, nomor: budiCert, aksi: 'cabut', alasan: 'Mencoba unit lain' }), csrf: null });
    expect(post.status).toBe(404);
    expect(post.text).toContain('Sertifikat tidak ditemukan atau di luar wewenang Anda.');
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  });
});

describe('a facilitator sees only their own unit and cannot manage rosters or certificates', () => {
  it('scope is the unit itself, not its parent or siblings; management pages and endpoints answer 403', async () => {
    const adminApi = await Staff.login(server.url, 'admin', ADMIN_PW);
    const created = await adminApi.req('POST', '/api/staf/akun', { json: { username: 'fasil.tanjung', displayName: 'Fasilitator Tanjung', role: 'facilitator', unitId: 'KUA-TANJUNG' } });
    const f = await Staff.login(server.url, 'fasil.tanjung', created.json.password);
    await f.req('POST', '/api/staf/sandi', { json: { current: created.json.password, password: 'kelas pagi di tanjung' } });
    const r = await f.req('GET', '/api/staf/ringkasan');
    expect(r.json.units.map((u: { unitId: string }) => u.unitId)).toEqual(['KUA-TANJUNG']);
    expect((await f.req('GET', '/api/staf/ringkasan?unit=TABALONG')).status).toBe(404);
    expect((await f.req('GET', '/api/staf/peserta?limit=500')).json.rows.map((p: { nip: string }) => p.nip)).not.toContain(N.dewi);
    const before = dumpDatabase(server.dataDir);
    expect((await f.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor', unit: 'KUA-TANJUNG' }, { name: 'x.csv', content: `NIP;Nama\n${nipFor(70)};Orang Baru\n` }) })).status).toBe(403);
    expect((await f.req('GET', '/api/staf/sertifikat')).status).toBe(403);
    for (const url of ['/staf/roster', '/staf/sertifikat', '/staf/akun']) {
      const page = await f.req('GET', url);
      expect(page.status, url).toBe(403);
      expect(page.text).not.toContain('<table');
      expect(page.text).not.toContain('type="file"');
    }
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  });
});

describe('bad input to the staff side: 4xx, an Indonesian message, the database unchanged', () => {
  let adminApi: Staff;
  let before: Record<string, string>;
  beforeAll(async () => {
    adminApi = await Staff.login(server.url, 'admin', ADMIN_PW);
  });
  const unchanged = () => expect(dumpDatabase(server.dataDir)).toEqual(before);

  it('a broken CSV, a file that is not UTF-8, a missing file, a non-form body', async () => {
    before = dumpDatabase(server.dataDir);
    const broken = await adminApi.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor', unit: 'TABALONG' }, { name: 'x.csv', content: `NIP;Nama\n"${nipFor(40)};Tanpa tutup\n${nipFor(41)};B\n` }) });
    expect(broken.status).toBe(422);
    expect(broken.json.error).toMatch(/CSV rusak di sekitar baris/);
    const latin1 = await adminApi.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor', unit: 'TABALONG' }, { name: 'x.csv', content: new Uint8Array([0x4e, 0x49, 0x50, 0x3b, 0x4e, 0x61, 0x6d, 0x61, 0x0a, 0x31, 0x3b, 0xe9]) }) });
    expect(latin1.status).toBe(422);
    expect(latin1.json.error).toMatch(/CSV UTF-8/);
    const none = await adminApi.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor' }) });
    expect(none.status).toBe(422);
    expect(none.json.error).toBe('Pilih berkas yang akan diunggah.');
    const notForm = await adminApi.req('POST', '/api/staf/roster', { json: { berkas: 'x' } });
    expect(notForm.status).toBe(415);
    expect(notForm.json.error).toMatch(/formulir unggah/);
    const xlsx = await adminApi.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'impor' }, { name: 'x.xlsx', content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }) });
    expect(xlsx.status).toBe(422);
    expect(xlsx.json.error).toMatch(/XLSX tidak dapat dibaca/);
    unchanged();
  });

  it('a huge upload', async () => {
    before = dumpDatabase(server.dataDir);
    const big = 'NIP;Nama\n' + `${nipFor(50)};${'A'.repeat(100)}\n`.repeat(20_000);
    for (const url of ['/api/staf/roster', '/api/staf/unit']) {
      const r = await adminApi.req('POST', url, { form: fileForm({ aksi: 'impor', unit: 'TABALONG' }, { name: 'besar.csv', content: big }) });
      expect(r.status, url).toBe(413);
      expect(r.json.error).toMatch(/Berkas terlalu besar/);
    }
    const page = await adminApi.req('POST', '/staf/roster', { form: fileForm({ csrf: adminApi.csrf, aksi: 'impor', unit: 'TABALONG' }, { name: 'besar.csv', content: big }), csrf: null });
    expect(page.status).toBe(413);
    expect(page.text).toContain('Berkas terlalu besar');
    unchanged();
  });

  it('a forged or missing CSRF token, on the API and on the pages', async () => {
    before = dumpDatabase(server.dataDir);
    const good = fileForm({ aksi: 'impor', unit: 'TABALONG' }, { name: 'x.csv', content: `NIP;Nama\n${nipFor(60)};Orang Baru\n` });
    // The real token with its last character changed (to one it surely is not).
    const altered = adminApi.csrf.slice(0, -1) + (adminApi.csrf.endsWith('x') ? 'y' : 'x');
    for (const csrf of [null, 'forged-token', altered]) {
      const r = await adminApi.req('POST', '/api/staf/roster', { form: good, csrf });
      expect(r.status).toBe(403);
      expect(r.json.error).toMatch(/Formulir ini kedaluwarsa atau tidak berasal dari halaman ini/);
      const a = await adminApi.req('POST', '/api/staf/akun', { json: { username: 'penyusup', displayName: 'Penyusup', role: 'admin' }, csrf });
      expect(a.status).toBe(403);
    }
    const page = await adminApi.req('POST', '/staf/akun', { form: fileForm({ csrf: 'forged', aksi: 'buat', username: 'penyusup', displayName: 'Penyusup', role: 'admin' }), csrf: null });
    expect(page.status).toBe(403);
    expect(page.text).toContain('Formulir ini kedaluwarsa');
    // A request from another site is refused before any token is looked at.
    const cross = await adminApi.req('POST', '/api/staf/akun', { json: { username: 'penyusup', displayName: 'Penyusup', role: 'admin' }, headers: { origin: 'https://jahat.example' } });
    expect(cross.status).toBe(403);
    unchanged();
  });

  it('an expired session, and no session at all', async () => {
    const token = randomBytes(32).toString('base64url');
    const d = sqlite(true);
    try {
      const { id } = d.prepare("SELECT id FROM staff_users WHERE username = 'admin'").get() as { id: string };
      d.prepare('INSERT INTO staff_sessions (id, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
        createHash('sha256').update(token).digest('hex'), id, 'csrf-of-expired', new Date(Date.now() - 2 * 86_400_000).toISOString(), new Date(Date.now() - 86_400_000).toISOString(),
      );
    } finally {
      d.close();
    }
    before = dumpDatabase(server.dataDir);
    const expired = new Staff(server.url);
    expired.cookie = `netral_staf=${token}`;
    expired.csrf = 'csrf-of-expired';
    const anonymous = new Staff(server.url);
    for (const who of [expired, anonymous]) {
      for (const [method, url] of [['GET', '/api/staf/ringkasan'], ['GET', '/api/staf/ekspor?format=csv'], ['GET', '/api/staf/peserta'], ['POST', '/api/staf/akun'], ['GET', '/api/staf/audit']] as const) {
        const r = await who.req(method, url, method === 'POST' ? { json: { username: 'penyusup', displayName: 'Penyusup', role: 'admin' } } : {});
        expect(r.status, url).toBe(401);
        expect(r.json.error).toBe('Sesi staf tidak ada atau sudah berakhir. Silakan masuk lagi.');
      }
      const page = await who.req('POST', '/staf/akun', { form: fileForm({ csrf: 'csrf-of-expired', aksi: 'buat', username: 'penyusup', displayName: 'Penyusup', role: 'admin' }), csrf: null });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toMatch(/^\/staf\/masuk\?lanjut=.*habis=1/);
    }
    unchanged();
  });

  it('the session cookie is HttpOnly, SameSite=Strict and scoped to the site', async () => {
    const res = await fetch(`${server.url}/api/staf/masuk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PW }) });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('netral_staf='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    // Without TRUST_PROXY a forwarded scheme is anyone's claim and changes nothing (the https
    // setup behind nginx is tests/e2e/deploy.test.ts).
    const forged = await fetch(`${server.url}/api/staf/masuk`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PW }) });
    expect(forged.headers.getSetCookie().find((c) => c.startsWith('netral_staf='))).not.toMatch(/Secure/i);
  });
});
