/**
 * The laptop's "hasil sesi": the payload built from the laptop's rows (pure), and the signed file
 * of a closed field session, checked with jose itself (a standard JOSE library) and with the
 * shared verifyBundle.
 */
import { flattenedVerify, importJWK, type FlattenedJWS } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { makePackage } from '../../helpers/field-package.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { bundlePayloadFrom, exportBundle, type BundleSource } from '../../../src/server/fieldkit/export.ts';
import { installPackage } from '../../../src/server/fieldkit/install.ts';
import { BUNDLE_FORMAT, BUNDLE_TYP, verifyBundle, BundleError, bundlePayloadSchema, type FieldPackage } from '../../../src/server/fieldkit/format.ts';
import { answer, control, createSession, joinSession, sign, testSeed, type SessionRow } from '../../../src/server/sessions/index.ts';
import { initialState } from '../../../src/server/sessions/state.ts';
import { setBus } from '../../../src/server/live/bus.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { course } from '../../../src/content/course.ts';

const admin: StaffUser = { id: 'adm-1', username: 'admin', displayName: 'Administrator', role: 'admin', unitId: null, mustChangePassword: false, disabled: false };

async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
}

describe('the bundle payload (pure)', () => {
  const state = initialState();
  state.pre.finished = true;
  state.pre.finishedAt = '2026-12-05T02:10:00.000Z';
  // A post-test finished before the state kept the time: the last scoring time stands in.
  state.post.finished = true;
  const src: BundleSource = {
    session: { id: 'sesi-1', state: JSON.stringify(state), closed_at: '2026-12-05T04:00:00.000Z', field_kid: 'kid-12345678' },
    key: { kid: 'kid-12345678', issued_at: '2026-12-01T01:00:00.000Z', imported_at: '2026-12-01T09:30:00.000Z' },
    participants: [{ id: 'p1', nip: '198609262015051001', name: 'Budi Santoso', jabatan: 'Penghulu', joined_at: '2026-12-05T01:00:00.000Z' }],
    answers: [{ participant_id: 'p1', test: 'post', question_id: 'g-karier-01', response: '["a","c"]', answered_at: '2026-12-05T03:00:00.000Z', updated_at: '2026-12-05T03:01:00.000Z', changes: 1 }],
    signatures: [{ participant_id: 'p1', name: 'BUDI SANTOSO', signed_at: '2026-12-05T03:50:00.000Z' }],
    scoredAt: { post: '2026-12-05T03:30:00.000Z' },
    courseVersion: '1.1.0',
    now: new Date('2026-12-06T08:00:00.000Z'),
    utcOffsetMinutes: 480,
  };

  it('carries attendance, answers as sent, declarations, how each test ended and the laptop clock', () => {
    const p = bundlePayloadFrom(src);
    expect(p).toMatchObject({
      format: BUNDLE_FORMAT, sessionId: 'sesi-1', kid: 'kid-12345678', courseVersion: '1.1.0',
      exportedAt: '2026-12-06T08:00:00.000Z', importedAt: '2026-12-01T09:30:00.000Z', packageIssuedAt: '2026-12-01T01:00:00.000Z', utcOffsetMinutes: 480,
      tests: { pre: { finished: true, finishedAt: '2026-12-05T02:10:00.000Z' }, post: { finished: true, finishedAt: '2026-12-05T03:30:00.000Z' } },
      closedAt: '2026-12-05T04:00:00.000Z',
      participants: [{ id: 'p1', nip: '198609262015051001', name: 'Budi Santoso', jabatan: 'Penghulu', joinedAt: '2026-12-05T01:00:00.000Z' }],
      answers: [{ participantId: 'p1', test: 'post', questionId: 'g-karier-01', response: ['a', 'c'], changes: 1 }],
      signatures: [{ participantId: 'p1', name: 'BUDI SANTOSO', signedAt: '2026-12-05T03:50:00.000Z' }],
    });
    expect(bundlePayloadSchema.safeParse(p).success).toBe(true);
  });

  it('an unfinished test has no finish time; a row the schema refuses is never signed', () => {
    const open = initialState();
    const p = bundlePayloadFrom({ ...src, session: { ...src.session, state: JSON.stringify(open), closed_at: null } });
    expect(p.tests).toEqual({ pre: { finished: false, finishedAt: null }, post: { finished: false, finishedAt: null } });
    expect(() => bundlePayloadFrom({ ...src, participants: [{ ...src.participants[0]!, joined_at: 'kemarin' }] })).toThrow();
  });
});

