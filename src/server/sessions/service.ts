/**
 * Live pembinaan sessions on the server: create a session with a join code, join it from a
 * phone, run the pre-test and post-test live, sign the declaration, and close with results that
 * also become normal learner records.
 *
 * Rules worth knowing:
 *  - One seed per session: every participant sees the same questions, options in the same order.
 *    Keys and the seed never leave the server; scoring happens here only.
 *  - An answer is stored once per participant, test and question (primary key). Answering the
 *    same question again while it is open replaces the answer (people change their mind while the
 *    facilitator waits); once the question is closed, an answer is refused with 409.
 *  - Finishing a test scores it once (compare-and-set on the state) and writes, per participant
 *    with answers, a live_results row and, where it counts, a normal attempt:
 *      pre-test  → a submitted 'pre' attempt, unless the learner already has one;
 *      post-test → a submitted 'final' attempt only when it is the full balanced exam (the session
 *                  draws the post-test exactly like the final exam), the participant answered every
 *                  question, and the learner may still take the final exam (not passed yet, attempt
 *                  limit not reached). Passing issues the certificate in the same transaction, so
 *                  HR's "completed" (a valid certificate) sees it. A partial post-test (joined late,
 *                  skipped questions) stays a session result only and is marked so in the report.
 */
import { timeZoneOfUnit } from '../certificates/issuer.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { course } from '../../content/course.ts';
import { gradedBank } from '../../quizzes/banks/graded/index.ts';
import {
  deriveSeed,
  drawExam,
  pickQuestions,
  presentQuestions,
  validateResponse,
  type PublicQuestion,
  type Question,
  type QuestionResponse,
  type Responses,
} from '../../quizzes/engine/index.ts';
import { getDb, type Db } from '../db/index.ts';
import type { AttemptTable, LiveParticipantTable, LiveSessionTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { identify, type Learner } from '../learners.ts';
import { normalizeNipInput, parseNip } from '../../lib/nip.ts';
import { lockLearners, startBlocker } from '../exam.ts';
import { issueCertificate } from '../certificates/store.ts';
import { mayCountAsFinal } from '../accounts/sessions.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { loadScope, inScope } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import { isOnRosterWithin, rosterKindOf } from '../hr/roster.ts';
import { audit } from '../hr/audit.ts';
import { getBus } from '../live/bus.ts';
import { generateCode, normalizeCode } from './code.ts';
import { applyAction, initialState, StateError, TEST_KINDS, type Action, type LiveState, type TestKind } from './state.ts';
import { questionStats, round1, sessionGain, testSummary, type QuestionStats } from './stats.ts';
import { sameName } from './declaration.ts';
import { t } from '../../i18n/index.ts';

export type SessionRow = LiveSessionTable;
export type Participant = LiveParticipantTable;

// ---- Questions of a session (deterministic from the seed, cached) ----

export function testSeed(s: Pick<SessionRow, 'seed'>, test: TestKind): string {
  return deriveSeed(s.seed, 'live', test);
}

export function itemsOf(s: Pick<SessionRow, 'pre_items' | 'post_items'>): Record<TestKind, string[]> {
  return { pre: JSON.parse(s.pre_items) as string[], post: JSON.parse(s.post_items) as string[] };
}

interface TestQuestions {
  questions: Question[];
  pubs: PublicQuestion[];
  byId: Map<string, { q: Question; pub: PublicQuestion; index: number }>;
}
const questionCache = new Map<string, TestQuestions>();
export function testQuestions(s: SessionRow, test: TestKind): TestQuestions {
  const key = `${s.id}:${test}`;
  let hit = questionCache.get(key);
  if (!hit) {
    const questions = pickQuestions(gradedBank, itemsOf(s)[test]);
    const pubs = presentQuestions(questions, testSeed(s, test));
    hit = { questions, pubs, byId: new Map(questions.map((q, i) => [q.id, { q, pub: pubs[i]!, index: i }])) };
    if (questionCache.size > 200) questionCache.delete(questionCache.keys().next().value as string);
    questionCache.set(key, hit);
  }
  return hit;
}

export const stateOf = (s: SessionRow): LiveState => JSON.parse(s.state) as LiveState;

// ---- Events (debounced for the chatty ones) ----

const nudges = new Map<string, NodeJS.Timeout>();
/** Publishes `type` for the session at most every 300 ms per process (answers, attendance). */
function nudge(sessionId: string, type: string) {
  const key = `${sessionId}:${type}`;
  if (nudges.has(key)) return;
  const timer = setTimeout(() => {
    nudges.delete(key);
    getBus().publish(sessionId, type, null).catch((e) => console.error('live: publish failed', e));
  }, 300);
  timer.unref?.();
  nudges.set(key, timer);
}

async function publishState(s: SessionRow, state: LiveState) {
  await getBus().publish(s.id, 'state', { stage: state.stage });
}

// ---- Creating and finding sessions ----

export interface CreateInput {
  title: unknown;
  day: unknown;
  place: unknown;
  unitId: unknown;
  withPre: unknown;
  withPost: unknown;
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '').slice(0, max + 1);

/** The sessions a staff member may see: in their unit scope, newest first. */
export async function listSessions(user: StaffUser, db: Db = getDb()) {
  const { scope } = await loadScope(user, null, db);
  let q = db
    .selectFrom('live_sessions')
    .leftJoin('units', 'units.id', 'live_sessions.unit_id')
    .select(['live_sessions.id', 'live_sessions.code', 'live_sessions.title', 'live_sessions.day', 'live_sessions.place', 'live_sessions.status', 'live_sessions.facilitator_name', 'units.name as unit_name'])
    .orderBy('live_sessions.created_at', 'desc')
    .limit(200);
  if (!scope.all) q = scope.units.length ? q.where('live_sessions.unit_id', 'in', scope.units) : q.where('live_sessions.unit_id', '=', ' no unit ');
  return q.execute();
}

/** Units a staff member may hold a session for (for the form). */
export async function unitsForSessions(user: StaffUser, db: Db = getDb()) {
  const { scope, units } = await loadScope(user, null, db);
  return units.filter((u) => inScope(scope, u.id));
}

export async function createSession(user: StaffUser, input: CreateInput, now = new Date(), db: Db = getDb()): Promise<SessionRow> {
  const fields: Record<string, string> = {};
  const title = text(input.title, 200);
  if (title.length < 3 || title.length > 200) fields.title = t('session.form.badTitle');
  const day = typeof input.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.day) && !Number.isNaN(Date.parse(input.day)) ? input.day : '';
  // A session is held today or later; yesterday is accepted for time zones east of UTC.
  if (!day) fields.day = t('session.form.badDay');
  else if (Date.parse(`${day}T00:00:00Z`) < Date.parse(now.toISOString().slice(0, 10)) - 86_400_000) fields.day = t('session.form.pastDay');
  const place = text(input.place, 200);
  if (place.length < 2 || place.length > 200) fields.place = t('session.form.badPlace');
  const unitId = typeof input.unitId === 'string' ? input.unitId : '';
  const { scope } = await loadScope(user, null, db);
  const unit = unitId ? await db.selectFrom('units').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst() : undefined;
  if (!unit || !inScope(scope, unit.id)) fields.unitId = t('session.form.badUnit');
  const withPre = input.withPre === true || input.withPre === 'on' || input.withPre === '1';
  const withPost = input.withPost === true || input.withPost === 'on' || input.withPost === '1';
  if (Object.keys(fields).length) throw new HttpProblem(422, t('session.form.invalid'), fields);

  const seed = randomBytes(16).toString('hex');
  const areas = course.areas.map((a) => a.id);
  const pre = withPre ? drawExam(gradedBank, { perArea: course.preTestItemsPerArea, seed: deriveSeed(seed, 'draw', 'pre'), areas }) : [];
  // The post-test is drawn exactly like the final exam, so a complete one can count as the final exam.
  const post = withPost ? drawExam(gradedBank, { perArea: course.examItemsPerArea, seed: deriveSeed(seed, 'draw', 'post'), areas, avoid: pre }) : [];
  const expires = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000);
  for (let tries = 0; ; tries++) {
    const row: SessionRow = {
      id: randomUUID(),
      code: generateCode(),
      title,
      day,
      place,
      unit_id: unit!.id,
      facilitator_id: user.id,
      facilitator_name: user.displayName,
      with_pre: withPre ? 1 : 0,
      with_post: withPost ? 1 : 0,
      seed,
      pre_items: JSON.stringify(pre),
      post_items: JSON.stringify(post),
      state: JSON.stringify(initialState()),
      status: 'open',
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
      closed_at: null,
    };
    // Codes of old sessions stay taken (links in reports point at them); a clash just draws again.
    const taken = await db.selectFrom('live_sessions').select('id').where('code', '=', row.code).executeTakeFirst();
    if (taken && tries < 10) continue;
    await db.insertInto('live_sessions').values(row).execute();
    await audit(db, user.id, 'session.create', row.id, { code: row.code, unitId: row.unit_id }, now);
    return row;
  }
}

