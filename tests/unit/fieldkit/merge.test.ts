/**
 * Merging a field laptop's "hasil sesi" into the central server, against a real database (SQLite,
 * or PostgreSQL with DATABASE_URL): the package's key, verification (also by jose directly),
 * idempotency, one merge per session, the attempt limit, a person present online and offline,
 * the clock, and every refusal leaving the database exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenedVerify, importJWK, type FlattenedJWS } from 'jose';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { setBus } from '../../../src/server/live/bus.ts';
import { createSession, joinSession, testQuestions, testSeed, type SessionRow } from '../../../src/server/sessions/index.ts';
import { makePackage, packagesPerUser } from '../../../src/server/fieldkit/package.ts';
import { receiveBundle, RowsProblem } from '../../../src/server/fieldkit/receive.ts';
import { BUNDLE_FORMAT, BUNDLE_TYP, newSessionKey, packageSchema, signBundle, type BundlePayload, type FieldPackage } from '../../../src/server/fieldkit/format.ts';
import { forgetUnits } from '../../../src/server/hr/unit-tree.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';
import type { QuestionResponse } from '../../../src/quizzes/engine/types.ts';
import { course } from '../../../src/content/course.ts';
import { refreshLearnerSummary } from '../../../src/server/learner-summary.ts';
import { people as dashboardPeople } from '../../../src/server/hr/dashboard.ts';

let db: TestDb;
const facilitator: StaffUser = { id: 'f-1', username: 'fasil', displayName: 'Fasilitator Wakatobi', role: 'facilitator', unitId: 'KAB-W', mustChangePassword: false, disabled: false };
const nipOf = (i: number) => `198001${10 + i}200501${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`;
const NAMES = ['Ahmad Rifai', 'Siti Aminah, S.Ag.', 'La Ode Hasan', 'Wa Ode Nur', 'Nur Hidayah', 'Baharuddin', 'Hasnah', 'Muhammad Saleh', 'Rahmawati', 'Rahmat Hidayat'];
/** People on the rosters of the session's unit tree (KAB-W and KUA-W1 below it). */
const roster = NAMES.map((name, i) => ({ nip: nipOf(i), name, jabatan: 'Penyuluh Agama', unit: i % 2 ? 'KUA-W1' : 'KAB-W' }));
/** Group A: the first merge and the people who come back; group B: the file with row problems. */
const people = roster.slice(0, 4);
const groupB = roster.slice(5, 9);
/** On the roster of another tree. */
const outsider = { nip: nipOf(10), name: 'Pegawai Lain', jabatan: 'Staf', unit: 'KAB-X' };
const T0 = Date.now();
const min = (n: number) => new Date(T0 + n * 60_000).toISOString();

type Person = { nip: string; name: string; jabatan: string };

async function newSession(): Promise<SessionRow> {
  return createSession(facilitator, { title: 'Pembinaan Netralitas di Aula Tanpa Internet', day: new Date(T0).toISOString().slice(0, 10), place: 'Aula KUA Wangi-Wangi', unitId: 'KAB-W', withPre: true, withPost: true });
}

function right(s: SessionRow, test: 'pre' | 'post', qid: string): QuestionResponse {
  return rightResponse(testQuestions(s, test).byId.get(qid)!.q, testSeed(s, test));
}

