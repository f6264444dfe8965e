/**
 * What an operator of a unit (or an admin) does for the learners of that unit: release a wrong
 * claim of a NIP, hand out a one-time reset code, print activation codes for the roster and
 * decide whether the unit asks for them. Every action is audit-logged in its transaction.
 *
 * These are plain functions so that any staff page (the people list, the person page) can call
 * them; `src/pages/api/staf/akun-peserta/` exposes them as an API.
 */
import { randomBytes } from 'node:crypto';
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { audit } from '../hr/audit.ts';
import { allUnits, inScope, scopeFor } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { generateCode, hashCode } from './codes.ts';
import { t } from '../../i18n/index.ts';

export const RESET_CODE_DAYS = 7;
export const RELEASE_REASON_MAX = 300;

/** Only operators and admins manage learner accounts; facilitators do not. */
function ensureManager(actor: StaffUser) {
  if (actor.role !== 'admin' && actor.role !== 'operator') throw new HttpProblem(403, t('staff.forbidden'));
}

/** The learner, if the actor's scope covers their roster unit (or typed unit); 404 otherwise. */
async function learnerInScope(actor: StaffUser, learnerId: string, db: Db) {
  ensureManager(actor);
  const l = await db.selectFrom('learners').selectAll().where('id', '=', learnerId).executeTakeFirst();
  const scope = scopeFor(actor, await allUnits(db));
  if (!l || !inScope(scope, l.roster_unit_id ?? l.unit_id)) throw new HttpProblem(404, t('account.op.notFound'));
  return l;
}

async function unitInScope(actor: StaffUser, unitId: string, db: Db) {
  ensureManager(actor);
  const scope = scopeFor(actor, await allUnits(db));
  const unit = await db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
  if (!unit || !inScope(scope, unit.id)) throw new HttpProblem(404, t('staff.unit.notFound'));
  return unit;
}

export interface AccountState {
  learnerId: string;
  nip: string;
  name: string;
  /** Whether someone has claimed this NIP with a password. */
  claimed: boolean;
  /** Whether an unused reset code is waiting. */
  resetPending: boolean;
  /** Open account sessions (devices). */
  sessions: number;
}

/** The account state of a learner, for the person page and the people list. */
export async function accountState(actor: StaffUser, learnerId: string, now = new Date(), db: Db = getDb()): Promise<AccountState> {
  const l = await learnerInScope(actor, learnerId, db);
  const s = await db.selectFrom('learner_sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('learner_id', '=', l.id).where('scope', 'is', null).where('expires_at', '>', now.toISOString()).executeTakeFirst();
  return {
    learnerId: l.id, nip: l.nip, name: l.name, claimed: !!l.password_hash,
    resetPending: !!l.reset_code_hash && !!l.reset_expires_at && l.reset_expires_at > now.toISOString(),
    sessions: Number(s?.n ?? 0),
  };
}

/**
 * Releases a wrong claim: the claimer's record (with whatever they did under that NIP) is set
 * aside under a placeholder number, their certificates are revoked and their sessions end, so the
 * real person can register the NIP afresh. The audit log keeps the NIP, name and reason. Where
 * the unit asks for activation codes, a fresh code for the real person is returned (the old one
 * may be what the wrong claimer used).
 */
export async function releaseClaim(actor: StaffUser, learnerId: string, reason: unknown, now = new Date(), db: Db = getDb()): Promise<{ activationCode: string | null }> {
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (why.length < 5 || why.length > RELEASE_REASON_MAX) throw new HttpProblem(422, t('account.op.reasonNeeded'), { reason: t('account.op.reasonNeeded') });
  const l = await learnerInScope(actor, learnerId, db);
  if (!l.password_hash) throw new HttpProblem(409, t('account.op.notClaimed'));
  const at = now.toISOString();
  // 'X' + 17 digits: never a valid NIP (those start with a year), fits the column, stays unique.
  const placeholder = 'X' + [...randomBytes(17)].map((b) => String(b % 10)).join('');
  return db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('learners').set({ nip: placeholder, password_hash: null, reset_code_hash: null, reset_expires_at: null, updated_at: at }).where('id', '=', l.id).where('nip', '=', l.nip).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new HttpProblem(409, t('account.op.changed'));
    await trx.deleteFrom('learner_sessions').where('learner_id', '=', l.id).execute();
    const certs = await trx.selectFrom('certificates').select('number').where('learner_id', '=', l.id).where('revoked_at', 'is', null).execute();
    if (certs.length) {
      await trx.updateTable('certificates').set({ revoked_at: at, revoke_reason: t('account.op.revokeReason'), revoked_by: actor.id }).where('learner_id', '=', l.id).where('revoked_at', 'is', null).execute();
    }
    let activationCode: string | null = null;
    const roster = await trx.selectFrom('roster_entries').innerJoin('units', 'units.id', 'roster_entries.unit_id').select(['units.require_activation']).where('roster_entries.nip', '=', l.nip).executeTakeFirst();
    if (roster?.require_activation === 1) {
      activationCode = generateCode();
      await trx.updateTable('roster_entries').set({ activation_hash: hashCode(activationCode) }).where('nip', '=', l.nip).execute();
    }
    await refreshLearnerSummary(trx, { learnerIds: [l.id] });
    await audit(trx, actor.id, 'learner.release', l.id, { nip: l.nip, name: l.name, reason: why, placeholder, revoked: certs.map((c) => c.number) }, now);
    return { activationCode };
  });
}

