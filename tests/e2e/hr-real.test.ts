/**
 * HR on real data (issue 15), against the built server: a roster as Indonesian Excel saves it
 * (rejected with one precise message per bad row, then imported by unit names, with kinds), a
 * Kankemenag session taking its KUA staff and refusing an outsider, the dashboard rolling up the
 * unit tree, the page per person (extra attempt, retake after a revocation), the unknown-unit
 * queue, exports that re-import as a roster, and bad input that changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { Client, identify, nipFor, passFinal, startExam } from '../helpers/bad-input.ts';

let server: TestServer;
let browser: Browser;
const UNITS_CSV = [
  'kode;nama;kode_induk',
  'KANWIL-JATIM;Kanwil Kemenag Prov. Jawa Timur;',
  '3522;Kankemenag Kab. Bojonegoro;KANWIL-JATIM',
  '3522-KAPAS;KUA Kec. Kapas;3522',
  '3522-MAN1;MAN 1 Bojonegoro;3522',
  '3523;Kankemenag Kab. Tuban;KANWIL-JATIM',
].join('\n');
const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/roster/${name}`, import.meta.url));
const KUA_STAFF = { nip: '199003152019032004', name: "Siti Nur'aini, S.H." };
const KUA_STAFF2 = { nip: '198705142010011002', name: 'Budi Santoso' };
const OUTSIDER = nipFor(700);
const WANDERER = { nip: nipFor(701), name: 'Hasan Basri' };

const db = () => new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
const one = <T,>(sqlText: string, ...args: (string | number)[]): T => {
  const d = db();
  try {
    return d.prepare(sqlText).get(...args) as T;
  } finally {
    d.close();
  }
};
const count = (sqlText: string, ...args: (string | number)[]) => one<{ n: number }>(sqlText, ...args).n;

/** A staff member over HTTP (session cookie, CSRF token, this site as Origin). */
class Staff {
  cookie = '';
  csrf = '';
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }
  static async login(base: string, username: string, password: string) {
    const s = new Staff(base);
    const r = await s.req('POST', '/api/staf/masuk', { json: { username, password } });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    s.csrf = r.json.csrfToken;
    return s;
  }
  async req(method: string, url: string, opts: { json?: unknown; form?: FormData } = {}) {
    const headers: Record<string, string> = { origin: this.base };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
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
    return { status: res.status, bytes, text, json };
  }
  /** POSTs a staff page's form (the CSRF token goes in the form, as the page's own form does). */
  page(url: string, fields: Record<string, string>) {
    const f = new FormData();
    f.set('csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return this.req('POST', url, { form: f });
  }
}
const fileForm = (fields: Record<string, string>, name: string, content: Uint8Array | string) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  f.set('berkas', new Blob([content as BlobPart]), name);
  return f;
};
/** A learner with an account and every module finished (the final exam's gate); the same client on later calls. */
const learners = new Map<string, Client>();
async function learner(nip: string, name: string, unit = 'KUA Kec. Kapas'): Promise<Client> {
  if (!learners.has(nip)) learners.set(nip, await identify(server.url, nip, name, { unit, jabatan: 'Penghulu' }));
  return learners.get(nip)!;
}
async function failFinal(c: Client) {
  const a = await startExam(c, 'final');
  const r = await c.request('POST', `/api/ujian/${a.id}/kirim`, { body: { responses: {} } });
  expect(r.json.score.passed).toBe(false);
}
const tableRows = (page: Page, selector: string) =>
  page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

