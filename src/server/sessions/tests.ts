/**
 * Running the tests live: the facilitator's actions (compare-and-set on the stored state), answers
 * from the phones, scoring a finished test once, and the live results.
 */
import { randomUUID } from 'node:crypto';
import { course } from '../../content/course.ts';
import { validateResponse, type QuestionResponse, type Responses } from '../../quizzes/engine/index.ts';
import { getDb, type Db } from '../db/index.ts';
import { prepare } from '../db/prepared.ts';
import type { AttemptTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { lockLearners, startBlocker } from '../exam.ts';
import { mayCountAsFinal } from '../accounts/sessions.ts';
import { issueCertificate } from '../certificates/store.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import type { StaffUser } from '../auth/staff.ts';
import { audit } from '../hr/audit.ts';
import { itemsOf, nudge, publishState, stateOf, testQuestions, testSeed, type Participant, type SessionRow } from './common.ts';
import { applyAction, resultsVisible, StateError, takesAnswers, type Action, type LiveState, type TestKind } from './state.ts';
import { hideResults, questionStats, testSummary, type QuestionStats } from './stats.ts';
import { t } from '../../i18n/index.ts';

// ---- Running the session ----

/** Applies a facilitator action (compare-and-set on the stored state); finishing a test scores it. */
export async function control(user: StaffUser, s: SessionRow, action: Action, now = new Date(), db: Db = getDb()): Promise<LiveState> {
  let next: LiveState;
  for (let tries = 0; ; tries++) {
    const fresh = await db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    try {
      next = applyAction(stateOf(fresh), action, itemsOf(fresh), now);
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
  // The event carries what every phone shows of the test (the same for all: no answers, no key
  // before reveal), so 300 phones update at once without 300 requests for their view.
  const kind = next.stage === 'pre' || next.stage === 'post' ? next.stage : null;
  const fresh = await db.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
  await publishState(s, next, kind ? await sharedTestView(fresh, next, kind, db) : null);
  return next;
}

export async function answersOf(db: Db, sessionId: string, test: TestKind): Promise<Map<string, Responses>> {
  const rows = await db.selectFrom('live_answers').select(['participant_id', 'question_id', 'response']).where('session_id', '=', sessionId).where('test', '=', test).execute();
  const out = new Map<string, Responses>();
  for (const r of rows) {
    const m = out.get(r.participant_id) ?? {};
    m[r.question_id] = JSON.parse(r.response) as QuestionResponse;
    out.set(r.participant_id, m);
  }
  return out;
}

/**
 * Scores a finished test once (inside the transaction that marked it finished). `finishedAt`: when
 * the test was finished (now online; the laptop's reported time when a field session is merged).
 */
export async function scoreTest(trx: Db, s: SessionRow, test: TestKind, finishedAt: Date) {
  const { questions } = testQuestions(s, test);
  const seed = testSeed(s, test);
  const byParticipant = await answersOf(trx, s.id, test);
  const summary = testSummary(questions, seed, byParticipant, course);
  const participants = await trx.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).execute();
  // The attempt limit holds against an exam started meanwhile on another instance (exam.ts).
  await lockLearners(trx, participants.map((p) => p.learner_id));
  const at = finishedAt.toISOString();
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
    // A field session (imported on a laptop, field_kid set) only records results: the central
    // server makes the attempts and certificates when the signed results are uploaded.
    if (counts && !s.field_kid) {
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
        await issueCertificate(trx, attempt, learner, result.percent, finishedAt);
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
  const [fresh] = (await stateQuery(db, { id: s.id })).rows;
  if (!fresh) throw new HttpProblem(404, t('session.notFound'));
  const entry = typeof questionId === 'string' ? testQuestions(s, test).byId.get(questionId) : undefined;
  if (!entry) throw new HttpProblem(400, t('exam.unknownQuestion'));
  const state = stateOf(fresh);
  if (fresh.status === 'closed' || !takesAnswers(state[test], entry.q.id, now)) throw new HttpProblem(409, t('session.questionClosed'));
  const why = validateResponse(entry.pub, response);
  if (why) throw new HttpProblem(400, why);
  await answerUpsert(db, { sessionId: s.id, participantId: p.id, test, questionId: entry.q.id, response: JSON.stringify(response ?? null), at: now.toISOString() });
  nudge(s.id, 'answers');
}

// Prepared: a hall sends these thousands of times a minute.
const stateQuery = prepare((db, p: { id: string }) => db.selectFrom('live_sessions').select(['state', 'status']).where('id', '=', p.id));
const answerUpsert = prepare((db, p: { sessionId: string; participantId: string; test: string; questionId: string; response: string; at: string }) =>
  db
    .insertInto('live_answers')
    .values({ session_id: p.sessionId, participant_id: p.participantId, test: p.test, question_id: p.questionId, response: p.response, answered_at: p.at, updated_at: p.at, changes: 0 })
    .onConflict((oc) => oc.columns(['session_id', 'participant_id', 'test', 'question_id']).doUpdateSet((eb) => ({ response: p.response, updated_at: p.at, changes: eb('live_answers.changes', '+', 1) }))),
);

export interface TestResults {
  kind: TestKind;
  total: number;
  finished: boolean;
  open: string[];
  current: number | null;
  questions: (QuestionStats & { number: number; open: boolean })[];
  /** When the open question stops taking answers (countdown), or null. */
  deadline: string | null;
  /** Per participant id: how many of the questions shown so far they answered. */
  answeredBy: Record<string, number>;
  /** Participants with at least one answer. */
  respondents: number;
  /** Mean score of the participants with at least one answer; null until the test is finished. */
  average: number | null;
  perArea: { area: string; label: string; percent: number }[];
}

/**
 * Live results of a test for the console and the projector. A question's distribution, key and
 * % correct are sent only once the room may see them (resultsVisible); before, only how many
 * answered. The average and mastery per area only once the test is finished.
 */
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
    deadline: st.deadline ?? null,
    questions: revealed.map(({ q, index }) => {
      const open = st.open.includes(q.id);
      const responses = [...byParticipant.values()].map((r) => r[q.id]).filter((r) => r !== undefined);
      const stats = questionStats(q, seed, responses, !open);
      return { ...(resultsVisible(st, q.id) ? stats : hideResults(stats)), number: index + 1, open };
    }),
    answeredBy: Object.fromEntries([...byParticipant].map(([pid, r]) => [pid, st.revealed.filter((id) => Object.hasOwn(r, id)).length])),
    respondents: summary.scores.size,
    average: st.finished ? summary.average : null,
    perArea: st.finished ? summary.perArea.map((a) => ({ ...a, label: course.areas.find((x) => x.id === a.area)?.label ?? a.area })) : [],
  };
}


/**
 * The results the room may see, per question id, for the phones. A visible question no longer
 * takes answers, so its results cannot change: they are computed once per process and cached
 * (removing an attendee clears the cache, see forgetResults).
 */
const visibleCache = new Map<string, QuestionStats>();
/** The computation under way per session and test: phones asking at once share it. */
const computing = new Map<string, Promise<void>>();
export async function visibleResults(s: SessionRow, state: LiveState, test: TestKind, db: Db = getDb()): Promise<Record<string, QuestionStats>> {
  const st = state[test];
  const ids = st.revealed.filter((id) => resultsVisible(st, id) && !st.open.includes(id));
  const missingIds = () => ids.filter((id) => !visibleCache.has(`${s.id}:${test}:${id}`));
  for (let missing = missingIds(); missing.length; missing = missingIds()) {
    const key = `${s.id}:${test}`;
    let run = computing.get(key);
    if (!run) {
      run = computeVisible(s, test, missing, db).finally(() => computing.delete(key));
      computing.set(key, run);
    }
    await run;
  }
  const out: Record<string, QuestionStats> = {};
  for (const id of ids) out[id] = visibleCache.get(`${s.id}:${test}:${id}`)!;
  return out;
}

async function computeVisible(s: SessionRow, test: TestKind, ids: string[], db: Db): Promise<void> {
  const { byId } = testQuestions(s, test);
  const seed = testSeed(s, test);
  const byParticipant = await answersOf(db, s.id, test);
  for (const id of ids) {
    const responses = [...byParticipant.values()].map((r) => r[id]).filter((r) => r !== undefined);
    if (visibleCache.size > 5000) visibleCache.delete(visibleCache.keys().next().value as string);
    visibleCache.set(`${s.id}:${test}:${id}`, questionStats(byId.get(id)!.q, seed, responses, true));
  }
}

/** Forgets the cached results of a session (an attendee and their answers were removed). */
export function forgetResults(sessionId: string) {
  for (const k of visibleCache.keys()) if (k.startsWith(`${sessionId}:`)) visibleCache.delete(k);
}

/** The part of a phone's test view that is the same for every participant (see participantView). */
export async function sharedTestView(s: SessionRow, state: LiveState, test: TestKind, db: Db = getDb()) {
  const { byId } = testQuestions(s, test);
  const st = state[test];
  return {
    kind: test,
    total: itemsOf(s)[test].length,
    finished: st.finished,
    questions: st.revealed.map((id) => ({ ...byId.get(id)!.pub, number: byId.get(id)!.index + 1 })),
    open: st.open,
    deadline: st.deadline ?? null,
    /** Distribution and key of the questions the facilitator revealed (none of the post-test before it is finished). */
    shown: await visibleResults(s, state, test, db),
  };
}
