/**
 * Receiving a "hasil sesi" on the central server (issue 18): verify it against the session key
 * this server issued, then merge it in ONE transaction — attendance, answers and declarations as
 * the laptop reported them, scored by the session's own code (sessions/tests.ts scoreTest), so
 * post-tests become final-exam attempts and certificates are issued here by the same rules as an
 * online session. The rules of which rows are accepted are pure (merge.ts).
 *
 * Idempotency is the database's: field_imports has one row per session (primary key). The first
 * statement of the transaction claims it; a second upload of the same file finds the row and
 * changes nothing, a different file for a merged session is a 409, and two uploads at once wait on
 * the claim (PostgreSQL) or on the single writer (SQLite): one merge, never a 500.
 */
import { chunks } from '../../lib/chunks.ts';
import { course } from '../../content/course.ts';
import { getDb, type Db } from '../db/index.ts';
import type { FieldImportTable, FieldKeyTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { checkIdentity, nameCore } from '../learners.ts';
import { isOnRosterWithin, type RosterListing } from '../hr/roster.ts';
import { audit } from '../hr/audit.ts';
import type { StaffUser } from '../auth/staff.ts';
import { timeZoneOfUnit } from '../certificates/issuer.ts';
import { localDateLong, localDateTime } from '../../lib/local-time.ts';
import { itemsOf, publishState, stateOf, testQuestions, unitName, type SessionRow } from '../sessions/common.ts';
import { sessionForStaff } from '../sessions/manage.ts';
import { scoreTest } from '../sessions/tests.ts';
import { recordAttendance } from '../sessions/join.ts';
import { TEST_KINDS, type LiveState } from '../sessions/state.ts';
import { mayCountAsFinal } from '../accounts/sessions.ts';
import { BundleError, bundleKid, FIELD_KEY_DAYS, verifyBundle, type BundlePayload } from './format.ts';
import { clockNote, clockOffset, eventTimes, planMerge, type MergeFacts, type PersonFacts, type RowProblem } from './merge.ts';
import { t } from '../../i18n/index.ts';

/** What a merge did; stored as field_imports.summary and shown on the session page. */
export interface MergeSummary {
  participants: number;
  attempts: number;
  certificates: number;
  skipped: RowProblem[];
  clockOffsetMs: number;
  notes: string[];
  /** Central time of the merge, and who merged. */
  importedAt: string;
  importedBy: string;
  /** Laptop time of the export, as reported. */
  exportedAt: string;
}

export type ReceiveResult = ({ merged: true } | { merged: false; already: true }) & MergeSummary;

/** A bundle refused because of its rows: every affected row is listed; nothing was written. */
export class RowsProblem extends HttpProblem {
  readonly rows: RowProblem[];
  constructor(rows: RowProblem[]) {
    super(422, t('field.bundle.rows', { count: rows.length }));
    this.rows = rows;
  }

  override body() {
    return { ...super.body(), rows: this.rows };
  }
}

const FAULT_STATUS = { unreadable: 400, unknownKey: 422, badSignature: 422, badPayload: 422 } as const;

/** Verifies a bundle file for session `s`: the key must be this server's and issued for `s`. */
export async function verifyFor(user: StaffUser, s: SessionRow, file: unknown, db: Db): Promise<{ payload: BundlePayload; digest: string; key: FieldKeyTable }> {
  try {
    const key = await db.selectFrom('field_keys').selectAll().where('kid', '=', bundleKid(file)).executeTakeFirst();
    if (!key) throw new BundleError('unknownKey');
    const { payload, digest } = await verifyBundle(file, JSON.parse(key.public_jwk));
    if (key.session_id !== s.id) throw new HttpProblem(422, await otherSession(user, key.session_id, db));
    if (payload.sessionId !== key.session_id) throw new BundleError('badPayload');
    return { payload, digest, key };
  } catch (e) {
    if (e instanceof BundleError) throw new HttpProblem(FAULT_STATUS[e.fault], t(`field.bundle.${e.fault}`));
    throw e;
  }
}

/** Names the session a file belongs to, when the staff member may see it. */
async function otherSession(user: StaffUser, id: string, db: Db): Promise<string> {
  try {
    const other = await sessionForStaff(user, id, db);
    return t('field.bundle.otherSession', { title: other.title, code: other.code, day: localDateLong(other.day) });
  } catch {
    return t('field.bundle.otherSessionHidden');
  }
}

/** Reads the stored merge of a session, if any. */
export async function fieldImportOf(sessionId: string, db: Db = getDb()): Promise<(FieldImportTable & { parsed: MergeSummary }) | undefined> {
  const row = await db.selectFrom('field_imports').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
  return row && { ...row, parsed: JSON.parse(row.summary) as MergeSummary };
}

/** What to answer when the session already has a merge: the same file changes nothing, another one conflicts. */
async function alreadyMerged(s: SessionRow, digest: string, db: Db): Promise<ReceiveResult | undefined> {
  const done = await fieldImportOf(s.id, db);
  if (!done) return undefined;
  if (done.digest === digest) return { merged: false, already: true, ...done.parsed };
  throw new HttpProblem(409, t('field.bundle.conflict', { at: localDateTime(done.imported_at, await timeZoneOfUnit(s.unit_id, db)) }));
}

/**
 * Verifies and merges a bundle into session `s` (which the caller found with sessionForStaff).
 * `partial`: import the rest and skip the rows with a problem ("terima=sebagian"); without it any
 * row problem refuses the whole file (RowsProblem, 422) and the database stays as it was.
 */
export async function receiveBundle(user: StaffUser, s: SessionRow, file: unknown, opts: { partial?: boolean; now?: Date; db?: Db } = {}): Promise<ReceiveResult> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? new Date();
  // A laptop's copy of a session (field_kid) never merges: attempts and certificates are central.
  if (s.field_kid) throw new HttpProblem(409, t('field.upload.onLaptop'));
  const { payload, digest, key } = await verifyFor(user, s, file, db);
  const done = await alreadyMerged(s, digest, db);
  if (done) return done;
  const zone = await timeZoneOfUnit(s.unit_id, db);
  if (now.getTime() > Date.parse(key.expires_at)) throw new HttpProblem(410, t('field.bundle.expired', { at: localDateTime(key.expires_at, zone), days: FIELD_KEY_DAYS }));
  if (payload.courseVersion !== course.version) throw new HttpProblem(422, t('field.bundle.version', { theirs: payload.courseVersion, ours: course.version }));

  const result = await db.transaction().execute(async (trx) => {
    // The claim: one merge per session, decided by the primary key.
    const claim = await trx
      .insertInto('field_imports')
      .values({ session_id: s.id, digest, kid: key.kid, imported_at: now.toISOString(), imported_by: user.id, exported_at: new Date(payload.exportedAt).toISOString(), clock_offset_ms: 0, summary: '{}' })
      .onConflict((oc) => oc.column('session_id').doNothing())
      .executeTakeFirst();
    if (Number(claim.numInsertedOrUpdatedRows ?? 0) !== 1) return (await alreadyMerged(s, digest, trx))!;
    const fresh = await trx.selectFrom('live_sessions').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    if (await trx.selectFrom('live_results').select('test').where('session_id', '=', s.id).limit(1).executeTakeFirst()) throw new HttpProblem(409, t('field.bundle.ranCentrally'));
    const { summary, closedState } = await merge(user, fresh, payload, opts.partial ?? false, now, trx);
    await trx.updateTable('field_imports').set({ clock_offset_ms: summary.clockOffsetMs, summary: JSON.stringify(summary) }).where('session_id', '=', s.id).execute();
    await audit(trx, user.id, 'session.field-import', s.id, { kid: key.kid, digest, participants: summary.participants, attempts: summary.attempts, certificates: summary.certificates, skipped: summary.skipped.length, clockOffsetMs: summary.clockOffsetMs }, now);
    return { merged: true as const, ...summary, closedState };
  });
  if (!('closedState' in result)) return result;
  const { closedState, ...merged } = result;
  // Consoles and phones still open on this session see it closed.
  await publishState(s, closedState).catch((e) => console.error('field: publish failed', e));
  return merged;
}

