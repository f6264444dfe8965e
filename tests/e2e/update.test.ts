/**
 * Recertification end to end, in Chromium against the built server: a learner holding a 1.0.0
 * certificate finds the update path, reads what changed, passes the short update quiz and receives
 * a certificate of the current version; HR's per-unit version view moves them from "needs the
 * update" to "current"; the old certificate still verifies, as valid, version 1.0.0 with an
 * update; and someone without a certificate cannot take the update quiz.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, signInStaff } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeOldVersion } from '../helpers/old-version.ts';
import { rightResponse } from '../helpers/answers.ts';
import { MODULE_IDS, seedOf, TEST_PASSWORD } from '../helpers/bad-input.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { course } from '../../src/content/course.ts';
import { COURSE_LENGTH } from '../../src/lib/course-length.ts';
import { updatePath } from '../../src/lib/course-versions.ts';
import { readConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/bootstrap.ts';
import type { DbHandle } from '../../src/server/db/index.ts';
import type { PublicQuestion } from '../../src/quizzes/engine/types.ts';

const UNIT = { id: 'KUA-TANJUNG', name: 'KUA Kecamatan Tanjung' };
let server: TestServer;
let handle: DbHandle;
let browser: Browser;
let learner: BrowserContext;
let page: Page;
let oldNumber: string;
let newNumber: string;

const api = (p: Page, url: string, method = 'GET', body?: unknown) =>
  p.evaluate(async ({ url, method, body }) => {
    const r = await fetch(url, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    return { status: r.status, body: await r.json().catch(() => null) };
  }, { url, method, body });

/** Registers an account on this page's browser and records every module as finished (the final exam's gate). */
async function identify(p: Page, nip: string, name: string) {
  const r = await api(p, '/api/akun/daftar', 'POST', { nip, name, jabatan: 'Penghulu', unit: UNIT.name, password: TEST_PASSWORD });
  if (r.status === 201) {
    const at = new Date().toISOString();
    expect((await api(p, '/api/kemajuan', 'POST', { modules: Object.fromEntries(MODULE_IDS.map((id) => [id, at])) })).status).toBe(200);
  }
  return r;
}

/** Right answers to an attempt's questions, saved on the server as the learner would. */
async function answerRight(p: Page, attemptId: string, questions: PublicQuestion[]) {
  const seed = seedOf(server.dataDir, attemptId);
  for (const q of questions) {
    const r = await api(p, `/api/ujian/${attemptId}/jawaban`, 'PUT', { questionId: q.id, response: rightResponse(gradedBank.find((g) => g.id === q.id)!, seed) });
    expect(r.status).toBe(200);
  }
}

/** The per-unit counts on /staf/versi, for the test unit. */
async function unitRow(p: Page) {
  await p.goto('/staf/versi');
  return p.locator(`#tabel-versi tr[data-unit="${UNIT.id}"]`).evaluate((tr) => ({
    current: Number(tr.querySelector('.current')!.textContent),
    outdated: Number(tr.querySelector('.outdated')!.textContent),
    expired: Number(tr.querySelector('.expired')!.textContent),
  }));
}

let staff: Page;

beforeAll(async () => {
  server = await startServer();
  handle = await openDatabase(readConfig({ DATA_DIR: server.dataDir }));
  await handle.db.insertInto('units').values({ id: UNIT.id, name: UNIT.name, parent_id: null, created_at: new Date().toISOString() }).execute();
  browser = await launchBrowser();
  learner = await phoneContext(browser, server.url);
  page = await learner.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto('/profil');
  expect((await identify(page, '198609262015051001', 'H. Ahmad Fauzi, S.H.I.')).status).toBe(201);
  // He passed the final exam when the course was 1.0.0.
  const a = (await api(page, '/api/ujian', 'POST', { kind: 'final' })).body;
  await answerRight(page, a.id, a.questions);
  oldNumber = (await api(page, `/api/ujian/${a.id}/kirim`, 'POST', { responses: {} })).body.certificateNumber;
  await makeOldVersion(handle.db, oldNumber, '1.0.0');

  // HR: the first admin, through the forced password change.
  const staffContext = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  staff = await staffContext.newPage();
  await staff.goto('/staf/masuk');
  await signInStaff(staff, 'admin', server.adminPassword!);
  await staff.waitForURL('**/staf/sandi');
  await staff.getByLabel('Kata sandi saat ini').fill(server.adminPassword!);
  await staff.getByLabel('Kata sandi baru', { exact: true }).fill('pohon mangga di halaman');
  await staff.getByLabel('Ulangi kata sandi baru').fill('pohon mangga di halaman');
  await staff.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await staff.waitForURL(/\/staf\?sandi=1$/);
});
afterAll(async () => {
  await browser?.close();
  await handle?.close();
  await server?.stop();
});

