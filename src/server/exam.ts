/**
 * The pre-test and the final exam on the server: draw and store an attempt, save answers while
 * it is open, score it once on submit, and show the result. The browser only ever sees public
 * views of the questions; keys, explanations and the attempt seed stay here.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { course } from '../content/course.ts';
import { gradedBank } from '../quizzes/banks/graded/index.ts';
import {
  drawExam,
  drawUpdateQuiz,
  pickQuestions,
  presentQuestions,
  reviewAttempt,
  scoreAttempt,
  validateResponse,
  type AttemptScore,
  type PublicQuestion,
  type QuestionResponse,
  type Responses,
  type ReviewQuestion,
} from '../quizzes/engine/index.ts';
import { getDb, type Db } from './db/index.ts';
import { isPostgres } from './db/engine.ts';
import type { AttemptTable } from './db/schema.ts';
import { HttpProblem } from './http.ts';
import { issueCertificate } from './certificates/store.ts';
import { refreshLearnerSummary } from './learner-summary.ts';
import type { Learner } from './learners.ts';
import { t } from '../i18n/index.ts';
import { highestVersion, updatePath } from '../lib/course-versions.ts';

/** The pre-test, the final exam, and the short update quiz of a new course version. */
export type ExamKind = 'pre' | 'final' | 'update';
export const EXAM_KINDS: readonly ExamKind[] = ['pre', 'final', 'update'];

/** Submissions this long after the deadline are still taken as on time (slow networks). */
const GRACE_MS = 60_000;

export interface AttemptView {
  id: string;
  kind: ExamKind;
  status: 'open' | 'submitted';
  questions: PublicQuestion[];
  /** Answers saved on the server so far, keyed by question id. */
  responses: Responses;
  deadline: string | null;
}

export interface AttemptResult {
  id: string;
  kind: ExamKind;
  submittedAt: string;
  score: AttemptScore;
  review: ReviewQuestion[];
  certificateNumber: string | null;
}

function view(a: AttemptTable): AttemptView {
  const ids = JSON.parse(a.items) as string[];
  return {
    id: a.id,
    kind: a.kind as ExamKind,
    status: a.status as AttemptView['status'],
    questions: presentQuestions(pickQuestions(gradedBank, ids), a.seed),
    responses: JSON.parse(a.responses) as Responses,
    deadline: a.deadline_at,
  };
}

/** Course versions of the learner's valid (not revoked) certificates. */
async function heldVersionsOf(db: Db, learnerId: string): Promise<string[]> {
  const rows = await db.selectFrom('certificates').select('course_version').where('learner_id', '=', learnerId).where('revoked_at', 'is', null).execute();
  return rows.map((r) => r.course_version);
}

/** Attempts of a learner of one kind, newest first. */
async function attemptsOf(db: Db, learnerId: string, kind: ExamKind) {
  return db.selectFrom('attempts').selectAll().where('learner_id', '=', learnerId).where('kind', '=', kind).orderBy('started_at', 'desc').execute();
}

/**
 * Why a learner may not start an attempt of this kind now, or null. `heldVersions` are the course
 * versions of the learner's valid certificates: the update quiz is only for a holder of an older
 * version that needs an update (course.versions), and only until they hold the current one.
 */
export function startBlocker(kind: ExamKind, previous: readonly AttemptTable[], heldVersions: readonly string[] = []): string | null {
  const submitted = previous.filter((a) => a.status === 'submitted');
  if (kind === 'update') {
    if (heldVersions.includes(course.version)) return t('update.alreadyCurrent', { version: course.version });
    const from = highestVersion(heldVersions);
    if (!from || !updatePath(from, course.versions)) return t('update.noCertificate');
    return null;
  }
  if (kind === 'pre') {
    if (!course.preTestEnabled) return t('exam.preDisabled');
    return submitted.length > 0 ? t('exam.preDone') : null;
  }
  if (submitted.some((a) => a.passed === 1)) {
    // A holder of an older version is sent to the short update path, not back to the whole exam.
    const from = highestVersion(heldVersions);
    if (from && !heldVersions.includes(course.version) && updatePath(from, course.versions)) return t('update.finalBlocked', { from, to: course.version });
    return t('exam.alreadyPassed');
  }
  if (course.attemptLimit > 0 && submitted.length >= course.attemptLimit) return t('exam.limitReached', { limit: course.attemptLimit });
  return null;
}

