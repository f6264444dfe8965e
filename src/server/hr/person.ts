/**
 * One person, as HR sees them (/staf/peserta/<id>): identity and roster data, modules, attempts,
 * sessions and declarations, certificates; and the actions HR takes on them, each with a reason,
 * in one transaction with its audit entry: extra attempts, a retake after a revocation, a move
 * to another unit. A learner is in a staff member's scope when their unit or their roster unit is.
 */
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { inScope, type Scope } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { audit } from './audit.ts';
import { loadUnitIndex } from './roster.ts';
import type { UnitIndex } from './unit-names.ts';
import type { AttemptScore } from '../../quizzes/engine/types.ts';
import { t } from '../../i18n/index.ts';

/** Extra final-exam attempts HR may grant a learner in all (beyond the course's limit). */
export const MAX_EXTRA_ATTEMPTS = 10;
/** At most this many at once. */
export const MAX_GRANT = 3;

export interface PersonDetail {
  learner: {
    id: string; nip: string; kind: string; name: string; jabatan: string; pangkat: string | null;
    unitId: string | null; unitName: string | null; typedUnit: string; createdAt: string;
    extraAttempts: number; retakeFrom: string | null;
  };
  roster: { unitId: string; unitName: string; name: string; jabatan: string | null; kind: string | null } | null;
  modules: { moduleId: string; completedAt: string }[];
  attempts: { id: string; kind: string; status: string; startedAt: string; submittedAt: string | null; score: number | null; passed: boolean | null; perArea: Record<string, number> }[];
  sessions: { id: string; title: string; day: string; unitId: string; joinedAt: string; signedAt: string | null }[];
  certificates: { number: string; issuedAt: string; revokedAt: string | null; reason: string | null; replaces: string | null }[];
}

/** A reason of 5–500 characters, trimmed; 422 otherwise. */
export function checkReason(reason: unknown): string {
  const r = typeof reason === 'string' ? reason.trim() : '';
  if (r.length < 5 || r.length > 500) throw new HttpProblem(422, t('hr.person.reasonLength'), { alasan: t('hr.person.reasonLength') });
  return r;
}

/**
 * Whether an unassigned learner (no unit, on no roster) shows to a staff member: to an admin
 * always; to an operator when the unit closest to what the learner typed is in their scope, so
 * that each operator sees the strays that are probably theirs and nobody else's.
 */
function strayInScope(scope: Scope, index: UnitIndex, typedUnit: string): boolean {
  if (scope.all) return true;
  const near = index.closest(typedUnit);
  return !!near && inScope(scope, near.id);
}

/** The learner if in scope (an unassigned one: see strayInScope); 404 otherwise. */
async function learnerInScope(db: Db, scope: Scope, id: string) {
  const l = await db.selectFrom('learners').selectAll().where('id', '=', id).executeTakeFirst();
  if (!l) throw new HttpProblem(404, t('hr.person.notFound'));
  const stray = !l.unit_id && !l.roster_unit_id;
  const visible = inScope(scope, l.unit_id) || inScope(scope, l.roster_unit_id) || (stray && strayInScope(scope, await loadUnitIndex(db), l.unit_name));
  if (!visible) throw new HttpProblem(404, t('hr.person.notFound'));
  return l;
}

