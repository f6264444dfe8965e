import type { Kysely } from 'kysely';
import { isPostgres } from '../engine.ts';

/** The first schema: units, learners, staff, attempts, certificates, audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(64)', (c) => c.references('units.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_parent').on('units').column('parent_id').execute();

  await db.schema
    .createTable('learners')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('nip', 'varchar(18)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('name', 'varchar(160)', (c) => c.notNull())
    .addColumn('jabatan', 'varchar(160)', (c) => c.notNull())
    .addColumn('pangkat', 'varchar(80)')
    .addColumn('unit_id', 'varchar(64)', (c) => c.references('units.id'))
    .addColumn('unit_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learners_unit').on('learners').column('unit_id').execute();

  await db.schema
    .createTable('learner_sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('learner_id', 'varchar(36)', (c) => c.notNull().references('learners.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('module_progress')
    .addColumn('learner_id', 'varchar(36)', (c) => c.notNull().references('learners.id'))
    .addColumn('module_id', 'varchar(80)', (c) => c.notNull())
    .addColumn('completed_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('module_progress_pk', ['learner_id', 'module_id'])
    .execute();

  await db.schema
    .createTable('staff_users')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('username', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(160)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(64)', (c) => c.references('units.id'))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('staff_users.id'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('attempts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('learner_id', 'varchar(36)', (c) => c.notNull().references('learners.id'))
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('seed', 'varchar(64)', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('responses', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('deadline_at', 'varchar(32)')
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('score', 'double precision')
    .addColumn('passed', 'integer')
    .addColumn('result', 'text')
    .addColumn('course_version', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attempts_learner_kind').on('attempts').columns(['learner_id', 'kind']).execute();
  await db.schema.createIndex('attempts_submitted').on('attempts').columns(['status', 'submitted_at']).execute();

  await db.schema
    .createTable('certificates')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('number', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('learner_id', 'varchar(36)', (c) => c.notNull().references('learners.id'))
    .addColumn('attempt_id', 'varchar(36)', (c) => c.notNull().references('attempts.id'))
    .addColumn('claims', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('revoked_at', 'varchar(32)')
    .addColumn('revoke_reason', 'text')
    .addColumn('revoked_by', 'varchar(36)')
    .addColumn('replaces', 'varchar(40)')
    .execute();
  await db.schema.createIndex('certificates_learner').on('certificates').column('learner_id').execute();

  await db.schema
    .createTable('audit_log')
    // An auto-incrementing id: SERIAL on PostgreSQL, INTEGER PRIMARY KEY AUTOINCREMENT on SQLite.
    .addColumn('id', isPostgres(db) ? 'serial' : 'integer', (c) => (isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('target', 'varchar(255)')
    .addColumn('detail', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['audit_log', 'certificates', 'attempts', 'staff_sessions', 'staff_users', 'module_progress', 'learner_sessions', 'learners', 'units']) {
    await db.schema.dropTable(t).execute();
  }
}
