/**
 * Learner accounts: registration (claiming a NIP), login and the one-time reset code.
 *
 * A NIP is printed on attendance lists, so it proves nothing; the password does. Claiming a NIP
 * that is on a unit's roster needs the roster's name (titles and punctuation ignored) and, where
 * the unit asks for it, the activation code HR printed. The NIP is unique in the database, so of
 * two registrations racing for one NIP exactly one wins; the other gets a 409.
 */
import { randomUUID } from 'node:crypto';
import { normalizeNipInput, parseNip } from '../../lib/nip.ts';
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { isConflictOn } from '../db/errors.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { audit } from '../hr/audit.ts';
import { newLearnerSummary, refreshLearnerSummary } from '../learner-summary.ts';
import { limiter } from '../rate-limit.ts';
import { config } from '../config.ts';
import { checkIdentity, nameCore, rosterUnit } from '../learners.ts';
import { hashCode, normalizeCode } from './codes.ts';
import type { Learner } from './sessions.ts';
import { t } from '../../i18n/index.ts';

export const MIN_LEARNER_PASSWORD = 8;

// Backoff, never a lockout: a guesser waits longer and longer; the windows empty by themselves.
// Per address the limits are generous, because a whole office may share one address.
const perMinute = config.learnerAuthPerAddress;
const byAddress = limiter('learner-auth-ip', [{ points: perMinute, seconds: 60 }, { points: perMinute * 10, seconds: 3600 }]);
const byNip = limiter('learner-auth-nip', [{ points: 5, seconds: 60 }, { points: 20, seconds: 3600 }]);

/** Counts one login/registration/reset try for the address and the NIP (429 when over). */
async function throttle(ip: string, nip: string) {
  await byAddress.take(ip, t('account.tooMany'));
  if (nip) await byNip.take(nip, t('account.tooManyNip'));
}

export { clientIp } from '../http.ts';

/** The NIP as digits if it parses (for rate-limit keys even when the rest of the form is wrong). */
function nipKey(input: unknown): string {
  const r = parseNip(typeof input === 'string' ? input.slice(0, 40) : '', { kind: 'auto' });
  return r.ok ? r.value.nip : typeof input === 'string' ? input.replace(/\D/g, '').slice(0, 18) : '';
}

export function checkLearnerPassword(password: unknown, nip: string): string {
  const p = typeof password === 'string' ? password : '';
  const bad = (key: string) => new HttpProblem(422, t('learner.invalid'), { password: t(key, { min: MIN_LEARNER_PASSWORD }) });
  if (p.length < MIN_LEARNER_PASSWORD) throw bad('account.passwordShort');
  if (p.length > 200) throw bad('account.passwordLong');
  if (p.replace(/\D/g, '').includes(nip.slice(0, 8)) && /^\d+$/.test(p)) throw bad('account.passwordNip');
  return p;
}

/**
 * Registers an account: validates every field, checks the roster's name and activation code,
 * then claims the NIP. Nothing is written unless everything is right.
 */
export async function register(body: Record<string, unknown>, ip: string, now = new Date(), db: Db = getDb()): Promise<Learner> {
  await throttle(ip, nipKey(body.nip));
  // The NIP's roster row, read once: its status and unit for the identity checks, its name and
  // activation code for the claim.
  const typedNip = normalizeNipInput(typeof body.nip === 'string' ? body.nip : '');
  const roster = /^\d{18}$/.test(typedNip)
    ? ((await db
        .selectFrom('roster_entries')
        .innerJoin('units', 'units.id', 'roster_entries.unit_id')
        .select(['roster_entries.unit_id', 'roster_entries.kind', 'roster_entries.name', 'roster_entries.activation_hash', 'units.require_activation'])
        .where('roster_entries.nip', '=', typedNip)
        .executeTakeFirst()) ?? null)
    : null;
  // The same checks as every identification (the roster's PNS/PPPK status decides the kind).
  const checked = await checkIdentity(body, now, db, roster);
  const nip = { value: checked.nip };
  const person = { value: checked.person };
  const password = checkLearnerPassword(body.password, nip.value.nip);

  if (roster) {
    if (nameCore(roster.name) !== nameCore(person.value.name)) throw new HttpProblem(422, t('learner.invalid'), { name: t('account.rosterName') });
    if (roster.require_activation === 1) {
      const code = normalizeCode(body.activationCode);
      if (!code) throw new HttpProblem(422, t('learner.invalid'), { activationCode: t('account.activationNeeded') });
      if (!roster.activation_hash || hashCode(code) !== roster.activation_hash) {
        await audit(db, null, 'learner.activation-failed', null, { nip: nip.value.nip, ip }, now);
        throw new HttpProblem(422, t('learner.invalid'), { activationCode: t('account.activationWrong') });
      }
    }
  }
  const unitId = await rosterUnit(db, nip.value.nip, person.value.unit, checked.listed);
  const hash = await hashPassword(password);
  const at = now.toISOString();
  const values = {
    unit_id: unitId, kind: nip.value.kind, name: person.value.name, jabatan: person.value.jabatan,
    pangkat: person.value.pangkat ?? null, unit_name: person.value.unit, updated_at: at,
  };
  const existing = await db.selectFrom('learners').selectAll().where('nip', '=', nip.value.nip).executeTakeFirst();
  if (existing?.password_hash) throw new HttpProblem(409, t('account.taken'), { nip: t('account.taken') });
  // A learner row without an account (joined a live session, or from before accounts) is claimed
  // by its NIP; off the roster, the name on record must match, as it did before accounts.
  if (existing && !roster && nameCore(existing.name) !== nameCore(person.value.name)) {
    throw new HttpProblem(409, t('learner.invalid'), { name: t('learner.nameMismatch') });
  }
  try {
    const learner = await db.transaction().execute(async (trx) => {
      if (existing) {
        const r = await trx.updateTable('learners').set({ ...values, password_hash: hash }).where('id', '=', existing.id).where('password_hash', 'is', null).executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) throw new HttpProblem(409, t('account.taken'), { nip: t('account.taken') });
        await refreshLearnerSummary(trx, { learnerIds: [existing.id] });
        await audit(trx, null, 'learner.register', existing.id, { nip: nip.value.nip, claimed: true, ip }, now);
        return { ...existing, ...values, password_hash: hash };
      }
      const row: Learner = { id: randomUUID(), nip: nip.value.nip, created_at: at, ...values, password_hash: hash };
      await trx.insertInto('learners').values({ ...row, ...newLearnerSummary(row.nip) }).execute();
      await audit(trx, null, 'learner.register', row.id, { nip: nip.value.nip, ip }, now);
      return row;
    });
    await byNip.reset(nip.value.nip);
    return learner;
  } catch (e) {
    if (isConflictOn(e, 'learners_nip_key', 'learners.nip')) throw new HttpProblem(409, t('account.taken'), { nip: t('account.taken') });
    throw e;
  }
}

