/**
 * The pre-test and the final exam on the server: draw and store an attempt, save answers while
 * it is open, score it once on submit, and show the result. The browser only ever sees public
 * views of the questions; keys, explanations and the attempt seed stay here.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { course } from '../content/course.ts';
import { attemptQuestions, examBank } from './question-bank.ts';
import { gradedBank } from '../quizzes/banks/graded/index.ts';
import {
  drawExam,
  drawUpdateQuiz,
  presentQuestions,
  policeReview,
  policeScore,
  reviewAttempt,
  reviewState,
  scoreAttempt,
  validateResponse,
  type AttemptScore,
  type PublicQuestion,
  type QuestionResponse,
  type Responses,
  type ReviewOptions,
  type ReviewState,
  type ReviewView,
} from '../quizzes/engine/index.ts';
import { COURSE_MODULES, missingModules, type ModuleRef } from '../lib/course-modules.ts';
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

/** A submitted attempt as the review policy (course.review) lets its learner see it. */
export interface AttemptResult {
  id: string;
  kind: ExamKind;
  submittedAt: string;
  /** Which review options applied (see src/quizzes/engine/policy.ts). */
  state: ReviewState;
  options: ReviewOptions;
  score: Partial<AttemptScore>;
  review: ReviewView[];
  certificateNumber: string | null;
  /** Final-exam attempts left (null: unlimited), for what comes next. */
  attemptsLeft: number | null;
  passed: boolean;
}

