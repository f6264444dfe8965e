/**
 * Offline: a learner reads lessons online, loses the connection, reloads, reads another lesson and
 * passes its knowledge check; the exam says it needs the internet; when the connection returns,
 * the progress made offline reaches the server. Also: the app can be installed (manifest, icons)
 * and the service worker keeps no personal data.
 */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerInBrowser } from '../helpers/learner.ts';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { passKnowledgeCheck } from '../helpers/answers.ts';
import { practiceByModule } from '../../src/quizzes/banks/practice/index.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const [first, second] = Object.keys(practiceByModule).sort();

/** Modules the server has recorded as finished (read-only look at the database). */
function serverProgress(): string[] {
  const db = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
  try {
    return (db.prepare('SELECT module_id FROM module_progress ORDER BY module_id').all() as { module_id: string }[]).map((r) => r.module_id);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await phoneContext(browser, server.url);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a learner without a connection', () => {
  it('registers, reads a lesson online and its progress reaches the server', async () => {
    await registerInBrowser(page, { nip: '19860926 201505 1 001', name: 'Siti Aminah, S.Ag.' });

    await page.goto(`/modul/${first}`);
    // The service worker takes control once it has stored the lessons.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 }).catch(async (e) => {
      // Say where the worker stopped, and what the server said, when it never takes control.
      const state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { installing: r?.installing?.state ?? null, waiting: r?.waiting?.state ?? null, active: r?.active?.state ?? null };
      });
      throw new Error(`${e}\nservice worker: ${JSON.stringify(state)}\nserver: ${server.output().slice(-2000)}`);
    });
    await passKnowledgeCheck(page, first, practiceByModule[first]);
    await expect.poll(serverProgress, { timeout: 10_000 }).toEqual([first]);
  });

  it('offline: reloads, reads another lesson and passes its check', async () => {
    await context.setOffline(true);
    // Chromium's offline emulation does not always cover a request that passes through the service
    // worker to the network, so the server is also made unreachable for this context, as it would be.
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText('Anda sudah menyelesaikan modul ini.', { exact: false }).waitFor();
    await page.goto(`/modul/${second}`);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await passKnowledgeCheck(page, second, practiceByModule[second]);
    await page.reload();
    // The menu marks what is done from the device's progress once the page's script has read it.
    await expect.poll(() => page.locator(`.course-nav li[data-module="${second}"]`).getAttribute('class')).toContain('done');
    // Not on the server yet: there is no connection.
    expect(serverProgress()).toEqual([first]);
  });

  it('offline: a page never visited is there too, and the exam says it needs the internet', async () => {
    await page.goto('/peraturan');
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await page.goto('/ujian/akhir');
    await page.getByText('Perlu koneksi internet').waitFor();
    await expectNoAxeViolations(page);
  });

  it('back online: the progress made offline reaches the server, and the exam page answers again', async () => {
    await context.unroute('**/api/**');
    await context.setOffline(false);
    await expect.poll(serverProgress, { timeout: 15_000 }).toEqual([first, second].sort());
    // Online again, the final exam page reaches the server: it lists the modules still missing.
    await page.getByText(/Masih ada \d+ modul yang belum Anda selesaikan/).waitFor();
  });
});

describe('installable, and nothing personal in the cache', () => {
  it('has a manifest with Indonesian names, the theme colour and its icons', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ short_name: 'Netral', lang: 'id', start_url: '/', display: 'standalone', theme_color: '#0b5c4a' });
    expect(manifest.name).toMatch(/Netralitas ASN/);
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const res = await fetch(`${server.url}${icon.src}`);
      expect(res.status, icon.src).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (icon.type === 'image/png') {
        // PNG signature, then the IHDR width and height match the declared size.
        expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
        const view = new DataView(bytes.buffer);
        expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(icon.sizes);
      }
    }
  });

  it('the cache holds every lesson and no API answer or personal page', async () => {
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) for (const req of await (await caches.open(key)).keys()) urls.push(new URL(req.url).pathname);
      return { keys: await caches.keys(), urls };
    });
    expect(cached.keys).toHaveLength(1);
    for (const id of Object.keys(practiceByModule)) expect(cached.urls).toContain(`/modul/${id}`);
    expect(cached.urls.filter((u) => /^\/(api|hasil|sertifikat|admin)\b/.test(u))).toEqual([]);
  });
});
