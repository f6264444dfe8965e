/**
 * Rules that must hold when many requests for one learner arrive at once (issue 13): on SQLite,
 * and on PostgreSQL when DATABASE_URL is set (`npm run test:db`), where the pool runs them on
 * separate connections in parallel. Each call is wrapped as its endpoint wraps it (withProblems),
 * so the status counted is the HTTP status a browser would get: never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { identify, type Learner } from '../../../src/server/learners.ts';
import { startAttempt, submitAttempt } from '../../../src/server/exam.ts';
import { json, withProblems } from '../../../src/server/http.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { course } from '../../../src/content/course.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { finishModules } from '../../helpers/modules.ts';
import type { Responses } from '../../../src/quizzes/engine/types.ts';
import { answer, control, createSession, joinSession, testQuestions, testSeed } from '../../../src/server/sessions/index.ts';
import { setBus } from '../../../src/server/live/bus.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await setBus(undefined);
  await db?.close();
});

/** The HTTP status the endpoint would answer for this call. */
async function status(fn: () => Promise<unknown>): Promise<number> {
  const r = await withProblems(async () => json(await fn()));
  return r.status;
}
const tally = (xs: number[]) => xs.reduce<Record<number, number>>((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {});

let n = 0;
async function newLearner(): Promise<Learner> {
  n += 1;
  const l = await identify({ nip: `19860926201505${String(1000 + n).slice(-4)}`.slice(0, 14) + String(1000 + n), name: `Peserta ${n}`, jabatan: 'Penyuluh', unit: 'KUA Uji' });
  // The final exam waits for every module.
  await finishModules(db.handle.db, l.id);
  return l;
}

async function passing(learner: Learner, attemptId: string): Promise<Responses> {
  const a = await db.handle.db.selectFrom('attempts').select(['seed', 'items']).where('id', '=', attemptId).executeTakeFirstOrThrow();
  const out: Responses = {};
  const view = await startAttempt(learner, 'final');
  for (const pq of view.questions) out[pq.id] = rightResponse(gradedBank.find((q) => q.id === pq.id)!, a.seed);
  return out;
}

// Generous: 50 transactions queueing on one row lock take a while on a busy CI machine.
describe('races between instances, settled by the database', { timeout: 60_000 }, () => {
  it(`waves of 50 parallel starts-and-failed-submits of one learner never pass the attempt limit (${course.attemptLimit})`, async () => {
    const learner = await newLearner();
    const wave = () =>
      Promise.all(
        Array.from({ length: 50 }, () =>
          status(async () => {
            const a = await startAttempt(learner, 'final');
            return submitAttempt(learner, a.id, {});
          }),
        ),
      );
    const all: number[] = [];
    for (let i = 0; i <= course.attemptLimit; i++) all.push(...(await wave()));
    const attempts = await db.handle.db.selectFrom('attempts').selectAll().where('learner_id', '=', learner.id).where('kind', '=', 'final').execute();
    expect(tally(all)[500] ?? 0).toBe(0);
    expect(all.every((s) => s === 200 || s === 409)).toBe(true);
    expect(attempts).toHaveLength(course.attemptLimit);
    expect(attempts.every((a) => a.status === 'submitted')).toBe(true);
    // The last wave found the limit reached: every request refused.
    expect(tally(all.slice(-50))).toEqual({ 409: 50 });
  });

  it('50 parallel starts open one attempt', async () => {
    const learner = await newLearner();
    const statuses = await Promise.all(Array.from({ length: 50 }, () => status(() => startAttempt(learner, 'final'))));
    expect(tally(statuses)).toEqual({ 200: 50 });
    const open = await db.handle.db.selectFrom('attempts').select('id').where('learner_id', '=', learner.id).where('status', '=', 'open').execute();
    expect(open).toHaveLength(1);
  });

  it('20 parallel passing submits of one attempt issue exactly one certificate', async () => {
    const learner = await newLearner();
    const a = await startAttempt(learner, 'final');
    const body = await passing(learner, a.id);
    const statuses = await Promise.all(Array.from({ length: 20 }, () => status(() => submitAttempt(learner, a.id, body))));
    expect(tally(statuses)).toEqual({ 200: 20 });
    const certs = await db.handle.db.selectFrom('certificates').select('number').where('learner_id', '=', learner.id).execute();
    expect(certs).toHaveLength(1);
  });

  it('20 parallel first identifications of one NIP create one learner; the others get 409 or the same learner', async () => {
    const nip = '199203152020121003';
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => status(() => identify({ nip, name: 'Rahmat Hidayat', jabatan: 'Analis', unit: 'Kankemenag Uji' }))),
    );
    expect(tally(statuses)[500] ?? 0).toBe(0);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const rows = await db.handle.db.selectFrom('learners').select('id').where('nip', '=', nip).execute();
    expect(rows).toHaveLength(1);
  });

  it('a second valid certificate for one attempt is refused by the database', async () => {
    const learner = await newLearner();
    const a = await startAttempt(learner, 'final');
    await submitAttempt(learner, a.id, await passing(learner, a.id));
    const cert = await db.handle.db.selectFrom('certificates').selectAll().where('attempt_id', '=', a.id).executeTakeFirstOrThrow();
    // Only the one-per-attempt index may refuse it: its own status bit and another course version.
    const copy = { ...cert, id: crypto.randomUUID(), number: `${cert.number}X`, status_index: null, course_version: `${cert.course_version}-uji` };
    expect(await status(() => db.handle.db.insertInto('certificates').values(copy).execute())).toBe(409);
  });

  it('20 parallel answers of one participant to one live question keep one answer row; 20 parallel joins one participant', async () => {
    await setBus(undefined);
    const now = new Date().toISOString();
    const fasil: StaffUser = { id: 'f-race', username: 'fasil.race', displayName: 'Fasilitator', role: 'facilitator', unitId: 'RACE', mustChangePassword: false, disabled: false };
    await db.handle.db.insertInto('units').values({ id: 'RACE', name: 'Kankemenag Uji', parent_id: null, created_at: now }).execute();
    await db.handle.db.insertInto('staff_users').values({ id: fasil.id, username: fasil.username, display_name: fasil.displayName, password_hash: 'x', role: 'facilitator', unit_id: 'RACE', must_change_password: 0, failed_logins: 0, locked_until: null, created_at: now }).execute();
    const s = await createSession(fasil, { title: 'Pembinaan Uji', day: now.slice(0, 10), place: 'Aula', unitId: 'RACE', withPre: true, withPost: true });
    const who = { nip: '198807072015031005', name: 'Peserta Sesi', jabatan: 'Staf' };
    const joins = await Promise.all(Array.from({ length: 20 }, () => status(() => joinSession(s, who))));
    expect(tally(joins)[500] ?? 0).toBe(0);
    expect(await db.handle.db.selectFrom('live_participants').select('id').where('session_id', '=', s.id).execute()).toHaveLength(1);
    const { participant } = await joinSession(s, who);
    await control(fasil, s, { action: 'next', test: 'pre' });
    const first = testQuestions(s, 'pre').questions[0];
    const right = rightResponse(first, testSeed(s, 'pre'));
    const statuses = await Promise.all(Array.from({ length: 20 }, () => status(() => answer(s, participant, 'pre', first.id, right))));
    expect(tally(statuses)).toEqual({ 200: 20 });
    const rows = await db.handle.db.selectFrom('live_answers').selectAll().where('participant_id', '=', participant.id).execute();
    expect(rows).toHaveLength(1);
  });
});
