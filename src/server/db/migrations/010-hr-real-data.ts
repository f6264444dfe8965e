import { sql, type Kysely } from 'kysely';

/**
 * HR on real data (issue 15):
 *  - roster_entries.kind: 'pns' | 'pppk' as the roster's status column (or the number's layout)
 *    says; null for entries imported before;
 *  - unit_aliases: other names of a unit as personnel systems write them ("Kemenag Kab. X"), kept
 *    by an admin; the key is the normalised name (src/server/hr/unit-names.ts), one unit per key;
 *  - learners.extra_attempts: final-exam attempts HR granted beyond the course's limit;
 *  - learners.retake_from: HR allowed a retake (after a revocation) at this time; attempts
 *    submitted before it no longer count as "already passed" nor against the limit;
 *  - area_totals: mastery per area over every final attempt, kept in the same transaction as
 *    attempt_areas, so the admin dashboard reads four rows instead of millions;
 *  - learners(substr(completed_at, 1, 10), unit_id): the trend counts completions per day from it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('roster_entries').addColumn('kind', 'varchar(8)').execute();
  await db.schema
    .createTable('unit_aliases')
    .addColumn('alias_key', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('alias', 'varchar(255)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(64)', (c) => c.notNull().references('units.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .execute();
  await db.schema.createIndex('unit_aliases_unit').on('unit_aliases').column('unit_id').execute();
  await db.schema.alterTable('learners').addColumn('extra_attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('learners').addColumn('retake_from', 'varchar(32)').execute();
  await db.schema
    .createTable('area_totals')
    .addColumn('area', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('earned', 'double precision', (c) => c.notNull())
    .addColumn('max', 'double precision', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into area_totals (area, earned, max, n)
    select area, sum(earned), sum(max), count(*) from attempt_areas group by area`.execute(db);
  // The trend: completions per day read in day order from one index, without a sort.
  await sql`create index learners_completed_day on learners (substr(completed_at, 1, 10), unit_id)`.execute(db);
  // The unknown-unit queue: learners with no unit, newest first.
  await db.schema.createIndex('learners_no_unit').on('learners').columns(['unit_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('learners_no_unit').execute();
  await db.schema.dropIndex('learners_completed_day').execute();
  await db.schema.dropTable('area_totals').execute();
  await db.schema.alterTable('learners').dropColumn('retake_from').execute();
  await db.schema.alterTable('learners').dropColumn('extra_attempts').execute();
  await db.schema.dropIndex('unit_aliases_unit').execute();
  await db.schema.dropTable('unit_aliases').execute();
  await db.schema.alterTable('roster_entries').dropColumn('kind').execute();
}
