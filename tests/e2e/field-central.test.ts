/**
 * Field kit, the central server's half, in real Chromium against one server: the facilitator
 * downloads the "paket sesi" from the session page, a results bundle is built from it and signed
 * with its key (as the laptop would), uploaded through the page's form, merged (certificates
 * issued by the central issuer and verified on /verifikasi), and uploaded again (nothing changes).
 * Every bad file answers 4xx with an Indonesian message and leaves the database as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInStaff, planSession } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { rightResponse } from '../helpers/answers.ts';
import { dumpDatabase } from '../helpers/bad-input.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { deriveSeed } from '../../src/quizzes/engine/rng.ts';
import { presentQuestion } from '../../src/quizzes/engine/present.ts';
import type { PublicQuestion, QuestionResponse } from '../../src/quizzes/engine/types.ts';
import { BUNDLE_FORMAT, MAX_BUNDLE_BYTES, newSessionKey, packageSchema, signBundle, type BundlePayload, type FieldPackage } from '../../src/server/fieldkit/format.ts';
import { course } from '../../src/content/course.ts';

let server: TestServer;
let browser: Browser;
let staff: BrowserContext;
let page: Page;
let sessionId = '';
let csrf = '';
let pkg: FieldPackage;
let good: { payload: BundlePayload; file: string };

const PW = 'rapat koordinasi kantor';
const nipOf = (i: number) => `198001${10 + i}200501${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`;
const NAMES = ['La Ode Ahmad, S.Ag.', 'Wa Ode Siti Aminah', 'Rahmat Hidayat', 'Dewi Lestari, S.Pd.', 'Baharuddin', 'Hasnah'];
const roster = NAMES.map((name, i) => ({ nip: nipOf(i), name, jabatan: 'Penyuluh Agama Islam', unit: i % 2 ? 'KUA-WW' : 'WAKATOBI' }));
/** Used up her final-exam attempts online before the session. */
const limitUsed = roster[5];
const outsider = { nip: nipOf(20), name: 'Pegawai Kabupaten Lain', jabatan: 'Staf', unit: 'LAIN' };

const db = (write = false) => {
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: !write });
  d.exec('PRAGMA busy_timeout = 5000');
  return d;
};
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** A complete but wrong answer where the question type allows one simply (a fail overall). */
function wrongResponse(pq: PublicQuestion, right: QuestionResponse): QuestionResponse {
  switch (pq.type) {
    case 'single': return pq.options.find((o) => o.id !== right)!.id;
    case 'multiple': {
      const others = pq.options.filter((o) => !(right as string[]).includes(o.id)).slice(0, 1).map((o) => o.id);
      return others.length ? others : right;
    }
    case 'truefalse': return !right;
    case 'judgement': return right === 'boleh' ? 'tidak' : 'boleh';
    default: return right;
  }
}

/** What the laptop reports: everyone answers everything right, except `wrong` in the post-test. */
function payloadFor(p: FieldPackage, who: { nip: string; name: string; jabatan: string }[], wrong: string[] = []): BundlePayload {
  const participants = who.map((x, i) => ({ id: `laptop-${i}`, nip: x.nip, name: x.name, jabatan: x.jabatan, joinedAt: minutesAgo(120 - i) }));
  const answers: BundlePayload['answers'] = [];
  for (const x of participants) {
    for (const test of ['pre', 'post'] as const) {
      const seed = deriveSeed(p.session.seed, 'live', test);
      for (const id of test === 'pre' ? p.session.preItems : p.session.postItems) {
        const q = gradedBank.find((g) => g.id === id)!;
        const r = rightResponse(q, seed);
        answers.push({ participantId: x.id, test, questionId: id, response: test === 'post' && wrong.includes(x.nip) ? wrongResponse(presentQuestion(q, seed), r) : r, answeredAt: minutesAgo(test === 'pre' ? 100 : 40), updatedAt: minutesAgo(test === 'pre' ? 100 : 40), changes: 0 });
      }
    }
  }
  return {
    format: BUNDLE_FORMAT, sessionId: p.session.id, kid: p.key.kid, courseVersion: p.courseVersion,
    exportedAt: minutesAgo(5), importedAt: minutesAgo(150), packageIssuedAt: p.issuedAt, utcOffsetMinutes: 480,
    tests: { pre: { finished: true, finishedAt: minutesAgo(90) }, post: { finished: true, finishedAt: minutesAgo(30) } },
    closedAt: minutesAgo(10), participants, answers,
    signatures: participants.map((x) => ({ participantId: x.id, name: x.name, signedAt: minutesAgo(20) })),
  };
}
const signed = async (payload: BundlePayload, p: FieldPackage = pkg) => JSON.stringify(await signBundle(payload, p.key.privateJwk));