/**
 * Starts an attempt, or resumes the open one (starting twice gives the same attempt).
 * Retries draw questions the learner has not seen before wherever the bank allows.
 */
export async function startAttempt(learner: Learner, kind: ExamKind, now = new Date(), db: Db = getDb()): Promise<AttemptView> {
  return db.transaction().execute(async (trx) => {
    const previous = await attemptsOf(trx, learner.id, kind);
    const open = previous.find((a) => a.status === 'open');
    if (open) return view(open);
    const held = kind === 'update' ? await heldVersionsOf(trx, learner.id) : [];
    const blocker = startBlocker(kind, previous, held);
    if (blocker) throw new HttpProblem(409, blocker);
    const seen = previous.flatMap((a) => JSON.parse(a.items) as string[]);
    const seed = randomBytes(16).toString('hex');
    let items: string[];
    if (kind === 'update') {
      const path = updatePath(highestVersion(held)!, course.versions)!;
      items = drawUpdateQuiz(gradedBank, path.quiz.tags, path.quiz.items, seed);
      if (items.length === 0) throw new HttpProblem(409, t('update.noQuestions'));
    } else {
      const perArea = kind === 'final' ? course.examItemsPerArea : course.preTestItemsPerArea;
      items = drawExam(gradedBank, { perArea, seed, areas: course.areas.map((a) => a.id), avoid: seen });
    }
    const limit = kind === 'final' ? course.examTimeLimitMinutes : 0;
    const attempt: AttemptTable = {
      id: randomUUID(),
      learner_id: learner.id,
      kind,
      seed,
      items: JSON.stringify(items),
      responses: '{}',
      status: 'open',
      started_at: now.toISOString(),
      deadline_at: limit > 0 ? new Date(now.getTime() + limit * 60_000).toISOString() : null,
      submitted_at: null,
      score: null,
      passed: null,
      result: null,
      course_version: course.version,
    };
    await trx.insertInto('attempts').values(attempt).execute();
    await refreshLearnerSummary(trx, { learnerIds: [learner.id] });
    return view(attempt);
  });
}

/** The learner's own attempt, locked for update where the engine supports it; 404 for anyone else's. */
async function ownAttempt(db: Db, learner: Learner, attemptId: string, lock = false): Promise<AttemptTable> {
  let q = db.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('learner_id', '=', learner.id);
  // SQLite serialises writers itself; PostgreSQL needs the row lock against concurrent saves.
  if (lock && isPostgres(db as never)) q = q.forUpdate();
  const a = await q.executeTakeFirst();
  if (!a) throw new HttpProblem(404, t('exam.notFound'));
  return a;
}

export async function getAttempt(learner: Learner, attemptId: string, db: Db = getDb()): Promise<AttemptView> {
  return view(await ownAttempt(db, learner, attemptId));
}

function checkResponse(questions: readonly PublicQuestion[], questionId: unknown, response: unknown): void {
  const q = questions.find((x) => x.id === questionId);
  if (!q) throw new HttpProblem(400, t('exam.unknownQuestion'));
  const why = validateResponse(q, response);
  if (why) throw new HttpProblem(400, why);
}

