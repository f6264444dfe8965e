/**
 * Certificates end to end: passing the final exam issues one; its PDF says who, what and which
 * number; the QR link verifies in a browser that can reach nothing but the page; a revocation
 * shows online; the learner finds it again under "Sertifikat saya".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { MODULE_IDS, TEST_PASSWORD } from '../helpers/bad-input.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { rightResponse } from '../helpers/answers.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { readConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/bootstrap.ts';
import { revokeCertificate } from '../../src/server/certificates/store.ts';
import { loadIssuerKeys } from '../../src/server/certificates/keys.ts';
import { buildClaims, issueToken } from '../../src/server/certificates/sign.ts';
import type { PublicQuestion } from '../../src/quizzes/engine/types.ts';

const NAME = "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.";
const NIP = '198609262015052001';
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let number: string;
let verifyUrl: string;

function seedOf(attemptId: string): string {
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
  try {
    return (d.prepare('SELECT seed FROM attempts WHERE id = ?').get(attemptId) as { seed: string }).seed;
  } finally {
    d.close();
  }
}

const api = (p: Page, url: string, method = 'GET', body?: unknown) =>
  p.evaluate(async ({ url, method, body }) => {
    const r = await fetch(url, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    return { status: r.status, body: await r.json().catch(() => null) };
  }, { url, method, body });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await phoneContext(browser, server.url);
  page = await context.newPage();
  await page.goto('/masuk');
  // Register and pass the final exam through the API (the exam UI has its own test).
  const who = await api(page, '/api/akun/daftar', 'POST', { nip: NIP, name: NAME, jabatan: 'Kepala Madrasah', unit: 'MIN 2 Tabalong', password: TEST_PASSWORD });
  expect(who.status).toBe(201);
  const at = new Date().toISOString();
  expect((await api(page, '/api/kemajuan', 'POST', { modules: Object.fromEntries(MODULE_IDS.map((id) => [id, at])) })).status).toBe(200);
  const attempt = await api(page, '/api/ujian', 'POST', { kind: 'final' });
  const seed = seedOf(attempt.body.id);
  const responses = Object.fromEntries(
    (attempt.body.questions as PublicQuestion[]).map((q) => [q.id, rightResponse(gradedBank.find((g) => g.id === q.id)!, seed)]),
  );
  const result = await api(page, `/api/ujian/${attempt.body.id}/kirim`, 'POST', { responses });
  expect(result.body.score.passed).toBe(true);
  number = result.body.certificateNumber;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('issuance', () => {
  it('passing the final exam issues exactly one certificate, listed under "Sertifikat saya"', async () => {
    expect(number).toMatch(/^NTR-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.goto('/sertifikat');
    await page.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { name: `Sertifikat ${number}` }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('the PDF shows the name, the NIP and the number, and renders', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click()]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netral-pdf-'));
    const file = path.join(dir, 'c.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(NAME);
    expect(text.replace(/\s+/g, '')).toContain(NIP);
    expect(text).toContain(number);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', file, path.join(dir, 'page')]);
    verifyUrl = (await page.locator('a', { hasText: 'Buka halaman verifikasi' }).getAttribute('href'))!;
    expect(verifyUrl).toMatch(/^\/verifikasi#\d+$/);
  });

  it('the Open Badge credential names the achievement and hides the NIP', async () => {
    const badge = await api(page, `/sertifikat/${number}/badge.json`);
    expect(badge.status).toBe(200);
    expect(badge.body.type).toContain('OpenBadgeCredential');
    expect(badge.body.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(JSON.stringify(badge.body)).not.toContain(NIP);
  });

  it("another browser cannot download someone else's certificate", async () => {
    const stranger = await browser.newContext({ baseURL: server.url });
    const res = await stranger.request.get(`/sertifikat/${number}/pdf`);
    expect(res.status()).toBe(401);
    await stranger.close();
  });
});

describe('verification', () => {
  it('verifies offline: every request after the page itself is blocked', async () => {
    const fresh = await browser.newContext({ baseURL: server.url });
    const p = await fresh.newPage();
    let pageLoaded = false;
    const blocked: string[] = [];
    await p.route('**/*', (route) => {
      if (!pageLoaded && route.request().resourceType() === 'document') {
        pageLoaded = true;
        return route.continue();
      }
      blocked.push(route.request().url());
      return route.abort();
    });
    await p.goto(verifyUrl);
    await p.getByText('✓ Sertifikat sah').waitFor();
    const details = await p.locator('#cert-details').textContent();
    expect(details).toContain(NAME);
    expect(details).toContain(number);
    expect(details).not.toContain(NIP);
    await p.getByText(/Status pencabutan tidak dapat diperiksa/).waitFor();
    expect(blocked.some((u) => u.includes(`/api/sertifikat/${number}`))).toBe(true);

    // The token has no NIP, not even hashed: matching a full NIP needs the issuer's server.
    await p.getByLabel('Cocokkan NIP pemilik').fill(NIP);
    await p.getByRole('button', { name: 'Cocokkan' }).click();
    await p.getByText(/hanya dapat dicocokkan saat tersambung/).waitFor();
    await fresh.close();
  });

  it('a token of the old format (version 1, issued before COSE tokens) still verifies', async () => {
    const keys = loadIssuerKeys({ dataDir: server.dataDir, signingKey: undefined });
    const old = issueToken(
      buildClaims({ number, name: NAME, nip: NIP, jabatan: 'Kepala Madrasah', unit: 'MIN 2 Tabalong', score: 92, jp: 2, issuedAt: '2026-11-22' }, keys),
      keys,
    );
    const p = await context.newPage();
    await p.goto(`/verifikasi#${old}`);
    await p.getByText('✓ Sertifikat sah').waitFor();
    const details = await p.locator('#cert-details').textContent();
    expect(details).toContain(NAME);
    expect(details).toContain('22 November 2026');
    expect(details).toContain('1986');
    // Its salted hash is checked in the browser, as before.
    await p.getByLabel('Cocokkan NIP pemilik').fill(NIP);
    await p.getByRole('button', { name: 'Cocokkan' }).click();
    await p.getByText(/NIP cocok/).waitFor();
    await p.close();
  });

  it('a changed character in the token fails', async () => {
    const p = await context.newPage();
    const token = verifyUrl.split('#')[1];
    const flipped = token.slice(0, 60) + (token[60] === '1' ? '2' : '1') + token.slice(61);
    await p.goto(`/verifikasi#${flipped}`);
    await p.getByText(/tidak sah|tidak dapat dibaca|rusak/i).first().waitFor();
    await expect(p.getByText('✓ Sertifikat sah').count()).resolves.toBe(0);
    await p.close();
  });

  it('a typed certificate number finds it; after revocation, online verification shows it revoked', async () => {
    const p = await context.newPage();
    await p.goto('/verifikasi');
    await p.getByRole('textbox', { name: 'Nomor sertifikat' }).fill(number.toLowerCase());
    await p.getByRole('button', { name: 'Periksa' }).click();
    await p.getByText('✓ Sertifikat sah').waitFor();
    await p.getByText('Status: berlaku (tidak dicabut).').waitFor();
    await expectNoAxeViolations(p);

    const handle = await openDatabase(readConfig({ DATA_DIR: server.dataDir }));
    await revokeCertificate(number, 'Data jabatan salah; diterbitkan ulang.', 'test-admin', new Date(), handle.db);
    await handle.close();

    await p.goto(verifyUrl);
    await p.getByText('✗ Dicabut').waitFor();
    await p.getByText(/Data jabatan salah/).waitFor();
    const status = await api(p, `/api/sertifikat/${number}`);
    expect(status.body).toMatchObject({ number, status: 'revoked', reason: 'Data jabatan salah; diterbitkan ulang.' });
    expect((await api(p, '/api/sertifikat/bukan-nomor')).status).toBe(400);
    expect((await api(p, '/api/sertifikat/NTR-2026-0000-0000')).status).toBeGreaterThanOrEqual(400);
    await p.close();
  });
});