/** A session the staff member may run; 404 outside their scope (as if it did not exist). */
export async function sessionForStaff(user: StaffUser, id: string, db: Db = getDb()): Promise<SessionRow> {
  const s = await db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw new HttpProblem(404, t('session.notFound'));
  const { scope } = await loadScope(user, null, db);
  if (!inScope(scope, s.unit_id)) throw new HttpProblem(404, t('session.notFound'));
  return s;
}

export function isExpired(s: SessionRow, now = new Date()): boolean {
  return s.status === 'closed' || now.getTime() > Date.parse(s.expires_at);
}

/** The session of a join code: 404 for an unknown code. `forJoin`: also 410 when closed or expired. */
export async function sessionByCode(code: unknown, opts: { forJoin?: boolean; now?: Date } = {}, db: Db = getDb()): Promise<SessionRow> {
  const c = normalizeCode(code);
  if (!c) throw new HttpProblem(404, t('session.codeUnknown'));
  const s = await db.selectFrom('live_sessions').selectAll().where('code', '=', c).executeTakeFirst();
  if (!s) throw new HttpProblem(404, t('session.codeUnknown'));
  if (opts.forJoin && isExpired(s, opts.now)) throw new HttpProblem(410, t('session.codeExpired'));
  return s;
}

export async function unitName(s: SessionRow, db: Db = getDb()): Promise<string> {
  return (await db.selectFrom('units').select('name').where('id', '=', s.unit_id).executeTakeFirst())?.name ?? s.unit_id;
}