// Verifying against a fixed hash when the NIP has no account keeps the timing alike.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Logs in with NIP + password. Every failure answers alike and is audit-logged (never the password). */
export async function login(body: Record<string, unknown>, ip: string, now = new Date(), db: Db = getDb()): Promise<Learner> {
  const nip = nipKey(body.nip);
  const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
  if (!nip || !password) throw new HttpProblem(400, t('account.loginMissing'));
  await throttle(ip, nip);
  const row = await db.selectFrom('learners').selectAll().where('nip', '=', nip).executeTakeFirst();
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  if (!row?.password_hash || !ok) {
    await audit(db, null, 'learner.login-failed', row?.id ?? null, { nip, ip, reason: !row ? 'unknown-nip' : !row.password_hash ? 'no-account' : 'wrong-password' }, now);
    throw new HttpProblem(401, t('account.loginWrong'));
  }
  await byNip.reset(nip);
  return row;
}

/**
 * Sets a new password with the one-time reset code from the operator. The code is checked and
 * cleared by one UPDATE, so it works exactly once; every other session of the account ends.
 */
export async function resetWithCode(body: Record<string, unknown>, ip: string, now = new Date(), db: Db = getDb()): Promise<Learner> {
  const nip = nipKey(body.nip);
  const code = normalizeCode(body.code);
  if (!nip || !code) throw new HttpProblem(400, t('account.resetMissing'));
  await throttle(ip, nip);
  const password = checkLearnerPassword(body.password, nip);
  const hash = await hashPassword(password);
  const learner = await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('learners')
      .set({ password_hash: hash, reset_code_hash: null, reset_expires_at: null, updated_at: now.toISOString() })
      .where('nip', '=', nip)
      .where('reset_code_hash', '=', hashCode(code))
      .where('reset_expires_at', '>', now.toISOString())
      .executeTakeFirst();
    const row = await trx.selectFrom('learners').selectAll().where('nip', '=', nip).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1 || !row) {
      await audit(trx, null, 'learner.reset-failed', row?.id ?? null, { nip, ip }, now);
      return undefined;
    }
    await trx.deleteFrom('learner_sessions').where('learner_id', '=', row.id).execute();
    await audit(trx, null, 'learner.reset-used', row.id, { nip, ip }, now);
    return row;
  });
  if (!learner) throw new HttpProblem(422, t('account.resetWrong'), { code: t('account.resetWrong') });
  await byNip.reset(nip);
  return learner;
}

/** Changes the learner's own password (the current one is asked again); other sessions end. */
export async function changeLearnerPassword(learner: Learner, body: Record<string, unknown>, keepSessionHash: string | null, now = new Date(), db: Db = getDb()) {
  const current = typeof body.current === 'string' ? body.current.slice(0, 200) : '';
  if (!learner.password_hash || !(await verifyPassword(current, learner.password_hash))) {
    throw new HttpProblem(422, t('learner.invalid'), { current: t('account.currentWrong') });
  }
  const hash = await hashPassword(checkLearnerPassword(body.password, learner.nip));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('learners').set({ password_hash: hash, updated_at: now.toISOString() }).where('id', '=', learner.id).execute();
    let q = trx.deleteFrom('learner_sessions').where('learner_id', '=', learner.id);
    if (keepSessionHash) q = q.where('id', '!=', keepSessionHash);
    await q.execute();
    await audit(trx, null, 'learner.password-change', learner.id, null, now);
  });
}
