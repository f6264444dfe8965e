/**
 * The rate limits count per key and window, answer 429 with Retry-After, and on PostgreSQL are
 * shared by every instance that uses the same database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, setDbHandle } from '../../../src/server/db/index.ts';
import { withProblems, json } from '../../../src/server/http.ts';
import { limiter } from '../../../src/server/rate-limit.ts';
import { openTestDb, type TestDb } from '../../helpers/db.ts';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
  setDbHandle(tdb.handle);
});
afterAll(async () => {
  setDbHandle(undefined);
  await tdb.close();
});

describe('a limiter', () => {
  it('lets the allowed number of hits through, then answers 429 in Indonesian with Retry-After', async () => {
    const l = limiter(`test-a-${Date.now()}`, [{ points: 3, seconds: 60 }]);
    const call = () => withProblems(async () => { await l.take('10.0.0.1'); return json({ ok: true }); });
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
    const r = await call();
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await r.json()).error).toMatch(/Terlalu banyak permintaan/);
    // Another key is counted on its own.
    expect(await l.check('10.0.0.2')).toBe(0);
  });

  it('a longer window backs off after the short one allows again', async () => {
    const l = limiter(`test-b-${Date.now()}`, [{ points: 2, seconds: 1 }, { points: 3, seconds: 3600 }]);
    expect(await l.check('k')).toBe(0);
    expect(await l.check('k')).toBe(0);
    expect(await l.check('k')).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1100));
    // The one-second window is fresh again, but the hour window is spent: the wait is long now.
    expect(await l.check('k')).toBeGreaterThan(60);
  });

  it('reset forgets a key', async () => {
    const l = limiter(`test-c-${Date.now()}`, [{ points: 1, seconds: 60 }]);
    await l.take('u');
    expect(await l.check('u')).toBeGreaterThan(0);
    await l.reset('u');
    expect(await l.check('u')).toBe(0);
  });

  it.runIf(process.env.DATABASE_URL)('on PostgreSQL, two instances share the count', async () => {
    const name = `test-d-${Date.now()}`;
    const a = limiter(name, [{ points: 2, seconds: 60 }]);
    await a.take('ip');
    // A second process would have its own pool and its own limiter objects.
    const other = createDb({ dataDir: tdb.dataDir, databaseUrl: process.env.DATABASE_URL });
    setDbHandle(other);
    try {
      const b = limiter(name, [{ points: 2, seconds: 60 }]);
      await b.take('ip');
      expect(await b.check('ip')).toBeGreaterThan(0);
    } finally {
      setDbHandle(tdb.handle);
      await other.close();
    }
  });
});