/** What a laptop would report: everyone joins, answers every question right, signs; both tests finished. */
function payloadFor(s: SessionRow, pkg: FieldPackage, who: Person[], opts: { shift?: number; wrongPost?: string[] } = {}): BundlePayload {
  const at = (n: number) => min(n + (opts.shift ?? 0));
  const ids = { pre: JSON.parse(s.pre_items) as string[], post: JSON.parse(s.post_items) as string[] };
  const participants = who.map((p, i) => ({ id: `lp-${i}`, nip: p.nip, name: p.name, jabatan: p.jabatan, joinedAt: at(10 + i) }));
  const answers: BundlePayload['answers'] = [];
  for (const p of participants) {
    for (const test of ['pre', 'post'] as const) {
      for (const q of ids[test]) {
        let response = right(s, test, q);
        // A wrong answer to every question of the post-test for the people asked.
        if (test === 'post' && opts.wrongPost?.includes(p.nip)) response = testQuestions(s, 'post').byId.get(q)!.q.type === 'truefalse' ? !(response as boolean) : null;
        answers.push({ participantId: p.id, test, questionId: q, response, answeredAt: at(test === 'pre' ? 20 : 90), updatedAt: at(test === 'pre' ? 21 : 91), changes: 0 });
      }
    }
  }
  return {
    format: BUNDLE_FORMAT,
    sessionId: s.id,
    kid: pkg.key.kid,
    courseVersion: course.version,
    exportedAt: at(150),
    importedAt: at(5),
    packageIssuedAt: pkg.issuedAt,
    utcOffsetMinutes: 480,
    tests: { pre: { finished: true, finishedAt: at(40) }, post: { finished: true, finishedAt: at(120) } },
    closedAt: at(140),
    participants,
    answers: answers.filter((a) => a.response !== null),
    signatures: participants.map((p) => ({ participantId: p.id, name: p.name, signedAt: at(130) })),
  };
}