/** The merge inside the claiming transaction: plan the rows, write them, score the tests, close. */
async function merge(user: StaffUser, s: SessionRow, payload: BundlePayload, partial: boolean, now: Date, trx: Db): Promise<{ summary: MergeSummary; closedState: LiveState }> {
  const unit = await unitName(s, trx);
  const tests = TEST_KINDS.filter((k) => (k === 'pre' ? s.with_pre : s.with_post) === 1 && itemsOf(s)[k].length > 0);
  const facts: MergeFacts = {
    questions: Object.fromEntries(tests.map((k) => [k, new Map(testQuestions(s, k).pubs.map((p) => [p.id, p]))])),
    people: new Map(),
  };
  for (const p of payload.participants) (facts.people as Map<string, PersonFacts>).set(p.id, await personFacts(s, p, unit, now, trx));
  const plan = planMerge(payload, facts);
  if (plan.rows.length && !partial) throw new RowsProblem(plan.rows);

  // Attendance: the central learner by NIP, recorded as an online join records it.
  const central = new Map<string, string>();
  let accounts = 0;
  for (const p of plan.participants) {
    const { participant } = await recordAttendance(trx, s, { nip: p.nip, name: p.name, jabatan: p.jabatan, unit }, { now, ownUnit: true, joinedAt: iso(p.joinedAt) });
    central.set(p.id, participant.id);
    if (plan.answers.some((a) => a.participantId === p.id && a.test === 'post') && !(await mayCountAsFinal(trx, participant))) accounts++;
  }
  // In chunks (a hall's 10,000 answers in a few statements); the laptop's answer replaces one a
  // phone may have sent to this server before (one row per participant, test and question).
  const rows = plan.answers.map((a) => ({
    session_id: s.id, participant_id: central.get(a.participantId)!, test: a.test, question_id: a.questionId,
    response: JSON.stringify(a.response ?? null), answered_at: iso(a.answeredAt), updated_at: iso(a.updatedAt), changes: a.changes,
  }));
  for (const part of chunks(rows, 500)) {
    await trx
      .insertInto('live_answers')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['session_id', 'participant_id', 'test', 'question_id']).doUpdateSet((eb) => ({
          response: eb.ref('excluded.response'), answered_at: eb.ref('excluded.answered_at'), updated_at: eb.ref('excluded.updated_at'), changes: eb.ref('excluded.changes'),
        })),
      )
      .execute();
  }
  for (const sg of plan.signatures) {
    const p = plan.participants.find((x) => x.id === sg.participantId)!;
    await trx.insertInto('live_signatures').values({ session_id: s.id, participant_id: central.get(p.id)!, name: p.name, signed_at: iso(sg.signedAt) }).onConflict((oc) => oc.columns(['session_id', 'participant_id']).doNothing()).execute();
  }

  // Close the session as the laptop did, then score each finished test with the session's own code.
  const closedAt = iso(payload.closedAt ?? payload.exportedAt);
  const state = stateOf(s);
  const notes: string[] = [];
  for (const k of tests) {
    const end = payload.tests[k];
    if (end.finished) state[k] = { ...state[k], revealed: itemsOf(s)[k], open: [], current: null, finished: true, results: itemsOf(s)[k], deadline: null };
    else if (plan.answers.some((a) => a.test === k)) notes.push(t('field.note.unfinished', { test: t(`field.test.${k}`) }));
  }
  const closedState: LiveState = { ...state, stage: 'closed' };
  await trx.updateTable('live_sessions').set({ state: JSON.stringify(closedState), status: 'closed', closed_at: closedAt }).where('id', '=', s.id).execute();
  for (const k of tests) {
    const end = payload.tests[k];
    if (end.finished) await scoreTest(trx, s, k, new Date(end.finishedAt ?? closedAt));
  }

  const scored = await trx.selectFrom('live_results').select('attempt_id').where('session_id', '=', s.id).where('attempt_id', 'is not', null).execute();
  const attemptIds = scored.map((r) => r.attempt_id!);
  const certificates = attemptIds.length ? Number((await trx.selectFrom('certificates').select((eb) => eb.fn.countAll<number>().as('n')).where('attempt_id', 'in', attemptIds).executeTakeFirstOrThrow()).n) : 0;
  const clockOffsetMs = clockOffset({ receivedAt: now, packageIssuedAt: payload.packageIssuedAt, importedAt: payload.importedAt, exportedAt: payload.exportedAt, events: eventTimes(payload) });
  const clock = clockNote(clockOffsetMs);
  if (clock) notes.unshift(clock);
  if (accounts) notes.push(t('field.note.account', { count: accounts }));
  const summary = {
    participants: plan.participants.length,
    attempts: attemptIds.length,
    certificates,
    skipped: plan.rows,
    clockOffsetMs,
    notes,
    importedAt: now.toISOString(),
    importedBy: user.displayName,
    exportedAt: iso(payload.exportedAt),
  };
  return { summary, closedState };
}

