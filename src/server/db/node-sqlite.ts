/**
 * Adapts Node's built-in `node:sqlite` to the small database interface Kysely's SqliteDialect
 * expects (the better-sqlite3 shape), so we need no native addon.
 */
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** WAL size (pages of 4 KiB) at which the checkpointer copies it back: SQLite's own default. */
const CHECKPOINT_PAGES = 1000;

/**
 * The checkpointer: its own connection in a worker thread copies the WAL back into the database
 * once it passes CHECKPOINT_PAGES. SQLite's automatic checkpoint runs inside whichever commit
 * crosses the threshold, and copying and syncing 4 MB there was half the time of an exam submit
 * (profiled with the deployment bench); in a worker the request path only appends to the WAL.
 * PASSIVE never waits for a lock, so the worker never blocks a writer or a reader.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.file);
const wal = workerData.file + '-wal';
const timer = setInterval(() => {
  try {
    if (fs.statSync(wal).size >= workerData.bytes) db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // A missing WAL, a full disk: the next tick tries again; the WAL only grows meanwhile.
  }
}, 200);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Starts the checkpointer for `file`; while it runs, `raw` does no automatic checkpoints. */
function startCheckpointer(raw: DatabaseSync, file: string): () => void {
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { file, bytes: CHECKPOINT_PAGES * 4096 } });
  worker.unref();
  raw.exec('PRAGMA wal_autocheckpoint = 0');
  // Should the worker fail, commits take the checkpoints over again, as SQLite does by default.
  worker.on('error', () => {
    if (raw.isOpen) raw.exec(`PRAGMA wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  });
  return () => worker.postMessage('close');
}

/** node:sqlite binds only null, numbers, bigints, strings and bytes; map the rest. */
function bindable(value: unknown): SQLInputValue {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value as SQLInputValue;
}

export function openSqlite(file: string): { database: SqliteDatabase; raw: DatabaseSync } {
  const raw = new DatabaseSync(file);
  // WAL lets readers proceed during a write; the busy timeout rides out short write bursts.
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec('PRAGMA synchronous = NORMAL');
  raw.exec('PRAGMA foreign_keys = ON');
  raw.exec('PRAGMA busy_timeout = 5000');
  const stopCheckpointer = startCheckpointer(raw, file);
  // Prepared statements are reused: preparing was the largest cost of a small query (profiled
  // with the live-session bench). all/run finish synchronously, so sharing one is safe; iterate
  // gets its own statement because its iterator outlives the call.
  const cache = new Map<string, { stmt: ReturnType<DatabaseSync['prepare']>; reader: boolean }>();
  const prepared = (sql: string) => {
    let hit = cache.get(sql);
    if (!hit) {
      const stmt = raw.prepare(sql);
      hit = { stmt, reader: stmt.columns().length > 0 };
      if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
      cache.set(sql, hit);
    }
    return hit;
  };
  const database: SqliteDatabase = {
    close: () => {
      stopCheckpointer();
      cache.clear();
      raw.close();
    },
    prepare(sql: string): SqliteStatement {
      const { stmt, reader } = prepared(sql);
      const params = (p: ReadonlyArray<unknown>) => p.map(bindable);
      return {
        reader,
        all: (p) => stmt.all(...params(p)),
        run: (p) => {
          const r = stmt.run(...params(p));
          return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
        },
        iterate: (p) => raw.prepare(sql).iterate(...params(p)) as IterableIterator<unknown>,
      };
    },
  };
  return { database, raw };
}
