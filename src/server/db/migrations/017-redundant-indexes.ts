import { type Kysely } from 'kysely';

/**
 * Drops three indexes that a longer index with the same leading columns already serves:
 *  - attempts_kind_status (kind, status, learner_id): attempts_final_score adds score;
 *  - certificates_learner (learner_id): certificates_learner_valid starts with learner_id;
 *  - learners_unit (unit_id): learners_unit_nip starts with unit_id.
 * Every exam submit and certificate wrote a page of each of them for no query's benefit (the
 * deployment bench counted 29 pages written per submit).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const name of ['attempts_kind_status', 'certificates_learner', 'learners_unit']) await db.schema.dropIndex(name).ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('attempts_kind_status').on('attempts').columns(['kind', 'status', 'learner_id']).execute();
  await db.schema.createIndex('certificates_learner').on('certificates').column('learner_id').execute();
  await db.schema.createIndex('learners_unit').on('learners').column('unit_id').execute();
}
