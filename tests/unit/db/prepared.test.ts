/**
 * Queries compiled once (src/server/db/prepared.ts): each call answers for its own values, as the
 * query built afresh would, in and out of a transaction; a query whose SQL would depend on its
 * values is refused before it runs. CI runs this file again against PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { prepare } from '../../../src/server/db/prepared.ts';

let db: TestDb;
const d = () => db.handle.db;
const at = new Date().toISOString();

beforeAll(async () => {
  db = await openTestDb();
  await d().insertInto('units').values([
    { id: 'KANWIL', name: 'Kanwil Kemenag Kalsel', parent_id: null, created_at: at },
    { id: 'KAB-A', name: 'Kankemenag Banjar', parent_id: 'KANWIL', created_at: at },
    { id: 'KAB-B', name: 'Kankemenag Tabalong', parent_id: 'KANWIL', created_at: at },
    { id: 'KUA-1', name: 'KUA Martapura', parent_id: 'KAB-A', created_at: at },
  ]).execute();
});
afterAll(async () => {
  await db?.close();
});

const children = prepare((db, p: { parent: string }) => db.selectFrom('units').select(['id', 'name']).where('parent_id', '=', p.parent).where('name', 'like', 'Kan%').orderBy('id'));
const rename = prepare((db, p: { id: string; name: string }) => db.updateTable('units').set({ name: p.name }).where('id', '=', p.id));

describe(`a prepared query (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('answers each call for its own values, as the query built afresh does', async () => {
    expect((await children(d(), { parent: 'KANWIL' })).rows).toEqual([{ id: 'KAB-A', name: 'Kankemenag Banjar' }, { id: 'KAB-B', name: 'Kankemenag Tabalong' }]);
    // The constant of the query ('Kan%') stays; only the parameter changes.
    expect((await children(d(), { parent: 'KAB-A' })).rows).toEqual([]);
    const fresh = await d().selectFrom('units').select(['id', 'name']).where('parent_id', '=', 'KANWIL').where('name', 'like', 'Kan%').orderBy('id').execute();
    expect((await children(d(), { parent: 'KANWIL' })).rows).toEqual(fresh);
  });

  it('writes inside a transaction and counts the rows it changed; a rollback undoes it', async () => {
    await expect(
      d().transaction().execute(async (trx) => {
        const r = await rename(trx, { id: 'KAB-B', name: 'Kankemenag Tabalong (baru)' });
        expect(Number(r.numAffectedRows)).toBe(1);
        expect((await children(trx, { parent: 'KANWIL' })).rows[1]!.name).toBe('Kankemenag Tabalong (baru)');
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    expect((await children(d(), { parent: 'KANWIL' })).rows[1]!.name).toBe('Kankemenag Tabalong');
    expect(Number((await rename(d(), { id: 'TIDAK-ADA', name: 'x' })).numAffectedRows)).toBe(0);
  });

  it('refuses a query that leaves a parameter out, and a value left undefined', async () => {
    const ignoresOne = prepare((db, _p: { parent: string; unused: string }) => db.selectFrom('units').select('id').where('parent_id', '=', _p.parent));
    await expect(ignoresOne(d(), { parent: 'KANWIL', unused: 'x' })).rejects.toThrow(/unused is never bound/);
    await expect(children(d(), { parent: undefined as unknown as string })).rejects.toThrow(/parent is undefined/);
  });
});