/** Every row of every table a merge may touch, to compare before and after. */
async function snapshot(): Promise<string> {
  const tables = ['learners', 'live_sessions', 'live_participants', 'live_answers', 'live_results', 'live_signatures', 'attempts', 'certificates', 'field_imports', 'field_keys', 'audit_log'] as const;
  const out: Record<string, unknown[]> = {};
  for (const tb of tables) {
    const rows = (await db.handle.db.selectFrom(tb as never).selectAll().execute()) as Record<string, unknown>[];
    out[tb] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(out);
}

const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

async function prepared(who: Person[], opts: Parameters<typeof payloadFor>[3] = {}) {
  const s = await newSession();
  await packagesPerUser.reset(facilitator.id);
  const pkg = await makePackage(facilitator, s, 'http://pusat.test', new Date(T0));
  const payload = payloadFor(s, pkg, who, opts);
  return { s, pkg, payload, file: await signBundle(payload, pkg.key.privateJwk) };
}

beforeAll(async () => {
  db = await openTestDb();
  await setBus(undefined);
  const now = new Date().toISOString();
  await db.handle.db.insertInto('units').values([
    { id: 'KAB-W', name: 'Kantor Kementerian Agama Kabupaten Wakatobi', parent_id: null, created_at: now, time_zone: 'Asia/Makassar' },
    { id: 'KUA-W1', name: 'KUA Kecamatan Wangi-Wangi', parent_id: 'KAB-W', created_at: now },
    { id: 'KAB-X', name: 'Kankemenag Lain', parent_id: null, created_at: now },
  ]).execute();
  forgetUnits();
  await db.handle.db.insertInto('staff_users').values({ id: facilitator.id, username: facilitator.username, display_name: facilitator.displayName, password_hash: 'x', role: 'facilitator', unit_id: 'KAB-W', must_change_password: 0, failed_logins: 0, locked_until: null, created_at: now }).execute();
  await db.handle.db.insertInto('roster_entries').values([...roster, outsider].map((p) => ({ nip: p.nip, unit_id: p.unit, name: p.name, jabatan: p.jabatan, imported_at: now, imported_by: null, kind: 'pns' }))).execute();
});
afterAll(async () => {
  await setBus(undefined);
  await db?.close();
});

describe('the package', () => {
  it('carries the session, the unit tree with its rosters only, and a new key whose public half alone is stored', async () => {
    const s = await newSession();
    const pkg = await makePackage(facilitator, s, 'http://pusat.test', new Date(T0));
    expect(packageSchema.parse(pkg)).toEqual(pkg);
    expect(pkg.session).toMatchObject({ id: s.id, code: s.code, seed: s.seed, preItems: JSON.parse(s.pre_items), postItems: JSON.parse(s.post_items) });
    expect(pkg.units.map((u) => u.id).sort()).toEqual(['KAB-W', 'KUA-W1']);
    expect(pkg.roster.map((r) => r.nip).sort()).toEqual(roster.map((p) => p.nip).sort());
    const key = await db.handle.db.selectFrom('field_keys').selectAll().where('kid', '=', pkg.key.kid).executeTakeFirstOrThrow();
    expect(key.session_id).toBe(s.id);
    expect(key.private_jwk).toBeNull();
    expect(JSON.parse(key.public_jwk).d).toBeUndefined();
    expect(Date.parse(key.expires_at) - Date.parse(s.expires_at)).toBe(30 * 86_400_000);
    const again = await makePackage(facilitator, s, 'http://pusat.test', new Date(T0));
    expect(again.key.kid).not.toBe(pkg.key.kid);
  });
  it("gives the session's unit the time zone it inherits, so the laptop shows WITA, not WIB", async () => {
    const admin: StaffUser = { ...facilitator, id: 'admin-1', role: 'admin', unitId: null };
    const s = await createSession(admin, { title: 'Pembinaan di KUA Wangi-Wangi', day: new Date(T0).toISOString().slice(0, 10), place: 'Aula KUA Wangi-Wangi', unitId: 'KUA-W1', withPre: true, withPost: false });
    const pkg = await makePackage(admin, s, 'http://pusat.test', new Date(T0));
    expect(pkg.units).toEqual([{ id: 'KUA-W1', name: 'KUA Kecamatan Wangi-Wangi', parentId: 'KAB-W', timeZone: 'Asia/Makassar' }]);
  });
  it('is rate-limited per staff member (each one issues a key)', async () => {
    const s = await newSession();
    await packagesPerUser.reset(facilitator.id);
    for (let i = 0; i < 10; i++) await makePackage(facilitator, s, 'http://pusat.test');
    const e = await problemOf(makePackage(facilitator, s, 'http://pusat.test'));
    expect(e.status).toBe(429);
    expect(await db.handle.db.selectFrom('field_keys').select('kid').where('session_id', '=', s.id).execute()).toHaveLength(10);
  });
});

describe('merging a bundle', () => {
  let merged: Awaited<ReturnType<typeof prepared>>;
  it('a standard JOSE library verifies the bundle with the stored public key', async () => {
    merged = await prepared(people);
    const key = await db.handle.db.selectFrom('field_keys').select('public_jwk').where('kid', '=', merged.pkg.key.kid).executeTakeFirstOrThrow();
    const r = await flattenedVerify(merged.file as FlattenedJWS, await importJWK({ ...JSON.parse(key.public_jwk), alg: 'EdDSA' }, 'EdDSA'));
    expect(r.protectedHeader).toMatchObject({ alg: 'EdDSA', typ: BUNDLE_TYP, kid: merged.pkg.key.kid });
    expect(JSON.parse(new TextDecoder().decode(r.payload)).participants).toHaveLength(people.length);
  });
  it('records attendance, answers and declarations, scores both tests into attempts and issues certificates centrally', async () => {
    const r = await receiveBundle(facilitator, merged.s, merged.file, { now: new Date(T0 + 200 * 60_000) });
    expect(r).toMatchObject({ merged: true, participants: 4, attempts: 8, certificates: 4, skipped: [], clockOffsetMs: 0 });
    const q = db.handle.db;
    const s = await q.selectFrom('live_sessions').selectAll().where('id', '=', merged.s.id).executeTakeFirstOrThrow();
    expect(s.status).toBe('closed');
    expect(s.closed_at).toBe(min(140));
    expect(s.field_kid ?? null).toBeNull();
    const parts = await q.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).execute();
    expect(parts.map((p) => p.joined_at).sort()).toEqual([min(10), min(11), min(12), min(13)]);
    expect(await q.selectFrom('live_signatures').select('participant_id').where('session_id', '=', s.id).execute()).toHaveLength(4);
    const finals = await q.selectFrom('attempts').selectAll().where('kind', '=', 'final').execute();
    expect(finals).toHaveLength(4);
    expect(finals.every((a) => a.passed === 1 && a.submitted_at === min(120) && a.score === 100)).toBe(true);
    const certs = await q.selectFrom('certificates').selectAll().execute();
    expect(certs.map((c) => c.attempt_id).sort()).toEqual(finals.map((a) => a.id).sort());
    // The HR dashboard's summary is kept in the same transaction.
    const learners = await q.selectFrom('learners').selectAll().where('nip', 'in', people.map((p) => p.nip)).execute();
    expect(learners.every((l) => l.completed_at === min(120) && l.best_score === 100 && l.roster_unit_id)).toBe(true);
    const imp = await q.selectFrom('field_imports').selectAll().where('session_id', '=', s.id).executeTakeFirstOrThrow();
    expect(imp).toMatchObject({ kid: merged.pkg.key.kid, exported_at: min(150), clock_offset_ms: 0, imported_by: facilitator.id });
    expect(await q.selectFrom('audit_log').select('action').where('action', '=', 'session.field-import').where('target', '=', s.id).execute()).toHaveLength(1);
  });
  it('the same bundle again changes nothing', async () => {
    const before = await snapshot();
    const r = await receiveBundle(facilitator, merged.s, merged.file, { now: new Date(T0 + 300 * 60_000) });
    expect(r).toMatchObject({ merged: false, already: true, participants: 4, certificates: 4 });
    expect(await snapshot()).toBe(before);
  });
  it('a different bundle for a merged session is a conflict (409), nothing changes', async () => {
    const before = await snapshot();
    const other = await signBundle({ ...merged.payload, exportedAt: min(155) }, merged.pkg.key.privateJwk);
    const e = await problemOf(receiveBundle(facilitator, merged.s, other, { now: new Date(T0 + 300 * 60_000) }));
    expect(e.status).toBe(409);
    expect(e.message).toMatch(/sudah digabungkan dari file lain pada .* WITA/);
    expect(await snapshot()).toBe(before);
  });
  it('two uploads of one file at once: one merge, the other is told it is already merged', async () => {
    const { s, file } = await prepared([roster[4]]);
    const results = await Promise.all([receiveBundle(facilitator, s, file), receiveBundle(facilitator, s, file)]);
    expect(results.map((r) => r.merged).sort()).toEqual([false, true]);
    expect(await db.handle.db.selectFrom('live_participants').select('id').where('session_id', '=', s.id).execute()).toHaveLength(1);
  });
});

