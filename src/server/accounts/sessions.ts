/**
 * Learner sessions: an HttpOnly cookie holding a random token; the database keeps only its hash.
 * A session slides: every use (at most once an hour) pushes its end 30 days ahead, so 30 days
 * without activity end it. Two kinds share the table:
 *  - the account session (scope null), opened by logging in with NIP + password;
 *  - a live-session pass (scope `live:<id>`), opened by joining a live session with code + NIP.
 *    It lives in its own cookie and opens that live session only: no results, no exam, no profile.
 */
import { createHash, randomBytes } from 'node:crypto';
import { getDb, type Db } from '../db/index.ts';
import { prepare } from '../db/prepared.ts';
import type { LearnerSessionTable, LearnerTable } from '../db/schema.ts';
import { HttpProblem, type CookieJar } from '../http.ts';
import { t } from '../../i18n/index.ts';

export const LEARNER_COOKIE = 'netral_peserta';
/** The live-session pass (join by code + NIP). */
export const LIVE_COOKIE = 'netral_sesi';
export const IDLE_DAYS = 30;
const TOUCH_MS = 3_600_000;

export type Learner = LearnerTable;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const expiry = (now: Date) => new Date(now.getTime() + IDLE_DAYS * 86_400_000);

/** A new session's token (for its cookie only; the database keeps its hash) and its end. */
export interface NewSession {
  token: string;
  expires: Date;
}

/** Records a new session; `scope` = `live:<id>` for a live-session pass. Set its cookie with setSessionCookie. */
export async function openLearnerSession(db: Db, learnerId: string, now: Date, opts: { scope?: string; userAgent?: string | null } = {}): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expires = expiry(now);
  await newSession(db, {
    id: hashToken(token), learner_id: learnerId, created_at: now.toISOString(), expires_at: expires.toISOString(),
    last_seen_at: now.toISOString(), user_agent: opts.userAgent ? opts.userAgent.slice(0, 200) : null, scope: opts.scope ?? null,
  });
  return { token, expires };
}
// Prepared: every phone of a hall opens one.
const newSession = prepare((db, p: Required<LearnerSessionTable>) => db.insertInto('learner_sessions').values({ ...p }));

/** The cookie of a session: the account's, or (`live`) a live-session pass. */
export function setSessionCookie(cookies: CookieJar, session: NewSession, secure: boolean, live = false): void {
  cookies.set(live ? LIVE_COOKIE : LEARNER_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: session.expires });
}

/** Starts an account session and sets its cookie. */
export async function startLearnerSession(cookies: CookieJar, learnerId: string, secure: boolean, now = new Date(), db: Db = getDb(), opts: { userAgent?: string | null } = {}) {
  setSessionCookie(cookies, await openLearnerSession(db, learnerId, now, opts), secure);
}

/** A session's learner by token hash: of the account (no scope), or of a live-session pass (prepared: every phone request reads it). */
const sessionQuery = (db: Db, p: { hash: string; now: string }) =>
  db
    .selectFrom('learner_sessions')
    .innerJoin('learners', 'learners.id', 'learner_sessions.learner_id')
    .selectAll('learners')
    .select(['learner_sessions.id as session_id', 'learner_sessions.last_seen_at'])
    .where('learner_sessions.id', '=', p.hash)
    .where('learner_sessions.expires_at', '>', p.now);
const accountSession = prepare((db, p: { hash: string; now: string }) => sessionQuery(db, p).where('learner_sessions.scope', 'is', null));
const passSession = prepare((db, p: { hash: string; now: string; scope: string }) => sessionQuery(db, p).where('learner_sessions.scope', '=', p.scope));

async function sessionOf(token: string | undefined, scope: string | null, now: Date, db: Db): Promise<(Learner & { session_id: string }) | undefined> {
  if (!token || token.length > 100) return undefined;
  const key = { hash: hashToken(token), now: now.toISOString() };
  const [row] = (scope === null ? await accountSession(db, key) : await passSession(db, { ...key, scope })).rows;
  if (!row) return undefined;
  // An account session needs a claimed account (a released claim ends every session anyway).
  if (scope === null && !row.password_hash) return undefined;
  if (!row.last_seen_at || now.getTime() - Date.parse(row.last_seen_at) > TOUCH_MS) {
    await db.updateTable('learner_sessions').set({ last_seen_at: now.toISOString(), expires_at: expiry(now).toISOString() }).where('id', '=', row.session_id).execute();
  }
  const { last_seen_at: _, ...learner } = row;
  return learner;
}

/** The learner of this request's account session, or undefined. */
export async function currentLearner(cookies: CookieJar, now = new Date(), db: Db = getDb()): Promise<Learner | undefined> {
  const row = await sessionOf(cookies.get(LEARNER_COOKIE)?.value, null, now, db);
  if (!row) return undefined;
  const { session_id: _, ...learner } = row;
  return learner;
}

