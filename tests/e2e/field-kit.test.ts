/**
 * The field kit end to end (issue 18), with two servers on this machine: the central one (unit,
 * roster, facilitator, HR operator) and a facilitator's "laptop" with its own DATA_DIR and no
 * address of the central server anywhere in its environment. The package is downloaded from the
 * central API and imported on the laptop's page; five phones run the session on the laptop; the
 * signed results bundle (checked with jose) is uploaded on the central session page; the HR
 * dashboard shows the completions; the certificates verify against the central issuer key (COSE
 * decoded with cbor-x, Ed25519 checked by node:crypto) and not against the laptop's session key;
 * the same bundle again changes nothing, a tampered one is refused with the database unchanged.
 */
import { createPublicKey, verify as verifySignature, type JsonWebKey } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Encoder, Tag, decode } from 'cbor-x';
import { flattenedVerify, importJWK, type FlattenedJWS } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, signInStaff, planSession } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { rightResponse } from '../helpers/answers.ts';
import { dumpDatabase, nipFor } from '../helpers/bad-input.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { deriveSeed } from '../../src/quizzes/engine/rng.ts';
import type { QuestionResponse } from '../../src/quizzes/engine/types.ts';
import { presentation } from '../../src/quizzes/engine/present.ts';
import { BUNDLE_TYP, type FieldPackage } from '../../src/server/fieldkit/format.ts';

let central: TestServer;
let laptop: TestServer;
let browser: Browser;
let centralStaff: BrowserContext;
let laptopStaff: BrowserContext;
let laptopConsole: Page;
const phones: { ctx: BrowserContext; page: Page; nip: string; name: string }[] = [];
let sessionId = '';
let code = '';
let pkg: FieldPackage;
let bundlePath = '';
let bundle: FlattenedJWS;

const PW = 'rapat koordinasi kantor';
const LAPTOP_PW = 'laptop aula kua tanjung';
const NAMES = ["Drs. H. Ahmad Rifa'i, M.Pd.I.", 'Siti Aminah, S.Ag.', 'Rahmat Hidayat', 'Dewi Lestari, S.Pd.', 'Budi Santoso'];

function query<T>(dataDir: string, sql: string, ...params: (string | number)[]): T[] {
  const d = new DatabaseSync(path.join(dataDir, 'netral.db'), { readOnly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}
/** The central database without the audit log and the rate-limit counters (a refused upload is audited/counted on purpose). */
function centralData() {
  const { audit_log: _a, rate_limits: _r, ...rest } = dumpDatabase(central.dataDir);
  return rest;
}

const liveSeed = (test: 'pre' | 'post') => deriveSeed(pkg.session.seed, 'live', test);
const right = (test: 'pre' | 'post', qid: string) => rightResponse(gradedBank.find((q) => q.id === qid)!, liveSeed(test));
/** A response that is certainly wrong (for the participant who fails). */
function wrong(test: 'pre' | 'post', qid: string): QuestionResponse {
  const q = gradedBank.find((x) => x.id === qid)!;
  const good = right(test, qid);
  const options = [...presentation(q, liveSeed(test)).toPublic.entries()].filter(([k]) => !k.startsWith('left:')).map(([, v]) => v as string);
  switch (q.type) {
    case 'single': return options.find((id) => id !== good)!;
    case 'multiple': return options.filter((id) => !(good as string[]).includes(id)).slice(0, 1);
    case 'truefalse': return !good;
    case 'judgement': return good === 'boleh' ? 'tidak' : 'boleh';
    case 'matching': {
      const entries = Object.entries(good as Record<string, string>);
      return Object.fromEntries(entries.map(([left], i) => [left, entries[(i + 1) % entries.length]![1]]));
    }
    case 'ordering': return [...(good as string[])].reverse();
  }
}
const putAnswer = (p: Page, body: unknown) =>
  p.evaluate(async ({ c, b }) => (await fetch(`/api/sesi/${c}/jawaban`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) })).status, { c: code, b: body });