// ---- Joining ----

/**
 * Joins a participant: checks the NIP (and, when the unit has a roster, that the NIP is on it),
 * creates or updates the learner, and records attendance once. Joining again is not an error: it
 * returns the same participant (`already`), so a phone that lost its cookie can come back.
 */
export async function joinSession(s: SessionRow, body: Record<string, unknown>, now = new Date(), db: Db = getDb()): Promise<{ learner: Learner; participant: Participant; already: boolean }> {
  if (isExpired(s, now)) throw new HttpProblem(410, t('session.codeExpired'));
  const typedNip = typeof body.nip === 'string' ? body.nip : '';
  const nip = parseNip(typedNip, { kind: (await rosterKindOf(normalizeNipInput(typedNip), db)) ?? 'auto', now });
  if (nip.ok && !(await isOnRosterWithin(s.unit_id, nip.value.nip, db))) {
    const msg = t('session.join.notOnRoster', { unit: await unitName(s, db) });
    throw new HttpProblem(422, msg, { nip: msg });
  }
  const learner = await identify({ nip: body.nip, name: body.name, jabatan: body.jabatan, pangkat: body.pangkat, unit: typeof body.unit === 'string' && body.unit.trim() ? body.unit : await unitName(s, db) }, now, db);
  if (!learner.unit_id) {
    await db.updateTable('learners').set({ unit_id: s.unit_id }).where('id', '=', learner.id).where('unit_id', 'is', null).execute();
  }
  const inserted = await db
    .insertInto('live_participants')
    .values({ id: randomUUID(), session_id: s.id, learner_id: learner.id, nip: learner.nip, name: learner.name, jabatan: learner.jabatan, joined_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['session_id', 'learner_id']).doNothing())
    .executeTakeFirst();
  const already = Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0;
  if (already) {
    // The name may have been corrected; the attendance list shows the latest.
    await db.updateTable('live_participants').set({ name: learner.name, jabatan: learner.jabatan }).where('session_id', '=', s.id).where('learner_id', '=', learner.id).execute();
  }
  const participant = await db.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).where('learner_id', '=', learner.id).executeTakeFirstOrThrow();
  if (!already) nudge(s.id, 'attendance');
  return { learner, participant, already };
}