describe('a file that cannot be trusted changes nothing', () => {
  it('tampered (payload changed after signing): bad signature, 422', async () => {
    const { s, payload, file } = await prepared(people.slice(0, 1));
    const forged = { ...file, payload: Buffer.from(JSON.stringify({ ...payload, closedAt: min(141) })).toString('base64url') };
    const before = await snapshot();
    const e = await problemOf(receiveBundle(facilitator, s, forged));
    expect([e.status, e.message]).toEqual([422, expect.stringMatching(/Tanda tangan file hasil sesi tidak sah/)]);
    expect(await snapshot()).toBe(before);
  });
  it('signed with a key this server never issued: 422', async () => {
    const { s, payload } = await prepared(people.slice(0, 1));
    const key = await newSessionKey('kunci-asing-0001');
    const e = await problemOf(receiveBundle(facilitator, s, await signBundle({ ...payload, kid: key.kid }, key.privateJwk)));
    expect([e.status, e.message]).toEqual([422, expect.stringMatching(/tidak dikenal server ini/)]);
  });
  it('for another session: 422 naming the session it belongs to', async () => {
    const a = await prepared(people.slice(0, 1));
    const b = await prepared(people.slice(0, 1));
    const before = await snapshot();
    const e = await problemOf(receiveBundle(facilitator, a.s, b.file));
    expect(e.status).toBe(422);
    expect(e.message).toContain(`kode ${b.s.code}`);
    expect(await snapshot()).toBe(before);
  });
  it('signed with an expired key: 410 with the expiry in the unit\'s local time', async () => {
    const { s, pkg, file } = await prepared(people.slice(0, 1));
    const key = await db.handle.db.selectFrom('field_keys').selectAll().where('kid', '=', pkg.key.kid).executeTakeFirstOrThrow();
    const before = await snapshot();
    const e = await problemOf(receiveBundle(facilitator, s, file, { now: new Date(Date.parse(key.expires_at) + 60_000) }));
    expect(e.status).toBe(410);
    expect(e.message).toMatch(/kedaluwarsa sejak \d+ \w+ \d{4}, \d\d\.\d\d WITA/);
    expect(await snapshot()).toBe(before);
  });
  it('from another course version: 422', async () => {
    const { s, pkg, payload } = await prepared(people.slice(0, 1));
    const e = await problemOf(receiveBundle(facilitator, s, await signBundle({ ...payload, courseVersion: '0.9.0' }, pkg.key.privateJwk)));
    expect([e.status, e.message]).toEqual([422, expect.stringContaining('versi materi 0.9.0')]);
  });
});