describe('exporting a closed field session', () => {
  let db: TestDb;
  let pkg: FieldPackage;
  let s: SessionRow;
  beforeAll(async () => {
    db = await openTestDb();
    await setBus(undefined);
    await db.handle.db.insertInto('staff_users').values({ id: admin.id, username: 'admin', display_name: admin.displayName, password_hash: 'x', role: 'admin', unit_id: null, must_change_password: 0, failed_logins: 0, locked_until: null, created_at: new Date().toISOString() }).execute();
    pkg = await makePackage();
    await installPackage(admin, pkg, new Date(), db.handle.db);
    s = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', pkg.session.id).executeTakeFirstOrThrow();
  });
  afterAll(async () => {
    await setBus(undefined);
    await db?.close();
  });

  it('runs the session: two join, answer, one signs; an open session is not exported yet', async () => {
    const ps = [];
    for (const r of pkg.roster.slice(0, 2)) ps.push((await joinSession(s, { nip: r.nip, name: r.name, jabatan: 'Penyuluh Agama' }, new Date(), db.handle.db)).participant);
    await control(admin, s, { action: 'openAll', test: 'pre' }, new Date(), db.handle.db);
    for (const id of pkg.session.preItems.slice(0, 3)) await answer(s, ps[0]!, 'pre', id, rightResponse(gradedBank.find((q) => q.id === id)!, testSeed(s, 'pre')), new Date(), db.handle.db);
    await control(admin, s, { action: 'finish', test: 'pre' }, new Date(), db.handle.db);
    await control(admin, s, { action: 'openAll', test: 'post' }, new Date(), db.handle.db);
    for (const p of ps) for (const id of pkg.session.postItems) await answer(s, p, 'post', id, rightResponse(gradedBank.find((q) => q.id === id)!, testSeed(s, 'post')), new Date(), db.handle.db);
    await control(admin, s, { action: 'finish', test: 'post' }, new Date(), db.handle.db);
    await control(admin, s, { action: 'stage', stage: 'declaration' }, new Date(), db.handle.db);
    await sign(s, ps[1]!, pkg.roster[1]!.name, true, new Date(), db.handle.db);
    const fresh = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    expect((await problemOf(exportBundle(fresh, new Date(), db.handle.db))).message).toMatch(/Sesi belum ditutup/);
    await control(admin, s, { action: 'close' }, new Date(), db.handle.db);
  });

  it('signs the bundle with the package key: jose verifies it with the public half, and the payload holds every row', async () => {
    const fresh = await db.handle.db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    const jws = await exportBundle(fresh, new Date(), db.handle.db);
    const pub = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x, alg: 'EdDSA' }, 'EdDSA');
    const r = await flattenedVerify(jws, pub, { algorithms: ['EdDSA'] });
    expect(r.protectedHeader).toEqual({ alg: 'EdDSA', typ: BUNDLE_TYP, kid: pkg.key.kid });
    const payload = JSON.parse(new TextDecoder().decode(r.payload));
    expect(payload.participants.map((p: { nip: string }) => p.nip).sort()).toEqual(pkg.roster.slice(0, 2).map((x) => x.nip).sort());
    expect(payload.answers).toHaveLength(3 + 2 * pkg.session.postItems.length);
    expect(payload.signatures).toHaveLength(1);
    expect(payload.tests.pre.finished && payload.tests.post.finished).toBe(true);
    expect(Date.parse(payload.tests.post.finishedAt)).toBeGreaterThanOrEqual(Date.parse(payload.tests.pre.finishedAt));
    expect(payload.closedAt).toBe(fresh.closed_at);
    expect(payload.courseVersion).toBe(course.version);
    // The shared verifier agrees; a changed answer no longer verifies.
    const { payload: checked } = await verifyBundle(jws, { kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x });
    expect(checked.sessionId).toBe(pkg.session.id);
    payload.answers[0].response = 'x';
    const tampered: FlattenedJWS = { ...jws, payload: Buffer.from(JSON.stringify(payload)).toString('base64url') };
    await expect(flattenedVerify(tampered, pub)).rejects.toThrow();
    await expect(verifyBundle(tampered, { kty: 'OKP', crv: 'Ed25519', x: pkg.key.privateJwk.x })).rejects.toBeInstanceOf(BundleError);
    // Exporting again later gives the very same file (the first export's time is kept), so the
    // central server sees the same bundle, not a conflicting one.
    const later = await exportBundle(fresh, new Date(Date.now() + 3_600_000), db.handle.db);
    expect(JSON.stringify(later)).toBe(JSON.stringify(jws));
  });

  it('refuses a session of this server that is no field session', async () => {
    const n = await createSession(admin, { title: 'Sesi biasa', day: new Date().toISOString().slice(0, 10), place: 'Aula', unitId: 'KAB-TABALONG', withPre: false, withPost: true }, new Date(), db.handle.db);
    expect((await problemOf(exportBundle(n, new Date(), db.handle.db))).status).toBe(409);
  });
});