export async function participantOf(s: SessionRow, learner: Learner | undefined, db: Db = getDb()): Promise<Participant | undefined> {
  if (!learner) return undefined;
  return db.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).where('learner_id', '=', learner.id).executeTakeFirst();
}

export async function requireParticipant(s: SessionRow, learner: Learner | undefined, db: Db = getDb()): Promise<Participant> {
  const p = await participantOf(s, learner, db);
  if (!p) throw new HttpProblem(403, t('session.notJoined'));
  return p;
}

/** Removes a wrong entry from the attendance list, with its answers and signature. */
export async function removeParticipant(user: StaffUser, s: SessionRow, participantId: string, now = new Date(), db: Db = getDb()) {
  const p = await db.selectFrom('live_participants').selectAll().where('id', '=', participantId).where('session_id', '=', s.id).executeTakeFirst();
  if (!p) throw new HttpProblem(404, t('session.participantNotFound'));
  const scored = await db.selectFrom('live_results').select('test').where('participant_id', '=', p.id).where('attempt_id', 'is not', null).executeTakeFirst();
  if (scored) throw new HttpProblem(409, t('session.removeScored'));
  await db.transaction().execute(async (trx) => {
    for (const table of ['live_answers', 'live_results', 'live_signatures'] as const) await trx.deleteFrom(table).where('participant_id', '=', p.id).execute();
    await trx.deleteFrom('live_participants').where('id', '=', p.id).execute();
    await audit(trx, user.id, 'session.remove-participant', s.id, { nip: p.nip, name: p.name }, now);
  });
  await getBus().publish(s.id, 'attendance', { removed: p.id });
}

// ---- Running the session ----

/** Applies a facilitator action (compare-and-set on the stored state); finishing a test scores it. */
export async function control(user: StaffUser, s: SessionRow, action: Action, now = new Date(), db: Db = getDb()): Promise<LiveState> {
  let next: LiveState;
  for (let tries = 0; ; tries++) {
    const fresh = await db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    try {
      next = applyAction(stateOf(fresh), action, itemsOf(fresh));
    } catch (e) {
      if (e instanceof StateError) throw new HttpProblem(409, e.message);
      throw e;
    }
    const closing = action.action === 'close';
    const done = await db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('live_sessions')
        .set({ state: JSON.stringify(next), ...(closing ? { status: 'closed', closed_at: now.toISOString() } : {}) })
        .where('id', '=', s.id)
        .where('state', '=', fresh.state)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      if (action.action === 'finish') await scoreTest(trx, fresh, action.test, now);
      return true;
    });
    if (done) break;
    if (tries > 5) throw new HttpProblem(409, t('session.busy'));
  }
  if (action.action === 'finish' || action.action === 'close') await audit(db, user.id, `session.${action.action}`, s.id, action.action === 'finish' ? { test: action.test } : null, now);
  await publishState(s, next);
  return next;
}

async function answersOf(db: Db, sessionId: string, test: TestKind): Promise<Map<string, Responses>> {
  const rows = await db.selectFrom('live_answers').select(['participant_id', 'question_id', 'response']).where('session_id', '=', sessionId).where('test', '=', test).execute();
  const out = new Map<string, Responses>();
  for (const r of rows) {
    const m = out.get(r.participant_id) ?? {};
    m[r.question_id] = JSON.parse(r.response) as QuestionResponse;
    out.set(r.participant_id, m);
  }
  return out;
}