let admin: Staff;
let op: Staff;
let opContext: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await Staff.login(server.url, 'admin', server.adminPassword!);
  expect((await admin.req('POST', '/api/staf/sandi', { json: { current: server.adminPassword, password: 'jati bojonegoro tua' } })).status).toBe(200);
  admin = await Staff.login(server.url, 'admin', 'jati bojonegoro tua');
  expect((await admin.req('POST', '/api/staf/unit', { form: fileForm({ aksi: 'impor' }, 'unit.csv', UNITS_CSV) })).json).toMatchObject({ imported: true, count: 5 });
  const created = await admin.req('POST', '/api/staf/akun', { json: { username: 'op.bojonegoro', displayName: 'Operator Bojonegoro', role: 'operator', unitId: '3522' } });
  const first = await Staff.login(server.url, 'op.bojonegoro', created.json.password);
  expect((await first.req('POST', '/api/staf/sandi', { json: { current: created.json.password, password: 'sungai bengawan solo' } })).status).toBe(200);
  op = await Staff.login(server.url, 'op.bojonegoro', 'sungai bengawan solo');
  opContext = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const [name, value] = op.cookie.split('=');
  await opContext.addCookies([{ name, value, url: server.url }]);
  page = await opContext.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a roster as personnel systems export it', () => {
  it('the messy Excel file: one precise message per bad row, unknown names listed once, nothing imported', async () => {
    await page.goto('/staf/roster');
    await page.getByLabel('Berkas CSV atau XLSX').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: fixture('kemenag-messy.csv') });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Tidak ada yang diimpor: 8 baris bermasalah.').waitFor();
    const rows = await tableRows(page, '#baris-bermasalah');
    expect(rows.map((r) => r[0])).toEqual(['4', '5', '6', '7', '8', '9', '10', '13']);
    expect(rows.map((r) => r[2])).toEqual([
      expect.stringContaining('E+17'),
      'Digit 1–8 (tanggal lahir, 19870931) bukan tanggal yang sah: September 1987 tidak memiliki tanggal 31.',
      'NIP harus 18 digit; yang Anda ketik 17 digit.',
      'Digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis 3.',
      expect.stringContaining('lebih awal dari usia 18 tahun'),
      expect.stringContaining('masih di masa depan'),
      'Ganda: sudah ada di baris 3.',
      'Unit “KUA Kec. Kapaas Baru” tidak dikenal. Mungkin maksud Anda “KUA Kec. Kapas” (kode 3522-KAPAS)?',
    ]);
    expect(await tableRows(page, '#unit-tak-dikenal')).toEqual([['KUA Kec. Kapaas Baru', '13', 'KUA Kec. Kapas (3522-KAPAS)']]);
    expect(count('SELECT count(*) AS n FROM roster_entries')).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('the fixed file imports with the right units and kinds', async () => {
    await page.getByLabel('Berkas CSV atau XLSX').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: fixture('kemenag-fixed.csv') });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('12 pegawai diimpor atau diperbarui.').waitFor();
    expect(count("SELECT count(*) AS n FROM roster_entries WHERE unit_id = '3522-KAPAS'")).toBe(6);
    expect(one<{ unit_id: string; kind: string }>('SELECT unit_id, kind FROM roster_entries WHERE nip = ?', '199511232022212008')).toEqual({ unit_id: '3522-KAPAS', kind: 'pppk' });
    expect(one<{ unit_id: string; kind: string }>('SELECT unit_id, kind FROM roster_entries WHERE nip = ?', '200001012020011001')).toEqual({ unit_id: '3522', kind: 'pns' });
  });
});

describe('the hierarchy', () => {
  it('a Kankemenag session accepts a KUA employee of its roster and refuses an outsider', async () => {
    const s = await op.req('POST', '/api/staf/sesi', { json: { title: 'Pembinaan Netralitas', day: '2026-12-07', place: 'Aula', unitId: '3522', withPre: false, withPost: false } });
    expect(s.status).toBe(201);
    const join = (nip: string, name: string) => new Client(server.url).request('POST', `/api/sesi/${s.json.code}/gabung`, { body: { nip, name, jabatan: 'Penghulu' } });
    expect((await join(KUA_STAFF.nip, KUA_STAFF.name)).status).toBe(200);
    const refused = await join(OUTSIDER, 'Orang Luar');
    expect(refused.status).toBe(422);
    expect(refused.json.error).toContain('Kankemenag Kab. Bojonegoro');
    expect(count('SELECT count(*) AS n FROM live_participants')).toBe(1);
  });

  it('the dashboard rolls the KUA and madrasah up into the Kankemenag; "this unit only" shows its own roster', async () => {
    await passFinal(await learner(KUA_STAFF.nip, KUA_STAFF.name), server.dataDir);
    await page.goto('/staf');
    const cells = async (unit: string) => (await page.locator(`#tabel-unit tr[data-unit="${unit}"] td`).allTextContents()).map((x) => x.trim());
    expect(await cells('3522')).toEqual(['12', '1', '0', '11', '8,3%', '0']);
    expect(await cells('3522-KAPAS')).toEqual(['6', '1', '0', '5', '16,7%', '0']);
    await expectNoAxeViolations(page);
    await page.getByLabel('Hanya unit ini sendiri').check();
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/sendiri=1/);
    expect(await cells('3522')).toEqual(['3', '0', '0', '3', '0%', '0']);
  });

  it('the unit page is a tree', async () => {
    await page.goto('/staf/unit');
    const rows = await page.locator('#tabel-unit tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-unit'), tr.getAttribute('data-depth')]));
    expect(rows).toEqual([['3522', '0'], ['3522-KAPAS', '1'], ['3522-MAN1', '1']]);
    await expectNoAxeViolations(page);
  });
});