describe('rows with a problem', () => {
  let bad: Awaited<ReturnType<typeof prepared>>;
  const limitUsed = groupB[3];
  beforeAll(async () => {
    // Wa Ode Nur used up her final-exam attempts online before the session.
    const learner = { id: 'l-limit', nip: limitUsed.nip, kind: 'pns', name: limitUsed.name, jabatan: limitUsed.jabatan, pangkat: null, unit_id: 'KUA-W1', unit_name: 'KUA', created_at: min(-900), updated_at: min(-900) };
    await db.handle.db.insertInto('learners').values(learner).execute();
    for (let i = 0; i < course.attemptLimit; i++) {
      await db.handle.db.insertInto('attempts').values({ id: `a-limit-${i}`, learner_id: learner.id, kind: 'final', seed: 's', items: '[]', responses: '{}', status: 'submitted', started_at: min(-800 + i), deadline_at: null, submitted_at: min(-700 + i), score: 40, passed: 0, result: null, course_version: course.version }).execute();
    }
    bad = await prepared([...groupB, outsider, { nip: '12345', name: 'Salah Ketik', jabatan: 'Staf' }]);
    const foreign = (JSON.parse((await newSession()).post_items) as string[]).find((q) => !JSON.parse(bad.s.post_items).includes(q)) ?? 'g-tidak-ada-99';
    bad.payload.answers.push({ participantId: 'lp-0', test: 'post', questionId: foreign, response: true, answeredAt: min(95), updatedAt: min(95), changes: 0 });
    bad.payload.answers.push({ participantId: 'lp-99', test: 'pre', questionId: JSON.parse(bad.s.pre_items)[0], response: true, answeredAt: min(25), updatedAt: min(25), changes: 0 });
    bad.file = await signBundle(bad.payload, bad.pkg.key.privateJwk);
  });
  it('without "terima sebagian": 422 listing every affected row, nothing stored', async () => {
    const before = await snapshot();
    const e = await problemOf(receiveBundle(facilitator, bad.s, bad.file));
    expect(e).toBeInstanceOf(RowsProblem);
    expect(e.status).toBe(422);
    const rows = (e as RowsProblem).rows;
    const about = (nip: string) => rows.filter((r) => r.nip === nip).map((r) => r.problem).join(' | ');
    expect(about(outsider.nip)).toMatch(/tidak terdaftar di daftar pegawai Kantor Kementerian Agama Kabupaten Wakatobi/);
    expect(about('12345')).toMatch(/Data peserta tidak valid: .*NIP/);
    expect(about(groupB[0].nip)).toMatch(/soal yang tidak ada di post-test/);
    expect(about(limitUsed.nip)).toMatch(/Batas 3 kali percobaan ujian akhir sudah tercapai\. Post-test dicatat/);
    expect(rows.some((r) => r.nip === '' && /id lp-99/.test(r.problem))).toBe(true);
    expect(rows).toHaveLength(5);
    expect(await snapshot()).toBe(before);
  });
  it('with "terima sebagian": the rest is merged; the limit-used person keeps attendance and pre-test, her post-test counts as no final exam', async () => {
    const r = await receiveBundle(facilitator, bad.s, bad.file, { partial: true });
    expect(r).toMatchObject({ merged: true, participants: 4 });
    expect(r.skipped).toHaveLength(5);
    const q = db.handle.db;
    const parts = await q.selectFrom('live_participants').selectAll().where('session_id', '=', bad.s.id).execute();
    expect(parts.map((p) => p.nip).sort()).toEqual(groupB.map((p) => p.nip).sort());
    const her = parts.find((p) => p.nip === limitUsed.nip)!;
    const results = await q.selectFrom('live_results').selectAll().where('participant_id', '=', her.id).execute();
    expect(results.find((x) => x.test === 'pre')!.attempt_id).not.toBeNull();
    expect(results.find((x) => x.test === 'post')).toMatchObject({ score: 100, attempt_id: null });
    expect(await q.selectFrom('attempts').select('id').where('learner_id', '=', 'l-limit').where('kind', '=', 'final').execute()).toHaveLength(course.attemptLimit);
    expect(await q.selectFrom('live_signatures').select('participant_id').where('participant_id', '=', her.id).execute()).toHaveLength(1);
    // People whose only problem was an answer keep the rest of their test.
    const first = parts.find((p) => p.nip === groupB[0].nip)!;
    expect((await q.selectFrom('live_results').selectAll().where('participant_id', '=', first.id).where('test', '=', 'post').executeTakeFirstOrThrow()).attempt_id).not.toBeNull();
    expect(await q.selectFrom('learners').select('id').where('nip', 'in', [outsider.nip, '12345']).execute()).toEqual([]);
  });
});

