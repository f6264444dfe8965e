/**
 * The rules of merging a "hasil sesi" into the central server, as pure functions over the verified
 * bundle and facts the caller read from the database (receive.ts does the I/O):
 *  - which rows of the bundle are accepted, and the problem of every other one (in Indonesian);
 *  - how far the laptop's clock was off (times are kept as reported; the offset is only noted).
 * Nothing here decides a score or an attempt: the session's own scoring (sessions/tests.ts) does.
 */
import { validateResponse, type PublicQuestion } from '../../quizzes/engine/index.ts';
import { startBlocker } from '../exam.ts';
import type { AttemptTable } from '../db/schema.ts';
import { sameName } from '../sessions/declaration.ts';
import type { TestKind } from '../sessions/state.ts';
import type { BundlePayload } from './format.ts';
import { t } from '../../i18n/index.ts';

type BundleParticipant = BundlePayload['participants'][number];
type BundleAnswer = BundlePayload['answers'][number];
type BundleSignature = BundlePayload['signatures'][number];

/** One row the merge refuses (or, with "terima sebagian", skips), as the facilitator reads it. */
export interface RowProblem {
  nip: string;
  name: string;
  problem: string;
}

/** What the database says about one bundle participant (gathered by receive.ts before planning). */
export interface PersonFacts {
  /** The NIP as stored (normalised), when it is valid. */
  nip?: string;
  /** Why the person cannot be identified (bad NIP, bad name, not on the roster, another name on record), or null. */
  identityProblem: string | null;
  /** The learner's earlier final-exam attempts on the central server (none for a new learner). */
  finalAttempts: readonly AttemptTable[];
}

export interface MergeFacts {
  /** Graded questions of each test the central session has (public views, by question id); absent = no such test. */
  questions: Partial<Record<TestKind, ReadonlyMap<string, PublicQuestion>>>;
  /** Per bundle participant id. */
  people: ReadonlyMap<string, PersonFacts>;
}

export interface MergePlan {
  participants: (BundleParticipant & { nip: string })[];
  answers: BundleAnswer[];
  signatures: BundleSignature[];
  /** Every row problem, in bundle order (participants first, then answers, then signatures). */
  rows: RowProblem[];
}

const testLabel = (test: TestKind) => t(`field.test.${test}`);

/**
 * Decides the rows of a bundle. A participant whose identity fails is dropped with all their rows;
 * an answer or a signature that is wrong on its own is dropped alone. A participant whose final
 * exam is already used up is imported, and listed, because their post-test will not count.
 */
export function planMerge(payload: BundlePayload, facts: MergeFacts): MergePlan {
  const rows: RowProblem[] = [];
  const byId = new Map<string, BundleParticipant>();
  const accepted = new Map<string, BundleParticipant & { nip: string }>();
  const seenNip = new Set<string>();
  const row = (p: Pick<BundleParticipant, 'nip' | 'name'> | undefined, problem: string) => rows.push({ nip: p?.nip ?? '', name: p?.name ?? '', problem });

  for (const p of payload.participants) {
    if (byId.has(p.id)) {
      row(p, t('field.row.duplicate'));
      continue;
    }
    byId.set(p.id, p);
    const f = facts.people.get(p.id);
    if (!f || f.identityProblem || !f.nip) {
      row(p, f?.identityProblem ?? t('field.row.badIdentity', { why: p.nip }));
      continue;
    }
    if (seenNip.has(f.nip)) {
      row(p, t('field.row.duplicate'));
      continue;
    }
    seenNip.add(f.nip);
    accepted.set(p.id, { ...p, nip: f.nip });
  }

  const answers: BundleAnswer[] = [];
  const answered = new Set<string>();
  const tookPost = new Set<string>();
  for (const a of payload.answers) {
    const owner = byId.get(a.participantId);
    if (!owner) {
      row(undefined, t('field.row.unknownParticipant', { id: a.participantId }));
      continue;
    }
    if (!accepted.has(a.participantId)) continue; // Listed once with the participant.
    const question = facts.questions[a.test]?.get(a.questionId);
    if (!question) {
      row(owner, t('field.row.unknownQuestion', { test: testLabel(a.test), question: a.questionId }));
      continue;
    }
    const key = `${a.participantId}\n${a.test}\n${a.questionId}`;
    if (answered.has(key)) {
      row(owner, t('field.row.duplicateAnswer', { question: a.questionId }));
      continue;
    }
    const why = validateResponse(question, a.response);
    if (why) {
      row(owner, t('field.row.badResponse', { question: a.questionId, why }));
      continue;
    }
    answered.add(key);
    answers.push(a);
    if (a.test === 'post') tookPost.add(a.participantId);
  }

  const signatures: BundleSignature[] = [];
  const signed = new Set<string>();
  for (const sg of payload.signatures) {
    const owner = accepted.get(sg.participantId);
    if (!byId.has(sg.participantId)) row(undefined, t('field.row.unknownParticipant', { id: sg.participantId }));
    else if (!owner || signed.has(sg.participantId)) continue;
    else if (!sameName(sg.name, owner.name)) row(owner, t('field.row.signatureName'));
    else {
      signed.add(sg.participantId);
      signatures.push(sg);
    }
  }

  // The same rule as the session's scoring (tests.ts): a post-test counts as the final exam only
  // while startBlocker allows one; listing such people lets the facilitator decide before merging.
  if (facts.questions.post && payload.tests.post.finished) {
    for (const id of tookPost) {
      const why = startBlocker('final', facts.people.get(id)!.finalAttempts);
      if (why) row(accepted.get(id), t('field.row.limitUsed', { why }));
    }
  }
  return { participants: [...accepted.values()], answers, signatures, rows };
}

