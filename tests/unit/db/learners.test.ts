/** Learner identification: who may take over a registered NIP, and what a rejected attempt leaves behind. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { identify, nameCore } from '../../../src/server/learners.ts';
import { HttpProblem } from '../../../src/server/http.ts';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(() => tdb?.close());

const base = { nip: '198609262015051001', jabatan: 'Penyuluh Agama', unit: 'KUA Tanjung' };

describe('nameCore', () => {
  it('ignores titles, case and punctuation', () => {
    expect(nameCore("Dr. Hj. Nur'aini, S.Ag., M.Pd.I.")).toBe(nameCore('nur aini'));
    expect(nameCore('Budi Santoso')).not.toBe(nameCore('Budi Susanto'));
  });
});

describe('identify', () => {
  it('registers a new NIP and lets the same person return on another device, titles aside', async () => {
    const first = await identify({ ...base, name: 'Budi Santoso, S.Ag.' }, new Date(), tdb.handle.db);
    const again = await identify({ ...base, name: 'budi santoso', jabatan: 'Penyuluh Agama Ahli Muda' }, new Date(), tdb.handle.db);
    expect(again.id).toBe(first.id);
    expect(again.jabatan).toBe('Penyuluh Agama Ahli Muda');
  });

  it("refuses someone else's name on a registered NIP and changes nothing", async () => {
    const before = await tdb.handle.db.selectFrom('learners').selectAll().where('nip', '=', base.nip).executeTakeFirstOrThrow();
    const e = await identify({ ...base, name: 'Orang Lain' }, new Date(), tdb.handle.db).catch((x) => x);
    expect(e).toBeInstanceOf(HttpProblem);
    expect(e.status).toBe(409);
    expect(e.fields.name).toMatch(/sudah terdaftar atas nama lain/);
    const after = await tdb.handle.db.selectFrom('learners').selectAll().where('nip', '=', base.nip).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('lets the learner of the session correct their own name', async () => {
    const me = await tdb.handle.db.selectFrom('learners').selectAll().where('nip', '=', base.nip).executeTakeFirstOrThrow();
    const fixed = await identify({ ...base, name: 'Budi Santosa, S.Ag.' }, new Date(), tdb.handle.db, me.id);
    expect(fixed.name).toBe('Budi Santosa, S.Ag.');
  });
});