/** Scores a finished test once (inside the transaction that marked it finished). */
async function scoreTest(trx: Db, s: SessionRow, test: TestKind, now: Date) {
  const { questions } = testQuestions(s, test);
  const seed = testSeed(s, test);
  const byParticipant = await answersOf(trx, s.id, test);
  const summary = testSummary(questions, seed, byParticipant, course);
  const participants = await trx.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).execute();
  // The attempt limit holds against an exam started meanwhile on another instance (exam.ts).
  await lockLearners(trx, participants.map((p) => p.learner_id));
  const at = now.toISOString();
  const recorded: string[] = [];
  for (const p of participants) {
    const score = summary.scores.get(p.id);
    if (!score) continue;
    const { answered, ...result } = score;
    let attemptId: string | null = null;
    const previous = await trx.selectFrom('attempts').selectAll().where('learner_id', '=', p.learner_id).where('kind', '=', test === 'pre' ? 'pre' : 'final').execute();
    const counts =
      test === 'pre'
        ? course.preTestEnabled && !previous.some((a) => a.status === 'submitted')
        : answered === questions.length && startBlocker('final', previous) === null && (await mayCountAsFinal(trx, p));
    if (counts) {
      const attempt: AttemptTable = {
        id: randomUUID(),
        learner_id: p.learner_id,
        kind: test === 'pre' ? 'pre' : 'final',
        seed,
        items: JSON.stringify(questions.map((q) => q.id)),
        responses: JSON.stringify(byParticipant.get(p.id) ?? {}),
        status: 'submitted',
        started_at: p.joined_at,
        deadline_at: null,
        submitted_at: at,
        score: result.percent,
        passed: result.passed ? 1 : 0,
        result: JSON.stringify(result),
        course_version: course.version,
      };
      await trx.insertInto('attempts').values(attempt).execute();
      attemptId = attempt.id;
      recorded.push(p.learner_id);
      if (test === 'post' && result.passed) {
        const learner = await trx.selectFrom('learners').selectAll().where('id', '=', p.learner_id).executeTakeFirstOrThrow();
        await issueCertificate(trx, attempt, learner, result.percent, now);
      }
    }
    await trx
      .insertInto('live_results')
      .values({ session_id: s.id, participant_id: p.id, test, score: result.percent, answered, result: JSON.stringify(result), attempt_id: attemptId, scored_at: at })
      .onConflict((oc) => oc.columns(['session_id', 'participant_id', 'test']).doNothing())
      .execute();
  }
  await refreshLearnerSummary(trx, { learnerIds: recorded });
}

/**
 * Records a participant's answer to an open question. Once per participant and question: a new
 * answer while the question is open replaces the old one; a closed question answers 409.
 */
export async function answer(s: SessionRow, p: Participant, test: unknown, questionId: unknown, response: unknown, now = new Date(), db: Db = getDb()): Promise<void> {
  if (test !== 'pre' && test !== 'post') throw new HttpProblem(400, t('session.badTest'));
  // Read the state fresh: the facilitator may have closed the question a moment ago.
  const fresh = await db.selectFrom('live_sessions').select(['state', 'status']).where('id', '=', s.id).executeTakeFirstOrThrow();
  const entry = typeof questionId === 'string' ? testQuestions(s, test).byId.get(questionId) : undefined;
  if (!entry) throw new HttpProblem(400, t('exam.unknownQuestion'));
  const state = JSON.parse(fresh.state) as LiveState;
  if (fresh.status === 'closed' || !state[test].open.includes(entry.q.id)) throw new HttpProblem(409, t('session.questionClosed'));
  const why = validateResponse(entry.pub, response);
  if (why) throw new HttpProblem(400, why);
  const at = now.toISOString();
  const json = JSON.stringify(response ?? null);
  await db
    .insertInto('live_answers')
    .values({ session_id: s.id, participant_id: p.id, test, question_id: entry.q.id, response: json, answered_at: at, updated_at: at, changes: 0 })
    .onConflict((oc) => oc.columns(['session_id', 'participant_id', 'test', 'question_id']).doUpdateSet((eb) => ({ response: json, updated_at: at, changes: eb('live_answers.changes', '+', 1) })))
    .executeTakeFirst();
  nudge(s.id, 'answers');
}

/** Signs the declaration: the typed name must match the attendance list, and the box be ticked. Once. */
export async function sign(s: SessionRow, p: Participant, typedName: unknown, confirmed: unknown, now = new Date(), db: Db = getDb()): Promise<{ signedAt: string; already: boolean }> {
  const fresh = await db.selectFrom('live_sessions').select(['state', 'status']).where('id', '=', s.id).executeTakeFirstOrThrow();
  const existing = await db.selectFrom('live_signatures').selectAll().where('session_id', '=', s.id).where('participant_id', '=', p.id).executeTakeFirst();
  if (existing) return { signedAt: existing.signed_at, already: true };
  if (fresh.status === 'closed' || (JSON.parse(fresh.state) as LiveState).stage !== 'declaration') throw new HttpProblem(409, t('session.declarationClosed'));
  const fields: Record<string, string> = {};
  if (!sameName(typedName, p.name)) fields.name = t('session.sign.nameMismatch', { name: p.name });
  if (confirmed !== true) fields.confirm = t('session.sign.confirmRequired');
  if (Object.keys(fields).length) throw new HttpProblem(422, t('session.sign.invalid'), fields);
  const at = now.toISOString();
  await db.insertInto('live_signatures').values({ session_id: s.id, participant_id: p.id, name: p.name, signed_at: at }).onConflict((oc) => oc.columns(['session_id', 'participant_id']).doNothing()).execute();
  const row = await db.selectFrom('live_signatures').selectAll().where('session_id', '=', s.id).where('participant_id', '=', p.id).executeTakeFirstOrThrow();
  nudge(s.id, 'signatures');
  return { signedAt: row.signed_at, already: row.signed_at !== at };
}

