/**
 * Production deployment as an office runs it (issue 13): Debian's nginx with TLS (a certificate
 * made here with openssl) in front of two app instances on one PostgreSQL, configured by the
 * files in deploy/ (the nginx site as it is, with test ports, name and certificate; the
 * instances started with the systemd unit's ExecStart and Environment, the unit checked by
 * `systemd-analyze verify`). In Chromium through https://: staff login, a learner's exam and
 * certificate, and a live session whose events reach phones served by the other instance. Then
 * the races of one learner spread over both instances, settled by the database.
 *
 * Needs nginx, openssl and systemd-analyze (Debian: nginx, openssl, systemd), and NETRAL_TEST_PG_URL: a PostgreSQL URL whose user may create databases (e.g.
 * postgres://netral:netral-ci@127.0.0.1:5432/postgres). The test creates its own database and
 * drops it afterwards. Without the variable the suite is skipped (SQLite-only runs); with it set
 * and PostgreSQL unreachable, it fails.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInStaff, planSession } from '../helpers/browser.ts';
import { freePort } from '../helpers/server.ts';
import { makeCertificate, rawRequest, renderSite, startNginx } from '../../scripts/lib/nginx.mjs';
import { answerOnPage, rightResponse } from '../helpers/answers.ts';
import { MODULE_IDS, nipFor } from '../helpers/bad-input.ts';
import { registerInBrowser } from '../helpers/learner.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import type { PublicQuestion, Responses } from '../../src/quizzes/engine/types.ts';
import { course } from '../../src/content/course.ts';
import { t } from '../../src/i18n/index.ts';

const ADMIN_URL = process.env.NETRAL_TEST_PG_URL;
const root = process.cwd();

interface Instance {
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
}

let tmp = '';
let dbName = '';
let databaseUrl = '';
let pool: pg.Pool;
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
const instances: Instance[] = [];
let origin = '';
let httpPort = 0;
let pinned: { a: string; b: string };
let browser: Browser;
let staff: BrowserContext;
let adminPassword = '';
const NEW_ADMIN_PW = 'kantor wilayah aman sentosa';

const q = async <T,>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];

/** The [Service] settings of the unit, with %i (the instance name) = port. */
function unitSettings(port: number) {
  const unit = readFileSync(path.join(root, 'deploy/netral@.service'), 'utf8');
  const env: Record<string, string> = {};
  let exec = '';
  for (const line of unit.split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    const value = m[2].replaceAll('%i', String(port));
    if (m[1] === 'Environment') {
      const [k, ...v] = value.split('=');
      env[k] = v.join('=');
    }
    if (m[1] === 'ExecStart') exec = value;
  }
  return { env, argv: exec.split(/\s+/) };
}

/** The settings file as an operator fills it in from deploy/netral.env.example. */
function envFile(): Record<string, string> {
  const example = readFileSync(path.join(root, 'deploy/netral.env.example'), 'utf8');
  const keys = example.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]);
  const values: Record<string, string> = {
    PUBLIC_ORIGIN: origin,
    TRUST_PROXY: '1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(tmp, 'data'),
    NETRAL_SIGNING_KEY: randomBytes(32).toString('base64url'),
  };
  expect(keys.sort()).toEqual(Object.keys(values).sort());
  return values;
}