/** Clicks a console button on the laptop and waits for the server to accept the action. */
async function control(name: string) {
  const [res] = await Promise.all([
    laptopConsole.waitForResponse((r) => r.url().endsWith(`/api/staf/sesi/${sessionId}`) && r.request().method() === 'POST'),
    laptopConsole.locator('.console').getByRole('button', { name, exact: true }).first().click(),
  ]);
  expect(res.status(), await res.text()).toBe(200);
}

async function logIn(page: Page, username: string, password: string) {
  await page.goto('/staf/masuk');
  await signInStaff(page, username, password);
  await page.waitForURL((u) => !u.pathname.startsWith('/staf/masuk'));
}

/** Decodes a certificate token (digits → COSE_Sign1) into what a verifier checks. */
function coseParts(token: string) {
  let hex = BigInt(token).toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const outer = decode(Buffer.from(hex, 'hex')) as Tag;
  expect(outer.tag).toBe(18);
  const [protectedBytes, , payload, signature] = outer.value as [Uint8Array, unknown, Uint8Array, Uint8Array];
  const cbor = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false });
  return { message: cbor.encode(['Signature1', protectedBytes, new Uint8Array(0), payload]), signature };
}
const verifiesWith = (jwk: JsonWebKey, token: string) => {
  const { message, signature } = coseParts(token);
  return verifySignature(null, message, createPublicKey({ key: jwk, format: 'jwk' }), signature);
};

