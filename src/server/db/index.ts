/**
 * The database: Kysely over node:sqlite (embedded default, one file in DATA_DIR) or over pg
 * when DATABASE_URL is set. One instance per process, kept on globalThis so that the start-up
 * code and the bundled app (two copies of this module) share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { config as defaultConfig, type Config } from '../config.ts';
import { openSqlite } from './node-sqlite.ts';
import { QueuedSqliteDialect } from './sqlite-queue.ts';
import type { Database } from './schema.ts';

export type { Database } from './schema.ts';
export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  engine: 'sqlite' | 'postgres';
  /** Where the data lives, for messages (a file path, or the PostgreSQL host/database). */
  location: string;
  /** The pg pool on PostgreSQL (for the shared rate-limit store and LISTEN/NOTIFY). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

/** A configuration problem the operator must fix; printed as one line at start-up. */
export class ConfigError extends Error {}

export function createDb(cfg: Pick<Config, 'dataDir' | 'databaseUrl'>): DbHandle {
  if (cfg.databaseUrl) {
    const pool = new pg.Pool({ connectionString: cfg.databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    // Nor may a client in use when the server goes away (a PostgreSQL restart terminates every
    // connection): without a listener its 'error' event is thrown; its query still fails (a 5xx).
    pool.on('connect', (client) => client.on('error', () => {}));
    const url = new URL(cfg.databaseUrl);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', pool, location: `${url.hostname}:${url.port || 5432}${url.pathname}`, close: () => db.destroy() };
  }
  const file = path.join(cfg.dataDir, 'netral.db');
  try {
    privateFiles(cfg.dataDir, file);
  } catch {
    throw new ConfigError(`DATA_DIR ${cfg.dataDir} tidak dapat ditulisi (not writable). Pilih folder lain dengan DATA_DIR atau perbaiki izinnya.`);
  }
  const { database } = openSqlite(file);
  const db = new Kysely<Database>({ dialect: new QueuedSqliteDialect({ database }) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}

/**
 * DATA_DIR holds full NIPs, the signing key and the PDF cache: the folder is 0700 and the
 * database 0600 whatever the umask (existing installs are tightened on start). SQLite gives its
 * -wal and -shm files the mode of the database file, so creating that file 0600 first covers them.
 */
function privateFiles(dataDir: string, dbFile: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  fs.accessSync(dataDir, fs.constants.W_OK);
  fs.closeSync(fs.openSync(dbFile, 'a', 0o600));
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) {
    if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  }
}

const KEY = Symbol.for('netral.db');
type Holder = { [KEY]?: DbHandle };

/** The process-wide database handle, created on first use from the process configuration. */
export function getDbHandle(): DbHandle {
  const g = globalThis as Holder;
  return (g[KEY] ??= createDb(defaultConfig));
}

export function getDb(): Db {
  return getDbHandle().db;
}

/** Replaces the process-wide handle (tests, scripts). */
export function setDbHandle(handle: DbHandle | undefined): void {
  (globalThis as Holder)[KEY] = handle;
}
