/**
 * A fresh database for a test file: SQLite in a temporary DATA_DIR, or, when DATABASE_URL is set
 * (the PostgreSQL leg of CI), that database with its schema dropped and migrated from scratch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig, type Config } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/bootstrap.ts';
import type { DbHandle } from '../../src/server/db/index.ts';

export interface TestDb {
  handle: DbHandle;
  cfg: Config;
  dataDir: string;
  close: () => Promise<void>;
}

export async function resetPostgres(url: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

export async function openTestDb(): Promise<TestDb> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-db-'));
  const cfg = readConfig({ DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL });
  if (cfg.databaseUrl) await resetPostgres(cfg.databaseUrl);
  const handle = await openDatabase(cfg);
  return {
    handle,
    cfg,
    dataDir,
    close: async () => {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
