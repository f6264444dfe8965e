/**
 * Issuer settings and the status list against a real database (SQLite, or PostgreSQL when
 * DATABASE_URL is set): saving is all or nothing with its audit entries; a bad zone or a unit that
 * does not exist changes nothing; the status list follows revocations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { DEFAULT_ISSUER, GLOBAL_SCOPE, issuerForUnit, loadSettings, saveIssuer, setUnitTimeZone, storeImage, loadImage } from '../../../src/server/certificates/issuer.ts';
import { statusListCredential } from '../../../src/server/certificates/status-list.ts';
import { HttpProblem } from '../../../src/server/http.ts';

let tdb: TestDb;
const db = () => tdb.handle.db;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
  const e = await p.then(() => undefined, (x) => x);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
}
const snapshot = async () => JSON.stringify([await db().selectFrom('issuer_settings').selectAll().orderBy('scope').execute(), await db().selectFrom('units').select(['id', 'time_zone']).orderBy('id').execute()]);

beforeAll(async () => {
  tdb = await openTestDb();
  const at = new Date().toISOString();
  await db().insertInto('units').values([
    { id: 'KANWIL', name: 'Kanwil Kemenag Kalsel', parent_id: null, created_at: at },
    { id: 'TABALONG', name: 'Kankemenag Tabalong', parent_id: 'KANWIL', created_at: at },
    { id: 'KUA', name: 'KUA Tanjung', parent_id: 'TABALONG', created_at: at },
  ]).execute();
});
afterAll(() => tdb?.close());

describe('issuer settings in the database', () => {
  it('starts with sensible defaults', async () => {
    expect((await loadSettings(db())).global).toEqual(DEFAULT_ISSUER);
    expect(await issuerForUnit('KUA', db())).toMatchObject({ institution: DEFAULT_ISSUER.institution, timeZone: 'Asia/Jakarta', unitId: null });
  });

  it('the institution, a unit override and its zone are saved with their audit entries, and inherited below', async () => {
    const logo = await storeImage(PNG, db());
    await saveIssuer(GLOBAL_SCOPE, { ...DEFAULT_ISSUER, institution: 'Kementerian Agama', logo }, 'admin-1', db());
    await saveIssuer('TABALONG', { city: 'Tanjung', signatory: { name: 'Kepala Kantor', nip: '', title: 'Kepala' } }, 'admin-1', db(), new Date(), { timeZone: 'Asia/Makassar' });
    const r = await issuerForUnit('KUA', db());
    expect(r).toMatchObject({ institution: 'Kementerian Agama', city: 'Tanjung', signatory: { name: 'Kepala Kantor' }, unitId: 'TABALONG', timeZone: 'Asia/Makassar', logo });
    expect((await loadImage(logo, db()))?.bytes).toEqual(new Uint8Array(PNG));
    const actions = (await db().selectFrom('audit_log').select(['action', 'target']).orderBy('id').execute()).map((a) => `${a.action}:${a.target ?? ''}`);
    expect(actions).toEqual(['issuer.update:', 'unit.timeZone:TABALONG', 'issuer.override:TABALONG']);
  });

  it('an unknown zone or unit changes nothing', async () => {
    const before = await snapshot();
    expect((await problemOf(setUnitTimeZone('TABALONG', 'Asia/Tokyo', 'admin-1', db()))).status).toBe(422);
    expect((await problemOf(saveIssuer('TABALONG', { city: 'X' }, 'admin-1', db(), new Date(), { timeZone: 'Europe/Paris' }))).status).toBe(422);
    expect((await problemOf(saveIssuer('NOWHERE', { city: 'X' }, 'admin-1', db()))).status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});

describe('the status list follows revocations', () => {
  it('sets exactly the bits of revoked certificates', async () => {
    const at = new Date().toISOString();
    await db().insertInto('learners').values({ id: 'l1', nip: '198609262015052001', kind: 'pns', name: 'Siti', jabatan: 'Guru', pangkat: null, unit_id: null, unit_name: 'KUA', created_at: at, updated_at: at }).execute();
    await db().insertInto('attempts').values({ id: 'a1', learner_id: 'l1', kind: 'final', seed: 's', items: '[]', responses: '{}', status: 'submitted', started_at: at, deadline_at: null, submitted_at: at, score: 90, passed: 1, result: '{}', course_version: '1' }).execute();
    for (const [id, idx, revoked] of [['c1', 5, null], ['c2', 77, at]] as const) {
      await db().insertInto('certificates').values({ id, number: `NTR-2026-000${id[1]}-0000`, learner_id: 'l1', attempt_id: 'a1', claims: '{}', token: 't', issued_at: at, revoked_at: revoked, revoke_reason: null, revoked_by: null, replaces: null, status_index: idx, course_version: '1.1.0' }).execute();
    }
    const list = (await statusListCredential(db(), 'https://netral.example.go.id')) as { credentialSubject: { encodedList: string }; proof: { cryptosuite: string } };
    expect(list.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
    expect(bits.getStatus(77)).toBe(true);
    expect(bits.getStatus(5)).toBe(false);
    await db().updateTable('certificates').set({ revoked_at: at }).where('id', '=', 'c1').execute();
    const after = (await statusListCredential(db(), 'https://netral.example.go.id')) as { credentialSubject: { encodedList: string } };
    expect((await decodeList({ encodedList: after.credentialSubject.encodedList })).getStatus(5)).toBe(true);
  });
});