describe('a person present online and offline', () => {
  it('who passed the final exam online is counted once: no second final attempt, no second certificate', async () => {
    const q = db.handle.db;
    // Ahmad and Siti passed in the first merged session; they attend another field session.
    const { s, file } = await prepared(people.slice(0, 2));
    const certsBefore = await q.selectFrom('certificates').select('id').execute();
    const r = await receiveBundle(facilitator, s, file, { partial: true });
    expect(r.skipped.map((x) => x.problem)).toEqual([expect.stringMatching(/sudah lulus/), expect.stringMatching(/sudah lulus/)]);
    expect(r).toMatchObject({ participants: 2, certificates: 0 });
    expect(await q.selectFrom('certificates').select('id').execute()).toHaveLength(certsBefore.length);
  });
  it('who joined the central session online before is one participant, not two', async () => {
    const { s, file, payload } = await prepared([people[2]]);
    const online = await joinSession(s, { nip: people[2].nip, name: people[2].name, jabatan: people[2].jabatan });
    // A phone on mobile data reached this server once; the laptop's answer replaces it.
    const first = payload.answers[0];
    await db.handle.db.insertInto('live_answers').values({ session_id: s.id, participant_id: online.participant.id, test: first.test, question_id: first.questionId, response: '"zz"', answered_at: min(9), updated_at: min(9), changes: 0 }).execute();
    await receiveBundle(facilitator, s, file, { partial: true });
    expect(await db.handle.db.selectFrom('live_participants').select('id').where('session_id', '=', s.id).execute()).toEqual([{ id: online.participant.id }]);
    const stored = await db.handle.db.selectFrom('live_answers').selectAll().where('session_id', '=', s.id).where('question_id', '=', first.questionId).execute();
    expect(stored).toEqual([expect.objectContaining({ response: JSON.stringify(first.response), answered_at: first.answeredAt, changes: first.changes })]);
    expect(await db.handle.db.selectFrom('live_answers').select('question_id').where('session_id', '=', s.id).execute()).toHaveLength(payload.answers.length);
  });
});