// ---- What the phones and the console see ----

async function lastEventId(db: Db, sessionId: string): Promise<number> {
  const r = await db.selectFrom('live_events').select((eb) => eb.fn.max('id').as('m')).where('session_id', '=', sessionId).executeTakeFirst();
  return Number(r?.m ?? 0);
}

/** The phone's view: the session, the stage, revealed questions with the participant's own answers. */
export async function participantView(s: SessionRow, p: Participant | undefined, db: Db = getDb()) {
  const eventId = await lastEventId(db, s.id);
  const fresh = await db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
  const state = stateOf(fresh);
  const base = {
    session: { code: fresh.code, title: fresh.title, day: fresh.day, place: fresh.place, unit: await unitName(fresh, db), closed: isExpired(fresh) },
    stage: state.stage,
    eventId,
  };
  if (!p) return { ...base, participant: null, test: null, results: [], declaration: null };
  const test = state.stage === 'pre' || state.stage === 'post' ? state.stage : null;
  let testView = null;
  if (test) {
    const { byId } = testQuestions(fresh, test);
    const mine = await db.selectFrom('live_answers').select(['question_id', 'response']).where('session_id', '=', s.id).where('participant_id', '=', p.id).where('test', '=', test).execute();
    testView = {
      kind: test,
      total: itemsOf(fresh)[test].length,
      finished: state[test].finished,
      questions: state[test].revealed.map((id) => ({ ...byId.get(id)!.pub, number: byId.get(id)!.index + 1 })),
      open: state[test].open,
      answers: Object.fromEntries(mine.map((m) => [m.question_id, JSON.parse(m.response)])),
    };
  }
  const results = await db.selectFrom('live_results').select(['test', 'score', 'attempt_id']).where('session_id', '=', s.id).where('participant_id', '=', p.id).execute();
  const signature = await db.selectFrom('live_signatures').select('signed_at').where('session_id', '=', s.id).where('participant_id', '=', p.id).executeTakeFirst();
  return {
    ...base,
    participant: { name: p.name, nip: p.nip, joinedAt: p.joined_at },
    test: testView,
    results: results.map((r) => ({ test: r.test, score: r.score, attemptId: r.attempt_id })),
    declaration: { open: state.stage === 'declaration' && fresh.status !== 'closed', signedAt: signature?.signed_at ?? null },
  };
}

export interface TestResults {
  kind: TestKind;
  total: number;
  finished: boolean;
  open: string[];
  current: number | null;
  questions: (QuestionStats & { number: number; open: boolean })[];
  /** Participants with at least one answer. */
  respondents: number;
  average: number | null;
  perArea: { area: string; label: string; percent: number }[];
}

/** Live results of a test for the console and the projector (the key only for questions no longer open). */
export async function testResults(s: SessionRow, state: LiveState, test: TestKind, db: Db = getDb()): Promise<TestResults> {
  const { questions, byId } = testQuestions(s, test);
  const seed = testSeed(s, test);
  const byParticipant = await answersOf(db, s.id, test);
  const st = state[test];
  const revealed = st.revealed.map((id) => byId.get(id)!);
  const summary = testSummary(questions, seed, byParticipant, course);
  return {
    kind: test,
    total: questions.length,
    finished: st.finished,
    open: st.open,
    current: st.current,
    questions: revealed.map(({ q, index }) => {
      const open = st.open.includes(q.id);
      const responses = [...byParticipant.values()].map((r) => r[q.id]).filter((r) => r !== undefined);
      return { ...questionStats(q, seed, responses, !open), number: index + 1, open };
    }),
    respondents: summary.scores.size,
    average: summary.average,
    perArea: summary.perArea.map((a) => ({ ...a, label: course.areas.find((x) => x.id === a.area)?.label ?? a.area })),
  };
}

