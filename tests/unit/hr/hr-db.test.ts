/**
 * HR against a real (temporary) database, SQLite or PostgreSQL: staff login and lockout, sessions
 * and CSRF, unit and roster import (all or nothing), linking learners to rosters, the dashboard's
 * figures (and that they follow every change), and unit scoping enforced in the queries themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AstroCookies } from 'astro';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { ensureFirstAdmin } from '../../../src/server/bootstrap.ts';
import { identify, syncProgress, type Learner } from '../../../src/server/learners.ts';
import { refreshLearnerSummary } from '../../../src/server/learner-summary.ts';
import { reissueCertificate, revokeCertificate } from '../../../src/server/certificates/store.ts';
import { startAttempt, submitAttempt } from '../../../src/server/exam.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { rightResponse } from '../../helpers/answers.ts';
import {
  changePassword, createAccount, currentStaff, disableAccount, hashSessionToken, login, requireStaff, STAFF_COOKIE, unlockAccount, type StaffUser,
} from '../../../src/server/auth/staff.ts';
import { loadScope } from '../../../src/server/auth/scope.ts';
import { importUnits } from '../../../src/server/hr/units.ts';
import { importRoster } from '../../../src/server/hr/roster.ts';
import { readTable } from '../../../src/server/hr/table-file.ts';
import { areaMastery, certificatesInScope, people, scoreDistribution, totals, trend, unitSummaries } from '../../../src/server/hr/dashboard.ts';
import { certificateAction } from '../../../src/server/hr/certs.ts';
import { course } from '../../../src/content/course.ts';

let tdb: TestDb;
let admin: StaffUser;
let adminPassword: string;
let opTabalong: StaffUser;
let opBanjar: StaffUser;
let OP_BANJAR_PW: string;
const enc = (s: string) => new TextEncoder().encode(s);
const db = () => tdb.handle.db;

const NIPS = ['198609262015051001', '198609262015051002', '198609262015051003', '198609262015051004'];

function cookiesWith(token?: string): AstroCookies {
  return { get: (name: string) => (name === STAFF_COOKIE && token ? { value: token } : undefined) } as unknown as AstroCookies;
}
function ctx(token: string | undefined, method = 'GET', headers: Record<string, string> = {}) {
  return { cookies: cookiesWith(token), request: new Request('http://x/api/staf/x', { method, headers }) };
}
async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
  const e = await p.then(() => undefined, (x) => x);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
}
const count = async (table: 'roster_entries' | 'units' | 'audit_log' | 'certificates') =>
  Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function pass(learner: Learner) {
  const a = await startAttempt(learner, 'final');
  const seed = (await db().selectFrom('attempts').select('seed').where('id', '=', a.id).executeTakeFirstOrThrow()).seed;
  const responses = Object.fromEntries(a.questions.map((q) => [q.id, rightResponse(gradedBank.find((g) => g.id === q.id)!, seed)]));
  return submitAttempt(learner, a.id, responses);
}

// These tests count HR's dashboard, not the module gate (tests/unit/exam covers it): the final
// exam opens without modules here, so "in progress" means what the dashboard says it means.
course.requireModulesBeforeFinal = false;

beforeAll(async () => {
  tdb = await openTestDb();
  adminPassword = (await ensureFirstAdmin(tdb.handle, 'admin'))!;
  const row = await db().selectFrom('staff_users').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow();
  admin = { id: row.id, username: row.username, displayName: row.display_name, role: 'admin', unitId: null, mustChangePassword: true, disabled: false };
  const units = await readTable(enc('kode;nama;kode_induk\nKANWIL;Kanwil Kemenag Kalsel;\nTABALONG;Kankemenag Tabalong;KANWIL\nKUA-TANJUNG;KUA Kecamatan Tanjung;TABALONG\nBANJAR;Kankemenag Banjar;KANWIL\nKUA-MARTAPURA;KUA Martapura;BANJAR\n'), 100);
  const r = await importUnits(admin, units, true);
  expect(r.errors).toEqual([]);
  opTabalong = (await createAccount(admin, { username: 'op.tabalong', displayName: 'Operator Tabalong', role: 'operator', unitId: 'TABALONG' })).user;
  const created = await createAccount(admin, { username: 'op.banjar', displayName: 'Operator Banjar', role: 'operator', unitId: 'BANJAR' });
  opBanjar = created.user;
  OP_BANJAR_PW = created.password;
});
afterAll(() => tdb?.close());

// Each login verifies a scrypt hash (tens of ms, more on a busy machine); some tests make dozens.
describe('staff login', { timeout: 30_000 }, () => {
  it('logs in with the one-time password; the session asks for a password change first', async () => {
    const r = await login('Admin', adminPassword, '10.0.0.1');
    expect(r.user.mustChangePassword).toBe(true);
    const s = (await currentStaff(cookiesWith(r.token)))!;
    expect(s.user.username).toBe('admin');
    expect((await problemOf(requireStaff(ctx(r.token)))).status).toBe(403);
    await changePassword(s, adminPassword, 'pohon mangga di halaman');
    expect((await requireStaff(ctx(r.token))).user.mustChangePassword).toBe(false);
    expect((await problemOf(login('admin', adminPassword, '10.0.0.1'))).status).toBe(401);
    const row = await db().selectFrom('staff_users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('pohon');
  });

  it("a stranger's wrong passwords slow the stranger down, not the account's owner; every failure is audited", async () => {
    for (let i = 0; i < 5; i++) expect((await problemOf(login('op.banjar', 'salah-salah-salah', '10.1.0.1'))).status).toBe(401);
    const slowed = await problemOf(login('op.banjar', 'salah-salah-salah', '10.1.0.1'));
    expect(slowed.status).toBe(429);
    expect(slowed.message).toMatch(/Tunggu \d+ detik/);
    expect(slowed.retryAfter).toBeGreaterThan(0);
    // Even the right password waits at that address (no oracle for the guesser)…
    expect((await problemOf(login('op.banjar', OP_BANJAR_PW, '10.1.0.1'))).status).toBe(429);
    // …while the owner, elsewhere, logs in at once: no lock on the account.
    expect((await login('op.banjar', OP_BANJAR_PW, '10.1.0.2')).user.username).toBe('op.banjar');
    const failed = await db().selectFrom('audit_log').select('detail').where('action', '=', 'staff.login-failed').execute();
    expect(failed.filter((f) => JSON.parse(f.detail!).username === 'op.banjar' && JSON.parse(f.detail!).ip === '10.1.0.1')).toHaveLength(5);
  });

  it('unknown and known user names answer alike, wrong password and backoff included', async () => {
    const known: [number, string][] = [];
    const unknown: [number, string][] = [];
    for (let i = 0; i < 6; i++) {
      const k = await problemOf(login('op.banjar', 'tebakan-salah', '10.5.0.1'));
      const u = await problemOf(login('tidak.ada', 'tebakan-salah', '10.5.0.2'));
      known.push([k.status, k.message.replace(/\d+/g, 'N')]);
      unknown.push([u.status, u.message.replace(/\d+/g, 'N')]);
    }
    expect(unknown).toEqual(known);
    expect(known.map(([s]) => s)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("an admin's unlock ends the backoff at once, on every counter of the account", async () => {
    for (let i = 0; i < 5; i++) await problemOf(login('op.banjar', 'salah-lagi', '10.6.0.1'));
    expect((await problemOf(login('op.banjar', OP_BANJAR_PW, '10.6.0.1'))).status).toBe(429);
    const target = (await db().selectFrom('staff_users').select('id').where('username', '=', 'op.banjar').executeTakeFirstOrThrow()).id;
    await unlockAccount(admin, target);
    expect((await login('op.banjar', OP_BANJAR_PW, '10.6.0.1')).user.username).toBe('op.banjar');
    expect(await db().selectFrom('audit_log').select('id').where('action', '=', 'staff.unlock').where('target', '=', target).executeTakeFirst()).toBeTruthy();
  });

  it('slows down one address trying many accounts', async () => {
    for (let i = 0; i < 30; i++) await problemOf(login(`nobody${i}`, 'x-x-x-x-x-x', '10.2.0.1'));
    expect((await problemOf(login('admin', 'pohon mangga di halaman', '10.2.0.1'))).status).toBe(429);
    expect((await login('admin', 'pohon mangga di halaman', '10.2.0.2')).user.username).toBe('admin');
  });

  it('an expired session is no session; a disabled account loses its sessions', async () => {
    const r = await login('admin', 'pohon mangga di halaman', '10.3.0.1');
    await db().updateTable('staff_sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', hashSessionToken(r.token)).execute();
    expect(await currentStaff(cookiesWith(r.token))).toBeUndefined();
    expect((await problemOf(requireStaff(ctx(r.token)))).status).toBe(401);

    const temp = await createAccount(admin, { username: 'fasil.sementara', displayName: 'Fasilitator', role: 'facilitator', unitId: 'KUA-TANJUNG' });
    const t2 = await login('fasil.sementara', temp.password, '10.3.0.2');
    await disableAccount(admin, temp.user.id);
    expect(await currentStaff(cookiesWith(t2.token))).toBeUndefined();
    expect((await problemOf(login('fasil.sementara', temp.password, '10.3.0.3'))).status).toBe(401);
  });

  it('a state-changing request needs the session CSRF token; reading does not', async () => {
    const r = await login('admin', 'pohon mangga di halaman', '10.4.0.1');
    expect((await requireStaff(ctx(r.token, 'GET'))).user.role).toBe('admin');
    expect((await problemOf(requireStaff(ctx(r.token, 'POST')))).status).toBe(403);
    expect((await problemOf(requireStaff(ctx(r.token, 'POST', { 'x-csrf-token': 'forged' })))).message).toMatch(/kedaluwarsa|tidak berasal/);
    expect((await requireStaff(ctx(r.token, 'POST', { 'x-csrf-token': r.csrfToken }))).user.username).toBe('admin');
    expect((await problemOf(requireStaff(ctx(r.token, 'GET'), ['operator']))).status).toBe(403);
  });
});

describe('rosters', () => {
  const bad = [
    'NIP;Nama;Jabatan;Kode Unit',
    `${NIPS[0]};Siti Aminah;Penghulu;KUA-TANJUNG`,
    `1.98609E+17;Ahmad;Penyuluh;KUA-TANJUNG`,
    `${NIPS[0]};Siti Dua;Guru;TABALONG`,
    `${NIPS[2]};Rahmat;Guru;KUA-MARTAPURA`,
  ].join('\n');
  const good = [
    'NIP;Nama;Jabatan;Kode Unit',
    `${NIPS[0]};Siti Aminah;Penghulu;KUA-TANJUNG`,
    `${NIPS[1]};Ahmad Fauzi;Penyuluh;KUA-TANJUNG`,
    `${NIPS[2]};Rahmat;Guru;TABALONG`,
    `${NIPS[3]};Dewi;Guru;TABALONG`,
  ].join('\n');

  it('a file with bad rows imports nothing and names every bad row', async () => {
    const { scope } = await loadScope(opTabalong);
    const r = await importRoster(opTabalong, scope, await readTable(enc(bad), 100), { defaultUnit: null, apply: true, replace: false });
    expect(r.imported).toBe(false);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(await count('roster_entries')).toBe(0);
  });

  it('the fixed file imports; importing again updates instead of duplicating', async () => {
    const { scope } = await loadScope(opTabalong);
    const r = await importRoster(opTabalong, scope, await readTable(enc(good), 100), { defaultUnit: null, apply: true, replace: false });
    expect(r.errors).toEqual([]);
    expect(r.imported).toBe(true);
    expect(await count('roster_entries')).toBe(4);
    const again = good.replace('Dewi;Guru', 'Dewi Lestari;Guru Kelas');
    await importRoster(opTabalong, scope, await readTable(enc(again), 100), { defaultUnit: null, apply: true, replace: false });
    expect(await count('roster_entries')).toBe(4);
    expect((await db().selectFrom('roster_entries').select('name').where('nip', '=', NIPS[3]).executeTakeFirstOrThrow()).name).toBe('Dewi Lestari');
  });

  it('an operator cannot import into or move people from a unit outside their scope', async () => {
    const { scope } = await loadScope(opBanjar);
    const r = await importRoster(opBanjar, scope, await readTable(enc(`NIP;Nama;Kode Unit\n${NIPS[0]};Siti;KUA-MARTAPURA\n${'199001012019032002'};Budi;TABALONG\n`), 100), { defaultUnit: null, apply: true, replace: false });
    expect(r.errors.map((e) => e.messages[0])).toEqual(['NIP ini terdaftar di unit lain di luar wewenang Anda.', 'Unit TABALONG di luar wewenang Anda.']);
    expect((await db().selectFrom('roster_entries').select('unit_id').where('nip', '=', NIPS[0]).executeTakeFirstOrThrow()).unit_id).toBe('KUA-TANJUNG');
    expect((await problemOf(importRoster(opBanjar, scope, await readTable(enc(`NIP;Nama\n${NIPS[3]};Dewi\n`), 10), { defaultUnit: 'TABALONG', apply: true, replace: false }))).status).toBe(404);
  });
});

describe('learners and rosters', () => {
  let siti: Learner, ahmad: Learner, rahmat: Learner, budi: Learner;

  it('a learner on a roster belongs to its unit, whatever unit they typed', async () => {
    siti = await identify({ nip: NIPS[0], name: 'Siti Aminah, S.Ag.', jabatan: 'Penghulu', unit: 'KUA Tanjung (lama)' });
    expect(siti.unit_id).toBe('KUA-TANJUNG');
    ahmad = await identify({ nip: NIPS[1], name: 'Ahmad Fauzi', jabatan: 'Penyuluh', unit: 'KUA Kecamatan Tanjung' });
    rahmat = await identify({ nip: NIPS[2], name: 'Rahmat', jabatan: 'Guru', unit: 'Kankemenag Tabalong' });
    expect(rahmat.unit_id).toBe('TABALONG');
  });

  it('claiming a unit that has a roster needs the NIP to be on it; a unit without a roster links freely', async () => {
    const e = await problemOf(identify({ nip: '199001012019032002', name: 'Budi', jabatan: 'Guru', unit: 'kua kecamatan tanjung' }));
    expect(e.status).toBe(422);
    expect(e.fields?.unit).toMatch(/tidak ada dalam daftar pegawai unit ini/);
    expect(await db().selectFrom('learners').select('id').where('nip', '=', '199001012019032002').executeTakeFirst()).toBeUndefined();
    budi = await identify({ nip: '199001012019032002', name: 'Budi', jabatan: 'Guru', unit: 'KUA Martapura' });
    expect(budi.unit_id).toBe('KUA-MARTAPURA');
    const other = await identify({ nip: '199001012019032003', name: 'Rina', jabatan: 'Guru', unit: 'MIN 1 Entah' });
    expect(other.unit_id).toBeNull();
  });

  it('the dashboard counts completed, in progress and not started against the roster', async () => {
    await pass(siti);
    await pass(budi);
    await startAttempt(ahmad, 'final');
    const { scope } = await loadScope(opTabalong);
    const list = await unitSummaries(scope, {});
    const tanjung = list.find((u) => u.unitId === 'KUA-TANJUNG')!;
    expect(tanjung).toMatchObject({ roster: 2, completed: 1, inProgress: 1, notStarted: 0, rate: 50 });
    // The Kankemenag's row counts its KUA (roll-up); "this unit only" shows its own roster.
    const tabalong = list.find((u) => u.unitId === 'TABALONG')!;
    expect(tabalong).toMatchObject({ roster: 4, completed: 1, inProgress: 1, notStarted: 2, rate: 25, depth: 0 });
    expect(list.map((u) => u.unitId)).toEqual(['TABALONG', 'KUA-TANJUNG']);
    expect(totals(list)).toMatchObject({ roster: 4, completed: 1, rate: 25 });
    const own = await unitSummaries(scope, {}, undefined, { rollup: false });
    expect(own.find((u) => u.unitId === 'TABALONG')).toMatchObject({ roster: 2, completed: 0, inProgress: 0, notStarted: 2, rate: 0 });
    expect(totals(own)).toEqual(totals(list));
    expect(list.map((u) => u.unitId)).not.toContain('KUA-MARTAPURA');

    const done = await people(scope, { status: 'completed' }, { limit: 10, offset: 0 });
    expect(done.rows.map((p) => p.nip)).toEqual([NIPS[0]]);
    expect(done.rows[0].certificateNumber).toBeTruthy();
    expect(done.rows[0].score).toBe(100);
    const notStarted = await people(scope, { status: 'not_started' }, { limit: 10, offset: 0 });
    expect(notStarted.rows.map((p) => p.name).sort()).toEqual(['Dewi Lestari', 'Rahmat']);

    expect((await scoreDistribution(scope, {})).find((b) => b.from === 90)!.count).toBe(1);
    const areas = await areaMastery(scope, {});
    expect(areas.map((a) => a.area).sort()).toEqual(course.areas.map((a) => a.id).sort());
    expect(areas.every((a) => a.percent === 100 && a.attempts === 1)).toBe(true);
    const month = new Date().toISOString().slice(0, 7);
    expect((await trend(scope, {}, 'month')).map(({ period, count }) => ({ period, count }))).toEqual([{ period: month, count: 1 }]);
    // A period that ends before the certificate: nothing completed in it.
    expect((await unitSummaries(scope, { to: '2000-01-01' })).find((u) => u.unitId === 'KUA-TANJUNG')!.completed).toBe(0);
  });

  it('an operator of another unit sees nothing of it, in every query', async () => {
    const { scope } = await loadScope(opBanjar);
    const list = await unitSummaries(scope, {});
    expect(list.map((u) => u.unitId)).toEqual(['BANJAR', 'KUA-MARTAPURA']);
    expect(list[1]).toMatchObject({ roster: 0, offRoster: 1 });
    expect((await people(scope, {}, { limit: 100, offset: 0 })).total).toBe(0);
    expect((await certificatesInScope(scope, undefined)).map((c) => c.nip)).toEqual(['199001012019032002']);
    expect((await scoreDistribution(scope, {})).reduce((s, b) => s + b.count, 0)).toBe(1);
    expect((await trend(scope, {}, 'week')).reduce((s, b) => s + b.count, 0)).toBe(1);
    await expect(loadScope(opBanjar, 'TABALONG')).rejects.toThrow(/di luar wewenang/);
  });

  it('revoking: not possible outside the scope (404, nothing changes); inside it the person is no longer completed', async () => {
    const { scope } = await loadScope(opTabalong);
    const number = (await people(scope, { status: 'completed' }, { limit: 1, offset: 0 })).rows[0].certificateNumber!;
    const auditBefore = await count('audit_log');
    const e = await problemOf(certificateAction(opBanjar, number, 'cabut', 'Nama salah ketik'));
    expect(e.status).toBe(404);
    expect(await count('audit_log')).toBe(auditBefore);
    expect((await db().selectFrom('certificates').select('revoked_at').where('number', '=', number).executeTakeFirstOrThrow()).revoked_at).toBeNull();

    const r = await certificateAction(opTabalong, number, 'terbitkan-ulang', 'Nama salah ketik');
    expect(r.newNumber).toBeTruthy();
    expect((await people(scope, { status: 'completed' }, { limit: 5, offset: 0 })).rows[0].certificateNumber).toBe(r.newNumber);
    await certificateAction(opTabalong, r.newNumber!, 'cabut', 'Kecurangan terbukti');
    const tanjung = (await unitSummaries(scope, {})).find((u) => u.unitId === 'KUA-TANJUNG')!;
    expect(tanjung).toMatchObject({ completed: 0, inProgress: 2 });
    const actions = (await db().selectFrom('audit_log').select(['action', 'actor_id']).where('action', 'like', 'certificate.%').execute());
    expect(actions).toEqual([{ action: 'certificate.reissue', actor_id: opTabalong.id }, { action: 'certificate.revoke', actor_id: opTabalong.id }]);
  });
});


describe('the dashboard follows every change', () => {
  const BUDI = '199001012019032002';
  const NUR = '199001012019032009';
  const martapura = async () => (await unitSummaries((await loadScope(admin)).scope, {})).find((u) => u.unitId === 'KUA-MARTAPURA')!;
  const file = async (rows: string) => readTable(enc(`NIP;Nama\n${rows}`), 10);
  let nur: Learner;

  it('a roster imported after a learner passed counts them; leaving the roster makes them off-roster again', async () => {
    expect(await martapura()).toMatchObject({ roster: 0, offRoster: 1 });
    const { scope } = await loadScope(opBanjar);
    await importRoster(opBanjar, scope, await file(`${BUDI};Budi\n${NUR};Nur\n`), { defaultUnit: 'KUA-MARTAPURA', apply: true, replace: false });
    expect(await martapura()).toMatchObject({ roster: 2, completed: 1, inProgress: 0, notStarted: 1, rate: 50, offRoster: 0 });
    await importRoster(opBanjar, scope, await file(`${NUR};Nur\n`), { defaultUnit: 'KUA-MARTAPURA', apply: true, replace: true });
    expect(await martapura()).toMatchObject({ roster: 1, completed: 0, notStarted: 1, offRoster: 1 });
  });

  it('a module finished on the device puts a rostered person in progress', async () => {
    nur = await identify({ nip: NUR, name: 'Nur', jabatan: 'Guru', unit: 'KUA Martapura' });
    expect(await martapura()).toMatchObject({ inProgress: 0, notStarted: 1 });
    await syncProgress(nur.id, { '01-mengapa-netral': new Date().toISOString() }, new Set(['01-mengapa-netral']));
    expect(await martapura()).toMatchObject({ inProgress: 1, notStarted: 0 });
  });

  it('a certificate reissued months later keeps the day the exam was passed', async () => {
    await pass(nur);
    const { scope } = await loadScope(opBanjar);
    const [before] = (await people(scope, { status: 'completed' }, { limit: 5, offset: 0 })).rows;
    expect(before).toMatchObject({ nip: NUR, score: 100 });
    const trendBefore = await trend(scope, {}, 'month');
    const later = new Date(Date.now() + 90 * 86_400_000);
    const fresh = await reissueCertificate(before.certificateNumber!, 'Nama salah ketik', opBanjar.id, later);
    const [after] = (await people(scope, { status: 'completed' }, { limit: 5, offset: 0 })).rows;
    expect(after).toMatchObject({ nip: NUR, certificateNumber: fresh.number, completedAt: before.completedAt });
    expect(await trend(scope, {}, 'month')).toEqual(trendBefore);
    // Revoked, then reissued from the revoked one: completed again, on the same day.
    await revokeCertificate(fresh.number, 'Salah unit', opBanjar.id, later);
    expect(await martapura()).toMatchObject({ completed: 0, inProgress: 1 });
    const again = await reissueCertificate(fresh.number, 'Unit sudah dibetulkan', opBanjar.id, later);
    expect((await people(scope, { status: 'completed' }, { limit: 5, offset: 0 })).rows[0]).toMatchObject({ certificateNumber: again.number, completedAt: before.completedAt });
  });

  it('what is stored for the dashboard is what the source tables say', async () => {
    const cols = ['id', 'roster_unit_id', 'first_activity_at', 'completed_at', 'best_score'] as const;
    const stored = await db().selectFrom('learners').select(cols).orderBy('id').execute();
    expect(stored.filter((l) => l.completed_at).length).toBeGreaterThan(1);
    await refreshLearnerSummary(db(), 'all');
    expect(await db().selectFrom('learners').select(cols).orderBy('id').execute()).toEqual(stored);
  });
});

describe('the roster pull', () => {
  it("an operator cannot pull a learner registered with a unit outside their scope onto their own roster", async () => {
    const nip = '199105052019031004';
    const yani = await identify({ nip, name: 'Yani', jabatan: 'Analis', unit: 'Kanwil Kemenag Kalsel' });
    expect(yani.unit_id).toBe('KANWIL');
    const { scope } = await loadScope(opBanjar);
    const r = await importRoster(opBanjar, scope, await readTable(enc(`NIP;Nama\n${nip};Yani\n`), 10), { defaultUnit: 'KUA-MARTAPURA', apply: true, replace: false });
    expect(r.imported).toBe(false);
    expect(r.errors.map((e) => e.messages)).toEqual([['NIP ini terdaftar di unit lain di luar wewenang Anda.']]);
    expect((await db().selectFrom('learners').select('unit_id').where('nip', '=', nip).executeTakeFirstOrThrow()).unit_id).toBe('KANWIL');
    expect(await db().selectFrom('roster_entries').select('nip').where('nip', '=', nip).executeTakeFirst()).toBeUndefined();
  });
});
