/**
 * Staff accounts (admin, operator, facilitator): login with a backoff on failures (no lockout),
 * sessions in an HttpOnly SameSite=Strict cookie (the database keeps only the token's hash), a
 * CSRF token per session, password changes, and the admin's account management.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { APIContext, AstroCookies } from 'astro';
import { getDb, type Db } from '../db/index.ts';
import type { Insertable, Selectable } from 'kysely';
import type { StaffUserTable } from '../db/schema.ts';
import { limiter, TooManyRequests } from '../rate-limit.ts';
import { HttpProblem, isHttps } from '../http.ts';
import { servesHttps } from '../config.ts';
import { generatePassword, hashPassword, verifyPassword } from './password.ts';
import { audit } from '../hr/audit.ts';
import { t } from '../../i18n/index.ts';

/**
 * The staff session cookie. On https (PUBLIC_ORIGIN) it carries the `__Host-` prefix: browsers
 * then only accept it Secure, for the whole site and from this host alone (no Domain), so neither
 * a sibling subdomain nor a plain-http page can plant or overwrite it.
 */
export const STAFF_COOKIE = 'netral_staf';
export function staffCookieName(): string {
  return servesHttps() ? `__Host-${STAFF_COOKIE}` : STAFF_COOKIE;
}
export const ROLES = ['admin', 'operator', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

/** Sessions end after this long, whatever happens. */
export const SESSION_HOURS = 12;
export const MIN_PASSWORD = 10;

/**
 * Wrong passwords slow the guesser down instead of locking the account (issue 13): the counters
 * below count failures only, are shared by every instance on PostgreSQL (rate-limit.ts), and
 * apply alike whether the user name exists or not, so neither the wait nor the answer tells
 * which accounts exist. A stranger's failures from their own address make *them* wait; the
 * owner, from another address, logs in as usual.
 *  - per account and address: 5 a minute, 10 in 10 minutes, 20 an hour (a growing backoff);
 *  - per address, over all accounts: 30 in 5 minutes, 100 an hour (a spray over many names;
 *    loose enough for an office behind one NAT address);
 *  - per account, over all addresses: 60 an hour (a guesser with many addresses).
 * An admin "unlock" (unlockAccount) bumps the account's login_epoch, which is part of the keys:
 * every counter of that account starts afresh on every instance.
 */
const byAccountAndAddress = limiter('staff-login-account-ip', [{ points: 5, seconds: 60 }, { points: 10, seconds: 600 }, { points: 20, seconds: 3600 }]);
const byAddress = limiter('staff-login-ip', [{ points: 30, seconds: 300 }, { points: 100, seconds: 3600 }]);
const byAccount = limiter('staff-login-account', [{ points: 60, seconds: 3600 }]);

export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
}
export interface StaffSession {
  user: StaffUser;
  csrfToken: string;
  sessionId: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A disabled account keeps its row (the audit log points at it) but its hash can never match. */
const DISABLED_PREFIX = 'disabled$';

function toUser(r: Selectable<StaffUserTable>): StaffUser {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: (ROLES as readonly string[]).includes(r.role) ? (r.role as Role) : 'facilitator',
    unitId: r.unit_id,
    mustChangePassword: r.must_change_password === 1,
    disabled: r.password_hash.startsWith(DISABLED_PREFIX),
  };
}

/**
 * Checks a username and password. Wrong credentials, an unknown or disabled account all answer
 * the same 401; too many failures answer 429 with the seconds to wait, for known and unknown
 * names alike. Every failure is in the audit log (with the address).
 */
export async function login(username: unknown, password: unknown, ip: string, now = new Date(), db: Db = getDb()): Promise<{ user: StaffUser; token: string; csrfToken: string; expires: Date }> {
  const u = typeof username === 'string' ? username.trim().toLowerCase().slice(0, 80) : '';
  const p = typeof password === 'string' ? password.slice(0, 200) : '';
  if (!u || !p) throw new HttpProblem(400, t('staff.login.missing'));
  const row = await db.selectFrom('staff_users').selectAll().where('username', '=', u).executeTakeFirst();
  const account = `${u}#${row?.login_epoch ?? 0}`;
  const accountAddress = `${account}|${ip}`;
  const wait = Math.max(await byAccountAndAddress.wait(accountAddress), await byAddress.wait(ip), await byAccount.wait(account));
  if (wait > 0) throw new TooManyRequests(t('deploy.tooManyLogins', { seconds: wait }), wait);
  const ok = row ? await verifyPassword(p, row.password_hash) : await verifyPassword(p, DUMMY_HASH);
  if (!row || !ok) {
    await Promise.all([byAccountAndAddress.check(accountAddress), byAddress.check(ip), byAccount.check(account)]);
    await audit(db, null, 'staff.login-failed', row?.id ?? null, { username: u, ip }, now);
    throw new HttpProblem(401, t('staff.login.wrong'));
  }
  await byAccountAndAddress.reset(accountAddress);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db.insertInto('staff_sessions').values({ id: sha256(token), user_id: row.id, csrf_token: csrfToken, created_at: now.toISOString(), expires_at: expires.toISOString() }).execute();
  await audit(db, row.id, 'staff.login', row.id, { ip }, now);
  return { user: toUser(row), token, csrfToken, expires };
}