/** Everything the console and the projector show. */
export async function staffView(s: SessionRow, db: Db = getDb()) {
  const eventId = await lastEventId(db, s.id);
  const fresh = await db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
  const state = stateOf(fresh);
  const participants = await db.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).orderBy('joined_at').orderBy('name').execute();
  const signatures = await db.selectFrom('live_signatures').selectAll().where('session_id', '=', s.id).orderBy('signed_at').execute();
  const signedBy = new Map(signatures.map((x) => [x.participant_id, x.signed_at]));
  const items = itemsOf(fresh);
  const tests: Partial<Record<TestKind, TestResults>> = {};
  for (const k of TEST_KINDS) if (items[k].length) tests[k] = await testResults(fresh, state, k, db);
  const gain = await gainOf(fresh, db);
  return {
    session: {
      id: fresh.id, code: fresh.code, title: fresh.title, day: fresh.day, place: fresh.place, unit: await unitName(fresh, db),
      facilitator: fresh.facilitator_name, status: fresh.status, expired: isExpired(fresh), withPre: fresh.with_pre === 1, withPost: fresh.with_post === 1,
    },
    state,
    eventId,
    participants: participants.map((p) => ({ id: p.id, name: p.name, nip: p.nip, jabatan: p.jabatan, joinedAt: p.joined_at, signedAt: signedBy.get(p.id) ?? null })),
    signed: signatures.length,
    tests,
    gain,
  };
}

/** Pre→post gain from the scored results (both tests finished), null before. */
async function gainOf(s: SessionRow, db: Db) {
  const rows = await db.selectFrom('live_results').select(['participant_id', 'test', 'score']).where('session_id', '=', s.id).execute();
  const pre = new Map(rows.filter((r) => r.test === 'pre').map((r) => [r.participant_id, Number(r.score)]));
  const post = new Map(rows.filter((r) => r.test === 'post').map((r) => [r.participant_id, Number(r.score)]));
  if (!pre.size || !post.size) return null;
  const g = sessionGain(pre, post);
  return { n: g.n, excluded: g.excluded, meanPre: round1(g.meanPre), meanPost: round1(g.meanPost), meanOfGains: g.meanOfGains === null ? null : Math.round(g.meanOfGains * 100) / 100 };
}

// ---- Closing: the report ----

export interface ReportRow {
  no: number;
  nip: string;
  name: string;
  jabatan: string;
  joinedAt: string;
  pre: number | null;
  post: number | null;
  gain: number | null;
  /** Whether the post-test also counted as the final exam. */
  postCounted: boolean;
  signedAt: string | null;
}

export async function reportData(s: SessionRow, db: Db = getDb()) {
  const view = await staffView(s, db);
  const results = await db.selectFrom('live_results').selectAll().where('session_id', '=', s.id).execute();
  const res = (pid: string, test: TestKind) => results.find((r) => r.participant_id === pid && r.test === test);
  const rows: ReportRow[] = view.participants.map((p, i) => {
    const pre = res(p.id, 'pre');
    const post = res(p.id, 'post');
    const g = pre && post && Number(pre.score) < 100 ? (Number(post.score) - Number(pre.score)) / (100 - Number(pre.score)) : null;
    return {
      no: i + 1, nip: p.nip, name: p.name, jabatan: p.jabatan, joinedAt: p.joinedAt,
      pre: pre ? Number(pre.score) : null, post: post ? Number(post.score) : null, gain: g === null ? null : Math.round(g * 100) / 100,
      postCounted: !!post?.attempt_id, signedAt: p.signedAt,
    };
  });
  const areas = course.areas.map((a) => ({
    area: a.id,
    label: a.label,
    pre: view.tests.pre?.finished ? (view.tests.pre.perArea.find((x) => x.area === a.id)?.percent ?? null) : null,
    post: view.tests.post?.finished ? (view.tests.post.perArea.find((x) => x.area === a.id)?.percent ?? null) : null,
  }));
  // Printed times are local to the session's unit (WIB/WITA/WIT).
  return { ...view, rows, areas, timeZone: await timeZoneOfUnit(s.unit_id, db) };
}
