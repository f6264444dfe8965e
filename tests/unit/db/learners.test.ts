/**
 * Learner identification for live sessions and learner accounts against a real database: who may
 * claim a NIP, that two claims cannot both win, reset codes that work once, releasing a claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { identify, nameCore } from '../../../src/server/learners.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { describeDevice, issueResetCode, login, register, releaseClaim, resetWithCode } from '../../../src/server/accounts/index.ts';
import { generateCode, hashCode, normalizeCode } from '../../../src/server/accounts/codes.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
  const at = new Date().toISOString();
  await tdb.handle.db.insertInto('units').values([{ id: 'KUA-A', name: 'KUA A', parent_id: null, created_at: at }, { id: 'KUA-B', name: 'KUA B', parent_id: null, created_at: at }]).execute();
  await tdb.handle.db.insertInto('roster_entries').values({ nip: ROSTERED, unit_id: 'KUA-A', name: "Dr. Hj. Nur'aini, S.Ag.", jabatan: null, imported_at: at, imported_by: null }).execute();
});
afterAll(() => tdb?.close());

const base = { nip: '198609262015051001', jabatan: 'Penyuluh Agama', unit: 'KUA Tanjung' };
const ROSTERED = '198609262015052002';
const PW = 'rahasia-sekali-1';
const db = () => tdb.handle.db;
const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (x) => x);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};
const operator = (unitId: string): StaffUser => ({ id: `op-${unitId}`, username: 'op', displayName: 'Op', role: 'operator', unitId, mustChangePassword: false, disabled: false });

describe('nameCore and codes', () => {
  it('ignores titles, case and punctuation', () => {
    expect(nameCore("Dr. Hj. Nur'aini, S.Ag., M.Pd.I.")).toBe(nameCore('nur aini'));
    expect(nameCore('Budi Santoso')).not.toBe(nameCore('Budi Susanto'));
  });
  it('codes are readable, compared without case or hyphens, and hashed', () => {
    const c = generateCode(4);
    expect(c).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(c).not.toMatch(/[01IO]/);
    expect(hashCode(c.toLowerCase().replace(/-/g, ' '))).toBe(hashCode(c));
    expect(normalizeCode(42)).toBe('');
  });
  it('names a device so that a learner recognises it', () => {
    expect(describeDevice('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36')).toBe('Chrome di Android');
    expect(describeDevice(null)).toBe('Perangkat tidak dikenal');
  });
});

describe('identify (joining a live session)', () => {
  it('registers a new NIP and lets the same person return on another device, titles aside', async () => {
    const first = await identify({ ...base, name: 'Budi Santoso, S.Ag.' }, new Date(), db());
    const again = await identify({ ...base, name: 'budi santoso', jabatan: 'Penyuluh Agama Ahli Muda' }, new Date(), db());
    expect(again.id).toBe(first.id);
    expect(again.jabatan).toBe('Penyuluh Agama Ahli Muda');
  });

  it('a person coming back as they were writes nothing; a new spelling is stored', async () => {
    const row = () => db().selectFrom('learners').selectAll().where('nip', '=', base.nip).executeTakeFirstOrThrow();
    const before = await row();
    const later = new Date(Date.now() + 60_000);
    const same = await identify({ ...base, name: before.name, jabatan: before.jabatan }, later, db());
    expect(same).toEqual(before);
    expect(await row()).toEqual(before);
    const renamed = await identify({ ...base, name: 'Budi Santoso, S.Ag., M.Pd.', jabatan: before.jabatan }, later, db());
    expect(renamed.name).toBe('Budi Santoso, S.Ag., M.Pd.');
    expect(await row()).toMatchObject({ name: 'Budi Santoso, S.Ag., M.Pd.', updated_at: later.toISOString() });
  });

  it("refuses someone else's name on a registered NIP and changes nothing", async () => {
    const before = await db().selectFrom('learners').selectAll().where('nip', '=', base.nip).executeTakeFirstOrThrow();
    const e = await problemOf(identify({ ...base, name: 'Orang Lain' }, new Date(), db()));
    expect(e.status).toBe(409);
    expect(e.fields!.name).toMatch(/sudah terdaftar atas nama lain/);
    expect(await db().selectFrom('learners').selectAll().where('nip', '=', base.nip).executeTakeFirstOrThrow()).toEqual(before);
  });
});

describe('accounts', () => {
  it('claims a NIP known from a live session with the name on record; the password is hashed', async () => {
    const l = await register({ ...base, name: 'Budi Santoso', password: PW }, 'ip-1', new Date(), db());
    const row = await db().selectFrom('learners').selectAll().where('id', '=', l.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    // A live-session join no longer changes an account's profile.
    await identify({ ...base, name: 'Budi Santoso', jabatan: 'Diubah orang lain' }, new Date(), db());
    expect((await db().selectFrom('learners').select('jabatan').where('id', '=', l.id).executeTakeFirstOrThrow()).jabatan).toBe(row.jabatan);
    expect((await login({ nip: base.nip, password: PW }, 'ip-1', new Date(), db())).id).toBe(l.id);
    expect((await problemOf(login({ nip: base.nip, password: 'salah-salah-1' }, 'ip-1', new Date(), db()))).status).toBe(401);
  });

  it('a rostered NIP needs the roster name; two registrations racing for one NIP: exactly one wins, the other gets 409', async () => {
    const wrong = await problemOf(register({ nip: ROSTERED, name: 'Siti', jabatan: 'Guru', unit: 'KUA A', password: PW }, 'ip-2', new Date(), db()));
    expect(wrong.status).toBe(422);
    expect(wrong.fields!.name).toMatch(/daftar pegawai/);
    const body = { nip: ROSTERED, name: 'Nur Aini', jabatan: 'Guru', unit: 'KUA A', password: PW };
    const results = await Promise.allSettled([register(body, 'ip-3', new Date(), db()), register(body, 'ip-4', new Date(), db())]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(HttpProblem);
    expect(lost.reason.status).toBe(409);
    expect(await db().selectFrom('learners').select('id').where('nip', '=', ROSTERED).execute()).toHaveLength(1);
  });

  it('a reset code works once, and only within its operator\'s unit', async () => {
    const l = await db().selectFrom('learners').select('id').where('nip', '=', ROSTERED).executeTakeFirstOrThrow();
    expect((await problemOf(issueResetCode(operator('KUA-B'), l.id, new Date(), db()))).status).toBe(404);
    const { code } = await issueResetCode(operator('KUA-A'), l.id, new Date(), db());
    await resetWithCode({ nip: ROSTERED, code, password: 'sandi-baru-123' }, 'ip-5', new Date(), db());
    const again = await problemOf(resetWithCode({ nip: ROSTERED, code, password: 'sandi-lain-123' }, 'ip-5', new Date(), db()));
    expect(again.status).toBe(422);
    expect((await login({ nip: ROSTERED, password: 'sandi-baru-123' }, 'ip-5', new Date(), db())).id).toBe(l.id);
  });

  it('releasing a claim sets the record aside, and the real person can register', async () => {
    const l = await db().selectFrom('learners').select('id').where('nip', '=', ROSTERED).executeTakeFirstOrThrow();
    expect((await problemOf(releaseClaim(operator('KUA-A'), l.id, '', new Date(), db()))).status).toBe(422);
    await releaseClaim(operator('KUA-A'), l.id, 'Didaftarkan orang lain', new Date(), db());
    const aside = await db().selectFrom('learners').select(['nip', 'password_hash']).where('id', '=', l.id).executeTakeFirstOrThrow();
    expect(aside.nip).toMatch(/^X\d{17}$/);
    expect(aside.password_hash).toBeNull();
    const real = await register({ nip: ROSTERED, name: "Nur'aini", jabatan: 'Guru', unit: 'KUA A', password: 'punya-saya-123' }, 'ip-6', new Date(), db());
    expect(real.id).not.toBe(l.id);
    const audit = await db().selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'learner.release').execute();
    expect(audit[0].detail).toContain(ROSTERED);
  });
});

describe('sessions', () => {
  /** A cookie jar with the part of AstroCookies the session code uses. */
  function jar() {
    const m = new Map<string, string>();
    return {
      get: (k: string) => (m.has(k) ? { value: m.get(k)! } : undefined),
      set: (k: string, v: string) => void m.set(k, v),
      delete: (k: string) => void m.delete(k),
      has: (k: string) => m.has(k),
    } as never;
  }
  it('end after 30 days without activity; each use pushes the end forward', async () => {
    const { startLearnerSession, currentLearner } = await import('../../../src/server/accounts/sessions.ts');
    const l = await db().selectFrom('learners').select('id').where('nip', '=', base.nip).executeTakeFirstOrThrow();
    const cookies = jar();
    const day = 86_400_000;
    const t0 = new Date('2026-01-01T00:00:00Z');
    await startLearnerSession(cookies, l.id, false, t0, db());
    expect((await currentLearner(cookies, new Date(t0.getTime() + 29 * day), db()))?.id).toBe(l.id);
    // Used on day 29, so still open on day 58; then 31 idle days end it.
    expect((await currentLearner(cookies, new Date(t0.getTime() + 58 * day), db()))?.id).toBe(l.id);
    expect(await currentLearner(cookies, new Date(t0.getTime() + 89 * day), db())).toBeUndefined();
  });
  it('a live-session pass is not an account session', async () => {
    const { openLearnerSession, setSessionCookie, currentLearner, liveLearner } = await import('../../../src/server/accounts/sessions.ts');
    const l = await db().selectFrom('learners').select('id').where('nip', '=', base.nip).executeTakeFirstOrThrow();
    const cookies = jar();
    setSessionCookie(cookies, await openLearnerSession(db(), l.id, new Date(), { scope: 'live:abc' }), false, true);
    expect(await currentLearner(cookies, new Date(), db())).toBeUndefined();
    expect((await liveLearner(cookies, 'abc', new Date(), db()))?.id).toBe(l.id);
    expect(await liveLearner(cookies, 'other', new Date(), db())).toBeUndefined();
  });
});
