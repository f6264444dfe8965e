/**
 * Bad input against every learner-facing endpoint (the table in tests/helpers/bad-input.ts):
 * malformed and oversize bodies, wrong types, unknown fields, SQL and HTML injection, forged
 * cross-site requests, missing, unknown and expired sessions. Each gets a 4xx with an Indonesian
 * message, and the database is byte-for-byte the same afterwards.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import {
  ENDPOINTS, INJECTIONS, badCases, dumpDatabase, expiredSessionCookie, identify, nipFor, passFinal, responsesFor, seedOf, startExam,
  type Fixtures,
} from '../helpers/bad-input.ts';

let server: TestServer;
let f: Fixtures;

beforeAll(async () => {
  server = await startServer();
  const nip = nipFor(0);
  const learner = await identify(server.url, nip);
  const passed = await passFinal(learner, server.dataDir);
  const pre = await startExam(learner, 'pre');
  const q = pre.questions[0];
  f = {
    learner, nip,
    openAttemptId: pre.id,
    openQuestion: { id: q.id, response: responsesFor([q], seedOf(server.dataDir, pre.id))[q.id] },
    submittedAttemptId: passed.attemptId,
    certificateNumber: passed.number,
    expiredCookie: expiredSessionCookie(server.dataDir, nip),
  };
});
afterAll(async () => {
  await server?.stop();
});

/** Words that give away an untranslated or internal error. */
const NOT_FOR_PEOPLE = /\b(error|invalid|unexpected|undefined|exception|SQLITE|syntax|stack|TypeError)\b/i;

describe('the endpoint table', () => {
  it('the fixtures are valid: each endpoint accepts the good request (so a rejection below is about the bad part)', async () => {
    for (const [name, e] of Object.entries(ENDPOINTS)) {
      if (e.method !== 'GET') continue; // Good writes are covered by the feature tests; here they would change the data.
      const r = await f.learner.request('GET', e.path(f));
      expect(r.status, name).toBe(200);
    }
  });
});

/** The database without the audit log, which records failed logins on purpose (checked below). */
function dataOf(dir: string) {
  const { audit_log: _, ...rest } = dumpDatabase(dir);
  return rest;
}

describe.each(Object.entries(ENDPOINTS))('%s', (name, endpoint) => {
  it('answers every bad request with a 4xx and a message, and writes nothing', async () => {
    const before = dataOf(server.dataDir);
    const auditBefore = dumpDatabase(server.dataDir).audit_log;
    const cases = badCases(endpoint, f);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const r = await f.learner.request(c.method, c.path, { raw: c.body, headers: c.headers, cookie: c.cookie });
      const what = `${name}: ${c.label} → ${r.status} ${r.text.slice(0, 200)}`;
      expect(c.status, what).toContain(r.status);
      if (endpoint.answers === 'api' || r.headers.get('content-type')?.includes('json')) {
        expect(r.headers.get('content-type'), what).toContain('application/json');
        expect(typeof r.json?.error, what).toBe('string');
        expect(r.json.error.length, what).toBeGreaterThan(5);
        expect(r.json.error, what).not.toMatch(NOT_FOR_PEOPLE);
        if (c.message) expect(r.json.error, what).toBe(c.message);
      } else {
        expect(r.headers.get('content-type'), what).toContain('text/html');
        expect(r.text, what).toMatch(/class="notice bad"|role="alert"|<h1>/);
      }
      // Injected markup never comes back as markup (inside a quoted attribute value "<" is inert).
      expect(r.text, what).not.toContain(INJECTIONS.htmlAttr);
      expect(r.text.replace(/="[^"]*"/g, '=""'), what).not.toContain(INJECTIONS.html);
      // No endpoint opens itself to other sites.
      expect(r.headers.get('access-control-allow-origin'), what).toBeNull();
    }
    expect(dataOf(server.dataDir)).toEqual(before);
    // What the audit log gained (failed logins, forged codes) never holds a password or code sent.
    const added = dumpDatabase(server.dataDir).audit_log.slice(auditBefore.length - 1);
    for (const secret of ['sandi-uji-12345', 'sandi-baru-12345', 'salah-sekali-123', 'ABCD-EFGH', ...Object.values(INJECTIONS)]) expect(added, name).not.toContain(secret);
    // The learner's real session survived all of it.
    expect((await f.learner.request('GET', '/api/peserta')).status).toBe(200);
  });
});

