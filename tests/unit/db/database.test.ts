/**
 * The database layer on the configured engine: SQLite in a temporary DATA_DIR by default, or
 * PostgreSQL when DATABASE_URL is set (CI runs this file again against PostgreSQL).
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../../src/server/config.ts';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { ConfigError, ensureFirstAdmin, openDatabase } from '../../../src/server/bootstrap.ts';
import { migrations } from '../../../src/server/db/migrate.ts';
import { verifyPassword } from '../../../src/server/auth/password.ts';
import type { DbHandle } from '../../../src/server/db/index.ts';

let db: TestDb;
let handle: DbHandle;
let cfg: Config;
let dataDir: string;

beforeAll(async () => {
  db = await openTestDb();
  ({ handle, cfg, dataDir } = db);
});
afterAll(() => db?.close());

describe(`database on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('applies every migration on first open, and again is a no-op', async () => {
    const applied = await handle.db.selectFrom('kysely_migration' as never).select(sql<string>`name`.as('name')).execute();
    expect(applied.map((r) => r.name)).toEqual(Object.keys(migrations));
    const again = await openDatabase(cfg);
    expect(again.engine).toBe(handle.engine);
    await again.close();
  });

  it('creates the first admin once, with a hashed one-time password', async () => {
    const password = await ensureFirstAdmin(handle, 'admin');
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const admin = await handle.db.selectFrom('staff_users').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(admin.role).toBe('admin');
    expect(admin.must_change_password).toBe(1);
    expect(admin.password_hash).not.toContain(password!);
    expect(await verifyPassword(password!, admin.password_hash)).toBe(true);
    expect(await verifyPassword('salah', admin.password_hash)).toBe(false);
    expect(await ensureFirstAdmin(handle, 'admin')).toBeUndefined();
    const audit = await handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'staff.create-first-admin').execute();
    expect(audit).toHaveLength(1);
  });

  it('enforces unique NIPs and foreign keys', async () => {
    const now = new Date().toISOString();
    const learner = { id: randomUUID(), nip: '198609262015051001', kind: 'pns', name: 'Budi', jabatan: 'Penyuluh', pangkat: null, unit_id: null, unit_name: 'KUA', created_at: now, updated_at: now };
    await handle.db.insertInto('learners').values(learner).execute();
    await expect(handle.db.insertInto('learners').values({ ...learner, id: randomUUID() }).execute()).rejects.toThrow();
    await expect(
      handle.db.insertInto('learners').values({ ...learner, id: randomUUID(), nip: '198609262015051002', unit_id: 'TIDAK-ADA' }).execute(),
    ).rejects.toThrow();
  });

  it('rolls back a failed transaction completely', async () => {
    const now = new Date().toISOString();
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('units').values({ id: 'U-1', name: 'Kanwil', parent_id: null, created_at: now }).execute();
        await trx.insertInto('units').values({ id: 'U-1', name: 'Duplikat', parent_id: null, created_at: now }).execute();
      }),
    ).rejects.toThrow();
    expect(await handle.db.selectFrom('units').selectAll().where('id', '=', 'U-1').execute()).toEqual([]);
  });

  it('assigns increasing audit ids and stores times as text', async () => {
    const at = '2026-01-02T03:04:05.000Z';
    await handle.db.insertInto('audit_log').values([{ at, actor_id: null, action: 'x', target: null, detail: null }, { at, actor_id: null, action: 'y', target: null, detail: null }]).execute();
    const rows = await handle.db.selectFrom('audit_log').select(['id', 'at', 'action']).where('action', 'in', ['x', 'y']).orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['x', 'y']);
    expect(Number(rows[1].id)).toBeGreaterThan(Number(rows[0].id));
    expect(rows[0].at).toBe(at);
  });
});

describe.skipIf(!!process.env.DATABASE_URL)('the SQLite write-ahead log', () => {
  it('is copied back into the database while the server writes, so it stays bounded', async () => {
    const fs = await import('node:fs');
    const wal = path.join(dataDir, 'netral.db-wal');
    await sql`CREATE TABLE IF NOT EXISTS wal_probe (x TEXT)`.execute(handle.db);
    const chunk = 'x'.repeat(64 * 1024);
    // 16 MB written in 1 MB commits with short pauses: four times the checkpoint threshold (4 MB).
    let largest = 0;
    for (let i = 0; i < 16; i++) {
      await handle.db.transaction().execute(async (trx) => {
        for (let j = 0; j < 16; j++) await sql`INSERT INTO wal_probe (x) VALUES (${chunk})`.execute(trx);
        await sql`DELETE FROM wal_probe`.execute(trx);
      });
      await new Promise((r) => setTimeout(r, 250));
      largest = Math.max(largest, fs.statSync(wal).size);
    }
    // Unchecked, the log would hold all 16 MB; the checkpointer lets it start over past 4 MB.
    expect(largest).toBeGreaterThan(1024 * 1024);
    expect(largest).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('bad configuration', () => {
  it('a DATA_DIR that cannot be written is a clear configuration error', async () => {
    const blocked = path.join(dataDir, 'file-not-dir');
    (await import('node:fs')).writeFileSync(blocked, 'x');
    await expect(openDatabase(readConfig({ DATA_DIR: path.join(blocked, 'sub') }))).rejects.toThrow(ConfigError);
  });

  it('an unreachable PostgreSQL is a clear configuration error', async () => {
    const err = await openDatabase(readConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://netral:x@127.0.0.1:9/netral' })).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/PostgreSQL di 127\.0\.0\.1:9\/netral tidak dapat dihubungi/);
  });
});