/** A staff API call from the signed-in page (its cookie; the CSRF token unless told otherwise). */
function call(url: string, opts: { body?: string; type?: string; noCsrf?: boolean; form?: { file?: string; terima?: string } } = {}) {
  return page.evaluate(async ({ url, opts, csrf }) => {
    const headers: Record<string, string> = opts.noCsrf ? {} : { 'x-csrf-token': csrf };
    let body: BodyInit | undefined = opts.body;
    if (opts.form) {
      const f = new FormData();
      if (opts.form.file !== undefined) f.append('file', new Blob([opts.form.file], { type: 'application/json' }), 'hasil-sesi.json');
      if (opts.form.terima) f.append('terima', opts.form.terima);
      body = f;
    } else headers['content-type'] = opts.type ?? 'application/json';
    const r = await fetch(url, { method: 'POST', headers, body });
    const text = await r.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: r.status, json, headers: Object.fromEntries(r.headers.entries()) };
  }, { url, opts, csrf });
}
const upload = (file: string, query = '') => call(`/api/staf/sesi/${sessionId}/hasil${query}`, { body: file });

/** Uploads a bad file: 4xx, an Indonesian message, and the database exactly as it was. */
async function refused(send: () => Promise<{ status: number; json: any }>, status: number, message: RegExp) {
  const before = dumpDatabase(server.dataDir);
  const r = await send();
  expect(r.status).toBe(status);
  expect(r.json.error).toMatch(message);
  expect(dumpDatabase(server.dataDir)).toEqual(before);
  return r.json;
}