/**
 * The admin's "unlock": every failed-login counter of the account starts afresh (on every
 * instance: the counters are keyed by the epoch this bumps). Audited.
 */
export async function unlockAccount(actor: StaffUser, id: string, now = new Date(), db: Db = getDb()): Promise<StaffUser> {
  const row = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HttpProblem(404, t('staff.account.notFound'));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set((eb) => ({ login_epoch: eb('login_epoch', '+', 1), failed_logins: 0, locked_until: null })).where('id', '=', id).execute();
    await audit(trx, actor.id, 'staff.unlock', id, { username: row.username }, now);
  });
  return toUser(row);
}
// Verifying against a fixed hash when the user does not exist keeps the timing alike.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function setStaffCookie(cookies: AstroCookies, request: Request, token: string, expires: Date) {
  cookies.set(staffCookieName(), token, { httpOnly: true, sameSite: 'strict', secure: isHttps(request), path: '/', expires });
}

/** The staff session of this request, or undefined (no cookie, unknown, expired or disabled). */
export async function currentStaff(cookies: AstroCookies, now = new Date(), db: Db = getDb()): Promise<StaffSession | undefined> {
  const token = cookies.get(staffCookieName())?.value;
  if (!token || token.length > 100) return undefined;
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .selectAll('staff_users')
    .select(['staff_sessions.csrf_token', 'staff_sessions.id as session_id'])
    .where('staff_sessions.id', '=', sha256(token))
    .where('staff_sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return undefined;
  const user = toUser(row);
  if (user.disabled) return undefined;
  return { user, csrfToken: row.csrf_token, sessionId: row.session_id };
}

type Ctx = Pick<APIContext, 'cookies' | 'request'>;

/**
 * The staff session of a request that needs one, with the role checked: 401 without a session,
 * 403 for a role not allowed or while a password change is pending (only the change itself may
 * run then). State-changing requests must carry the session's CSRF token.
 */
export async function requireStaff(context: Ctx, roles?: readonly Role[], opts: { allowPendingPassword?: boolean; csrfFromForm?: FormData } = {}): Promise<StaffSession> {
  const s = await currentStaff(context.cookies);
  if (!s) throw new HttpProblem(401, t('staff.required'));
  if (s.user.mustChangePassword && !opts.allowPendingPassword) throw new HttpProblem(403, t('staff.mustChange'));
  if (roles && !roles.includes(s.user.role)) throw new HttpProblem(403, t('staff.forbidden'));
  if (!['GET', 'HEAD', 'OPTIONS'].includes(context.request.method)) {
    const sent = context.request.headers.get('x-csrf-token') ?? formString(opts.csrfFromForm, 'csrf');
    if (!sent || !sameToken(sent, s.csrfToken)) throw new HttpProblem(403, t('staff.csrf'));
  }
  return s;
}

function formString(form: FormData | undefined, key: string): string | null {
  const v = form?.get(key);
  return typeof v === 'string' ? v : null;
}
function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function logout(cookies: AstroCookies, db: Db = getDb()) {
  const token = cookies.get(staffCookieName())?.value;
  if (token) {
    const row = await db.selectFrom('staff_sessions').select('user_id').where('id', '=', sha256(token)).executeTakeFirst();
    await db.deleteFrom('staff_sessions').where('id', '=', sha256(token)).execute();
    if (row) await audit(db, row.user_id, 'staff.logout', row.user_id, null);
  }
  cookies.delete(staffCookieName(), { path: '/' });
}

export function checkNewPassword(password: unknown, username: string): string {
  const p = typeof password === 'string' ? password : '';
  if (p.length < MIN_PASSWORD) throw new HttpProblem(422, t('staff.password.short', { min: MIN_PASSWORD }), { password: t('staff.password.short', { min: MIN_PASSWORD }) });
  if (p.length > 200) throw new HttpProblem(422, t('staff.password.long'), { password: t('staff.password.long') });
  if (p.toLowerCase().includes(username.toLowerCase())) throw new HttpProblem(422, t('staff.password.username'), { password: t('staff.password.username') });
  return p;
}

/** Changes one's own password (the current one is asked again); other sessions of the account end. */
export async function changePassword(s: StaffSession, current: unknown, next: unknown, now = new Date(), db: Db = getDb()) {
  const row = await db.selectFrom('staff_users').selectAll().where('id', '=', s.user.id).executeTakeFirstOrThrow();
  if (typeof current !== 'string' || !(await verifyPassword(current, row.password_hash))) {
    throw new HttpProblem(422, t('staff.password.currentWrong'), { current: t('staff.password.currentWrong') });
  }
  const p = checkNewPassword(next, row.username);
  if (p === current) throw new HttpProblem(422, t('staff.password.same'), { password: t('staff.password.same') });
  const hash = await hashPassword(p);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', row.id).execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', row.id).where('id', '!=', s.sessionId).execute();
    await audit(trx, row.id, 'staff.password-change', row.id, null, now);
  });
}