export async function personDetail(scope: Scope, id: string, db: Db = getDb()): Promise<PersonDetail> {
  const l = await learnerInScope(db, scope, id);
  const unit = l.unit_id ? await db.selectFrom('units').select('name').where('id', '=', l.unit_id).executeTakeFirst() : undefined;
  const r = await db.selectFrom('roster_entries').leftJoin('units', 'units.id', 'roster_entries.unit_id')
    .select(['roster_entries.unit_id', 'units.name as unit_name', 'roster_entries.name', 'roster_entries.jabatan', 'roster_entries.kind'])
    .where('roster_entries.nip', '=', l.nip).executeTakeFirst();
  const modules = await db.selectFrom('module_progress').select(['module_id', 'completed_at']).where('learner_id', '=', id).orderBy('completed_at').execute();
  const attempts = await db.selectFrom('attempts').select(['id', 'kind', 'status', 'started_at', 'submitted_at', 'score', 'passed', 'result'])
    .where('learner_id', '=', id).orderBy('started_at').execute();
  const sessions = await db.selectFrom('live_participants')
    .innerJoin('live_sessions', 'live_sessions.id', 'live_participants.session_id')
    .leftJoin('live_signatures', (j) => j.onRef('live_signatures.participant_id', '=', 'live_participants.id').onRef('live_signatures.session_id', '=', 'live_participants.session_id'))
    .select(['live_sessions.id', 'live_sessions.title', 'live_sessions.day', 'live_sessions.unit_id', 'live_participants.joined_at', 'live_signatures.signed_at'])
    .where('live_participants.learner_id', '=', id).orderBy('live_participants.joined_at').execute();
  const certificates = await db.selectFrom('certificates').select(['number', 'issued_at', 'revoked_at', 'revoke_reason', 'replaces'])
    .where('learner_id', '=', id).orderBy('issued_at').execute();
  return {
    learner: {
      id: l.id, nip: l.nip, kind: l.kind, name: l.name, jabatan: l.jabatan, pangkat: l.pangkat, unitId: l.unit_id, unitName: unit?.name ?? null,
      typedUnit: l.unit_name, createdAt: l.created_at, extraAttempts: Number(l.extra_attempts ?? 0), retakeFrom: l.retake_from ?? null,
    },
    roster: r ? { unitId: r.unit_id, unitName: r.unit_name ?? r.unit_id, name: r.name, jabatan: r.jabatan, kind: r.kind ?? null } : null,
    modules: modules.map((m) => ({ moduleId: m.module_id, completedAt: m.completed_at })),
    attempts: attempts.map((a) => {
      const res = a.result ? (JSON.parse(a.result) as AttemptScore) : undefined;
      const perArea = Object.fromEntries(Object.entries(res?.perArea ?? {}).map(([area, s]) => [area, s && s.max > 0 ? Math.round((s.earned / s.max) * 100) : 0]));
      return { id: a.id, kind: a.kind, status: a.status, startedAt: a.started_at, submittedAt: a.submitted_at, score: a.score, passed: a.passed === null ? null : a.passed === 1, perArea };
    }),
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, day: s.day, unitId: s.unit_id, joinedAt: s.joined_at, signedAt: s.signed_at ?? null })),
    certificates: certificates.map((c) => ({ number: c.number, issuedAt: c.issued_at, revokedAt: c.revoked_at, reason: c.revoke_reason, replaces: c.replaces })),
  };
}

/** Grants 1–3 extra final-exam attempts (at most 10 in all). */
export async function grantExtraAttempts(actor: StaffUser, scope: Scope, id: string, count: unknown, reason: unknown, now = new Date(), db: Db = getDb()): Promise<number> {
  const why = checkReason(reason);
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || n > MAX_GRANT) throw new HttpProblem(422, t('hr.person.grantCount', { max: MAX_GRANT }), { jumlah: t('hr.person.grantCount', { max: MAX_GRANT }) });
  return db.transaction().execute(async (trx) => {
    const l = await learnerInScope(trx, scope, id);
    // The cap holds in the database: the update only matches while the total stays within it.
    const res = await trx.updateTable('learners').set((eb) => ({ extra_attempts: eb('extra_attempts', '+', n) }))
      .where('id', '=', l.id).where('extra_attempts', '<=', MAX_EXTRA_ATTEMPTS - n).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new HttpProblem(422, t('hr.person.grantCap', { max: MAX_EXTRA_ATTEMPTS }), { jumlah: t('hr.person.grantCap', { max: MAX_EXTRA_ATTEMPTS }) });
    await audit(trx, actor.id, 'learner.extra-attempts', l.id, { nip: l.nip, count: n, reason: why }, now);
    return Number(l.extra_attempts ?? 0) + n;
  });
}

