/**
 * What every part of a live session shares: the session row, its questions (deterministic from the
 * seed, cached), its state, finding it by code, and publishing live events.
 */
import { deriveSeed, pickQuestions, presentQuestions, type PublicQuestion, type Question } from '../../quizzes/engine/index.ts';
import { gradedBank } from '../../quizzes/banks/graded/index.ts';
import { getDb, type Db } from '../db/index.ts';
import { prepare } from '../db/prepared.ts';
import type { LiveParticipantTable, LiveSessionTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { getBus } from '../live/bus.ts';
import { normalizeCode } from './code.ts';
import type { LiveState, TestKind } from './state.ts';
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

export const stateOf = (s: Pick<SessionRow, 'state'>): LiveState => JSON.parse(s.state) as LiveState;

// ---- Events (debounced for the chatty ones) ----

const nudges = new Map<string, NodeJS.Timeout>();
/** Publishes `type` for the session at most every 300 ms per process (answers, attendance). */
export function nudge(sessionId: string, type: string) {
  const key = `${sessionId}:${type}`;
  if (nudges.has(key)) return;
  const timer = setTimeout(() => {
    nudges.delete(key);
    getBus().publish(sessionId, type, null).catch((e) => console.error('live: publish failed', e));
  }, 300);
  timer.unref?.();
  nudges.set(key, timer);
}

/** Announces a new state; `test`: the shared part of the phones' test view (null outside a test). */
export async function publishState(s: SessionRow, state: LiveState, test: unknown = null) {
  await getBus().publish(s.id, 'state', { stage: state.stage, test });
}

export function isExpired(s: SessionRow, now = new Date()): boolean {
  return s.status === 'closed' || now.getTime() > Date.parse(s.expires_at);
}

/** The session of a join code: 404 for an unknown code. `forJoin`: also 410 when closed or expired. */
export async function sessionByCode(code: unknown, opts: { forJoin?: boolean; now?: Date } = {}, db: Db = getDb()): Promise<SessionAsRead> {
  const c = normalizeCode(code);
  const s = c ? await readSession(db, 'code', c) : undefined;
  if (!s) throw new HttpProblem(404, t('session.codeUnknown'));
  if (opts.forJoin && isExpired(s, opts.now)) throw new HttpProblem(410, t('session.codeExpired'));
  return s;
}

/** A session read afresh by id, with its latest event id (the console's and projector's view). */
export async function freshSession(id: string, db: Db = getDb()): Promise<SessionAsRead> {
  const s = await readSession(db, 'id', id);
  if (!s) throw new HttpProblem(404, t('session.notFound'));
  return s;
}

/** One session and the id of its latest event, in one statement (prepared: every phone request reads it). */
const sessionBy = (by: 'id' | 'code') =>
  prepare((db, p: { value: string }) =>
    db
      .selectFrom('live_sessions')
      .selectAll()
      .select((eb) => eb.selectFrom('live_events').select((e) => e.fn.max('live_events.id').as('m')).whereRef('live_events.session_id', '=', 'live_sessions.id').as('event_id'))
      .where(by, '=', p.value),
  );
const sessionQueries = { id: sessionBy('id'), code: sessionBy('code') };

async function readSession(db: Db, by: 'id' | 'code', value: string): Promise<SessionAsRead | undefined> {
  const [row] = (await sessionQueries[by](db, { value })).rows;
  if (!row) return undefined;
  const { event_id, ...s } = row;
  return { ...s, eventId: Number(event_id ?? 0) };
}

/**
 * A session as a request read it, with the id of its latest event then (0: none yet): a view
 * built from it needs no second read, and a client resuming its events after that id misses
 * nothing written since.
 */
export type SessionAsRead = SessionRow & { eventId: number };

const unitNames = new Map<string, { name: string; at: number }>();
/** The session unit's name (cached a minute: units are renamed rarely, and every phone view shows it). */
export async function unitName(s: Pick<SessionRow, 'unit_id'>, db: Db = getDb()): Promise<string> {
  const hit = unitNames.get(s.unit_id);
  if (hit && Date.now() - hit.at < 60_000) return hit.name;
  const name = (await db.selectFrom('units').select('name').where('id', '=', s.unit_id).executeTakeFirst())?.name ?? s.unit_id;
  unitNames.set(s.unit_id, { name, at: Date.now() });
  return name;
}