describe('a page per person', () => {
  it('HR grants an extra attempt after 3 of 3 and the learner can start', async () => {
    const budi = await learner(KUA_STAFF2.nip, KUA_STAFF2.name);
    for (let i = 0; i < 3; i++) await failFinal(budi);
    expect((await budi.request('POST', '/api/ujian', { body: { kind: 'final' } })).status).toBe(409);
    await page.goto(`/staf/peserta?q=${KUA_STAFF2.nip}`);
    await page.getByRole('link', { name: KUA_STAFF2.name, exact: true }).click();
    await page.waitForURL(/\/staf\/peserta\/[0-9a-f-]{36}$/);
    await expect(page.locator('#kesempatan').textContent()).resolves.toContain('3 dari 3');
    expect(await page.locator('#tabel-percobaan tbody tr').count()).toBe(3);
    await expectNoAxeViolations(page);
    await page.locator('#form-kesempatan').getByLabel('Alasan').fill('Listrik padam saat ujian');
    await page.locator('#form-kesempatan').getByRole('button', { name: 'Tambah kesempatan' }).click();
    await page.locator('#hasil-aksi').waitFor();
    await expect(page.locator('#kesempatan').textContent()).resolves.toContain('3 dari 4');
    expect((await budi.request('POST', '/api/ujian', { body: { kind: 'final' } })).status).toBe(200);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'learner.extra-attempts'")).toBe(1);
  });

  it('a revoked learner retakes after "allow retake"', async () => {
    const siti = await learner(KUA_STAFF.nip, KUA_STAFF.name);
    const number = one<{ number: string }>('SELECT c.number FROM certificates c JOIN learners l ON l.id = c.learner_id WHERE l.nip = ?', KUA_STAFF.nip).number;
    expect((await op.req('POST', `/api/staf/sertifikat/${number}`, { json: { aksi: 'cabut', alasan: 'Dikerjakan orang lain' } })).status).toBe(200);
    const blocked = await siti.request('POST', '/api/ujian', { body: { kind: 'final' } });
    expect(blocked.status).toBe(409);
    expect(blocked.json.error).toContain('sudah lulus');
    const id = one<{ id: string }>('SELECT id FROM learners WHERE nip = ?', KUA_STAFF.nip).id;
    await page.goto(`/staf/peserta/${id}`);
    await expect(page.locator('#sertifikat').textContent()).resolves.toContain('dicabut');
    await page.locator('#form-ulang').getByLabel('Alasan').fill('Sudah mengikuti pembinaan ulang');
    await page.locator('#form-ulang').getByRole('button', { name: 'Izinkan ujian ulang' }).click();
    await page.locator('#hasil-aksi').waitFor();
    expect((await siti.request('POST', '/api/ujian', { body: { kind: 'final' } })).status).toBe(200);
  });

  it('the unknown-unit queue assigns a learner, who then appears in the unit’s numbers and exports', async () => {
    await passFinal(await learner(WANDERER.nip, WANDERER.name, 'KUA Kapas Lama'), server.dataDir);
    const before = await op.req('GET', '/api/staf/ekspor?format=csv&sep=comma');
    expect(before.text).not.toContain(WANDERER.name);
    await page.goto('/staf/peserta/tanpa-unit');
    const row = page.locator(`#antrean tr[data-nip="${WANDERER.nip}"]`);
    await expect(row.textContent()).resolves.toContain('KUA Kapas Lama');
    await expectNoAxeViolations(page);
    await row.getByLabel('Unit tujuan').selectOption('3522-KAPAS');
    await row.getByLabel('Alasan').fill('Salah ketik nama unit');
    await row.getByRole('button', { name: 'Tetapkan' }).click();
    await page.locator('#hasil-aksi').waitFor();
    await page.goto('/staf');
    expect((await page.locator('#tabel-unit tr[data-unit="3522-KAPAS"] td').allTextContents()).slice(0, 2)).toEqual(['7', '1']);
    const after = await op.req('GET', '/api/staf/ekspor?format=csv&sep=comma');
    expect(after.text).toContain(WANDERER.name);
    const zip = await op.req('GET', '/api/staf/ekspor?format=zip&unit=3522-KAPAS');
    expect(zip.status).toBe(200);
    expect(new TextDecoder('latin1').decode(zip.bytes)).toContain(WANDERER.nip);
  });
});

