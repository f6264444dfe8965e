import { sql, type Kysely } from 'kysely';

/**
 * Rules that must hold with several app instances on one PostgreSQL (issue 13), enforced by the
 * database rather than by a check-then-insert in JavaScript:
 *  - attempts_one_open: at most one open attempt per learner and kind (a partial unique index);
 *    the attempt limit itself holds by the per-learner row lock taken in startAttempt;
 *  - certificates_one_per_attempt: at most one valid (unrevoked) certificate per attempt, so a
 *    passed attempt never gets two (a reissue revokes the old one first);
 *  - staff_users.login_epoch: bumped by an admin "unlock", which starts every failed-login
 *    counter of the account afresh (the counters' keys carry it; see auth/staff.ts).
 * NIP uniqueness (learners.nip) and one live answer per participant and question (live_answers'
 * primary key) were unique from the start.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // An install that raced before this migration may hold duplicates: keep the newest open
  // attempt of each learner and kind, close the others as submitted without a score.
  await sql`
    update attempts set status = 'abandoned'
    where status = 'open' and exists (
      select 1 from attempts newer
      where newer.learner_id = attempts.learner_id and newer.kind = attempts.kind and newer.status = 'open'
        and (newer.started_at > attempts.started_at or (newer.started_at = attempts.started_at and newer.id > attempts.id))
    )`.execute(db);
  await db.schema.createIndex('attempts_one_open').on('attempts').columns(['learner_id', 'kind']).unique().where(sql.ref('status'), '=', 'open').execute();
  await sql`
    update certificates set revoked_at = issued_at, revoke_reason = 'duplikat (diterbitkan ganda sebelum perbaikan)'
    where revoked_at is null and exists (
      select 1 from certificates older
      where older.attempt_id = certificates.attempt_id and older.revoked_at is null
        and (older.issued_at < certificates.issued_at or (older.issued_at = certificates.issued_at and older.id < certificates.id))
    )`.execute(db);
  await db.schema.createIndex('certificates_one_per_attempt').on('certificates').column('attempt_id').unique().where(sql.ref('revoked_at'), 'is', null).execute();
  await db.schema.alterTable('staff_users').addColumn('login_epoch', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('attempts_one_open').execute();
  await db.schema.dropIndex('certificates_one_per_attempt').execute();
  await db.schema.alterTable('staff_users').dropColumn('login_epoch').execute();
}