beforeAll(async () => {
  central = await startServer();
  const d = new DatabaseSync(path.join(central.dataDir, 'netral.db'));
  d.exec('PRAGMA busy_timeout = 5000');
  const now = new Date().toISOString();
  d.prepare('INSERT INTO units (id, name, parent_id, created_at, time_zone) VALUES (?, ?, NULL, ?, ?)').run('KANWIL-KALSEL', 'Kanwil Kementerian Agama Provinsi Kalimantan Selatan', now, 'Asia/Makassar');
  d.prepare('INSERT INTO units (id, name, parent_id, created_at, time_zone) VALUES (?, ?, ?, ?, ?)').run('TABALONG', 'Kantor Kementerian Agama Kabupaten Tabalong', 'KANWIL-KALSEL', now, 'Asia/Makassar');
  const hash = await hashPassword(PW);
  const staff = d.prepare(`INSERT INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, NULL, ?)`);
  staff.run('fas-1', 'fasilitator', 'H. Muhammad Yusuf, S.Ag.', hash, 'facilitator', 'TABALONG', now);
  staff.run('sdm-1', 'sdm', 'Bagian Kepegawaian', hash, 'operator', 'KANWIL-KALSEL', now);
  // The roster: the five who come, and two who do not.
  const roster = d.prepare('INSERT INTO roster_entries (nip, unit_id, name, jabatan, imported_at, imported_by, kind) VALUES (?, ?, ?, ?, ?, NULL, ?)');
  for (let i = 0; i < 7; i++) roster.run(nipFor(200 + i), 'TABALONG', NAMES[i] ?? `Pegawai Lain ${i}`, 'Penyuluh Agama Islam', now, 'pns');
  d.close();
  browser = await launchBrowser();
  centralStaff = await browser.newContext({ baseURL: central.url, viewport: { width: 1280, height: 800 }, locale: 'id-ID', acceptDownloads: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await laptop?.stop();
  await central?.stop();
});

describe('a pembinaan with no internet: the laptop runs it, the central server certifies', () => {
  it('on the central server, the facilitator plans a session and downloads its package through the API', async () => {
    const page = await centralStaff.newPage();
    await logIn(page, 'fasilitator', PW);
    await page.goto('/staf/sesi');
    sessionId = await planSession(page, { title: 'Pembinaan Netralitas ASN di KUA Tanjung', place: 'Aula KUA Kecamatan Tanjung', unit: 'TABALONG' });
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const res = await centralStaff.request.post(`/api/staf/sesi/${sessionId}/paket`, { headers: { 'x-csrf-token': csrf } });
    expect(res.status(), await res.text()).toBe(200);
    expect(res.headers()['content-disposition']).toMatch(/attachment; filename="paket-sesi-[A-Z2-9]{6}\.json"/);
    pkg = (await res.json()) as FieldPackage;
    code = pkg.session.code;
    expect(pkg.session.id).toBe(sessionId);
    expect(pkg.roster.map((r) => r.nip).sort()).toEqual(Array.from({ length: 7 }, (_, i) => nipFor(200 + i)).sort());
    await page.close();
  }, 120_000);

  it('the laptop starts with no route to the central server; its first admin imports the package on /staf/sesi/impor', async () => {
    const centralPort = new URL(central.url).port;
    // Nothing in the laptop's environment names the central server.
    laptop = await startServer();
    expect(Object.values(process.env).filter((v) => v?.includes(`:${centralPort}`))).toEqual([]);
    expect(laptop.dataDir).not.toBe(central.dataDir);
    laptopStaff = await browser.newContext({ baseURL: laptop.url, viewport: { width: 1280, height: 800 }, locale: 'id-ID', acceptDownloads: true });
    const page = await laptopStaff.newPage();
    await logIn(page, 'admin', laptop.adminPassword!);
    await page.waitForURL('**/staf/sandi');
    await page.getByLabel('Kata sandi saat ini').fill(laptop.adminPassword!);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(LAPTOP_PW);
    await page.getByLabel('Ulangi kata sandi baru').fill(LAPTOP_PW);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.waitForURL(/\/staf\?sandi=1$/);

    await page.goto('/staf/sesi');
    await page.getByRole('link', { name: 'Impor paket sesi (mode lapangan)' }).click();
    await page.waitForURL('**/staf/sesi/impor');
    await expectNoAxeViolations(page);
    // A wrong file first: a clear message, nothing imported.
    const wrongFile = path.join(laptop.dataDir, 'daftar.json');
    writeFileSync(wrongFile, JSON.stringify({ nip: '1' }));
    await page.getByLabel('Berkas paket sesi (.json)').setInputFiles(wrongFile);
    await page.getByRole('button', { name: 'Impor paket sesi' }).click();
    await page.locator('#hasil-impor', { hasText: 'bukan paket sesi Netral' }).waitFor();
    expect(query(laptop.dataDir, 'SELECT id FROM live_sessions')).toEqual([]);

    const file = path.join(laptop.dataDir, `paket-sesi-${code}.json`);
    writeFileSync(file, JSON.stringify(pkg));
    await page.getByLabel('Berkas paket sesi (.json)').setInputFiles(file);
    await page.getByRole('button', { name: 'Impor paket sesi' }).click();
    await page.locator('#hasil-impor', { hasText: `dengan kode ${code.slice(0, 3)} ${code.slice(3)} (7 orang dalam daftar peserta` }).waitFor();
    await expectNoAxeViolations(page);
    const row = query<{ id: string; code: string; field_kid: string }>(laptop.dataDir, 'SELECT id, code, field_kid FROM live_sessions')[0];
    expect(row).toEqual({ id: sessionId, code, field_kid: pkg.key.kid });
    // The API: the same package again (raw JSON, then multipart) changes nothing but the roster;
    // an expired one, a results bundle and an oversize body are refused with the data as it was.
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const api = (data: string | Buffer, type = 'application/json') => laptopStaff.request.post('/api/staf/sesi/impor', { headers: { 'x-csrf-token': csrf, 'content-type': type }, data });
    const laptopData = () => { const { audit_log: _, ...rest } = dumpDatabase(laptop.dataDir); return rest; };
    const before = laptopData();
    const again = await api(JSON.stringify(pkg));
    expect([again.status(), await again.json()]).toEqual([200, expect.objectContaining({ sessionId, code, again: true, roster: 7 })]);
    const multi = await laptopStaff.request.post('/api/staf/sesi/impor', { headers: { 'x-csrf-token': csrf }, multipart: { file: { name: 'paket.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pkg)) } } });
    expect(multi.status()).toBe(200);
    const after = laptopData();
    // Only the roster's import stamps moved.
    expect({ ...after, roster_entries: '' }).toEqual({ ...before, roster_entries: '' });
    expect(JSON.parse(after.roster_entries).map((r: { nip: string; name: string }) => [r.nip, r.name])).toEqual(JSON.parse(before.roster_entries).map((r: { nip: string; name: string }) => [r.nip, r.name]));
    const expired = await api(JSON.stringify({ ...pkg, expiresAt: '2026-01-01T00:00:00.000Z' }));
    expect([expired.status(), (await expired.json()).error]).toEqual([422, expect.stringMatching(/sudah kedaluwarsa \(berlaku sampai .* WITA\)/)]);
    const bundleLike = await api(JSON.stringify({ protected: 'e30', payload: 'e30', signature: 'AA' }));
    expect([bundleLike.status(), (await bundleLike.json()).error]).toEqual([422, expect.stringMatching(/hasil sesi, bukan paket sesi/)]);
    const huge = await api(Buffer.alloc(13 * 1024 * 1024, 0x20));
    expect([huge.status(), (await huge.json()).error]).toEqual([413, expect.stringMatching(/Berkas terlalu besar/)]);
    const noCsrf = await laptopStaff.request.post('/api/staf/sesi/impor', { headers: { 'content-type': 'application/json' }, data: JSON.stringify(pkg) });
    expect(noCsrf.status()).toBe(403);
    expect({ ...laptopData(), roster_entries: '' }).toEqual({ ...before, roster_entries: '' });

    await page.getByRole('link', { name: 'Buka konsol sesi' }).click();
    await page.waitForURL(`**/staf/sesi/${sessionId}`);
    laptopConsole = page;
    laptopConsole.on('dialog', (dlg) => dlg.accept());
    await laptopConsole.getByText('Sertifikat diterbitkan oleh server pusat setelah hasil sesi diunggah.').waitFor();
    // The central package/upload section is not on the laptop's field session.
    expect(await laptopConsole.locator('#unggah-hasil').count()).toBe(0);
    // The projector shows the laptop's address on the hotspot, never the 127.0.0.1 it was opened on.
    const screen = await laptopStaff.newPage();
    await screen.goto(`/staf/sesi/${sessionId}/layar`);
    const joinAt = await screen.locator('.join-url').textContent();
    expect(joinAt).toMatch(new RegExp(`^http://[0-9.]+:${new URL(laptop.url).port}/sesi/${code}$`));
    expect(joinAt).not.toContain('127.0.0.1');
    await screen.close();
  }, 120_000);

  it('the field guide prints on one A4 page and has no accessibility violations', async () => {
    const page = await laptopStaff.newPage();
    await page.goto('/staf/panduan-lapangan');
    await page.getByRole('heading', { name: 'Panduan mode lapangan (tanpa internet)' }).waitFor();
    await expectNoAxeViolations(page);
    const pdf = path.join(laptop.dataDir, 'panduan.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const part of ['Sebelum berangkat', 'hotspot', 'Unduh hasil sesi', 'hapus folder data']) expect(text).toContain(part);
    expect(text).not.toContain('Keluar');
    await page.close();
  });

  it('five phones join by code on the laptop and see who issues the certificate', async () => {
    for (const [i, name] of NAMES.entries()) {
      const ctx = await phoneContext(browser, laptop.url);
      const page = await ctx.newPage();
      phones.push({ ctx, page, nip: nipFor(200 + i), name });
      await page.goto(`/sesi/${code}`);
      await page.getByText('Sertifikat diterbitkan oleh server pusat setelah hasil sesi diunggah.').waitFor();
      await page.getByLabel('NIP / NI PPPK').fill(nipFor(200 + i));
      await page.getByLabel('Nama lengkap dengan gelar').fill(name);
      await page.getByLabel('Jabatan').fill('Penyuluh Agama Islam');
      await page.getByRole('button', { name: 'Hadir dan bergabung' }).click();
      await page.getByText('Anda sudah tercatat hadir.').waitFor();
      if (i === 0) await expectNoAxeViolations(page);
    }
    // A NIP outside the package's roster is refused on the laptop too.
    const stranger = await phoneContext(browser, laptop.url);
    const sp = await stranger.newPage();
    await sp.goto(`/sesi/${code}`);
    await sp.getByLabel('NIP / NI PPPK').fill(nipFor(900));
    await sp.getByLabel('Nama lengkap dengan gelar').fill('Bukan Pegawai Unit');
    await sp.getByLabel('Jabatan').fill('Staf');
    await sp.getByRole('button', { name: 'Hadir dan bergabung' }).click();
    await sp.getByText(/Kantor Kementerian Agama Kabupaten Tabalong/).first().waitFor();
    await stranger.close();
    await laptopConsole.getByRole('heading', { name: 'Daftar hadir (5 peserta)' }).waitFor();
  });

  it('pre-test and post-test run on the laptop: four pass, one fails; no attempt or certificate is made there', async () => {
    await control('Mulai Pre-test: buka soal pertama');
    // The field panel sits below the console: the controls stay in a laptop's first screen.
    await laptopConsole.locator('.now .controls .buttons').waitFor();
    const controls = await laptopConsole.evaluate(() => document.querySelector('.now .controls .buttons')!.getBoundingClientRect().bottom + scrollY);
    expect(controls).toBeLessThanOrEqual(800);
    await control('Buka semua soal');
    for (const [i, ph] of phones.entries()) {
      await ph.page.getByText(`Soal ${pkg.session.preItems.length} dari ${pkg.session.preItems.length}`).waitFor();
      for (const id of pkg.session.preItems.slice(0, i + 2)) expect(await putAnswer(ph.page, { test: 'pre', questionId: id, response: right('pre', id) })).toBe(200);
    }
    await control('Selesaikan dan nilai Pre-test');
    await phones[0].page.getByText(/Nilai Pre-test Anda: \d/).waitFor();
    await control('Ke Post-test');
    await control('Buka semua soal');
    for (const [i, ph] of phones.entries()) {
      await ph.page.getByText(`Soal ${pkg.session.postItems.length} dari ${pkg.session.postItems.length}`).waitFor();
      for (const id of pkg.session.postItems) expect(await putAnswer(ph.page, { test: 'post', questionId: id, response: i === 4 ? wrong('post', id) : right('post', id) })).toBe(200);
    }
    await control('Selesaikan dan nilai Post-test');
    await phones[0].page.getByText(/Nilai Post-test Anda: 100/).waitFor();
    const results = query<{ test: string; n: number; attempts: number }>(laptop.dataDir, 'SELECT test, count(*) AS n, count(attempt_id) AS attempts FROM live_results GROUP BY test ORDER BY test');
    expect(results).toEqual([{ test: 'post', n: 5, attempts: 0 }, { test: 'pre', n: 5, attempts: 0 }]);
    expect(query(laptop.dataDir, 'SELECT id FROM attempts')).toEqual([]);
    expect(query(laptop.dataDir, 'SELECT id FROM certificates')).toEqual([]);
  });

  it('the declaration is signed on the phones; the facilitator closes the session and downloads the signed results', async () => {
    await control('Buka deklarasi di ponsel peserta');
    for (const ph of phones) {
      await ph.page.getByRole('heading', { name: 'Deklarasi Netralitas Aparatur Sipil Negara' }).waitFor();
      await ph.page.getByLabel('Ketik nama lengkap Anda').fill(ph.name);
      await ph.page.getByLabel(/Saya telah membaca deklarasi ini/).check();
      await ph.page.getByRole('button', { name: 'Tanda tangani deklarasi' }).click();
      await ph.page.getByText(/Tanda tangan Anda tercatat pukul/).first().waitFor();
    }
    // Before closing, the download says why it cannot be made yet, on the console.
    await laptopConsole.getByRole('link', { name: 'Unduh hasil sesi' }).click();
    await laptopConsole.locator('#unduh-gagal', { hasText: 'Sesi belum ditutup' }).waitFor();
    await expectNoAxeViolations(laptopConsole);
    await control('Tutup sesi');
    // The attendance list comes off the laptop as usual (offline).
    await laptopConsole.getByRole('tab', { name: 'Dokumen penutup' }).click();
    const [csv] = await Promise.all([laptopConsole.waitForEvent('download'), laptopConsole.getByRole('link', { name: 'Daftar hadir (CSV)' }).click()]);
    const csvPath = path.join(laptop.dataDir, 'hadir.csv');
    await csv.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(6);
    for (const n of NAMES) expect(lines.join('\n')).toContain(n);
    // Whether a post-test counts as the final exam is the central server's call, and the sheet says so.
    expect(lines.slice(1).every((l) => l.includes(';Diputuskan server pusat;'))).toBe(true);
    await laptopConsole.goto(`/staf/sesi/${sessionId}`);
    const [dl] = await Promise.all([laptopConsole.waitForEvent('download'), laptopConsole.getByRole('link', { name: 'Unduh hasil sesi' }).click()]);
    expect(dl.suggestedFilename()).toBe(`hasil-sesi-${code}.json`);
    bundlePath = path.join(laptop.dataDir, dl.suggestedFilename());
    await dl.saveAs(bundlePath);
    bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as FlattenedJWS;
  });

  it('jose verifies the bundle with the session key\'s public half; it holds attendance, answers and declarations', async () => {
    const pub = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x, alg: 'EdDSA' }, 'EdDSA');
    const { payload, protectedHeader } = await flattenedVerify(bundle, pub, { algorithms: ['EdDSA'] });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: BUNDLE_TYP, kid: pkg.key.kid });
    const p = JSON.parse(new TextDecoder().decode(payload));
    expect(p.sessionId).toBe(sessionId);
    expect(p.participants.map((x: { nip: string }) => x.nip).sort()).toEqual(phones.map((x) => x.nip).sort());
    expect(p.signatures).toHaveLength(5);
    expect(p.answers.filter((a: { test: string }) => a.test === 'post')).toHaveLength(5 * pkg.session.postItems.length);
    expect(p.tests.post.finished).toBe(true);
    expect(p.closedAt).not.toBeNull();
  });

  it('the results uploaded on the central session page make four certificates; the HR dashboard counts them', async () => {
    const page = await centralStaff.newPage();
    await page.goto(`/staf/sesi/${sessionId}`);
    await page.getByLabel('File hasil sesi').setInputFiles(bundlePath);
    await page.getByRole('button', { name: 'Unggah dan gabungkan' }).click();
    await page.locator('#hasil-unggah', { hasText: 'Hasil sesi berhasil digabungkan.' }).waitFor();
    await expectNoAxeViolations(page);
    const finals = query<{ passed: number; n: number }>(central.dataDir, "SELECT passed, count(*) AS n FROM attempts WHERE kind = 'final' GROUP BY passed ORDER BY passed");
    expect(finals).toEqual([{ passed: 0, n: 1 }, { passed: 1, n: 4 }]);
    expect(query(central.dataDir, 'SELECT id FROM certificates')).toHaveLength(4);
    await page.close();

    const hr = await browser.newContext({ baseURL: central.url, viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const op = await hr.newPage();
    await logIn(op, 'sdm', PW);
    await op.goto('/staf');
    await op.locator('#ringkasan').waitFor();
    expect((await op.locator('#ringkasan').textContent())!.replace(/\s+/g, ' ')).toContain('Dari 7 pegawai dalam daftar: 4 selesai');
    await hr.close();
  });

  it('the certificates verify against the central issuer key, never against the laptop\'s session key', async () => {
    const issuer = await (await fetch(`${central.url}/.well-known/netral-issuer.json`)).json() as { keys: { jwk: JsonWebKey }[] };
    const certs = query<{ number: string; token: string }>(central.dataDir, 'SELECT number, token FROM certificates');
    const laptopKey: JsonWebKey = { kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x };
    for (const c of certs) {
      expect(issuer.keys.some((k) => verifiesWith(k.jwk, c.token))).toBe(true);
      expect(verifiesWith(laptopKey, c.token)).toBe(false);
      const status = await (await fetch(`${central.url}/api/sertifikat/${c.number}`)).json() as { status: string };
      expect(status.status).toBe('valid');
    }
  });

  it('the same bundle again changes nothing', async () => {
    const before = centralData();
    const page = await centralStaff.newPage();
    await page.goto(`/staf/sesi/${sessionId}`);
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const res = await centralStaff.request.post(`/api/staf/sesi/${sessionId}/hasil`, { headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' }, data: readFileSync(bundlePath, 'utf8') });
    expect(res.status(), await res.text()).toBe(200);
    expect(await res.json()).toMatchObject({ merged: false, already: true });
    expect(centralData()).toEqual(before);
    // Automatic sync from the laptop's command once it is online: the central server says it has it already.
    const synced = spawnSync(process.execPath, ['scripts/field.mjs', 'sync', code, '--to', central.url, '--user', 'fasilitator'], {
      env: { ...process.env, DATA_DIR: laptop.dataDir, DATABASE_URL: '', NETRAL_PASSWORD: PW }, encoding: 'utf8', timeout: 60_000,
    });
    expect([synced.status, synced.stderr]).toEqual([0, '']);
    expect(synced.stdout).toContain(`Hasil sesi ${code} sudah tergabung di server pusat sebelumnya`);
    expect(centralData()).toEqual(before);

    // A tampered bundle (a wrong answer made right, the signature kept) is refused, nothing changes.
    const payload = JSON.parse(Buffer.from(bundle.payload, 'base64url').toString('utf8'));
    const failing = payload.participants.find((x: { nip: string }) => x.nip === phones[4].nip).id;
    for (const a of payload.answers) if (a.participantId === failing && a.test === 'post') a.response = right('post', a.questionId);
    const tampered = { ...bundle, payload: Buffer.from(JSON.stringify(payload)).toString('base64url') };
    const bad = await centralStaff.request.post(`/api/staf/sesi/${sessionId}/hasil`, { headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' }, data: JSON.stringify(tampered) });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toMatch(/Tanda tangan file hasil sesi tidak sah/);
    expect(centralData()).toEqual(before);
    await page.close();
  });

  it('a second session goes the command-line way: import with scripts/field.mjs, then sync merges it once online', async () => {
    const page = await centralStaff.newPage();
    await page.goto('/staf/sesi');
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const made = await centralStaff.request.post('/api/staf/sesi', { headers: { 'x-csrf-token': csrf }, data: { title: 'Pembinaan Susulan', day: new Date().toISOString().slice(0, 10), place: 'Aula KUA', unitId: 'TABALONG', withPre: false, withPost: true } });
    expect(made.status()).toBe(201);
    const { id } = await made.json() as { id: string };
    const second = await (await centralStaff.request.post(`/api/staf/sesi/${id}/paket`, { headers: { 'x-csrf-token': csrf } })).json() as FieldPackage;
    await page.close();
    const file = path.join(laptop.dataDir, 'paket-kedua.json');
    writeFileSync(file, JSON.stringify(second));
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/field.mjs', ...args], { env: { ...process.env, DATA_DIR: laptop.dataDir, DATABASE_URL: '', NETRAL_PASSWORD: PW }, encoding: 'utf8', timeout: 60_000 });
    const imported = run('import', file);
    expect([imported.status, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toContain(`Kode sesi: ${second.session.code}`);

    const p = phones[1].page;
    await p.goto(`/sesi/${second.session.code}`);
    await p.getByLabel('NIP / NI PPPK').fill(phones[1].nip);
    await p.getByLabel('Nama lengkap dengan gelar').fill(phones[1].name);
    await p.getByLabel('Jabatan').fill('Penyuluh Agama Islam');
    await p.getByRole('button', { name: 'Hadir dan bergabung' }).click();
    await p.getByText('Anda sudah tercatat hadir.').waitFor();
    const laptopCsrf = await laptopConsole.locator('input[name="csrf"]').first().inputValue();
    const closed = await laptopStaff.request.post(`/api/staf/sesi/${id}`, { headers: { 'x-csrf-token': laptopCsrf }, data: { action: 'close' } });
    expect(closed.status()).toBe(200);

    const synced = run('sync', second.session.code, '--to', central.url, '--user', 'fasilitator');
    expect([synced.status, synced.stderr]).toEqual([0, '']);
    expect(synced.stdout).toContain(`Hasil sesi ${second.session.code} tergabung di server pusat: 1 peserta`);
    expect(query(central.dataDir, 'SELECT nip FROM live_participants WHERE session_id = ?', id)).toEqual([{ nip: phones[1].nip }]);
    expect(query(central.dataDir, 'SELECT session_id FROM field_imports WHERE session_id = ?', id)).toHaveLength(1);
  }, 120_000);
});