describe('the same rules as an online session', () => {
  it('an account holder\'s post-test on the laptop does not count as the final exam (they could not sign in there), and the merge says so', async () => {
    const who = roster[9];
    await db.handle.db.insertInto('learners').values({ id: 'l-account', nip: who.nip, kind: 'pns', name: who.name, jabatan: who.jabatan, pangkat: null, unit_id: 'KAB-W', unit_name: 'KAB', created_at: min(-900), updated_at: min(-900), password_hash: 'scrypt$x' }).execute();
    const { s, file } = await prepared([who]);
    const r = await receiveBundle(facilitator, s, file);
    expect(r).toMatchObject({ merged: true, participants: 1, attempts: 1, certificates: 0, skipped: [] });
    expect(r.notes).toContain('1 peserta sudah memiliki akun Netral; post-test mereka di laptop tidak dihitung sebagai ujian akhir (aturan yang sama dengan sesi daring tanpa masuk akun).');
    expect(await db.handle.db.selectFrom('attempts').select('kind').where('learner_id', '=', 'l-account').execute()).toEqual([{ kind: 'pre' }]);
  });
  it('a laptop\'s copy of a session (field_kid) neither merges results nor hands out packages', async () => {
    const { s, pkg, file } = await prepared([people[2]]);
    const before = await snapshot();
    const onLaptop = { ...s, field_kid: pkg.key.kid };
    expect((await problemOf(receiveBundle(facilitator, onLaptop, file))).message).toMatch(/diunggah ke server pusat, bukan ke laptop/);
    expect((await problemOf(makePackage(facilitator, onLaptop, 'http://laptop.test'))).status).toBe(409);
    expect(await snapshot()).toBe(before);
  });
  it('a session whose tests were already scored on this server takes no laptop results (409), nothing changes', async () => {
    const { s, file } = await prepared([people[2]]);
    const p = await joinSession(s, { nip: people[2].nip, name: people[2].name, jabatan: people[2].jabatan });
    await db.handle.db.insertInto('live_results').values({ session_id: s.id, participant_id: p.participant.id, test: 'pre', score: 50, answered: 4, result: '{}', attempt_id: null, scored_at: min(1) }).execute();
    const before = await snapshot();
    const e = await problemOf(receiveBundle(facilitator, s, file, { partial: true }));
    expect([e.status, e.message]).toEqual([409, expect.stringContaining('sudah dinilai di server ini')]);
    expect(await snapshot()).toBe(before);
  });
});

describe('the laptop clock', () => {
  it('two hours ahead: times kept as reported, the offset noted', async () => {
    const { s, file } = await prepared([people[2]], { shift: 120 });
    const r = await receiveBundle(facilitator, s, file, { partial: true, now: new Date(T0 + 180 * 60_000) });
    expect(r.clockOffsetMs).toBe(90 * 60_000);
    expect(r.notes[0]).toBe('Jam laptop tampaknya selisih sekitar 90 menit (lebih cepat); waktu disimpan sesuai laporan laptop.');
    const p = await db.handle.db.selectFrom('live_participants').select('joined_at').where('session_id', '=', s.id).executeTakeFirstOrThrow();
    expect(p.joined_at).toBe(min(130));
    expect((await db.handle.db.selectFrom('field_imports').select('clock_offset_ms').where('session_id', '=', s.id).executeTakeFirstOrThrow()).clock_offset_ms).toBe(90 * 60_000);
  });
});

describe('the HR dashboard', () => {
  it('shows the people who completed in the field, and what it stores equals a fresh recomputation', async () => {
    const completed = await dashboardPeople({ all: false, units: ['KAB-W', 'KUA-W1'] }, { status: 'completed' }, { limit: 50, offset: 0 });
    expect(completed.rows.map((r) => r.nip).sort()).toEqual(people.map((p) => p.nip).concat(groupB.slice(0, 3).map((p) => p.nip), [roster[4].nip]).sort());
    const cols = ['id', 'roster_unit_id', 'first_activity_at', 'completed_at', 'best_score'] as const;
    const stored = await db.handle.db.selectFrom('learners').select(cols).orderBy('id').execute();
    await refreshLearnerSummary(db.handle.db, 'all');
    expect(await db.handle.db.selectFrom('learners').select(cols).orderBy('id').execute()).toEqual(stored);
  });
});