/** The laptop times a clock offset is judged by (all as the laptop reported them). */
export interface ClockFacts {
  /** Central time the bundle arrived. */
  receivedAt: Date;
  /** Central time the package was made (copied into the bundle, signed). */
  packageIssuedAt: string;
  /** Laptop time the package was imported. */
  importedAt: string;
  /** Laptop time of the export. */
  exportedAt: string;
  /** Every other laptop time in the bundle (joins, answers, signatures, test ends, close). */
  events: readonly string[];
}

/**
 * The smallest correction (ms, + laptop ahead / − behind) that makes the laptop's times possible:
 * nothing it recorded may be later than the moment the central server received it, and nothing
 * earlier than the package it was made from. 0 when the times are plausible as reported. If no
 * single correction fits (the clock was changed in between), the larger violation wins.
 */
export function clockOffset(c: ClockFacts): number {
  const ms = (s: string) => Date.parse(s);
  const times = [ms(c.importedAt), ms(c.exportedAt), ...c.events.map(ms)].filter((x) => Number.isFinite(x));
  const issued = ms(c.packageIssuedAt);
  // laptop - offset <= received for the latest time; laptop - offset >= issued for the earliest.
  const atLeast = Math.max(...times) - c.receivedAt.getTime();
  const atMost = Math.min(...times) - issued;
  if (atLeast <= 0 && atMost >= 0) return 0;
  if (atLeast > 0 && atMost >= atLeast) return atLeast;
  if (atMost < 0 && atLeast <= atMost) return atMost;
  return atLeast > -atMost ? atLeast : atMost;
}

/** The note shown for an offset over a minute, or null. */
export function clockNote(offsetMs: number): string | null {
  if (Math.abs(offsetMs) <= 60_000) return null;
  return t('field.note.clock', { minutes: Math.round(Math.abs(offsetMs) / 60_000).toLocaleString('id-ID'), direction: t(offsetMs > 0 ? 'field.note.ahead' : 'field.note.behind') });
}

/** Every laptop time of a bundle besides import and export (for clockOffset). */
export function eventTimes(p: BundlePayload): string[] {
  const out: string[] = [];
  for (const x of p.participants) out.push(x.joinedAt);
  for (const a of p.answers) out.push(a.answeredAt, a.updatedAt);
  for (const s of p.signatures) out.push(s.signedAt);
  for (const end of [p.tests.pre, p.tests.post]) if (end.finishedAt) out.push(end.finishedAt);
  if (p.closedAt) out.push(p.closedAt);
  return out;
}