/** What the database knows of one bundle participant: the same checks as an online join. */
async function personFacts(s: SessionRow, p: BundlePayload['participants'][number], unit: string, now: Date, db: Db): Promise<PersonFacts> {
  let nip: string;
  let listed: RosterListing;
  try {
    const checked = await checkIdentity({ nip: p.nip, name: p.name, jabatan: p.jabatan, unit }, now, db);
    [nip, listed] = [checked.nip.nip, checked.listed];
  } catch (e) {
    if (!(e instanceof HttpProblem)) throw e;
    return { identityProblem: t('field.row.badIdentity', { why: Object.values(e.fields ?? {}).join(' ') || e.message }), finalAttempts: [] };
  }
  if (!(await isOnRosterWithin(s.unit_id, nip, db, listed))) return { nip, identityProblem: t('field.row.notOnRoster', { unit }), finalAttempts: [] };
  const existing = await db.selectFrom('learners').select(['id', 'name']).where('nip', '=', nip).executeTakeFirst();
  if (existing && nameCore(existing.name) !== nameCore(p.name)) return { nip, identityProblem: t('field.row.nameMismatch'), finalAttempts: [] };
  const finalAttempts = existing ? await db.selectFrom('attempts').selectAll().where('learner_id', '=', existing.id).where('kind', '=', 'final').execute() : [];
  return { nip, identityProblem: null, finalAttempts };
}

const iso = (at: string) => new Date(at).toISOString();
