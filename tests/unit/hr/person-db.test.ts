/**
 * HR on real data against a real database (SQLite, or PostgreSQL with DATABASE_URL): sessions of a
 * unit take the rosters below it, the page-per-person actions (extra attempts, retake after a
 * revocation, move), the unknown-unit queue, unit aliases, unit moves, and the area totals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { ensureFirstAdmin } from '../../../src/server/bootstrap.ts';
import { identify, type Learner } from '../../../src/server/learners.ts';
import { revokeCertificate } from '../../../src/server/certificates/store.ts';
import { startAttempt, submitAttempt } from '../../../src/server/exam.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { createAccount, type StaffUser } from '../../../src/server/auth/staff.ts';
import { loadScope } from '../../../src/server/auth/scope.ts';
import { importUnits, moveUnit } from '../../../src/server/hr/units.ts';
import { importRoster, isOnRosterWithin } from '../../../src/server/hr/roster.ts';
import { readTable } from '../../../src/server/hr/table-file.ts';
import { areaMastery, people, syncAttemptAreas, unitSummaries } from '../../../src/server/hr/dashboard.ts';
import { allowRetake, grantExtraAttempts, moveToUnit, personDetail, unknownUnitQueue } from '../../../src/server/hr/person.ts';
import { addAlias, listAliases } from '../../../src/server/hr/aliases.ts';

let tdb: TestDb;
let admin: StaffUser;
let opTabalong: StaffUser;
const enc = (s: string) => new TextEncoder().encode(s);
const db = () => tdb.handle.db;
const KUA_STAFF = '198609262015051001';
const KANKEMENAG_STAFF = '198609262015051002';
const BANJAR_STAFF = '198609262015051003';
const NI_PPPK = '199511232022212008';
const PPPK_BY_ROSTER = '199001012019032005';

async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
  const e = await p.then(() => undefined, (x) => x);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
}
const auditCount = async () => Number((await db().selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
async function finish(learner: Learner, pass: boolean) {
  const a = await startAttempt(learner, 'final');
  const seed = (await db().selectFrom('attempts').select('seed').where('id', '=', a.id).executeTakeFirstOrThrow()).seed;
  const responses = pass ? Object.fromEntries(a.questions.map((q) => [q.id, rightResponse(gradedBank.find((g) => g.id === q.id)!, seed)])) : {};
  return submitAttempt(learner, a.id, responses);
}
const person = (nip: string, name: string, unit = 'KUA Kecamatan Tanjung') => identify({ nip, name, jabatan: 'Penyuluh Agama', unit });

beforeAll(async () => {
  tdb = await openTestDb();
  await ensureFirstAdmin(tdb.handle, 'admin');
  const row = await db().selectFrom('staff_users').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow();
  admin = { id: row.id, username: row.username, displayName: row.display_name, role: 'admin', unitId: null, mustChangePassword: false, disabled: false };
  const units = await readTable(enc('kode;nama;kode_induk\nKANWIL;Kanwil Kemenag Prov. Kalimantan Selatan;\nTABALONG;Kankemenag Kab. Tabalong;KANWIL\nKUA-TANJUNG;KUA Kec. Tanjung;TABALONG\nBANJAR;Kankemenag Kab. Banjar;KANWIL\nBARU;Kankemenag Kab. Baru;KANWIL\n'), 100);
  expect((await importUnits(admin, units, true)).errors).toEqual([]);
  opTabalong = (await createAccount(admin, { username: 'op.tabalong', displayName: 'Operator Tabalong', role: 'operator', unitId: 'TABALONG' })).user;
  const roster = await readTable(enc([
    'NIP;Nama;Status;Unit Kerja',
    `${KUA_STAFF};Siti Aminah, S.Ag.;PNS;Kantor Urusan Agama Kecamatan Tanjung`,
    `${KANKEMENAG_STAFF};Ahmad;;Kantor Kementerian Agama Kabupaten Tabalong`,
    `${BANJAR_STAFF};Budi;PNS;Kankemenag Kab Banjar`,
    `${NI_PPPK};Lailatul;;KUA Kec. Tanjung`,
    `${PPPK_BY_ROSTER};Rina;PPPK;KUA Kec. Tanjung`,
  ].join('\r\n')), 100);
  const r = await importRoster(admin, { all: true }, roster, { defaultUnit: null, apply: true, replace: false });
  expect(r.errors).toEqual([]);
});
afterAll(() => tdb?.close());

describe('the roster decides units and kinds', () => {
  it('stores the kind and the learner follows it, even for a number without the NI PPPK layout', async () => {
    const kinds = await db().selectFrom('roster_entries').select(['nip', 'unit_id', 'kind']).orderBy('nip').execute();
    expect(kinds).toContainEqual({ nip: NI_PPPK, unit_id: 'KUA-TANJUNG', kind: 'pppk' });
    expect(kinds).toContainEqual({ nip: PPPK_BY_ROSTER, unit_id: 'KUA-TANJUNG', kind: 'pppk' });
    expect(kinds).toContainEqual({ nip: KANKEMENAG_STAFF, unit_id: 'TABALONG', kind: 'pns' });
    // As a PNS this number fails (TMT month 03 is fine, but the roster says PPPK): the learner is PPPK.
    const rina = await person(PPPK_BY_ROSTER, 'Rina');
    expect(rina.kind).toBe('pppk');
    expect((await person(NI_PPPK, 'Lailatul')).kind).toBe('pppk');
  });
});

describe('a session of a unit takes the rosters below it', () => {
  it('a Kankemenag session accepts its KUA staff and refuses an outsider', async () => {
    expect(await isOnRosterWithin('TABALONG', KUA_STAFF)).toBe(true);
    expect(await isOnRosterWithin('TABALONG', KANKEMENAG_STAFF)).toBe(true);
    expect(await isOnRosterWithin('TABALONG', BANJAR_STAFF)).toBe(false);
    expect(await isOnRosterWithin('TABALONG', '198001012005011001')).toBe(false);
    expect(await isOnRosterWithin('KUA-TANJUNG', KANKEMENAG_STAFF)).toBe(false);
  });

  it('a Kanwil session without a roster of its own checks the rosters below; a unit without any roster accepts all', async () => {
    expect(await isOnRosterWithin('KANWIL', BANJAR_STAFF)).toBe(true);
    expect(await isOnRosterWithin('KANWIL', '198001012005011001')).toBe(false);
    expect(await isOnRosterWithin('BARU', '198001012005011001')).toBe(true);
  });
});

describe('a page per person, and what HR may do there', () => {
  it('grants an extra attempt after 3/3; refuses a short reason, a silly count and a total beyond the cap', async () => {
    const siti = await person(KUA_STAFF, 'Siti Aminah');
    for (let i = 0; i < 3; i++) await finish(siti, false);
    expect((await problemOf(startAttempt(siti, 'final'))).message).toContain('Batas 3 kali');
    const { scope } = await loadScope(opTabalong);
    const before = await auditCount();
    expect((await problemOf(grantExtraAttempts(opTabalong, scope, siti.id, 1, 'ok'))).status).toBe(422);
    expect((await problemOf(grantExtraAttempts(opTabalong, scope, siti.id, 50, 'Sakit saat ujian'))).message).toMatch(/1 sampai 3/);
    expect(await auditCount()).toBe(before);
    expect(await grantExtraAttempts(opTabalong, scope, siti.id, 1, 'Sakit saat ujian')).toBe(1);
    const a = await startAttempt(siti, 'final');
    expect(a.status).toBe('open');
    await grantExtraAttempts(opTabalong, scope, siti.id, 3, 'Jaringan terputus berkali-kali');
    await grantExtraAttempts(opTabalong, scope, siti.id, 3, 'Jaringan terputus berkali-kali');
    expect(await grantExtraAttempts(opTabalong, scope, siti.id, 3, 'Jaringan terputus berkali-kali')).toBe(10);
    const cap = await problemOf(grantExtraAttempts(opTabalong, scope, siti.id, 1, 'Jaringan terputus berkali-kali'));
    expect(cap.status).toBe(422);
    expect(cap.message).toContain('10');
    expect((await db().selectFrom('learners').select('extra_attempts').where('id', '=', siti.id).executeTakeFirstOrThrow()).extra_attempts).toBe(10);
    const detail = await personDetail(scope, siti.id);
    expect(detail.attempts.filter((x) => x.kind === 'final')).toHaveLength(4);
    expect(detail.roster).toMatchObject({ unitId: 'KUA-TANJUNG', kind: 'pns' });
    expect(detail.learner.extraAttempts).toBe(10);
    const logged = await db().selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'learner.extra-attempts').execute();
    expect(logged).toHaveLength(4);
    expect(JSON.parse(logged[0].detail!)).toMatchObject({ count: 1, reason: 'Sakit saat ujian' });
  });

  it('lets a revoked learner retake, only after a revocation', async () => {
    const ahmad = await person(KANKEMENAG_STAFF, 'Ahmad', 'Kankemenag Tabalong');
    const r = await finish(ahmad, true);
    const { scope } = await loadScope(opTabalong);
    expect((await problemOf(allowRetake(opTabalong, scope, ahmad.id, 'Sertifikat dicabut'))).status).toBe(409);
    await revokeCertificate(r.certificateNumber!, 'Kecurangan terbukti', opTabalong.id);
    expect((await problemOf(startAttempt(ahmad, 'final'))).message).toContain('sudah lulus');
    await allowRetake(opTabalong, scope, ahmad.id, 'Boleh mengulang setelah pembinaan');
    const again = await finish(ahmad, true);
    expect(again.certificateNumber).toBeTruthy();
    expect(again.certificateNumber).not.toBe(r.certificateNumber);
    const detail = await personDetail(scope, ahmad.id);
    expect(detail.certificates.map((c) => c.revokedAt === null)).toEqual([false, true]);
  });

  it('someone outside the scope is not found', async () => {
    const budi = await person(BANJAR_STAFF, 'Budi', 'Kankemenag Banjar');
    const { scope } = await loadScope(opTabalong);
    expect((await problemOf(personDetail(scope, budi.id))).status).toBe(404);
    expect((await problemOf(grantExtraAttempts(opTabalong, scope, budi.id, 1, 'Sakit saat ujian'))).status).toBe(404);
  });
});

describe('the unknown-unit queue', () => {
  it('a learner who typed an unknown unit waits in the queue; assigned, they count in the unit and its exports', async () => {
    const dewi = await identify({ nip: '199203102019031007', name: 'Dewi', jabatan: 'Guru', unit: 'KUA Tanjunk' });
    const far = await identify({ nip: '199203102019031008', name: 'Rudi', jabatan: 'Guru', unit: 'Kankemenag Banjarr' });
    await finish(dewi, true);
    const { scope } = await loadScope(opTabalong);
    // The admin sees every stray; an operator those whose typed unit is closest to one of theirs.
    expect((await unknownUnitQueue({ all: true })).map((q) => q.nip).sort()).toEqual(['199203102019031007', '199203102019031008']);
    expect((await unknownUnitQueue(scope)).map((q) => q.nip)).toEqual(['199203102019031007']);
    expect((await problemOf(personDetail(scope, far.id))).status).toBe(404);
    expect((await problemOf(moveToUnit(opTabalong, scope, dewi.id, 'BANJAR', 'Salah ketik unit'))).status).toBe(404);
    expect((await problemOf(moveToUnit(opTabalong, scope, dewi.id, 'KUA-TANJUNG', 'ok'))).status).toBe(422);
    await moveToUnit(opTabalong, scope, dewi.id, 'KUA-TANJUNG', 'Salah ketik unit');
    expect((await unknownUnitQueue({ all: true })).map((q) => q.nip)).toEqual(['199203102019031008']);
    const done = await people(scope, { status: 'completed' }, { limit: 50, offset: 0 });
    expect(done.rows.map((p) => p.nip)).toContain('199203102019031007');
    expect((await unitSummaries(scope, {})).find((u) => u.unitId === 'KUA-TANJUNG')!.completed).toBeGreaterThanOrEqual(1);
  });
});

describe('aliases and unit moves', () => {
  it('an alias that points to no unit, a taken alias or a unit’s own name is refused; a good one resolves names', async () => {
    const before = await auditCount();
    expect((await problemOf(addAlias(admin, 'Kemenag Tabalong', 'TIDAK-ADA'))).status).toBe(422);
    expect((await problemOf(addAlias(admin, 'kankemenag kabupaten tabalong', 'BANJAR'))).status).toBe(409);
    expect(await auditCount()).toBe(before);
    await addAlias(admin, 'Kemenag Tabalong', 'TABALONG');
    expect((await problemOf(addAlias(admin, 'KEMENAG  TABALONG', 'BANJAR'))).status).toBe(409);
    expect((await listAliases()).map((a) => [a.alias, a.unitId])).toEqual([['Kemenag Tabalong', 'TABALONG']]);
    const roster = await readTable(enc(`NIP;Nama;Unit Kerja\n198705142010011002;Rahmat;Kemenag Tabalong\n`), 10);
    const r = await importRoster(admin, { all: true }, roster, { defaultUnit: null, apply: false, replace: false });
    expect(r.rows[0].unitId).toBe('TABALONG');
  });

  it('a circular move is refused and changes nothing', async () => {
    expect((await problemOf(moveUnit(admin, 'TABALONG', 'KUA-TANJUNG'))).status).toBe(422);
    expect((await problemOf(moveUnit(admin, 'TABALONG', 'TABALONG'))).status).toBe(422);
    expect((await db().selectFrom('units').select('parent_id').where('id', '=', 'TABALONG').executeTakeFirstOrThrow()).parent_id).toBe('KANWIL');
    await moveUnit(admin, 'BARU', 'BANJAR');
    expect((await db().selectFrom('units').select('parent_id').where('id', '=', 'BARU').executeTakeFirstOrThrow()).parent_id).toBe('BANJAR');
  });
});

describe('area totals', () => {
  it('equal a fresh sum of every per-area score, and the admin summary reads them', async () => {
    await syncAttemptAreas();
    await syncAttemptAreas();
    const fresh = await db().selectFrom('attempt_areas').select(['area', (eb) => eb.fn.sum<number>('earned').as('earned'), (eb) => eb.fn.sum<number>('max').as('max'), (eb) => eb.fn.countAll<number>().as('n')]).groupBy('area').orderBy('area').execute();
    const kept = await db().selectFrom('area_totals').select(['area', 'earned', 'max', 'n']).orderBy('area').execute();
    expect(kept.map((k) => [k.area, Number(k.earned), Number(k.max), Number(k.n)])).toEqual(fresh.map((f) => [f.area, Number(f.earned), Number(f.max), Number(f.n)]));
    const all = await areaMastery({ all: true }, {});
    const viaUnits = await areaMastery({ all: false, units: ['KANWIL', 'TABALONG', 'KUA-TANJUNG', 'BANJAR', 'BARU'] }, {});
    // Learners with no unit are counted by "every unit" only; here every learner has one.
    expect(all).toEqual(viaUnits);
  });
});
