/**
 * The laptop half of the field kit: checking a "paket sesi" (pure) and importing it in one
 * transaction (SQLite, or PostgreSQL with DATABASE_URL); a field session records results but no
 * attempts or certificates on the laptop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { makePackage } from '../../helpers/field-package.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { checkKey, importPackageFile, installPackage, packageContext, parsePackageBytes, readPackage, unitsInOrder } from '../../../src/server/fieldkit/install.ts';
import { isOnRosterWithin } from '../../../src/server/hr/roster.ts';
import { unitSubtree } from '../../../src/server/hr/unit-tree.ts';
import { answer, control, createSession, joinSession } from '../../../src/server/sessions/index.ts';
import { setBus } from '../../../src/server/live/bus.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';
import type { FieldPackage } from '../../../src/server/fieldkit/format.ts';
import { course } from '../../../src/content/course.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';

const admin: StaffUser = { id: 'adm-1', username: 'admin', displayName: 'Administrator', role: 'admin', unitId: null, mustChangePassword: false, disabled: false };
const outsider: StaffUser = { id: 'fas-9', username: 'fasil', displayName: 'Fasilitator Lain', role: 'facilitator', unitId: 'KAB-LAIN', mustChangePassword: false, disabled: false };

function problem(fn: () => unknown): HttpProblem {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HttpProblem);
    return e as HttpProblem;
  }
  throw new Error('no problem thrown');
}
async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
}
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

describe('checking a package (pure)', () => {
  let pkg: FieldPackage;
  beforeAll(async () => {
    pkg = await makePackage();
  });

  it('accepts a package made by hand per the schema', () => {
    expect(readPackage(structuredClone(pkg), packageContext()).session.id).toBe(pkg.session.id);
  });

  it('refuses what is no package, with a message that says what to choose instead', () => {
    expect(problem(() => parsePackageBytes(new TextEncoder().encode('NIP;Nama\n1;2'))).message).toMatch(/bukan berkas JSON/);
    expect(problem(() => readPackage({ hello: 1 }, packageContext())).message).toMatch(/bukan paket sesi Netral/);
    expect(problem(() => readPackage({ protected: 'x', payload: 'y', signature: 'z' }, packageContext())).message).toMatch(/hasil sesi, bukan paket sesi/);
    expect(problem(() => readPackage([1, 2], packageContext())).status).toBe(422);
  });

  it('refuses a broken package and names the part', () => {
    const cut = structuredClone(pkg) as Partial<FieldPackage>;
    delete cut.roster;
    const e = problem(() => readPackage(cut, packageContext()));
    expect([e.status, e.message]).toEqual([422, expect.stringMatching(/rusak atau tidak lengkap \(bagian: roster\)/)]);
    const badNip = structuredClone(pkg);
    badNip.roster[0]!.nip = '1234';
    expect(problem(() => readPackage(badNip, packageContext())).message).toMatch(/roster\.0\.nip/);
    const stray = structuredClone(pkg);
    stray.roster[0]!.unitId = 'KUA-ENTAH';
    expect(problem(() => readPackage(stray, packageContext())).message).toMatch(/KUA-ENTAH/);
  });

  it('refuses another course version, naming both', () => {
    const e = problem(() => readPackage({ ...structuredClone(pkg), courseVersion: '0.9.0' }, packageContext()));
    expect(e.message).toContain(`versi 0.9.0, sedangkan laptop ini memasang versi ${course.version}`);
  });

  it('refuses an expired package, with the end in the unit\'s local time', () => {
    const later = new Date(Date.parse(pkg.expiresAt) + 1000);
    const e = problem(() => readPackage(structuredClone(pkg), packageContext(later)));
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/sudah kedaluwarsa \(berlaku sampai .*WITA\)/);
  });

  it('refuses a package whose join code already ended (the session could not run)', () => {
    const after = new Date(Date.parse(pkg.session.expiresAt) + 1000);
    expect(problem(() => readPackage(structuredClone(pkg), packageContext(after))).message).toMatch(/Kode sesi dalam paket ini sudah berakhir \(.*WITA\)/);
  });

  it('refuses questions this install does not have', () => {
    const odd = structuredClone(pkg);
    odd.session.postItems = [...odd.session.postItems.slice(1), 'g-karier-999'];
    expect(problem(() => readPackage(odd, packageContext())).message).toMatch(/1 soal yang tidak ada di laptop ini \(g-karier-999\)/);
  });

  it('refuses a key whose halves do not match', async () => {
    const other = await makePackage();
    const mixed = structuredClone(pkg);
    mixed.key.privateJwk = { ...mixed.key.privateJwk, x: other.key.privateJwk.x };
    expect((await problemOf(checkKey(mixed))).message).toMatch(/Kunci sesi dalam paket ini rusak/);
    await checkKey(pkg);
  });

  it('orders units parents first; a parent nobody knows becomes none, a parent the laptop knows stays', () => {
    const units = [
      { id: 'C', name: 'c', parentId: 'B', timeZone: null },
      { id: 'B', name: 'b', parentId: 'A', timeZone: null },
      { id: 'A', name: 'a', parentId: 'TOP', timeZone: 'Asia/Makassar' },
    ];
    expect(unitsInOrder(units, new Set()).map((u) => [u.id, u.parentId])).toEqual([['A', null], ['B', 'A'], ['C', 'B']]);
    expect(unitsInOrder(units, new Set(['TOP'])).map((u) => [u.id, u.parentId])).toEqual([['A', 'TOP'], ['B', 'A'], ['C', 'B']]);
    // A cycle (never made by the central server) is cut rather than looping.
    const loop = [{ id: 'X', name: 'x', parentId: 'Y', timeZone: null }, { id: 'Y', name: 'y', parentId: 'X', timeZone: null }];
    expect(unitsInOrder(loop, new Set()).map((u) => u.id).sort()).toEqual(['X', 'Y']);
  });
});

describe('importing a package on the laptop', () => {
  let db: TestDb;
  let pkg: FieldPackage;
  beforeAll(async () => {
    db = await openTestDb();
    await setBus(undefined);
    const now = new Date().toISOString();
    await db.handle.db.insertInto('units').values({ id: 'KAB-LAIN', name: 'Kankemenag Lain', parent_id: null, created_at: now }).execute();
    for (const u of [admin, outsider]) {
      await db.handle.db.insertInto('staff_users').values({ id: u.id, username: u.username, display_name: u.displayName, password_hash: 'x', role: u.role, unit_id: u.unitId, must_change_password: 0, failed_logins: 0, locked_until: null, created_at: now }).execute();
    }
    // A learner of another unit's roster that the package does not mention: never touched.
    await db.handle.db.insertInto('roster_entries').values({ nip: '199001012019032002', unit_id: 'KAB-LAIN', name: 'Sari Wulandari', jabatan: 'Guru MIN', imported_at: now, imported_by: null, kind: 'pns' }).execute();
    pkg = await makePackage();
  });
  afterAll(async () => {
    await setBus(undefined);
    await db?.close();
  });

  it('refuses a staff member whose scope does not hold the unit, and writes nothing', async () => {
    const e = await problemOf(installPackage(outsider, pkg, new Date(), db.handle.db));
    expect(e.status).toBe(403);
    expect(await db.handle.db.selectFrom('units').select('id').where('id', '=', 'KAB-TABALONG').execute()).toEqual([]);
    expect(await db.handle.db.selectFrom('live_sessions').select('id').execute()).toEqual([]);
  });

  it('creates the units, the roster, the session with the central id, code, seed and questions, and the key', async () => {
    // The unit tree is cached for joins: fill the cache first, the import must drop it.
    expect([...(await unitSubtree('KAB-TABALONG', db.handle.db))]).toEqual(['KAB-TABALONG']);
    const at = new Date();
    const r = await importPackageFile(admin, bytes(pkg), at, db.handle.db);
    expect(r).toMatchObject({ sessionId: pkg.session.id, code: pkg.session.code, roster: 6, units: 2, again: false });
    const units = await db.handle.db.selectFrom('units').select(['id', 'name', 'parent_id', 'time_zone']).where('id', 'in', ['KAB-TABALONG', 'KUA-TANJUNG']).orderBy('id').execute();
    expect(units).toEqual([
      { id: 'KAB-TABALONG', name: pkg.units[0]!.name, parent_id: null, time_zone: 'Asia/Makassar' },
      { id: 'KUA-TANJUNG', name: 'KUA Kecamatan Tanjung', parent_id: 'KAB-TABALONG', time_zone: null },
    ]);
    const s = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', pkg.session.id).executeTakeFirstOrThrow();
    expect(s).toMatchObject({
      code: pkg.session.code, seed: pkg.session.seed, day: pkg.session.day, place: pkg.session.place, unit_id: 'KAB-TABALONG', status: 'open',
      facilitator_id: admin.id, facilitator_name: 'H. Muhammad Yusuf, S.Ag.', field_kid: pkg.key.kid, expires_at: pkg.session.expiresAt,
      pre_items: JSON.stringify(pkg.session.preItems), post_items: JSON.stringify(pkg.session.postItems),
    });
    expect(JSON.parse(s.state).stage).toBe('lobby');
    const key = await db.handle.db.selectFrom('field_keys').selectAll().where('kid', '=', pkg.key.kid).executeTakeFirstOrThrow();
    expect(JSON.parse(key.private_jwk!)).toEqual(pkg.key.privateJwk);
    expect(JSON.parse(key.public_jwk)).toEqual({ kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x });
    expect([key.session_id, key.issued_at, key.expires_at, key.imported_at, key.origin]).toEqual([pkg.session.id, pkg.issuedAt, pkg.expiresAt, at.toISOString(), pkg.origin]);
    // Joins find the package's roster within the unit tree at once (the cached tree was dropped).
    expect(await isOnRosterWithin('KAB-TABALONG', pkg.roster[1]!.nip, db.handle.db)).toBe(true);
    expect(await isOnRosterWithin('KAB-TABALONG', '199001012019032002', db.handle.db)).toBe(false);
    const other = await db.handle.db.selectFrom('roster_entries').selectAll().where('nip', '=', '199001012019032002').executeTakeFirstOrThrow();
    expect([other.unit_id, other.jabatan]).toEqual(['KAB-LAIN', 'Guru MIN']);
  });

  it('a field session records scores but makes no attempt or certificate on the laptop', async () => {
    const s = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', pkg.session.id).executeTakeFirstOrThrow();
    const p = (await joinSession(s, { nip: pkg.roster[0]!.nip, name: pkg.roster[0]!.name, jabatan: 'Penghulu' }, new Date(), db.handle.db)).participant;
    const outside = await problemOf(joinSession(s, { nip: '199001012019032002', name: 'Sari Wulandari', jabatan: 'Guru' }, new Date(), db.handle.db));
    expect(outside.status).toBe(422);
    const { testSeed } = await import('../../../src/server/sessions/common.ts');
    await control(admin, s, { action: 'openAll', test: 'pre' }, new Date(), db.handle.db);
    // A pre-test answered (it would become a 'pre' attempt in a normal session).
    const first = pkg.session.preItems[0]!;
    await answer(s, p, 'pre', first, rightResponse(gradedBank.find((q) => q.id === first)!, testSeed(s, 'pre')), new Date(), db.handle.db);
    await control(admin, s, { action: 'finish', test: 'pre' }, new Date(), db.handle.db);
    await control(admin, s, { action: 'openAll', test: 'post' }, new Date(), db.handle.db);
    const seed = testSeed(s, 'post');
    for (const id of pkg.session.postItems) await answer(s, p, 'post', id, rightResponse(gradedBank.find((q) => q.id === id)!, seed), new Date(), db.handle.db);
    const finish = new Date();
    const state = await control(admin, s, { action: 'finish', test: 'post' }, finish, db.handle.db);
    expect(state.post.finishedAt).toBe(finish.toISOString());
    const results = await db.handle.db.selectFrom('live_results').selectAll().where('session_id', '=', s.id).orderBy('test').execute();
    expect(results.map((r) => [r.test, r.attempt_id, Number(r.score) > 0])).toEqual([['post', null, true], ['pre', null, true]]);
    expect(Number(results[0]!.score)).toBe(100);
    expect(await db.handle.db.selectFrom('attempts').select('id').execute()).toEqual([]);
    expect(await db.handle.db.selectFrom('certificates').select('id').execute()).toEqual([]);
  });

  it('a normal session on the same install still makes the attempt and the certificate', async () => {
    const n = await createSession(admin, { title: 'Sesi biasa', day: new Date().toISOString().slice(0, 10), place: 'Aula', unitId: 'KAB-LAIN', withPre: false, withPost: true }, new Date(), db.handle.db);
    const p = (await joinSession(n, { nip: '199001012019032002', name: 'Sari Wulandari', jabatan: 'Guru MIN' }, new Date(), db.handle.db)).participant;
    await control(admin, n, { action: 'openAll', test: 'post' }, new Date(), db.handle.db);
    const seed = (await import('../../../src/server/sessions/common.ts')).testSeed(n, 'post');
    for (const id of JSON.parse(n.post_items) as string[]) await answer(n, p, 'post', id, rightResponse(gradedBank.find((q) => q.id === id)!, seed), new Date(), db.handle.db);
    await control(admin, n, { action: 'finish', test: 'post' }, new Date(), db.handle.db);
    expect(await db.handle.db.selectFrom('attempts').select('kind').execute()).toEqual([{ kind: 'final' }]);
    expect(await db.handle.db.selectFrom('certificates').select('id').execute()).toHaveLength(1);
    // A package never replaces a session of this server that has no field key.
    const clash = structuredClone(pkg);
    clash.session.id = n.id;
    clash.session.code = 'QQQ222';
    expect((await problemOf(installPackage(admin, clash, new Date(), db.handle.db))).message).toMatch(/sudah ada di server ini sebagai sesi biasa/);
    // Nor takes the code of another session.
    const taken = await makePackage({ code: n.code });
    const e = await problemOf(installPackage(admin, taken, new Date(), db.handle.db));
    expect([e.status, e.message]).toEqual([409, expect.stringContaining(`Kode sesi ${n.code} sudah dipakai`)]);
    expect(await db.handle.db.selectFrom('live_sessions').select('id').where('id', '=', taken.session.id).execute()).toEqual([]);
  });

  it('importing the same package again: no duplicate, no error, the roster updated, the running session kept', async () => {
    const before = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', pkg.session.id).executeTakeFirstOrThrow();
    const keyBefore = await db.handle.db.selectFrom('field_keys').selectAll().where('kid', '=', pkg.key.kid).executeTakeFirstOrThrow();
    const again = structuredClone(pkg);
    again.roster[2]!.name = 'Peserta Lapangan Tiga (nama dibetulkan)';
    const r = await importPackageFile(admin, bytes(again), new Date(Date.now() + 60_000), db.handle.db);
    expect(r.again).toBe(true);
    const after = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', pkg.session.id).executeTakeFirstOrThrow();
    expect([after.state, after.status]).toEqual([before.state, before.status]);
    expect(await db.handle.db.selectFrom('live_sessions').select('id').where('code', '=', pkg.session.code).execute()).toHaveLength(1);
    expect(await db.handle.db.selectFrom('field_keys').selectAll().where('session_id', '=', pkg.session.id).execute()).toEqual([keyBefore]);
    expect((await db.handle.db.selectFrom('roster_entries').select('name').where('nip', '=', pkg.roster[2]!.nip).executeTakeFirstOrThrow()).name).toBe('Peserta Lapangan Tiga (nama dibetulkan)');
    expect(await db.handle.db.selectFrom('roster_entries').select('nip').where('unit_id', 'in', ['KAB-TABALONG', 'KUA-TANJUNG']).execute()).toHaveLength(6);
    // A package with other questions for the same session is not this session's.
    const redrawn = structuredClone(pkg);
    redrawn.session.seed = 'f'.repeat(32);
    expect((await problemOf(installPackage(admin, redrawn, new Date(), db.handle.db))).status).toBe(409);
  });
});
