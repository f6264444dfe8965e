/**
 * Adapts Node's built-in `node:sqlite` to the small database interface Kysely's SqliteDialect
 * expects (the better-sqlite3 shape), so we need no native addon.
 */
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

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