beforeAll(async () => {
  server = await startServer();
  const d = db(true);
  const now = new Date().toISOString();
  const unit = d.prepare('INSERT INTO units (id, name, parent_id, created_at, time_zone) VALUES (?, ?, ?, ?, ?)');
  unit.run('WAKATOBI', 'Kantor Kementerian Agama Kabupaten Wakatobi', null, now, 'Asia/Makassar');
  unit.run('KUA-WW', 'KUA Kecamatan Wangi-Wangi', 'WAKATOBI', now, null);
  unit.run('LAIN', 'Kankemenag Lain', null, now, null);
  d.prepare(`INSERT INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at)
    VALUES ('fas-1', 'fasilitator', 'H. Muhammad Yusuf, S.Ag.', ?, 'facilitator', 'WAKATOBI', 0, 0, NULL, ?)`).run(await hashPassword(PW), now);
  const entry = d.prepare('INSERT INTO roster_entries (nip, unit_id, name, jabatan, imported_at, imported_by, kind) VALUES (?, ?, ?, ?, ?, NULL, ?)');
  for (const p of [...roster, outsider]) entry.run(p.nip, p.unit, p.name, p.jabatan, now, 'pns');
  d.prepare(`INSERT INTO learners (id, nip, kind, name, jabatan, pangkat, unit_id, unit_name, created_at, updated_at) VALUES ('l-limit', ?, 'pns', ?, ?, NULL, 'KUA-WW', 'KUA', ?, ?)`).run(limitUsed.nip, limitUsed.name, limitUsed.jabatan, now, now);
  for (let i = 0; i < course.attemptLimit; i++) {
    d.prepare(`INSERT INTO attempts (id, learner_id, kind, seed, items, responses, status, started_at, deadline_at, submitted_at, score, passed, result, course_version) VALUES (?, 'l-limit', 'final', 's', '[]', '{}', 'submitted', ?, NULL, ?, 40, 0, NULL, ?)`).run(`a-${i}`, now, now, course.version);
  }
  d.close();
  browser = await launchBrowser();
  staff = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 }, locale: 'id-ID', acceptDownloads: true });
  page = await staff.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the package', () => {
  it('is downloaded from the session page, explained as a secret, with the session, rosters and a new key', async () => {
    await page.goto('/staf/sesi');
    await page.waitForURL('**/staf/masuk*');
    await signInStaff(page, 'fasilitator', PW);
    await page.waitForURL('**/staf/sesi');
    sessionId = await planSession(page, { title: 'Pembinaan Netralitas di Aula Tanpa Internet', place: 'Aula KUA Wangi-Wangi', unit: 'WAKATOBI' });
    csrf = await page.locator('#unggah-hasil input[name=csrf]').inputValue();
    await page.getByText('Simpan seperti kata sandi').waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh paket sesi (mode lapangan)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^paket-sesi-[A-HJ-NP-Z2-9]{6}\.json$/);
    pkg = packageSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(pkg.session.id).toBe(sessionId);
    expect(pkg.roster.map((r) => r.nip).sort()).toEqual(roster.map((r) => r.nip).sort());
    expect(pkg.units.map((u) => u.id).sort()).toEqual(['KUA-WW', 'WAKATOBI']);
    const key = db().prepare('SELECT session_id, private_jwk FROM field_keys WHERE kid = ?').get(pkg.key.kid) as { session_id: string; private_jwk: string | null };
    expect(key).toEqual({ session_id: sessionId, private_jwk: null });

    // Through the API: an attachment that no cache keeps; without the CSRF token nothing is issued.
    const api = await call(`/api/staf/sesi/${sessionId}/paket`, { body: '' });
    expect(api.status).toBe(200);
    expect(api.headers['content-disposition']).toBe(`attachment; filename="paket-sesi-${pkg.session.code}.json"`);
    expect(api.headers['cache-control']).toContain('no-store');
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    await refused(() => call(`/api/staf/sesi/${sessionId}/paket`, { body: '', noCsrf: true }), 403, /./);
    good = { payload: payloadFor(pkg, roster.slice(0, 5), [roster[4].nip]), file: '' };
    good.file = await signed(good.payload);
  }, 120_000);
});