describe('injection strings that are valid text', () => {
  it("an SQL string as a job title is stored verbatim as text and drops nothing", async () => {
    const tables = Object.keys(dumpDatabase(server.dataDir));
    const c = await identify(server.url, nipFor(1), 'Budi Santoso');
    const r = await c.request('POST', '/api/peserta', { body: { nip: nipFor(1), name: 'Budi Santoso', jabatan: INJECTIONS.sql, unit: "KUA'; DELETE FROM attempts;--" } });
    expect(r.status).toBe(200);
    expect(r.json.learner.jabatan).toBe(INJECTIONS.sql);
    expect(r.json.learner.unit).toBe("KUA'; DELETE FROM attempts;--");
    expect(Object.keys(dumpDatabase(server.dataDir))).toEqual(tables);
    const after = dumpDatabase(server.dataDir);
    expect(after.learners).toContain(nipFor(0));
    expect(after.attempts).toContain(f.submittedAttemptId);
  });

  it('markup typed as a name is refused with the reason, shown as text, never run', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await (await phoneContext(browser, server.url)).newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const before = dumpDatabase(server.dataDir);
      await page.goto('/masuk#daftar');
      await page.getByLabel('NIP / NI PPPK').fill(nipFor(2));
      await page.getByLabel('Nama lengkap dengan gelar').fill(INJECTIONS.html);
      await page.getByLabel('Jabatan', { exact: true }).fill(INJECTIONS.htmlAttr);
      await page.getByLabel('Unit kerja').fill('KUA Kecamatan Tanjung');
      await page.getByLabel('Kata sandi baru').fill('sandi-uji-12345');
      await page.getByRole('button', { name: 'Daftar dan masuk' }).click();
      await expect(page.locator('#ae-name').textContent()).resolves.toMatch(/\S/);
      // The same request straight to the API, bypassing the form's own checks.
      const api = await page.evaluate(async (body) => {
        const r = await fetch('/api/akun/daftar', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return { status: r.status, body: await r.json() };
      }, { nip: nipFor(2), name: INJECTIONS.html, jabatan: INJECTIONS.htmlAttr, unit: 'KUA Kecamatan Tanjung', password: 'sandi-uji-12345' });
      expect(api.status).toBe(422);
      expect(Object.keys(api.body.fields)).toEqual(expect.arrayContaining(['name', 'jabatan']));
      expect(await page.locator('script:not([src]):not([type])', { hasText: 'alert(1)' }).count()).toBe(0);
      expect(await page.locator('img[src=x]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(dumpDatabase(server.dataDir)).toEqual(before);
    } finally {
      await browser?.close();
    }
  });

  it('a certificate lookup echoes hostile input as text on the page', async () => {
    const r = await f.learner.request('GET', `/verifikasi?nomor=${encodeURIComponent(INJECTIONS.html)}`);
    expect(r.status).toBe(400);
    expect(r.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;” bukan nomor sertifikat yang sah');
    expect(r.text.replace(/="[^"]*"/g, '=""')).not.toContain(INJECTIONS.html);
    const attr = await f.learner.request('GET', `/verifikasi?nomor=${encodeURIComponent(INJECTIONS.htmlAttr)}`);
    expect(attr.text).not.toContain(INJECTIONS.htmlAttr);
    expect(attr.text).toContain('value="&quot;><img'); // still inside the quoted value
  });
});