/** Saves one answer of an open attempt (answers survive a reload and a lost phone). */
export async function saveResponse(learner: Learner, attemptId: string, questionId: unknown, response: unknown, now = new Date(), db: Db = getDb()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const a = await ownAttempt(trx, learner, attemptId, true);
    if (a.status !== 'open') throw new HttpProblem(409, t('exam.alreadySubmitted'));
    if (a.deadline_at && now.getTime() > Date.parse(a.deadline_at) + GRACE_MS) throw new HttpProblem(409, t('exam.timeUp'));
    const v = view(a);
    checkResponse(v.questions, questionId, response);
    const responses = { ...v.responses, [questionId as string]: response as QuestionResponse };
    await trx.updateTable('attempts').set({ responses: JSON.stringify(responses) }).where('id', '=', a.id).where('status', '=', 'open').execute();
  });
}

/**
 * Scores and closes an attempt. Idempotent: a second submit returns the stored result and
 * changes nothing. After the deadline, only the answers saved in time count.
 */
export async function submitAttempt(learner: Learner, attemptId: string, body: unknown, now = new Date(), db: Db = getDb()): Promise<AttemptResult> {
  await db.transaction().execute(async (trx) => {
    const a = await ownAttempt(trx, learner, attemptId, true);
    if (a.status === 'submitted') return;
    const v = view(a);
    const late = a.deadline_at !== null && now.getTime() > Date.parse(a.deadline_at) + GRACE_MS;
    let responses = v.responses;
    if (!late) {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpProblem(400, t('error.badRequest'));
      for (const [id, r] of Object.entries(body as Record<string, unknown>)) checkResponse(v.questions, id, r);
      responses = { ...v.responses, ...(body as Responses) };
    }
    const questions = pickQuestions(gradedBank, JSON.parse(a.items) as string[]);
    const score = scoreAttempt(questions, responses, a.seed, course);
    const closed = await trx
      .updateTable('attempts')
      .set({ status: 'submitted', submitted_at: now.toISOString(), responses: JSON.stringify(responses), score: score.percent, passed: score.passed ? 1 : 0, result: JSON.stringify(score) })
      .where('id', '=', a.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) !== 1) return;
    // Issued in the same transaction: a passed exam (or update quiz) never exists without its
    // certificate. The update quiz issues one of the current version; the old one stays valid
    // until its own version's validUntil.
    if ((a.kind === 'final' || a.kind === 'update') && score.passed) await issueCertificate(trx, a, learner, score.percent, now);
    await refreshLearnerSummary(trx, { learnerIds: [learner.id] });
  });
  return getResult(learner, attemptId, db);
}

/** The scored result with the review of every question (only after submit). */
export async function getResult(learner: Learner, attemptId: string, db: Db = getDb()): Promise<AttemptResult> {
  const a = await ownAttempt(db, learner, attemptId);
  if (a.status !== 'submitted' || !a.result || !a.submitted_at) throw new HttpProblem(409, t('exam.notSubmitted'));
  const questions = pickQuestions(gradedBank, JSON.parse(a.items) as string[]);
  const cert = await db.selectFrom('certificates').select('number').where('attempt_id', '=', a.id).where('revoked_at', 'is', null).executeTakeFirst();
  return {
    id: a.id,
    kind: a.kind as ExamKind,
    submittedAt: a.submitted_at,
    score: JSON.parse(a.result) as AttemptScore,
    review: reviewAttempt(questions, JSON.parse(a.responses) as Responses, a.seed),
    certificateNumber: cert?.number ?? null,
  };
}

/** The learner's attempts for the "Ujian" page: what exists and what may start. */
export async function examStatus(learner: Learner, db: Db = getDb()) {
  const out: Record<ExamKind, { attempts: { id: string; status: string; score: number | null; passed: boolean | null; submittedAt: string | null }[]; blocker: string | null }> = {} as never;
  const held = await heldVersionsOf(db, learner.id);
  for (const kind of EXAM_KINDS) {
    const previous = await attemptsOf(db, learner.id, kind);
    out[kind] = {
      attempts: previous.map((a) => ({ id: a.id, status: a.status, score: a.score, passed: a.passed === null ? null : a.passed === 1, submittedAt: a.submitted_at })),
      blocker: previous.some((a) => a.status === 'open') ? null : startBlocker(kind, previous, held),
    };
  }
  return out;
}