// ---- The admin's account management ----

export interface AccountInput {
  username: unknown;
  displayName: unknown;
  role: unknown;
  unitId: unknown;
}

async function checkAccount(input: AccountInput, db: Db): Promise<{ username: string; displayName: string; role: Role; unitId: string | null }> {
  const fields: Record<string, string> = {};
  const username = typeof input.username === 'string' ? input.username.trim().toLowerCase() : '';
  if (!/^[a-z0-9._-]{3,40}$/.test(username)) fields.username = t('staff.account.badUsername');
  const displayName = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (displayName.length < 2 || displayName.length > 160) fields.displayName = t('staff.account.badName');
  const role = (ROLES as readonly unknown[]).includes(input.role) ? (input.role as Role) : undefined;
  if (!role) fields.role = t('staff.account.badRole');
  const unitId = typeof input.unitId === 'string' && input.unitId.trim() ? input.unitId.trim() : null;
  if (role && role !== 'admin' && !unitId) fields.unitId = t('staff.account.unitRequired');
  if (unitId && !(await db.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst())) fields.unitId = t('staff.account.unknownUnit');
  if (Object.keys(fields).length) throw new HttpProblem(422, t('staff.account.invalid'), fields);
  return { username, displayName, role: role!, unitId: role === 'admin' ? null : unitId };
}

/** Creates an account with a one-time password (returned once, to hand over). */
export async function createAccount(actor: StaffUser, input: AccountInput, now = new Date(), db: Db = getDb()): Promise<{ user: StaffUser; password: string }> {
  const v = await checkAccount(input, db);
  if (await db.selectFrom('staff_users').select('id').where('username', '=', v.username).executeTakeFirst()) {
    throw new HttpProblem(409, t('staff.account.taken'), { username: t('staff.account.taken') });
  }
  const password = generatePassword();
  const row = {
    id: randomUUID(), username: v.username, display_name: v.displayName, password_hash: await hashPassword(password),
    role: v.role, unit_id: v.unitId, must_change_password: 1, failed_logins: 0, locked_until: null, created_at: now.toISOString(), login_epoch: 0,
  } satisfies Insertable<StaffUserTable>;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('staff_users').values(row).execute();
    await audit(trx, actor.id, 'staff.create', row.id, { username: v.username, role: v.role, unitId: v.unitId }, now);
  });
  return { user: toUser(row), password };
}

/** Changes role and unit of an account. An admin cannot demote themself (someone must stay admin). */
export async function updateAccount(actor: StaffUser, id: string, input: Omit<AccountInput, 'username'>, now = new Date(), db: Db = getDb()): Promise<StaffUser> {
  const row = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HttpProblem(404, t('staff.account.notFound'));
  const v = await checkAccount({ ...input, username: row.username }, db);
  if (row.id === actor.id && v.role !== 'admin') throw new HttpProblem(409, t('staff.account.selfDemote'));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set({ display_name: v.displayName, role: v.role, unit_id: v.unitId }).where('id', '=', id).execute();
    await audit(trx, actor.id, 'staff.update', id, { role: v.role, unitId: v.unitId }, now);
  });
  return toUser({ ...row, display_name: v.displayName, role: v.role, unit_id: v.unitId });
}

/** Disables an account: its sessions end and no password opens it until it is reset. */
export async function disableAccount(actor: StaffUser, id: string, now = new Date(), db: Db = getDb()) {
  if (id === actor.id) throw new HttpProblem(409, t('staff.account.selfDisable'));
  const row = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HttpProblem(404, t('staff.account.notFound'));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set({ password_hash: DISABLED_PREFIX + row.password_hash }).where('id', '=', id).execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', id).execute();
    await audit(trx, actor.id, 'staff.disable', id, { username: row.username }, now);
  });
}

/** Resets the password to a new one-time password (re-enables a disabled account). */
export async function resetAccountPassword(actor: StaffUser, id: string, now = new Date(), db: Db = getDb()): Promise<string> {
  const row = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HttpProblem(404, t('staff.account.notFound'));
  const password = generatePassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set({ password_hash: hash, must_change_password: 1, failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', id).execute();
    await audit(trx, actor.id, 'staff.reset-password', id, { username: row.username }, now);
  });
  return password;
}

export async function listAccounts(db: Db = getDb()): Promise<StaffUser[]> {
  const rows = await db.selectFrom('staff_users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}

/** SHA-256 of a session token, as stored in staff_sessions.id. */
export const hashSessionToken = sha256;