describe('exports go back in', () => {
  it('the app’s own CSV (both separators) and XLSX re-import as a roster with no error', async () => {
    for (const q of ['format=csv&sep=semicolon', 'format=csv&sep=comma', 'format=xlsx']) {
      const file = await op.req('GET', `/api/staf/ekspor?${q}`);
      expect(file.status).toBe(200);
      const r = await op.req('POST', '/api/staf/roster', { form: fileForm({ aksi: 'periksa' }, q.includes('xlsx') ? 'e.xlsx' : 'e.csv', file.bytes) });
      expect({ q, status: r.status, errors: r.json.errors }).toEqual({ q, status: 200, errors: [] });
      expect(r.json.count).toBe(13);
    }
  });
});

describe('bad input changes nothing', () => {
  it('an alias to no unit, a circular move, an extra attempt beyond the cap, a short reason: 4xx in Indonesian', async () => {
    const dump = () => JSON.stringify([
      one('SELECT count(*) AS n FROM unit_aliases'), one("SELECT parent_id FROM units WHERE id = '3522'"),
      one('SELECT extra_attempts, unit_id FROM learners WHERE nip = ?', KUA_STAFF2.nip), one('SELECT count(*) AS n FROM audit_log'),
    ]);
    const before = dump();
    const id = one<{ id: string }>('SELECT id FROM learners WHERE nip = ?', KUA_STAFF2.nip).id;
    const alias = await admin.page('/staf/alias', { alias: 'Kemenag Bojonegoro', unit: 'TIDAK-ADA' });
    expect(alias.status).toBe(422);
    expect(alias.text).toContain('Unit tujuan alias tidak ada');
    const circle = await admin.page('/staf/unit', { aksi: 'pindah', unit: '3522', induk: '3522-KAPAS' });
    expect(circle.status).toBe(422);
    expect(circle.text).toContain('Susunan induk membentuk lingkaran.');
    const many = await op.page(`/staf/peserta/${id}`, { aksi: 'tambah-kesempatan', jumlah: '50', alasan: 'Listrik padam lagi' });
    expect(many.status).toBe(422);
    expect(many.text).toContain('Jumlah kesempatan tambahan harus bilangan bulat 1 sampai 3.');
    const short = await op.page(`/staf/peserta/${id}`, { aksi: 'pindah', unit: '3522-MAN1', alasan: 'ok' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('Alasan wajib diisi, 5–500 karakter.');
    expect(dump()).toBe(before);
  });

  it('the alias page works for the admin', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'id-ID' });
    const [name, value] = admin.cookie.split('=');
    await ctx.addCookies([{ name, value, url: server.url }]);
    const p = await ctx.newPage();
    await p.goto('/staf/alias');
    await p.getByLabel('Nama lain unit').fill('Kemenag Bojonegoro');
    await p.getByLabel('Unit yang dimaksud').selectOption('3522');
    await p.getByRole('button', { name: 'Tambah alias' }).click();
    await p.locator('#hasil-aksi').waitFor();
    expect(await tableRows(p, '#tabel-alias')).toEqual([['Kemenag Bojonegoro', 'Kankemenag Kab. Bojonegoro (3522)', 'Hapus']]);
    await expectNoAxeViolations(p);
    await ctx.close();
  });
});
