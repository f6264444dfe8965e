/**
 * `node scripts/field.mjs` on a laptop's DATA_DIR (SQLite, as on a laptop): import prints the
 * session code, importing again is harmless, a bad package exits with its message, and export
 * writes the signed results of a closed session (checked with jose).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { flattenedVerify, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePackage } from '../../helpers/field-package.ts';
import { readConfig } from '../../../src/server/config.ts';
import { ensureFirstAdmin, openDatabase } from '../../../src/server/bootstrap.ts';
import type { FieldPackage } from '../../../src/server/fieldkit/format.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'netral-field-cli-'));
let pkg: FieldPackage;

function field(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/field.mjs', ...args], { env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', NETRAL_PASSWORD: 'sandi-pusat-uji' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  const handle = await openDatabase(readConfig({ DATA_DIR: dir }));
  await ensureFirstAdmin(handle, 'admin');
  await handle.close();
  pkg = await makePackage();
  writeFileSync(path.join(dir, 'paket.json'), JSON.stringify(pkg));
  writeFileSync(path.join(dir, 'lama.json'), JSON.stringify({ ...pkg, expiresAt: '2020-01-01T00:00:00.000Z' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/field.mjs', () => {
  it('without the right arguments prints how to use it', () => {
    const r = field('import');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Penggunaan:');
  });

  it('imports a package and prints the session code; again is harmless', () => {
    const r = field('import', path.join(dir, 'paket.json'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Kode sesi: ${pkg.session.code}`);
    const again = field('import', path.join(dir, 'paket.json'));
    expect([again.code, again.out]).toEqual([0, expect.stringContaining('diimpor ulang')]);
    const d = new DatabaseSync(path.join(dir, 'netral.db'), { readOnly: true });
    expect(d.prepare('SELECT count(*) AS n FROM live_sessions').get()).toEqual({ n: 1 });
    d.close();
  }, 60_000);

  it('an expired package or a missing file exits with a message', () => {
    const old = field('import', path.join(dir, 'lama.json'));
    expect([old.code, old.err]).toEqual([1, expect.stringContaining('sudah kedaluwarsa')]);
    const none = field('import', path.join(dir, 'tidak-ada.json'));
    expect([none.code, none.err]).toEqual([1, expect.stringContaining('tidak dapat dibaca')]);
  }, 60_000);

  it('exports only a closed session, signed with the package key', async () => {
    const out = path.join(dir, 'hasil.json');
    const open = field('export', pkg.session.code, out);
    expect([open.code, open.err]).toEqual([1, expect.stringContaining('Sesi belum ditutup')]);
    const d = new DatabaseSync(path.join(dir, 'netral.db'));
    d.prepare("UPDATE live_sessions SET status = 'closed', closed_at = ? WHERE id = ?").run(new Date().toISOString(), pkg.session.id);
    d.close();
    const r = field('export', pkg.session.code.toLowerCase(), out);
    expect([r.code, r.out]).toEqual([0, expect.stringContaining(out)]);
    const pub = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x, alg: 'EdDSA' }, 'EdDSA');
    const v = await flattenedVerify(JSON.parse(readFileSync(out, 'utf8')), pub);
    expect(JSON.parse(new TextDecoder().decode(v.payload)).sessionId).toBe(pkg.session.id);
  }, 60_000);

  it('sync without the central address prints how to use it; an unreachable central server is said plainly', () => {
    expect(field('sync', pkg.session.code).code).toBe(2);
    const r = field('sync', pkg.session.code, '--to', 'http://127.0.0.1:9', '--user', 'fasilitator');
    expect([r.code, r.err]).toEqual([1, expect.stringContaining('Server pusat http://127.0.0.1:9 tidak dapat dihubungi')]);
  }, 60_000);
});
