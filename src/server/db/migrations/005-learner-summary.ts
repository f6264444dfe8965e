import type { Kysely } from 'kysely';
import { refreshLearnerSummary } from '../../learner-summary.ts';
import type { Db } from '../index.ts';

/**
 * The learner summary (src/server/learner-summary.ts): four derived columns on learners that let
 * the HR dashboard count one table at ministry scale, computed here once for existing learners
 * by the same function the app keeps them current with. Indices:
 *  - (roster_unit_id, completed_at, first_activity_at): completion per roster unit, with or
 *    without a period, reads only this index; its roster_unit_id IS NULL range is the
 *    off-roster learners;
 *  - (best_score, unit_id): the score distribution in score order, without a sort;
 *  - (completed_at, unit_id): the trend and the period filters.
 * Should the summary ever gain a column, copy today's computation into this file first: a
 * migration must keep working on the schema of its own time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('learners').addColumn('roster_unit_id', 'varchar(64)').execute();
  await db.schema.alterTable('learners').addColumn('first_activity_at', 'varchar(32)').execute();
  await db.schema.alterTable('learners').addColumn('completed_at', 'varchar(32)').execute();
  await db.schema.alterTable('learners').addColumn('best_score', 'double precision').execute();
  await refreshLearnerSummary(db as Db, 'all');
  await db.schema.createIndex('learners_roster_summary').on('learners').columns(['roster_unit_id', 'completed_at', 'first_activity_at']).execute();
  await db.schema.createIndex('learners_best_score').on('learners').columns(['best_score', 'unit_id']).execute();
  await db.schema.createIndex('learners_completed').on('learners').columns(['completed_at', 'unit_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of ['learners_roster_summary', 'learners_best_score', 'learners_completed']) await db.schema.dropIndex(i).execute();
  for (const c of ['roster_unit_id', 'first_activity_at', 'completed_at', 'best_score']) await db.schema.alterTable('learners').dropColumn(c).execute();
}