/** Like currentLearner, but answers 401 when there is none. */
export async function requireLearner(cookies: CookieJar): Promise<Learner> {
  const learner = await currentLearner(cookies);
  if (!learner) throw new HttpProblem(401, t('learner.required'));
  return learner;
}

/**
 * The learner who may act in live session `liveId`: the account session, else the pass opened by
 * joining that live session with code + NIP.
 */
export async function liveLearner(cookies: CookieJar, liveId: string, now = new Date(), db: Db = getDb()): Promise<Learner | undefined> {
  const account = await currentLearner(cookies, now, db);
  if (account) return account;
  const row = await sessionOf(cookies.get(LIVE_COOKIE)?.value, `live:${liveId}`, now, db);
  if (!row) return undefined;
  const { session_id: _, ...learner } = row;
  return learner;
}

export async function requireLiveLearner(cookies: CookieJar, liveId: string): Promise<Learner> {
  const learner = await liveLearner(cookies, liveId);
  if (!learner) throw new HttpProblem(401, t('account.liveRequired'));
  return learner;
}

/** Ends this browser's account session ("Bukan Anda? Keluar"); also drops a live-session pass. */
export async function endLearnerSession(cookies: CookieJar, db: Db = getDb()) {
  for (const name of [LEARNER_COOKIE, LIVE_COOKIE]) {
    const token = cookies.get(name)?.value;
    if (token && token.length <= 100) await db.deleteFrom('learner_sessions').where('id', '=', hashToken(token)).execute();
    cookies.delete(name, { path: '/' });
  }
}

export interface SessionInfo {
  /** An opaque id for ending it (not the token hash). */
  id: string;
  current: boolean;
  device: string;
  createdAt: string;
  lastSeenAt: string;
}

/** The session id the browser may name: a prefix of the hash, never the token. */
const publicId = (hash: string) => hash.slice(0, 16);

/** The learner's open account sessions, newest first; the current one marked. */
export async function listSessions(cookies: CookieJar, learnerId: string, now = new Date(), db: Db = getDb()): Promise<SessionInfo[]> {
  const token = cookies.get(LEARNER_COOKIE)?.value;
  const mine = token ? hashToken(token) : '';
  const rows = await db
    .selectFrom('learner_sessions')
    .select(['id', 'created_at', 'last_seen_at', 'user_agent'])
    .where('learner_id', '=', learnerId)
    .where('scope', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: publicId(r.id), current: r.id === mine, device: describeDevice(r.user_agent), createdAt: r.created_at, lastSeenAt: r.last_seen_at ?? r.created_at }));
}

/** Ends one of the learner's sessions (or all others with id "lainnya"). */
export async function endSession(cookies: CookieJar, learnerId: string, id: string, db: Db = getDb()): Promise<number> {
  const token = cookies.get(LEARNER_COOKIE)?.value;
  const mine = token ? hashToken(token) : '';
  const rows = await db.selectFrom('learner_sessions').select('id').where('learner_id', '=', learnerId).where('scope', 'is', null).execute();
  const targets = rows.map((r) => r.id).filter((h) => h !== mine && (id === 'lainnya' || publicId(h) === id));
  if (id !== 'lainnya' && targets.length === 0) throw new HttpProblem(404, t('account.sessionNotFound'));
  if (targets.length) await db.deleteFrom('learner_sessions').where('id', 'in', targets).execute();
  return targets.length;
}

/** A short, recognisable name for a browser from its User-Agent ("Chrome di Android"). */
export function describeDevice(ua: string | null | undefined): string {
  if (!ua) return t('account.deviceUnknown');
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : t('account.deviceBrowser');
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? t('account.deviceOn', { browser, os }) : browser;
}

/** Records that a live-session participant joined while logged in to their own account. */
export async function markJoinedWithAccount(participantId: string, db: Db = getDb()) {
  await db.updateTable('live_participants').set({ joined_with_account: 1 }).where('id', '=', participantId).execute();
}

/**
 * Whether a live post-test may count as this participant's final exam: always for a learner
 * without an account yet (the facilitator checked who is in the room), but for an account holder
 * only when they joined logged in — knowing a NIP and a name must never earn someone's certificate.
 */
export async function mayCountAsFinal(db: Db, participant: { learner_id: string; joined_with_account?: number | null }): Promise<boolean> {
  if (participant.joined_with_account === 1) return true;
  const l = await db.selectFrom('learners').select('password_hash').where('id', '=', participant.learner_id).executeTakeFirst();
  return !l?.password_hash;
}
