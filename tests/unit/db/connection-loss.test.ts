/**
 * The database going away under a running server: on PostgreSQL every connection is terminated
 * (what a restart does) while a query runs; on SQLite a write fails in the middle of a transaction.
 * The query fails, the process does not crash, nothing is half-written, and the next query works.
 * CI runs this file again against PostgreSQL (DATABASE_URL); scripts/bench/faults.mjs restarts a
 * real cluster under load.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db?.close();
});

const unit = (id: string) => ({ id, name: `Unit ${id}`, parent_id: null, created_at: new Date().toISOString() });

describe(`losing the database mid-request (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it.runIf(process.env.DATABASE_URL)('PostgreSQL terminating every connection fails the request in progress, not the process', async () => {
    const { default: pg } = await import('pg');
    const terminateOthers = async () => {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      await admin.end();
    };
    // A request holds its connection between two statements of a transaction (the connection is
    // checked out and idle) when the server goes away. The outcome is captured at once, so the
    // rejection is never unhandled while we wait.
    const outcome = db.handle.db
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await terminateOthers();
        // The terminated client's 'error' event arrives now; unhandled, it would end the process.
        await new Promise((r) => setTimeout(r, 300));
        await sql`select 1`.execute(trx);
      })
      .then(() => null, (e: Error) => e);
    expect((await outcome)?.message).toMatch(/terminat|Connection/i);
    const r = await sql<{ one: number }>`select 1 as one`.execute(db.handle.db);
    expect(Number(r.rows[0].one)).toBe(1);
  });

  it('a write that fails inside a transaction leaves nothing behind, and the next one works', async () => {
    const failed = db.handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('units').values(unit('FAULT-A')).execute();
      await trx.insertInto('units').values(unit('FAULT-A')).execute(); // duplicate key: the write fails
    });
    await expect(failed).rejects.toThrow();
    expect(await db.handle.db.selectFrom('units').select('id').where('id', '=', 'FAULT-A').execute()).toEqual([]);
    await db.handle.db.insertInto('units').values(unit('FAULT-B')).execute();
    expect(await db.handle.db.selectFrom('units').select('id').where('id', '=', 'FAULT-B').execute()).toEqual([{ id: 'FAULT-B' }]);
  });
});
