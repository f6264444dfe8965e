/**
 * Guards an operator relies on when the server faces a network (issue 13), against the built
 * server on SQLite listening on every interface with PUBLIC_ORIGIN left unset:
 *  - the PUBLIC_ORIGIN guard: a warning at start-up, a banner on staff pages, no certificate PDF
 *    or badge with a localhost address in it;
 *  - files at rest private under umask 022 (DATA_DIR 0700; database, WAL/SHM, keys, PDFs 0600);
 *  - nonsense numbers in query strings answer 400, and lists have a maximum page size;
 *  - the exam start and the certificate look-up hit 429 when flooded.
 */
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { Client, identify, nipFor, passFinal } from '../helpers/bad-input.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';

let server: TestServer;
let learner: Client;
let certNumber = '';
const mode = (p: string) => (statSync(p).mode & 0o777).toString(8).padStart(4, '0');

beforeAll(async () => {
  const umask = process.umask(0o022);
  try {
    server = await startServer({ HOST: '0.0.0.0', PUBLIC_ORIGIN: '' });
  } finally {
    process.umask(umask);
  }
  learner = await identify(server.url, nipFor(700), 'Rahmat Hidayat');
  certNumber = (await passFinal(learner, server.dataDir)).number;
});
afterAll(() => server?.stop());

/** The admin, logged in through the API with the password changed (staff APIs refuse a pending change). */
async function adminClient(): Promise<{ c: Client; cookie: string }> {
  const c = new Client(server.url);
  const r = await fetch(`${server.url}/api/staf/masuk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: server.adminPassword }) });
  expect(r.status).toBe(200);
  const cookie = r.headers.getSetCookie().find((x) => x.startsWith('netral_staf='))!.split(';')[0];
  const { csrfToken } = await r.json();
  const changed = await c.request('POST', '/api/staf/sandi', { cookie, headers: { 'x-csrf-token': csrfToken }, body: { current: server.adminPassword, password: 'pohon mangga di halaman' } });
  expect(changed.status).toBe(200);
  return { c, cookie };
}

describe('PUBLIC_ORIGIN guard', () => {
  it('warns at start-up that PUBLIC_ORIGIN is unset while the server serves the network', () => {
    expect(server.output()).toMatch(/PERINGATAN: PUBLIC_ORIGIN belum diatur, padahal server melayani jaringan \(HOST=0\.0\.0\.0\)/);
  });

  it('staff pages show a banner saying what to set', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/staf/masuk`);
      const banner = page.locator('#origin-banner');
      await expect(banner.textContent()).resolves.toMatch(/PUBLIC_ORIGIN belum diatur.*Minta pengelola server mengatur PUBLIC_ORIGIN/);
      await expectNoAxeViolations(page);
    } finally {
      await browser.close();
    }
  });

  it('no certificate PDF or badge is issued with a localhost address; the learner is told why', async () => {
    for (const url of [`/sertifikat/${certNumber}/pdf`, `/sertifikat/${certNumber}/badge.json`]) {
      const r = await learner.request('GET', url);
      expect(r.status, url).toBe(503);
      expect(r.json.error).toBe('Sertifikat belum dapat diunduh karena alamat publik situs belum diatur oleh pengelola server. Silakan coba lagi nanti.');
    }
  });
});

describe('files at rest', () => {
  it('under umask 022, DATA_DIR is 0700 and the database, its WAL/SHM and the signing key are 0600', () => {
    expect(mode(server.dataDir)).toBe('0700');
    for (const f of ['netral.db', 'netral.db-wal', 'netral.db-shm']) expect(mode(path.join(server.dataDir, f)), f).toBe('0600');
    const keys = path.join(server.dataDir, 'keys');
    const keyFiles = readdirSync(keys);
    expect(keyFiles).toContain('issuer-ed25519.pem');
    for (const f of keyFiles) expect(mode(path.join(keys, f)), f).toBe('0600');
  });

  it('cached certificate PDFs (full NIPs inside) are 0600 in a 0700 folder', async () => {
    // A second server on the same DATA_DIR, now with a public address, renders the PDF.
    const umask = process.umask(0o022);
    let other: TestServer;
    try {
      other = await startServer({ DATA_DIR: server.dataDir, HOST: '127.0.0.1' });
    } finally {
      process.umask(umask);
    }
    try {
      const c = new Client(other.url);
      c.cookie = learner.cookie;
      expect((await c.request('GET', `/sertifikat/${certNumber}/pdf`)).status).toBe(200);
      const cache = path.join(server.dataDir, 'pdf-cache');
      expect(mode(cache)).toBe('0700');
      const files = readdirSync(cache);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(mode(path.join(cache, f)), f).toBe('0600');
    } finally {
      await other.stop();
    }
  });
});

describe('numbers in query strings', () => {
  it('nonsense paging answers 400 with the allowed range; a page size past the maximum too', async () => {
    const { c, cookie } = await adminClient();
    for (const q of ['offset=1e308', 'offset=-1', 'limit=0', 'limit=abc', 'limit=501', 'offset=99999999999']) {
      for (const api of ['/api/staf/audit', '/api/staf/peserta']) {
        const r = await c.request('GET', `${api}?${q}`, { cookie });
        expect(r.status, `${api}?${q}`).toBe(400);
        expect(r.json.error).toMatch(/harus bilangan bulat dari \d+ sampai [\d.]+\./);
      }
    }
    expect((await c.request('GET', '/api/staf/audit?limit=500&offset=0', { cookie })).status).toBe(200);
  });
});

describe('floods', () => {
  it('one learner starting the exam over and over hits 429 with Retry-After', async () => {
    const c = await identify(server.url, nipFor(701), 'Dewi Lestari');
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await c.request('POST', '/api/ujian', { body: { kind: 'final' } })).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    const r = await c.request('POST', '/api/ujian', { body: { kind: 'final' } });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('guessing certificate numbers hits 429, on the API and the verification page alike', async () => {
    const c = new Client(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await c.request('GET', `/api/sertifikat/${certNumber}`)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(120);
    expect(statuses.at(-1)).toBe(429);
    const page = await c.request('GET', `/verifikasi?nomor=${certNumber}`);
    expect(page.status).toBe(429);
    expect(page.text).toMatch(/Terlalu banyak permintaan/);
  });
});
