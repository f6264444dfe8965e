/**
 * Security headers on every page type, and every page still working in Chromium under its
 * Content-Security-Policy: no violation reported, no console error, islands hydrated, the
 * verifier's inline script running.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { identify, nipFor, passFinal, type Client } from '../helpers/bad-input.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let learner: Client;
let attemptId: string;
let number: string;

beforeAll(async () => {
  server = await startServer();
  learner = await identify(server.url, nipFor(10));
  ({ attemptId, number } = await passFinal(learner, server.dataDir));
  browser = await launchBrowser();
  context = await phoneContext(browser, server.url);
  const [name, value] = learner.cookie.split('=');
  await context.addCookies([{ name, value, url: server.url }]);
  // Collects CSP violations from the first moment of every page.
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Page types and a path of each (filled in once the fixtures exist). */
const PAGES: Record<string, () => string> = {
  home: () => '/',
  'module list': () => '/modul',
  lesson: () => '/modul/01-mengapa-netral',
  regulations: () => '/peraturan',
  regulation: () => '/peraturan/uu-20-2023',
  'exam overview': () => '/ujian',
  'pre-test': () => '/ujian/pre-test',
  'final exam': () => '/ujian/akhir',
  result: () => `/hasil/${attemptId}`,
  profile: () => '/profil',
  'my certificates': () => '/sertifikat',
  certificate: () => `/sertifikat/${number}`,
  verification: () => '/verifikasi',
  'verification by number': () => `/verifikasi?nomor=${number}`,
  'staff sign-in': () => '/staf/masuk',
  'live session': () => '/sesi',
  'not found': () => '/tidak-ada',
};

function expectCommonHeaders(h: Record<string, string>, what: string) {
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toMatch(/^(same-origin|no-referrer|strict-origin-when-cross-origin)$/);
  expect(h['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy'], what).toContain("object-src 'none'");
}

/**
 * The page's own policy (a <meta> on static pages, Astro's header on pages rendered on request):
 * scripts only from the site or by hash, never 'unsafe-inline' or eval.
 */
async function pagePolicy(page: Page, headers: Record<string, string>): Promise<string> {
  const metas = page.locator('meta[http-equiv="content-security-policy"]');
  const meta = (await metas.count()) ? await metas.first().getAttribute('content') : null;
  // Playwright joins repeated headers with a newline.
  const csp = meta ?? headers['content-security-policy'].split('\n').find((p) => p.includes('script-src'));
  expect(csp).toBeTruthy();
  const scriptSrc = /script-src ([^;]*)/.exec(csp!)![1];
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|https?:/);
  expect(csp).toContain("default-src 'self'");
  return csp!;
}

async function visit(path: string, expectStatus: number) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const res = await page.goto(path, { waitUntil: 'load' });
  expect(res!.status(), path).toBe(expectStatus);
  // Give islands and deferred scripts a moment to run (and to report a violation if blocked).
  await page.waitForLoadState('networkidle');
  return { page, res: res!, problems };
}

describe.each(Object.entries(PAGES))('%s', (type, path) => {
  it('carries the security headers and runs with no CSP violation', async () => {
    const status = type === 'not found' ? 404 : 200;
    const { page, res, problems } = await visit(path(), status);
    const headers = await res.allHeaders();
    expectCommonHeaders(headers, type);
    await pagePolicy(page, headers);
    // Every island hydrated (Astro removes `ssr` once the component has run).
    await expect(page.locator('astro-island[ssr]').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems.filter((p) => !/404 \(Not Found\)/.test(p) || type !== 'not found')).toEqual([]);
    await page.close();
  });
});

describe('scripts that must run under the policy', () => {
  it('the verifier (inline, allowed by hash) checks a certificate from its QR link', async () => {
    const { page, problems } = await visit(`/verifikasi?nomor=${number}`, 200);
    await page.getByText('✓ Sertifikat sah').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an inline script that is not hashed is blocked (the policy is really enforced)', async () => {
    const { page } = await visit('/', 200);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: (window as unknown as { __injected?: boolean }).__injected === true, reports: (window as unknown as { __csp: string[] }).__csp };
    });
    expect(ran.ran).toBe(false);
    expect(ran.reports.join('\n')).toMatch(/script-src/);
    await page.close();
  });

  it('the site refuses to be framed by another page', async () => {
    const page = await context.newPage();
    await page.goto('/verifikasi');
    const blocked = await page.evaluate(async () => {
      const f = document.createElement('iframe');
      f.src = '/';
      document.body.append(f);
      await new Promise((r) => setTimeout(r, 1000));
      try {
        return !f.contentDocument || f.contentDocument.body === null || f.contentDocument.body.innerHTML === '';
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    await page.close();
  });
});

describe('non-page responses', () => {
  it('API answers, built assets and the PDF carry the headers too', async () => {
    const html = await (await fetch(server.url + '/')).text();
    const asset = /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1];
    for (const [url, cookie] of [['/api/health', ''], [asset, ''], ['/api/ujian', learner.cookie], [`/sertifikat/${number}/pdf`, learner.cookie]] as const) {
      const r = await fetch(server.url + url, { headers: cookie ? { cookie } : {} });
      expect(r.status, url).toBe(200);
      expectCommonHeaders(Object.fromEntries(r.headers), url);
    }
  });
});

describe('status lines', () => {
  it('carry the standard reason phrase for every status (not an empty one)', async () => {
    const cases: [string, RequestInit, number, string][] = [
      ['/api/health', {}, 200, 'OK'],
      ['/api/ujian', {}, 401, 'Unauthorized'],
      ['/halaman-yang-tidak-ada', {}, 404, 'Not Found'],
      ['/api/akun/masuk', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nip":' }, 400, 'Bad Request'],
      ['/api/akun/daftar', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nip":"123"}' }, 422, 'Unprocessable Entity'],
    ];
    for (const [url, init, status, phrase] of cases) {
      const r = await fetch(server.url + url, init);
      expect(r.status, url).toBe(status);
      expect(r.statusText, url).toBe(phrase);
    }
  });
});
