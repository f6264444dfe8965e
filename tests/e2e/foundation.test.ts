/**
 * The learner's shell: the production server as a user starts it, the home page, a lesson, and
 * progress that survives a reload; plus what the server promises (health, compression, caching).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { weighBuild } from '../../scripts/lib/weight.mjs';
import { passKnowledgeCheck } from '../helpers/answers.ts';
import { practiceByModule } from '../../src/quizzes/banks/practice/index.ts';

let server: TestServer;
let browser: Browser;
const firstModule = readdirSync('src/content/modules').filter((f) => f.endsWith('.mdx')).sort()[0].replace(/\.mdx$/, '');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first start', () => {
  it('prints the first admin account once', async () => {
    expect(server.adminPassword).toMatch(/^[a-z2-9-]{19}$/);
    // The same DATA_DIR a second time: the account exists, so no password is printed.
    const again = await startServer({ DATA_DIR: server.dataDir });
    expect(again.output()).toContain('siap di');
    expect(again.adminPassword).toBeUndefined();
    await again.stop();
  });
});

describe('a learner reads a lesson', () => {
  it('home → lesson → pass its check → tick and progress bar survive a reload', async () => {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await expect(page.getByText(/Lama pelatihan: \d+ JP/).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Mulai belajar' }).click();
    await page.waitForURL(`**/modul/${firstModule}`);
    await expectNoAxeViolations(page);
    await passKnowledgeCheck(page, firstModule, practiceByModule[firstModule]);

    await page.reload();
    await page.getByText('Anda sudah menyelesaikan modul ini.', { exact: false }).waitFor();
    const item = page.locator(`.course-nav li[data-module="${firstModule}"]`);
    await expect(item.getAttribute('class')).resolves.toContain('done');
    await expect(item.textContent()).resolves.toContain('(Selesai)');
    await expect(page.locator('progress').first().getAttribute('value')).resolves.toBe('1');

    await page.goto('/');
    await expect(page.locator('#course-progress-label').textContent()).resolves.toMatch(/^Kemajuan: 1 dari \d+ modul selesai$/);
    await context.close();
  });
});

describe('what the server promises', () => {
  it('reports health with the database reachable and the version', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: { engine: 'sqlite', status: 'ok' } });
    expect(body.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('compresses pages and API responses, and caches hashed assets for a year', async () => {
    const home = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(home.headers.get('content-encoding')).toBe('br');
    const html = await home.text();
    const asset = /\/_astro\/[^"']+\.(?:js|css)/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const a = await fetch(`${server.url}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(a.headers.get('cache-control')).toContain('immutable');
    const api = await fetch(`${server.url}/api/health`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(api.status).toBe(200);
    // The health body is tiny (below the compression threshold); a page rendered on request is not.
    const notFound = await fetch(`${server.url}/tidak-ada`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('content-encoding')).toBe('gzip');
    expect(await notFound.text()).toContain('Halaman tidak ditemukan');
  });

  it('sends the basic security headers', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('weight budgets', () => {
  // The same figures `npm run check:weight` prints.
  for (const row of weighBuild('dist/client')) {
    it(`the ${row.type} page ships at most ${row.budgetJs / 1024} kB of gzip JavaScript and ${row.budgetTotal / 1024} kB in all`, () => {
      expect(row.js).toBeLessThanOrEqual(row.budgetJs);
      expect(row.total).toBeLessThanOrEqual(row.budgetTotal);
    });
  }
});

describe('bad configuration stops the server with one clear line', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0', ...env }, encoding: 'utf8', timeout: 30_000 });

  it('a PostgreSQL that is down', () => {
    const r = run({ DATABASE_URL: 'postgres://netral:x@127.0.0.1:9/netral' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^netral: PostgreSQL di 127\.0\.0\.1:9\/netral tidak dapat dihubungi/);
  });

  it('a DATA_DIR that is not writable', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'netral-bad-')), 'a-file');
    writeFileSync(file, 'x');
    const r = run({ DATA_DIR: path.join(file, 'data') });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^netral: DATA_DIR .* tidak dapat ditulisi/);
  });
});
