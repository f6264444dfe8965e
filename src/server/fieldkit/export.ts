/**
 * The "hasil sesi" a field laptop sends back (issue 18, laptop half): attendance, every answer,
 * the declarations, how each test ended and when, all as the laptop recorded them (its clock, its
 * UTC offset noted), signed with the session key the package brought. Scores are not sent: the
 * central server scores the answers itself with its own copy of the questions.
 */
import type { FlattenedJWS } from 'jose';
import { course } from '../../content/course.ts';
import { t } from '../../i18n/index.ts';
import { getDb, type Db } from '../db/index.ts';
import type { FieldKeyTable, LiveAnswerTable, LiveParticipantTable, LiveSignatureTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { stateOf, type SessionRow } from '../sessions/common.ts';
import type { TestKind } from '../sessions/state.ts';
import { BUNDLE_FORMAT, bundlePayloadSchema, signBundle, type BundlePayload } from './format.ts';

/** What the payload is made of: rows of the laptop's database (pure input of bundlePayloadFrom). */
export interface BundleSource {
  session: Pick<SessionRow, 'id' | 'state' | 'closed_at' | 'field_kid'>;
  key: Pick<FieldKeyTable, 'kid' | 'issued_at' | 'imported_at'>;
  participants: Pick<LiveParticipantTable, 'id' | 'nip' | 'name' | 'jabatan' | 'joined_at'>[];
  answers: Pick<LiveAnswerTable, 'participant_id' | 'test' | 'question_id' | 'response' | 'answered_at' | 'updated_at' | 'changes'>[];
  signatures: Pick<LiveSignatureTable, 'participant_id' | 'name' | 'signed_at'>[];
  /** Per test, the latest time a result was scored: the finish time of states saved before it was kept. */
  scoredAt: Partial<Record<TestKind, string>>;
  courseVersion: string;
  /** The export time (laptop clock): that of the session's first export (see exportBundle). */
  now: Date;
  /** The laptop's offset east of UTC in minutes (-new Date().getTimezoneOffset()) at that export. */
  utcOffsetMinutes: number;
}

/** The bundle payload (pure), validated against its schema. */
export function bundlePayloadFrom(src: BundleSource): BundlePayload {
  const state = stateOf(src.session);
  const ended = (k: TestKind) => ({
    finished: state[k].finished,
    finishedAt: state[k].finished ? (state[k].finishedAt ?? src.scoredAt[k] ?? null) : null,
  });
  const payload: BundlePayload = {
    format: BUNDLE_FORMAT,
    sessionId: src.session.id,
    kid: src.key.kid,
    courseVersion: src.courseVersion,
    exportedAt: src.now.toISOString(),
    // Imported before the laptop kept the time (never in practice): the package's issue time.
    importedAt: src.key.imported_at ?? src.key.issued_at,
    packageIssuedAt: src.key.issued_at,
    utcOffsetMinutes: src.utcOffsetMinutes,
    tests: { pre: ended('pre'), post: ended('post') },
    closedAt: src.session.closed_at,
    participants: src.participants.map((p) => ({ id: p.id, nip: p.nip, name: p.name, jabatan: p.jabatan, joinedAt: p.joined_at })),
    answers: src.answers.map((a) => ({
      participantId: a.participant_id,
      test: a.test as TestKind,
      questionId: a.question_id,
      response: JSON.parse(a.response) as unknown,
      answeredAt: a.answered_at,
      updatedAt: a.updated_at,
      changes: Number(a.changes),
    })),
    signatures: src.signatures.map((s) => ({ participantId: s.participant_id, name: s.name, signedAt: s.signed_at })),
  };
  return bundlePayloadSchema.parse(payload);
}

/** Why a session's results cannot be exported (the console says it in Indonesian). */
export type ExportFault = 'notField' | 'open' | 'noKey';
export class ExportRefused extends HttpProblem {
  readonly fault: ExportFault;
  constructor(fault: ExportFault) {
    super(409, t(`fieldkit.export.${fault}`));
    this.fault = fault;
  }
}
export const isExportFault = (v: unknown): v is ExportFault => v === 'notField' || v === 'open' || v === 'noKey';

/** The file name of a session's results bundle. */
export const bundleFileName = (code: string) => `hasil-sesi-${code}.json`;

/**
 * The signed results bundle of a field session on this laptop. Refuses a session that is not a
 * field session (409), one still open (409: the bundle would miss what follows), and a session
 * whose key is gone (409).
 */
export async function exportBundle(s: SessionRow, now = new Date(), db: Db = getDb()): Promise<FlattenedJWS> {
  if (!s.field_kid) throw new ExportRefused('notField');
  if (s.status !== 'closed') throw new ExportRefused('open');
  const key = await db.selectFrom('field_keys').selectAll().where('kid', '=', s.field_kid).where('session_id', '=', s.id).executeTakeFirst();
  if (!key?.private_jwk) throw new ExportRefused('noKey');
  const [participants, answers, signatures, results] = await Promise.all([
    db.selectFrom('live_participants').select(['id', 'nip', 'name', 'jabatan', 'joined_at']).where('session_id', '=', s.id).orderBy('joined_at').orderBy('id').execute(),
    db.selectFrom('live_answers').select(['participant_id', 'test', 'question_id', 'response', 'answered_at', 'updated_at', 'changes']).where('session_id', '=', s.id).orderBy('participant_id').orderBy('test').orderBy('question_id').execute(),
    db.selectFrom('live_signatures').select(['participant_id', 'name', 'signed_at']).where('session_id', '=', s.id).orderBy('signed_at').execute(),
    db.selectFrom('live_results').select(['test', (eb) => eb.fn.max('scored_at').as('at')]).where('session_id', '=', s.id).groupBy('test').execute(),
  ]);
  const scoredAt = Object.fromEntries(results.map((r) => [r.test, String(r.at)])) as Partial<Record<TestKind, string>>;
  // The first export stamps the time; later ones reuse it, so the same results sign to the same
  // file (Ed25519 is deterministic) and a second upload is "already merged", not a conflict.
  await db
    .updateTable('field_keys')
    .set({ exported_at: now.toISOString(), export_offset: -now.getTimezoneOffset() })
    .where('kid', '=', key.kid)
    .where('exported_at', 'is', null)
    .execute();
  const stamp = await db.selectFrom('field_keys').select(['exported_at', 'export_offset']).where('kid', '=', key.kid).executeTakeFirstOrThrow();
  const payload = bundlePayloadFrom({
    session: s, key, participants, answers, signatures, scoredAt, courseVersion: course.version,
    now: new Date(stamp.exported_at ?? now.toISOString()), utcOffsetMinutes: Number(stamp.export_offset ?? -now.getTimezoneOffset()),
  });
  return signBundle(payload, JSON.parse(key.private_jwk));
}

/** For the console: whether a session is a field session here, and where its results go. */
export async function fieldInfo(s: Pick<SessionRow, 'id' | 'field_kid'>, db: Db = getDb()): Promise<{ kid: string; origin: string | null; importedAt: string | null } | null> {
  if (!s.field_kid) return null;
  const key = await db.selectFrom('field_keys').select(['kid', 'origin', 'imported_at']).where('kid', '=', s.field_kid).executeTakeFirst();
  return { kid: s.field_kid, origin: key?.origin ?? null, importedAt: key?.imported_at ?? null };
}