/** A one-time reset code for a learner who forgot their password (valid 7 days, shown once). */
export async function issueResetCode(actor: StaffUser, learnerId: string, now = new Date(), db: Db = getDb()): Promise<{ code: string; expiresAt: string }> {
  const l = await learnerInScope(actor, learnerId, db);
  if (!l.password_hash) throw new HttpProblem(409, t('account.op.notClaimed'));
  const code = generateCode(4);
  const expiresAt = new Date(now.getTime() + RESET_CODE_DAYS * 86_400_000).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('learners').set({ reset_code_hash: hashCode(code), reset_expires_at: expiresAt }).where('id', '=', l.id).execute();
    await audit(trx, actor.id, 'learner.reset-code', l.id, { nip: l.nip, expiresAt }, now);
  });
  return { code, expiresAt };
}

/** Whether registering a NIP of this unit's roster needs the printed activation code. */
export async function setRequireActivation(actor: StaffUser, unitId: string, on: boolean, now = new Date(), db: Db = getDb()) {
  const unit = await unitInScope(actor, unitId, db);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('units').set({ require_activation: on ? 1 : 0 }).where('id', '=', unit.id).execute();
    await audit(trx, actor.id, 'unit.require-activation', unit.id, { on }, now);
  });
}

export interface ActivationRow { nip: string; name: string; jabatan: string | null; code: string }

/**
 * New activation codes for the people on a unit's roster who have no account yet (codes printed
 * earlier for them stop working). The codes are returned once, to print; only hashes are kept.
 */
export async function generateActivationCodes(actor: StaffUser, unitId: string, now = new Date(), db: Db = getDb()): Promise<{ unitName: string; rows: ActivationRow[] }> {
  const unit = await unitInScope(actor, unitId, db);
  const people = await db
    .selectFrom('roster_entries')
    .leftJoin('learners', 'learners.nip', 'roster_entries.nip')
    .select(['roster_entries.nip', 'roster_entries.name', 'roster_entries.jabatan', 'learners.password_hash'])
    .where('roster_entries.unit_id', '=', unit.id)
    .orderBy('roster_entries.name')
    .execute();
  const rows = people.filter((p) => !p.password_hash).map((p) => ({ nip: p.nip, name: p.name, jabatan: p.jabatan, code: generateCode() }));
  await db.transaction().execute(async (trx) => {
    for (const r of rows) await trx.updateTable('roster_entries').set({ activation_hash: hashCode(r.code) }).where('nip', '=', r.nip).execute();
    await audit(trx, actor.id, 'roster.activation-codes', unit.id, { count: rows.length }, now);
  });
  return { unitName: unit.name, rows };
}

/** The account state of the learner registered under a NIP, within the actor's scope (404 otherwise). */
export async function accountByNip(actor: StaffUser, nip: string, now = new Date(), db: Db = getDb()): Promise<AccountState> {
  ensureManager(actor);
  const l = await db.selectFrom('learners').select('id').where('nip', '=', nip.replace(/\D/g, '').slice(0, 18)).executeTakeFirst();
  if (!l) throw new HttpProblem(404, t('account.op.notFound'));
  return accountState(actor, l.id, now, db);
}