async function startInstance(port: number, shared: Record<string, string>): Promise<Instance> {
  const { env, argv } = unitSettings(port);
  expect(argv).toEqual(['/usr/bin/node', 'scripts/serve.mjs']);
  // The unit runs the system's Node; the test runs the Node of this checkout (24) on the same script.
  const child = spawn(process.execPath, argv.slice(1), { cwd: root, env: { ...process.env, ...shared, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${port} did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', () => out.includes('siap di') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`instance ${port} exited with ${code}:\n${out}`))));
  });
  return { port, url: `http://127.0.0.1:${port}`, child, output: () => out };
}

const accessLog = () => nginx!.accessLog();

describe.skipIf(!ADMIN_URL)('behind nginx with TLS, two instances on PostgreSQL', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'netral-deploy-'));
    // PostgreSQL: a database of our own (an unreachable server fails the suite here).
    dbName = `netral_e2e_deploy_${process.pid}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(ADMIN_URL!);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

    const { cert, key } = makeCertificate(tmp);
    const [a, b, https, pinA, pinB] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    httpPort = await freePort();
    origin = `https://127.0.0.1:${https}`;
    pinned = { a: `https://127.0.0.1:${pinA}`, b: `https://127.0.0.1:${pinB}` };
    const shared = envFile();
    // One after the other: the first one migrates the database and creates the first admin.
    instances.push(await startInstance(a, shared));
    instances.push(await startInstance(b, shared));
    adminPassword = /kata sandi sekali pakai: (\S+)/.exec(instances[0].output())![1];
    // The https server again, twice, each sending everything to one instance: the facilitator's
    // console on one, the phones on the other, so the live events must cross instances.
    const site = renderSite(root, {
      instancePorts: instances.map((i) => i.port), http: httpPort, https, cert, key,
      pinned: [{ port: pinA, instancePort: a }, { port: pinB, instancePort: b }],
    });
    nginx = await startNginx(tmp, site, `${origin}/api/health`);

    await q("INSERT INTO units (id, name, parent_id, created_at) VALUES ('KANWIL-KALSEL', 'Kanwil Kemenag Provinsi Kalimantan Selatan', NULL, $1)", [new Date().toISOString()]);
    browser = await launchBrowser(['--ignore-certificate-errors']);
    staff = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', ignoreHTTPSErrors: true, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    for (const i of instances) {
      if (i.child.exitCode === null) {
        const exited = new Promise((r) => i.child.once('exit', r));
        i.child.kill('SIGTERM');
        await exited;
      }
    }
    await pool?.end();
    if (dbName && ADMIN_URL) {
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
      await admin.end();
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the systemd unit passes systemd-analyze verify', () => {
    // verify wants the instance's name on the file, and checks that ExecStart's program exists.
    const dir = mkdtempSync(path.join(tmp, 'unit-'));
    copyFileSync(path.join(root, 'deploy/netral@.service'), path.join(dir, 'netral@4321.service'));
    const r = execFileSync('systemd-analyze', ['verify', path.join(dir, 'netral@4321.service')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r).toBe('');
  });

  it('plain http redirects to https; every https answer carries HSTS', async () => {
    const http = await rawRequest(`http://127.0.0.1:${httpPort}/staf/masuk`);
    expect(http.status).toBe(301);
    expect(http.headers.location).toBe('https://127.0.0.1/staf/masuk');
    const head = await rawRequest(`${origin}/`, { method: 'HEAD' });
    expect(head.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('staff log in through https: the session cookie is __Host-, Secure and HttpOnly', async () => {
    const page = await staff.newPage();
    await page.goto(`${origin}/staf/masuk`);
    await signInStaff(page, 'admin', adminPassword);
    await page.waitForURL('**/staf/sandi');
    await page.getByLabel('Kata sandi saat ini').fill(adminPassword);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_ADMIN_PW);
    await page.getByLabel('Ulangi kata sandi baru').fill(NEW_ADMIN_PW);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.goto(`${origin}/staf`);
    await page.getByText('Administrator').first().waitFor();
    const cookies = await staff.cookies(origin);
    const session = cookies.find((c) => c.name === '__Host-netral_staf');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookies.find((c) => c.name === 'netral_staf')).toBeUndefined();
    // No PUBLIC_ORIGIN warning: it is the https address.
    expect(await page.locator('#origin-banner').count()).toBe(0);
    await page.close();
  });

  it("the address in the audit log is the browser's, as nginx saw it, not one the client made up", async () => {
    const page = await staff.newPage();
    await page.goto(`${origin}/staf/masuk`);
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/staf/masuk', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: JSON.stringify({ username: 'admin', password: 'bukan kata sandinya' }) });
      return r.status;
    });
    expect(status).toBe(401);
    const [row] = await q<{ detail: string }>("SELECT detail FROM audit_log WHERE action = 'staff.login-failed' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(row.detail).ip).toBe('127.0.0.1');
    await page.close();
  });

  it("a learner takes the final exam through https, served by both instances, and gets the certificate with the https address in its QR link", async () => {
    const phone = await browser.newContext({ baseURL: origin, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'id-ID', ignoreHTTPSErrors: true, acceptDownloads: true });
    const page = await phone.newPage();
    page.on('dialog', (d) => d.accept());
    const logBefore = accessLog().length;
    // An account (NIP + password) registered on /masuk, then every module recorded on the server
    // as the lessons do when their knowledge checks are passed: the final exam's gate.
    await registerInBrowser(page, { nip: '198609262015051001', name: 'Siti Aminah, S.Ag.', jabatan: 'Penyuluh Agama Islam', unit: 'KUA Kecamatan Tanjung' });
    const recorded = await page.evaluate(async (ids) => {
      const at = new Date().toISOString();
      const r = await fetch('/api/kemajuan', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ modules: Object.fromEntries(ids.map((id) => [id, at])) }) });
      return r.status;
    }, MODULE_IDS);
    expect(recorded).toBe(200);

    await page.goto('/ujian/akhir');
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.locator('.q-counter').waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('netral:ujian:final') ?? 'null'));
    const attempt = await page.evaluate(async (id) => (await fetch(`/api/ujian/${id}`)).json(), stored.attemptId);
    const questions = attempt.questions as PublicQuestion[];
    const [{ seed }] = await q<{ seed: string }>('SELECT seed FROM attempts WHERE id = $1', [stored.attemptId]);
    for (let i = 0; i < questions.length; i++) {
      await page.getByRole('heading', { name: `Soal ${i + 1} dari ${questions.length}` }).waitFor();
      await answerOnPage(page.locator('fieldset.question'), questions[i], rightResponse(gradedBank.find((x) => x.id === questions[i].id)!, seed));
      if (i < questions.length - 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
    }
    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    await page.waitForURL(`**/hasil/${stored.attemptId}`);
    await page.getByText('LULUS', { exact: true }).waitFor();

    const [cert] = await q<{ number: string }>('SELECT number FROM certificates WHERE attempt_id = $1', [stored.attemptId]);
    const pdf = await page.evaluate(async (n) => {
      const r = await fetch(`/sertifikat/${n}/pdf`);
      return { status: r.status, type: r.headers.get('content-type'), bytes: Array.from(new Uint8Array(await r.arrayBuffer())) };
    }, cert.number);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const file = path.join(tmp, 'sertifikat.pdf');
    writeFileSync(file, Uint8Array.from(pdf.bytes));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain(`${origin}/verifikasi`);

    // Round robin: the learner's requests reached both instances, and nothing broke.
    const served = accessLog().slice(logBefore).split('\n').filter(Boolean);
    for (const i of instances) expect(served.some((l) => l.endsWith(`127.0.0.1:${i.port}`))).toBe(true);
    expect(served.filter((l) => / 5\d\d /.test(l))).toEqual([]);
    await phone.close();
  });

  it('a live session: the console on one instance, the phones on the other; joins and questions arrive live', async () => {
    const console_ = await staff.newPage();
    console_.on('dialog', (d) => d.accept());
    await console_.goto(`${pinned.a}/staf/sesi`);
    const sessionId = await planSession(console_, { title: 'Pembinaan Netralitas ASN Kanwil', place: 'Aula Kanwil', unit: 'KANWIL-KALSEL' });
    const code = (await console_.locator('.join-line .code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

    const phones: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const ctx = await browser.newContext({ baseURL: pinned.b, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'id-ID', ignoreHTTPSErrors: true });
      const p = await ctx.newPage();
      await p.goto(`/sesi/${code}`);
      await p.getByLabel('NIP / NI PPPK').fill(nipFor(300 + i));
      await p.getByLabel('Nama lengkap dengan gelar').fill(['Rahmat Hidayat', 'Dewi Lestari, S.Pd.'][i]);
      await p.getByLabel('Jabatan').fill('Penyuluh Agama Islam');
      await p.getByRole('button', { name: 'Hadir dan bergabung' }).click();
      await p.getByText('Anda sudah tercatat hadir.').waitFor();
      phones.push(p);
    }
    // Joins on instance B reach the console on instance A without a reload.
    await console_.getByRole('heading', { name: 'Daftar hadir (2 peserta)' }).waitFor();

    // The facilitator opens the first pre-test question on A; the phones on B show it.
    const total = course.preTestItemsPerArea * course.areas.length;
    const [res] = await Promise.all([
      console_.waitForResponse((r) => r.url().endsWith(`/api/staf/sesi/${sessionId}`) && r.request().method() === 'POST'),
      console_.locator('.console').getByRole('button', { name: 'Mulai Pre-test: buka soal pertama', exact: true }).first().click(),
    ]);
    expect(res.status()).toBe(200);
    for (const p of phones) {
      await p.getByText(`Soal 1 dari ${total}`).waitFor();
      // Through the live channel (EventSource), not by polling.
      expect(await p.evaluate(() => typeof EventSource)).toBe('function');
    }
    for (const p of phones) await p.context().close();
    await console_.close();
    // nginx logs a request when it ends: the phones' event streams end with their pages.
    const events = new RegExp(`GET /api/sesi/${code}/events \\d+ 127\\.0\\.0\\.1:${instances[1].port}`);
    await expect.poll(() => accessLog(), { timeout: 10_000 }).toMatch(events);
    expect(accessLog()).toMatch(new RegExp(`POST /api/staf/sesi/${sessionId} 200 127\\.0\\.0\\.1:${instances[0].port}`));
  });

  it('one learner spread over both instances: the database settles every race, no 500', async () => {
    const jar: { cookie?: string } = {};
    let n = 0;
    /** Alternates instances, as the load balancer does. */
    const send = async (method: string, url: string, body?: unknown) => {
      const base = instances[n++ % 2].url;
      const r = await fetch(base + url, { method, headers: { 'content-type': 'application/json', ...(jar.cookie ? { cookie: jar.cookie } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
      const set = r.headers.getSetCookie().find((c) => c.startsWith('netral_peserta='));
      if (set) jar.cookie = set.split(';')[0];
      return { status: r.status, json: await r.json().catch(() => null) };
    };
    const nip = '199203152020121003';
    const who = { nip, name: 'Nur Aini', jabatan: 'Analis Kepegawaian', unit: 'Kanwil Kalsel', password: 'sandi-uji-12345' };
    // Twenty first registrations of one NIP at once, over both instances: exactly one account.
    // The per-NIP limit (5 a minute, counted in PostgreSQL for both instances) turns some away
    // with a 429 before they reach the database; those that pass race for the unique NIP, and
    // every loser gets a 409.
    const regs = await Promise.all(Array.from({ length: 20 }, () => send('POST', '/api/akun/daftar', who)));
    const statuses = regs.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201 && s !== 409 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 409).length).toBeGreaterThanOrEqual(4);
    expect(regs.filter((r) => r.status === 409).every((r) => r.json?.error === t('account.taken'))).toBe(true);
    expect(regs.filter((r) => r.status === 429).every((r) => r.json?.error === t('account.tooManyNip'))).toBe(true);
    expect(await q('SELECT id FROM learners WHERE nip = $1', [nip])).toHaveLength(1);
    expect(jar.cookie).toBeTruthy();
    // The modules, finished (the final exam's gate), recorded through one instance, read by the other.
    const at = new Date().toISOString();
    expect((await send('POST', '/api/kemajuan', { modules: Object.fromEntries(MODULE_IDS.map((id) => [id, at])) })).status).toBe(200);

    const starts = await Promise.all(Array.from({ length: 50 }, () => send('POST', '/api/ujian', { kind: 'final' })));
    expect(starts.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(starts.map((r) => r.json.id)).size).toBe(1);
    const attemptId = starts[0].json.id as string;
    const [{ seed }] = await q<{ seed: string }>('SELECT seed FROM attempts WHERE id = $1', [attemptId]);
    const responses: Responses = {};
    for (const pq of starts[0].json.questions as PublicQuestion[]) responses[pq.id] = rightResponse(gradedBank.find((x) => x.id === pq.id)!, seed);
    const submits = await Promise.all(Array.from({ length: 20 }, () => send('POST', `/api/ujian/${attemptId}/kirim`, { responses })));
    expect(submits.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(submits.every((r) => r.json.score.passed === true)).toBe(true);
    expect(await q("SELECT id FROM certificates WHERE attempt_id = $1", [attemptId])).toHaveLength(1);
    expect(await q("SELECT id FROM attempts WHERE learner_id = (SELECT id FROM learners WHERE nip = $1)", [nip])).toHaveLength(1);
  });
});
