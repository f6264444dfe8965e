import type { Kysely } from 'kysely';

/**
 * Indices for the HR dashboard at ministry scale (scripts/bench/hr-dashboard.mjs: 250,000 rostered
 * people, 1,000,000 attempts). Each lets a dashboard query read one index instead of the table:
 *  - attempt_areas(area, submitted_at, earned, max): mastery per area over every unit (admin);
 *  - attempt_areas(submitted_at): where syncAttemptAreas resumes, instead of an anti-join over
 *    every final attempt on each dashboard load;
 *  - attempts(kind, status, learner_id, score): best final score per learner, for all units or
 *    for the learners of a scope;
 *  - learners(unit_id, nip): learners of a unit who are on no roster (since migration 005 that
 *    count reads learners_roster_summary; this index still finds the learners of a scope).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('attempt_areas_area').on('attempt_areas').columns(['area', 'submitted_at', 'earned', 'max']).execute();
  await db.schema.createIndex('attempt_areas_submitted').on('attempt_areas').column('submitted_at').execute();
  await db.schema.createIndex('attempts_final_score').on('attempts').columns(['kind', 'status', 'learner_id', 'score']).execute();
  await db.schema.createIndex('learners_unit_nip').on('learners').columns(['unit_id', 'nip']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const i of ['attempt_areas_area', 'attempt_areas_submitted', 'attempts_final_score', 'learners_unit_nip']) await db.schema.dropIndex(i).execute();
}