/** Lets a learner whose certificate was revoked (and who holds no valid one) take the exam again. */
export async function allowRetake(actor: StaffUser, scope: Scope, id: string, reason: unknown, now = new Date(), db: Db = getDb()): Promise<void> {
  const why = checkReason(reason);
  await db.transaction().execute(async (trx) => {
    const l = await learnerInScope(trx, scope, id);
    const certs = await trx.selectFrom('certificates').select(['revoked_at']).where('learner_id', '=', l.id).execute();
    if (certs.some((c) => c.revoked_at === null)) throw new HttpProblem(409, t('hr.person.retakeValid'));
    if (!certs.some((c) => c.revoked_at !== null)) throw new HttpProblem(409, t('hr.person.retakeNoRevoked'));
    await trx.updateTable('learners').set({ retake_from: now.toISOString() }).where('id', '=', l.id).execute();
    await audit(trx, actor.id, 'learner.retake', l.id, { nip: l.nip, reason: why }, now);
  });
}

/**
 * Moves a learner to a unit of the scope: they go on that unit's roster (so they count in its
 * numbers and exports) and the learner row follows. Assigning from the unknown-unit queue is
 * the same move.
 */
export async function moveToUnit(actor: StaffUser, scope: Scope, id: string, unitId: unknown, reason: unknown, now = new Date(), db: Db = getDb()): Promise<void> {
  const why = checkReason(reason);
  if (typeof unitId !== 'string' || !unitId || !inScope(scope, unitId)) throw new HttpProblem(404, t('staff.unit.notFound'));
  await db.transaction().execute(async (trx) => {
    const l = await learnerInScope(trx, scope, id);
    const unit = await trx.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
    if (!unit) throw new HttpProblem(404, t('staff.unit.notFound'));
    const listed = await trx.selectFrom('roster_entries').select(['unit_id']).where('nip', '=', l.nip).executeTakeFirst();
    if (listed && !inScope(scope, listed.unit_id)) throw new HttpProblem(404, t('hr.person.notFound'));
    const at = now.toISOString();
    await trx.insertInto('roster_entries')
      .values({ nip: l.nip, unit_id: unitId, name: l.name, jabatan: l.jabatan || null, kind: l.kind, imported_at: at, imported_by: actor.id })
      .onConflict((oc) => oc.column('nip').doUpdateSet({ unit_id: unitId, imported_at: at, imported_by: actor.id }))
      .execute();
    await trx.updateTable('learners').set({ unit_id: unitId, updated_at: at }).where('id', '=', l.id).execute();
    await refreshLearnerSummary(trx, { learnerIds: [l.id] });
    await audit(trx, actor.id, 'learner.move', l.id, { nip: l.nip, from: listed?.unit_id ?? l.unit_id, to: unitId, reason: why }, now);
  });
}

/**
 * Learners whose typed unit matched no unit (and who are on no roster): the queue to assign.
 * An operator sees those whose typed unit is closest to a unit of their scope.
 */
export async function unknownUnitQueue(scope: Scope, limit = 200, db: Db = getDb()) {
  const all = await db.selectFrom('learners')
    .select(['id', 'nip', 'name', 'jabatan', 'unit_name', 'created_at', 'completed_at'])
    .where('unit_id', 'is', null).where('roster_unit_id', 'is', null)
    .orderBy('created_at', 'desc').limit(scope.all ? limit : 5000).execute();
  const index = scope.all ? undefined : await loadUnitIndex(db);
  const rows = all.filter((r) => !index || strayInScope(scope, index, r.unit_name)).slice(0, limit);
  return rows.map((r) => ({ id: r.id, nip: r.nip, name: r.name, jabatan: r.jabatan, typedUnit: r.unit_name, createdAt: r.created_at, completed: r.completed_at !== null }));
}
