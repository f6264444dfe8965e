import type { Kysely } from 'kysely';

/**
 * HR: unit rosters (who should take the course), per-area scores of submitted final attempts
 * (so that mastery aggregates in SQL), and the indices the dashboard's queries need at the scale of
 * a ministry (250,000 rostered people, 1,000,000 attempts):
 *  - roster_entries(unit_id, nip): the per-unit count and the drill-down read only this index;
 *  - learners.nip is already unique (roster → learner join);
 *  - certificates(learner_id, revoked_at, issued_at): "has a valid certificate" is an index probe;
 *  - certificates(issued_at): the trend and period filters;
 *  - attempt_areas(learner_id, area): mastery per area for the learners of a scope.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('roster_entries')
    // A person is on one unit's roster at a time: importing them under another unit moves them.
    .addColumn('nip', 'varchar(18)', (c) => c.primaryKey())
    .addColumn('unit_id', 'varchar(64)', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'varchar(160)', (c) => c.notNull())
    .addColumn('jabatan', 'varchar(160)')
    .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('imported_by', 'varchar(36)')
    .execute();
  await db.schema.createIndex('roster_unit_nip').on('roster_entries').columns(['unit_id', 'nip']).execute();

  await db.schema
    .createTable('attempt_areas')
    .addColumn('attempt_id', 'varchar(36)', (c) => c.notNull().references('attempts.id'))
    .addColumn('learner_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('area', 'varchar(32)', (c) => c.notNull())
    .addColumn('earned', 'double precision', (c) => c.notNull())
    .addColumn('max', 'double precision', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('attempt_areas_pk', ['attempt_id', 'area'])
    .execute();
  await db.schema.createIndex('attempt_areas_learner').on('attempt_areas').columns(['learner_id', 'area']).execute();

  await db.schema.createIndex('certificates_learner_valid').on('certificates').columns(['learner_id', 'revoked_at', 'issued_at']).execute();
  await db.schema.createIndex('certificates_issued').on('certificates').column('issued_at').execute();
  await db.schema.createIndex('attempts_kind_status').on('attempts').columns(['kind', 'status', 'learner_id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();
  await db.schema.createIndex('module_progress_learner').on('module_progress').columns(['learner_id', 'completed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const i of ['certificates_learner_valid', 'certificates_issued', 'attempts_kind_status', 'audit_log_at', 'staff_sessions_user', 'module_progress_learner']) {
    await db.schema.dropIndex(i).execute();
  }
  await db.schema.dropTable('attempt_areas').execute();
  await db.schema.dropTable('roster_entries').execute();
}