/** The attempt as the browser sees it; its questions come from the bank of the attempt's course version. */
async function view(db: Db, a: AttemptTable): Promise<AttemptView> {
  const ids = JSON.parse(a.items) as string[];
  const questions = await attemptQuestions(db, a.course_version, ids);
  return {
    id: a.id,
    kind: a.kind as ExamKind,
    status: a.status as AttemptView['status'],
    questions: presentQuestions(questions, a.seed),
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

/** What HR granted a learner (migration 010): extra final attempts, and a retake from a time on. */
export interface ExamGrant { extraAttempts: number; retakeFrom: string | null }
const NO_GRANT: ExamGrant = { extraAttempts: 0, retakeFrom: null };

/** The grant as a learner row holds it. */
const grantFrom = (r: Pick<Learner, 'extra_attempts' | 'retake_from'> | undefined): ExamGrant => ({ extraAttempts: Number(r?.extra_attempts ?? 0), retakeFrom: r?.retake_from ?? null });

/** The grant read afresh (inside the start transaction, after the learner's row lock). */
async function grantOf(db: Db, learnerId: string): Promise<ExamGrant> {
  return grantFrom(await db.selectFrom('learners').select(['extra_attempts', 'retake_from']).where('id', '=', learnerId).executeTakeFirst());
}

/** A submitted final attempt that counts: after HR allowed a retake, only those submitted since. */
const countsForFinal = (a: AttemptTable, grant: ExamGrant) => a.status === 'submitted' && (!grant.retakeFrom || (a.submitted_at ?? '') >= grant.retakeFrom);

/** Final-exam attempts left after these (extra attempts HR granted included), or null when unlimited. */
export function attemptsLeft(previous: readonly AttemptTable[], grant: ExamGrant = NO_GRANT, limit = course.attemptLimit): number | null {
  if (limit <= 0) return null;
  const counted = previous.filter((a) => a.kind === 'final' && countsForFinal(a, grant));
  return Math.max(0, limit + grant.extraAttempts - counted.length);
}

/** What else decides whether a learner may start an attempt. */
export interface StartContext {
  /** What HR granted: extra final attempts, a retake after a revocation. */
  grant?: ExamGrant;
  /** Modules not finished on the server: with course.requireModulesBeforeFinal the final exam waits. */
  missing?: readonly ModuleRef[];
  /** Course versions of the learner's valid certificates: the update quiz is for holders of an older one. */
  heldVersions?: readonly string[];
}

/**
 * Why a learner may not start an attempt of this kind now, or null. The update quiz is only for a
 * holder of an older version that needs an update (course.versions), until they hold the current one.
 */
export function startBlocker(kind: ExamKind, previous: readonly AttemptTable[], ctx: StartContext = {}, rules = course): string | null {
  const { grant = NO_GRANT, missing = [], heldVersions = [] } = ctx;
  const submitted = previous.filter((a) => (kind === 'final' ? countsForFinal(a, grant) : a.status === 'submitted'));
  if (kind === 'update') {
    if (heldVersions.includes(rules.version)) return t('update.alreadyCurrent', { version: rules.version });
    const from = highestVersion(heldVersions);
    if (!from || !updatePath(from, rules.versions)) return t('update.noCertificate');
    return null;
  }
  if (kind === 'pre') {
    if (!rules.preTestEnabled) return t('exam.preDisabled');
    return submitted.length > 0 ? t('exam.preDone') : null;
  }
  if (submitted.some((a) => a.passed === 1)) {
    // A holder of an older version is sent to the short update path, not back to the whole exam.
    const from = highestVersion(heldVersions);
    if (from && !heldVersions.includes(rules.version) && updatePath(from, rules.versions)) return t('update.finalBlocked', { from, to: rules.version });
    return t('exam.alreadyPassed');
  }
  const limit = rules.attemptLimit + grant.extraAttempts;
  if (rules.attemptLimit > 0 && submitted.length >= limit) return t('exam.limitReached', { limit });
  if (rules.requireModulesBeforeFinal && missing.length > 0) return t('exam.modulesMissing', { count: missing.length });
  return null;
}

/** The modules this learner has not finished, as recorded on the server. */
export async function unfinishedModules(db: Db, learnerId: string, modules: readonly ModuleRef[] = COURSE_MODULES): Promise<ModuleRef[]> {
  const rows = await db.selectFrom('module_progress').select('module_id').where('learner_id', '=', learnerId).execute();
  return missingModules(rows.map((r) => r.module_id), modules);
}

/**
 * The questions of a new attempt. The final exam never draws a question the learner saw in their
 * pre-test; a retry draws questions not seen in earlier attempts wherever the bank allows
 * (questions already seen in the final exam fill up only when an area runs out).
 */
export function drawFor(kind: ExamKind, earlier: readonly AttemptTable[], seed: string, bank = gradedBank, rules = course): string[] {
  const idsOf = (k: ExamKind) => earlier.filter((a) => a.kind === k).flatMap((a) => JSON.parse(a.items) as string[]);
  const perArea = kind === 'final' ? rules.examItemsPerArea : rules.preTestItemsPerArea;
  const areas = rules.areas.map((a) => a.id);
  if (kind === 'pre') return drawExam(bank, { perArea, seed, areas, avoid: idsOf('pre') });
  return drawExam(bank, { perArea, seed, areas, exclude: idsOf('pre'), avoid: idsOf('final') });
}

/**
 * Queues every writer of these learners' attempts on PostgreSQL: a row lock on each learner (in
 * id order, so two callers never deadlock), held to the end of the transaction, so each writer
 * counts the attempts the one before it committed. SQLite runs one transaction at a time anyway.
 * Used by exam starts and by live sessions scoring into attempts.
 */
export async function lockLearners(trx: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0 || !isPostgres(trx as never)) return;
  await trx.selectFrom('learners').select('id').where('id', 'in', [...new Set(ids)]).orderBy('id').forUpdate().execute();
}

/**
 * Starts an attempt, or resumes the open one (starting twice gives the same attempt).
 * Retries draw questions the learner has not seen before wherever the bank allows.
 */
export async function startAttempt(learner: Learner, kind: ExamKind, now = new Date(), db: Db = getDb()): Promise<AttemptView> {
  return db.transaction().execute(async (trx) => {
    // The attempt limit across instances; the partial unique index attempts_one_open is the last
    // guard against two open attempts (migration 008).
    await lockLearners(trx, [learner.id]);
    const all = await trx.selectFrom('attempts').selectAll().where('learner_id', '=', learner.id).orderBy('started_at', 'desc').execute();
    const previous = all.filter((a) => a.kind === kind);
    const open = previous.find((a) => a.status === 'open');
    if (open) return view(trx, open);
    const ctx: StartContext = {
      grant: await grantOf(trx, learner.id),
      missing: kind === 'final' ? await unfinishedModules(trx, learner.id) : [],
      heldVersions: kind === 'pre' ? [] : await heldVersionsOf(trx, learner.id),
    };
    const blocker = startBlocker(kind, previous, ctx);
    if (blocker) throw new HttpProblem(409, blocker);
    const seed = randomBytes(16).toString('hex');
    let items: string[];
    if (kind === 'update') {
      const path = updatePath(highestVersion(ctx.heldVersions ?? [])!, course.versions)!;
      items = drawUpdateQuiz(gradedBank, path.quiz.tags, path.quiz.items, seed);
      if (items.length === 0) throw new HttpProblem(409, t('update.noQuestions'));
    } else {
      // The built-in graded bank plus the questions an admin imported for this course version.
      items = drawFor(kind, all, seed, await examBank(trx, course.version));
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
    return view(trx, attempt);
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
  return view(db, await ownAttempt(db, learner, attemptId));
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
    const v = await view(trx, a);
    checkResponse(v.questions, questionId, response);
    const responses = { ...v.responses, [questionId as string]: response as QuestionResponse };
    await trx.updateTable('attempts').set({ responses: JSON.stringify(responses) }).where('id', '=', a.id).where('status', '=', 'open').execute();
  });
}

/**
 * What a submit answers: the result without the per-question review and marks. The exam page
 * goes on to the result page (/hasil/<id>), which reads them with getResult; building them here
 * too was a third of a submit's work.
 */
export type SubmitOutcome = Omit<AttemptResult, 'review' | 'score'> & { score: Omit<AttemptResult['score'], 'items'> };

/**
 * Scores and closes an attempt. Idempotent: a second submit returns the stored outcome and
 * changes nothing. After the deadline, only the answers saved in time count.
 */
export async function submitAttempt(learner: Learner, attemptId: string, body: unknown, now = new Date(), db: Db = getDb()): Promise<SubmitOutcome> {
  const outcome = await db.transaction().execute(async (trx) => {
    const a = await ownAttempt(trx, learner, attemptId, true);
    if (a.status === 'submitted') return undefined;
    const v = await view(trx, a);
    const late = a.deadline_at !== null && now.getTime() > Date.parse(a.deadline_at) + GRACE_MS;
    let responses = v.responses;
    if (!late) {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpProblem(400, t('error.badRequest'));
      for (const [id, r] of Object.entries(body as Record<string, unknown>)) checkResponse(v.questions, id, r);
      responses = { ...v.responses, ...(body as Responses) };
    }
    const questions = await attemptQuestions(trx, a.course_version, JSON.parse(a.items) as string[]);
    const score = scoreAttempt(questions, responses, a.seed, course);
    const closed: AttemptTable = { ...a, status: 'submitted', submitted_at: now.toISOString(), responses: JSON.stringify(responses), score: score.percent, passed: score.passed ? 1 : 0, result: JSON.stringify(score) };
    const { status, submitted_at, score: percent, passed, result } = closed;
    const updated = await trx.updateTable('attempts').set({ status, submitted_at, responses: closed.responses, score: percent, passed, result }).where('id', '=', a.id).where('status', '=', 'open').executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return undefined;
    // Issued in the same transaction: a passed exam (or update quiz) never exists without its
    // certificate. The update quiz issues one of the current version; the old one stays valid
    // until its own version's validUntil.
    const cert = (a.kind === 'final' || a.kind === 'update') && score.passed ? await issueCertificate(trx, a, learner, score.percent, now) : undefined;
    await refreshLearnerSummary(trx, { learnerIds: [learner.id] });
    // The outcome from what this transaction just wrote: reading it back was a third of the queries.
    return (await outcomeOf(trx, learner, closed, cert?.number ?? null)).outcome;
  });
  // Submitted before (a second submit, or a concurrent one that won): the stored outcome.
  return outcome ?? getResult(learner, attemptId, db, false);
}

/** What a submit answers for a submitted attempt whose certificate number (or none) is known. */
async function outcomeOf(db: Db, learner: Learner, a: AttemptTable, certificateNumber: string | null): Promise<{ outcome: SubmitOutcome; items: Partial<AttemptScore>['items'] }> {
  if (a.status !== 'submitted' || !a.result || !a.submitted_at) throw new HttpProblem(409, t('exam.notSubmitted'));
  const finals = await attemptsOf(db, learner.id, 'final');
  const passed = finals.some((f) => f.status === 'submitted' && f.passed === 1);
  const left = attemptsLeft(finals, grantFrom(learner));
  // The update quiz is judged by its own pass (reviewState), the final exam by the learner's.
  const state = reviewState(a.kind as ExamKind, { passed: a.kind === 'update' ? a.passed === 1 : passed, attemptsLeft: left });
  const options = course.review[state];
  const { items, ...score } = policeScore(JSON.parse(a.result) as AttemptScore, options);
  return { outcome: { id: a.id, kind: a.kind as ExamKind, submittedAt: a.submitted_at, state, options, score, certificateNumber, attemptsLeft: left, passed }, items };
}

/**
 * The scored result of a submitted attempt, as the review policy lets the learner see it now:
 * a failed final attempt shows what was right and what to reread but no key, until the learner
 * has passed or has no attempt left.
 */
export async function getResult(learner: Learner, attemptId: string, db?: Db): Promise<AttemptResult>;
export async function getResult(learner: Learner, attemptId: string, db: Db | undefined, withReview: false): Promise<SubmitOutcome>;
export async function getResult(learner: Learner, attemptId: string, db: Db = getDb(), withReview = true): Promise<AttemptResult | SubmitOutcome> {
  const a = await ownAttempt(db, learner, attemptId);
  const cert = await db.selectFrom('certificates').select('number').where('attempt_id', '=', a.id).where('revoked_at', 'is', null).executeTakeFirst();
  const { outcome, items } = await outcomeOf(db, learner, a, cert?.number ?? null);
  if (!withReview) return outcome;
  const questions = await attemptQuestions(db, a.course_version, JSON.parse(a.items) as string[]);
  return { ...outcome, score: { ...outcome.score, ...(items ? { items } : {}) }, review: reviewAttempt(questions, JSON.parse(a.responses) as Responses, a.seed).map((r) => policeReview(r, outcome.options)) };
}

export interface KindStatus {
  attempts: { id: string; status: string; score: number | null; passed: boolean | null; submittedAt: string | null }[];
  blocker: string | null;
}

/** The learner's attempts for the "Ujian" page: what exists, what may start, what is missing. */
export async function examStatus(learner: Learner, db: Db = getDb()): Promise<Record<ExamKind, KindStatus> & { missingModules: ModuleRef[]; attemptsLeft: number | null; passed: boolean }> {
  const missing = await unfinishedModules(db, learner.id);
  const grant = grantFrom(learner);
  const held = await heldVersionsOf(db, learner.id);
  const all = await db.selectFrom('attempts').selectAll().where('learner_id', '=', learner.id).orderBy('started_at', 'desc').execute();
  const finals = all.filter((a) => a.kind === 'final');
  const out = {} as Record<ExamKind, KindStatus>;
  for (const kind of EXAM_KINDS) {
    const previous = all.filter((a) => a.kind === kind);
    out[kind] = {
      attempts: previous.map((a) => ({ id: a.id, status: a.status, score: a.score, passed: a.passed === null ? null : a.passed === 1, submittedAt: a.submitted_at })),
      blocker: previous.some((a) => a.status === 'open') ? null : startBlocker(kind, previous, { grant, missing: kind === 'final' ? missing : [], heldVersions: held }),
    };
  }
  return { ...out, missingModules: missing, attemptsLeft: attemptsLeft(finals, grant), passed: finals.some((a) => a.passed === 1) };
}
