/**
 * The SQLite connection queue (src/server/db/sqlite-queue.ts): a crowd of requests at once is
 * served first come, first served, a transaction keeps the connection to itself, and a failing
 * query hands it on like any other.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';

describe.skipIf(!!process.env.DATABASE_URL)('SQLite connection queue', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb();
    await sql`CREATE TABLE queue_probe (n INTEGER)`.execute(db.handle.db);
  });
  afterAll(() => db?.close());

  it('serves 300 requests sent at once in the order they came, each exactly once', async () => {
    const k = db.handle.db;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        await sql`INSERT INTO queue_probe (n) VALUES (${i})`.execute(k);
        done.push(i);
      }),
    );
    expect(done).toEqual(Array.from({ length: 300 }, (_, i) => i));
    const rows = await sql<{ n: number }>`SELECT n FROM queue_probe ORDER BY rowid`.execute(k);
    expect(rows.rows.map((r) => r.n)).toEqual(done);
  });

  it('keeps the connection for a transaction until it ends; queries that came meanwhile follow in order', async () => {
    const k = db.handle.db;
    await sql`DELETE FROM queue_probe`.execute(k);
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const trx = k.transaction().execute(async (t) => {
      await sql`INSERT INTO queue_probe (n) VALUES (1)`.execute(t);
      await gate;
      await sql`INSERT INTO queue_probe (n) VALUES (2)`.execute(t);
      order.push('transaction');
    });
    // Sent while the transaction holds the connection: they must wait, and see both of its rows.
    const readers = [0, 1, 2].map(async (i) => {
      const r = await sql<{ c: number }>`SELECT count(*) AS c FROM queue_probe`.execute(k);
      order.push(`read ${i}: ${r.rows[0].c}`);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    release();
    await Promise.all([trx, ...readers]);
    expect(order).toEqual(['transaction', 'read 0: 2', 'read 1: 2', 'read 2: 2']);
  });

  it('hands the connection on after a query fails', async () => {
    const k = db.handle.db;
    const results = await Promise.allSettled([
      sql`SELECT * FROM no_such_table`.execute(k),
      sql<{ one: number }>`SELECT 1 AS one`.execute(k),
    ]);
    expect(results[0].status).toBe('rejected');
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { rows: [{ one: 1 }] } });
  });
});