describe('before the update', () => {
  it('HR sees the holder of 1.0.0 in his unit as needing the update, by name; axe is clean', async () => {
    expect(await unitRow(staff)).toEqual({ current: 0, outdated: 1, expired: 0 });
    const row = staff.locator('#tabel-versi-lama tbody tr');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.innerText()).resolves.toMatch(/H\. Ahmad Fauzi, S\.H\.I\.\s+KUA Kecamatan Tanjung\s+1\.0\.0\s+30 Juni 2027/);
    await expectNoAxeViolations(staff);
  });

  it('someone without a certificate cannot take the update quiz', async () => {
    const other = await browser.newContext({ baseURL: server.url });
    const p = await other.newPage();
    await p.goto('/profil');
    expect((await identify(p, '199001012019032002', 'Siti Rahmah')).status).toBe(201);
    const r = await api(p, '/api/ujian', 'POST', { kind: 'update' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatch(/hanya untuk pemegang sertifikat versi lama/);
    await p.goto('/pembaruan');
    await p.getByText(/Kuis pembaruan hanya untuk pemegang sertifikat versi lama/).waitFor();
    await expect(p.getByRole('button', { name: 'Mulai' }).count()).resolves.toBe(0);
    await other.close();
  });
});

describe('the update path', () => {
  it('"Sertifikat saya" points the holder to it; it lists what changed, with the articles, and the sections to read', async () => {
    await page.goto('/sertifikat');
    await page.getByText(`Ada pembaruan pelatihan (versi ${course.version})`).waitFor();
    await page.getByRole('link', { name: 'Lihat jalur pembaruan' }).click();
    await page.waitForURL('**/pembaruan');
    await page.getByText(/Sertifikat Anda versi 1\.0\.0; versi terbaru 1\.1\.0/).waitFor();
    await page.getByText('Sertifikat versi 1.0.0 Anda tetap sah sampai 30 Juni 2027.').waitFor();
    const path = updatePath('1.0.0', course.versions)!;
    await expect(page.locator('ul.changes > li').count()).resolves.toBe(path.changes.length);
    await expect(page.locator('ul.changes').innerText()).resolves.toContain('Pasal 240 ayat (1) huruf k UU 7/2017');
    const links = await page.locator('ol.sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/modul/02-dasar-hukum#mencalonkan-diri-kapan-harus-mundur');
    expect(links).toHaveLength(path.sections.length);
    // Each link lands on its section of the lesson.
    const [first] = links;
    const p = await learner.newPage();
    await p.goto(first!);
    await expect(p.locator(`h2#${first!.split('#')[1]}`).count()).resolves.toBe(1);
    await p.close();
    await page.getByRole('button', { name: 'Mulai' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('passing the short update quiz issues a certificate of the current version', async () => {
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.getByText(/Soal 1 dari/).waitFor();
    const status = await api(page, '/api/ujian');
    const open = status.body.update.attempts.find((a: { status: string }) => a.status === 'open');
    const attempt = (await api(page, `/api/ujian/${open.id}`)).body;
    expect(attempt.questions).toHaveLength(updatePath('1.0.0', course.versions)!.quiz.items);
    await answerRight(page, attempt.id, attempt.questions);
    await page.getByRole('button', { name: 'Kirim jawaban' }).last().click();
    await page.waitForURL(`**/hasil/${attempt.id}`);
    await page.getByRole('heading', { level: 1, name: 'Hasil kuis pembaruan' }).waitFor();
    await page.getByText('Lulus').first().waitFor();
    const href = await page.getByRole('link', { name: 'Lihat sertifikat' }).getAttribute('href');
    newNumber = href!.split('/').pop()!;
    expect(newNumber).not.toBe(oldNumber);
    const rows = await handle.db.selectFrom('certificates').select(['number', 'course_version', 'revoked_at', 'claims']).execute();
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    expect(byNumber.get(newNumber)).toMatchObject({ course_version: course.version, revoked_at: null });
    expect(byNumber.get(oldNumber)).toMatchObject({ course_version: '1.0.0', revoked_at: null });
    // The new certificate credits the JP the home page states.
    expect(JSON.parse(byNumber.get(newNumber)!.claims).jp).toBe(COURSE_LENGTH.jp);
    await expectNoAxeViolations(page);
  });

  it('afterwards the path says there is nothing to update, and the quiz cannot be taken again', async () => {
    await page.goto('/pembaruan');
    await page.getByText(/Anda tidak memerlukan pembaruan/).waitFor();
    const r = await api(page, '/api/ujian', 'POST', { kind: 'update' });
    expect(r.status).toBe(409);
  });
});

describe('after the update', () => {
  it('each certificate’s Open Badge names the version it attests', async () => {
    expect((await api(page, `/sertifikat/${oldNumber}/badge.json`)).body.credentialSubject.achievement.version).toBe('1.0.0');
    expect((await api(page, `/sertifikat/${newNumber}/badge.json`)).body.credentialSubject.achievement.version).toBe(course.version);
  });

  it('HR counts the holder as current', async () => {
    expect(await unitRow(staff)).toEqual({ current: 1, outdated: 0, expired: 0 });
    await staff.getByText('Tidak ada pemegang versi lama di unit Anda.').waitFor();
  });

  it('the old certificate verifies as valid, version 1.0.0 with an update; the new one as the current version', async () => {
    const v = await browser.newContext({ baseURL: server.url });
    const p = await v.newPage();
    await p.goto(`/verifikasi?nomor=${oldNumber}`);
    await p.getByText('✓ Sertifikat sah').waitFor();
    const version = p.locator('[data-field="version"]');
    await expect(version.innerText()).resolves.toMatch(/^sah, versi 1\.0\.0 \(ada pembaruan\)\. Versi terbaru pelatihan: 1\.1\.0\. Sertifikat versi ini berlaku sampai 30 Juni 2027\.$/);
    await expect(p.locator('[data-field="jp"]').innerText()).resolves.toBe(`${COURSE_LENGTH.jp} JP`);
    await expectNoAxeViolations(p);
    await p.goto(`/verifikasi?nomor=${newNumber}`);
    await p.getByText('✓ Sertifikat sah').waitFor();
    await expect(p.locator('[data-field="version"]').innerText()).resolves.toBe(`sah, versi ${course.version}`);
    await v.close();
  });
});