describe('a bad results file changes nothing', () => {
  it('unreadable, empty, oversize, or without the CSRF token', async () => {
    await refused(() => upload('ini bukan file hasil sesi'), 400, /tidak dapat dibaca sebagai hasil sesi/);
    await refused(() => upload('{"protected":"x","payload":"y"}'), 400, /tidak dapat dibaca sebagai hasil sesi/);
    await refused(() => call(`/api/staf/sesi/${sessionId}/hasil`, { form: {} }), 400, /Pilih file hasil sesi/);
    await refused(() => call(`/api/staf/sesi/${sessionId}/hasil`, { body: 'x'.repeat(MAX_BUNDLE_BYTES + 10) }), 413, /terlalu besar \(maksimal 8 MB\)/);
    await refused(() => call(`/api/staf/sesi/${sessionId}/hasil`, { body: good.file, noCsrf: true }), 403, /./);
    // Through the page's form: the message stands at the form, the console stays.
    await page.goto(`/staf/sesi/${sessionId}`);
    await page.getByLabel('File hasil sesi').setInputFiles({ name: 'hasil-sesi.json', mimeType: 'application/json', buffer: Buffer.alloc(MAX_BUNDLE_BYTES + 100 * 1024, 32) });
    const before = dumpDatabase(server.dataDir);
    const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/staf/sesi/${sessionId}`) && r.request().method() === 'POST'), page.getByRole('button', { name: 'Unggah dan gabungkan' }).click()]);
    expect(res.status()).toBe(413);
    await page.locator('#hasil-unggah').getByText('File hasil sesi terlalu besar (maksimal 8 MB).').waitFor();
    await page.locator('.console').first().waitFor();
    expect(dumpDatabase(server.dataDir)).toEqual(before);
  }, 60_000);
  it('tampered after signing: the signature does not hold', async () => {
    const f = JSON.parse(good.file);
    const forged = JSON.stringify({ ...f, payload: Buffer.from(JSON.stringify({ ...good.payload, closedAt: minutesAgo(9) })).toString('base64url') });
    await refused(() => upload(forged), 422, /Tanda tangan file hasil sesi tidak sah/);
  });
  it('signed with a key this server never issued', async () => {
    const key = await newSessionKey('kunci-asing-0001');
    await refused(async () => upload(JSON.stringify(await signBundle({ ...good.payload, kid: key.kid }, key.privateJwk))), 422, /tidak dikenal server ini/);
  });
  it('for another session: the message names it', async () => {
    const created = await call('/api/staf/sesi', { body: JSON.stringify({ title: 'Sesi Kedua di Kaledupa', day: new Date().toISOString().slice(0, 10), place: 'Aula KUA Kaledupa', unitId: 'WAKATOBI', withPre: true, withPost: true }) });
    expect(created.status).toBe(201);
    const other = (await call(`/api/staf/sesi/${created.json.id}/paket`, { body: '' })).json as FieldPackage;
    const json = await refused(async () => upload(await signed(payloadFor(other, roster.slice(0, 1)), other)), 422, /hasil sesi lain: "Sesi Kedua di Kaledupa"/);
    expect(json.error).toContain(`kode ${created.json.code}`);
  });
  it('signed with an expired key: 410 with the expiry in the unit\'s time (WITA)', async () => {
    const d = db(true);
    const saved = (d.prepare('SELECT expires_at FROM field_keys WHERE kid = ?').get(pkg.key.kid) as { expires_at: string }).expires_at;
    d.prepare('UPDATE field_keys SET expires_at = ? WHERE kid = ?').run('2026-01-05T01:30:00.000Z', pkg.key.kid);
    d.close();
    await refused(() => upload(good.file), 410, /kedaluwarsa sejak 5 Januari 2026, 09\.30 WITA/);
    const w = db(true);
    w.prepare('UPDATE field_keys SET expires_at = ? WHERE kid = ?').run(saved, pkg.key.kid);
    w.close();
  });
  it('from another course version', async () => {
    await refused(async () => upload(await signed({ ...good.payload, courseVersion: '0.9.0' })), 422, /versi materi 0\.9\.0/);
  });
  it('rows with a problem: every affected row listed, nothing stored', async () => {
    const p = payloadFor(pkg, [roster[0], limitUsed, outsider, { nip: '1.98001E+17', name: 'Salah Ketik', jabatan: 'Staf' }]);
    p.answers.push({ participantId: 'laptop-0', test: 'post', questionId: pkg.session.preItems[0], response: true, answeredAt: minutesAgo(40), updatedAt: minutesAgo(40), changes: 0 });
    p.answers.push({ participantId: 'laptop-99', test: 'pre', questionId: pkg.session.preItems[0], response: true, answeredAt: minutesAgo(40), updatedAt: minutesAgo(40), changes: 0 });
    const file = await signed(p);
    const json = await refused(() => upload(file), 422, /baris bermasalah, jadi tidak ada yang disimpan/);
    const about = (nip: string) => (json.rows as { nip: string; problem: string }[]).filter((r) => r.nip === nip).map((r) => r.problem).join(' | ');
    expect(about(outsider.nip)).toMatch(/tidak terdaftar di daftar pegawai Kantor Kementerian Agama Kabupaten Wakatobi/);
    expect(about('1.98001E+17')).toMatch(/Data peserta tidak valid/);
    expect(about(limitUsed.nip)).toMatch(/Batas 3 kali percobaan ujian akhir sudah tercapai/);
    expect(about(roster[0].nip)).toMatch(/soal yang tidak ada di post-test/);
    expect(json.rows.some((r: { problem: string }) => /id laptop-99/.test(r.problem))).toBe(true);
    // The same rows through the page's form: the table lists them, in Indonesian.
    await page.goto(`/staf/sesi/${sessionId}`);
    await page.getByLabel('File hasil sesi').setInputFiles({ name: 'hasil-sesi.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const before = dumpDatabase(server.dataDir);
    await page.getByRole('button', { name: 'Unggah dan gabungkan' }).click();
    await page.locator('#hasil-unggah').getByText(/5 baris bermasalah/).waitFor();
    await expect(page.locator('table.field-rows').textContent()).resolves.toContain('Pegawai Kabupaten Lain');
    expect(dumpDatabase(server.dataDir)).toEqual(before);
    await expectNoAxeViolations(page);
  }, 60_000);
});

describe('the results of the session come home', () => {
  it('uploaded through the page: merged, certificates issued by the central server, the summary in WITA', async () => {
    await page.goto(`/staf/sesi/${sessionId}`);
    await page.getByLabel('File hasil sesi').setInputFiles({ name: 'hasil-sesi.json', mimeType: 'application/json', buffer: Buffer.from(good.file) });
    await page.getByRole('button', { name: 'Unggah dan gabungkan' }).click();
    await page.locator('#hasil-unggah').getByText('Hasil sesi berhasil digabungkan.').waitFor();
    const summary = (await page.locator('#ringkasan-lapangan').textContent())!;
    expect(summary).toContain('5 peserta hadir, 10 tes tercatat sebagai percobaan, 4 sertifikat diterbitkan');
    expect(summary).toMatch(/Digabungkan \d+ \w+ \d{4}, \d\d\.\d\d WITA oleh H\. Muhammad Yusuf, S\.Ag\./);
    await expect(page.getByRole('button', { name: 'Unduh paket sesi (mode lapangan)' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    const s = db().prepare('SELECT status, closed_at FROM live_sessions WHERE id = ?').get(sessionId) as { status: string; closed_at: string };
    expect(s).toEqual({ status: 'closed', closed_at: good.payload.closedAt });
  }, 60_000);
  it('the certificates verify on /verifikasi against the central issuer key', async () => {
    const certs = db().prepare('SELECT c.token, l.name FROM certificates c JOIN learners l ON l.id = c.learner_id ORDER BY l.nip').all() as { token: string; name: string }[];
    expect(certs.map((c) => c.name)).toEqual(roster.slice(0, 4).map((r) => r.name));
    const v = await staff.newPage();
    for (const c of certs.slice(0, 2)) {
      await v.goto(`/verifikasi#${c.token}`);
      await v.getByText('✓ Sertifikat sah').waitFor();
      await expect(v.locator('#cert-details').textContent()).resolves.toContain(c.name);
    }
    await v.close();
  }, 60_000);
  it('the same file again changes nothing; a different file for the merged session is a conflict', async () => {
    const before = dumpDatabase(server.dataDir);
    // As a form with the file in `file`, the way a script or another page would send it.
    const again = await call(`/api/staf/sesi/${sessionId}/hasil`, { form: { file: good.file } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ merged: false, already: true, participants: 5, certificates: 4 });
    expect(dumpDatabase(server.dataDir)).toEqual(before);
    await refused(async () => upload(await signed({ ...good.payload, exportedAt: minutesAgo(4) }), '?terima=sebagian'), 409, /sudah digabungkan dari file lain pada .* WITA/);
    await refused(() => call(`/api/staf/sesi/${sessionId}/paket`, { body: '' }), 409, /sudah digabungkan/);
  });
  it('two uploads of one file at once: one merge, the other is told so; never a 500', async () => {
    const created = await call('/api/staf/sesi', { body: JSON.stringify({ title: 'Sesi Ketiga di Tomia', day: new Date().toISOString().slice(0, 10), place: 'Aula KUA Tomia', unitId: 'WAKATOBI', withPre: true, withPost: true }) });
    const third = (await call(`/api/staf/sesi/${created.json.id}/paket`, { body: '' })).json as FieldPackage;
    const file = await signed(payloadFor(third, roster.slice(0, 3)), third);
    const url = `/api/staf/sesi/${created.json.id}/hasil?terima=sebagian`;
    const both = await Promise.all([call(url, { body: file }), call(url, { body: file })]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => r.json.merged).sort()).toEqual([false, true]);
    expect(db().prepare('SELECT count(*) AS n FROM live_participants WHERE session_id = ?').get(created.json.id)).toEqual({ n: 3 });
  });
});
