/**
 * What the HR dashboard needs to know of each learner, kept on the learner's row: on the roster
 * of which unit they are, when they first did anything, when they passed, their best final score.
 * With it the dashboard counts rows of one table instead of probing attempts and certificates for
 * each of 250,000 rostered people (scripts/bench/hr-dashboard.mjs).
 *
 * It is derived data. Every write that can change it (identifying, starting or submitting an
 * exam, finishing a module, a live session's results, revoking or reissuing a certificate,
 * importing a roster) calls refreshLearnerSummary in the same transaction, which recomputes it
 * from the source tables (a learner's creation sets it in its insert: newLearnerSummary); so it
 * can never drift by more than a write that forgot to call it, and
 * `refreshLearnerSummary(db, 'all')` (migration 005) rebuilds it from scratch.
 */
import { sql } from 'kysely';
import type { Db } from './db/index.ts';
import { chunks } from '../lib/chunks.ts';

/** Whose summary to recompute: some learners, the learners with some NIPs, or everyone. */
export type SummaryTarget = { learnerIds: readonly string[] } | { nips: readonly string[] } | 'all';

/**
 * The columns, each from its source. "Passed" is dated by the exam that earned a valid
 * certificate, not by the certificate: a certificate reissued in December for a typo still
 * counts as a completion in March.
 */
const SET = sql`
  roster_unit_id = (select r.unit_id from roster_entries r where r.nip = learners.nip),
  first_activity_at = (select min(t.at) from (
    select min(a.started_at) as at from attempts a where a.learner_id = learners.id
    union all
    select min(m.completed_at) as at from module_progress m where m.learner_id = learners.id) t),
  completed_at = (select min(a.submitted_at) from certificates c join attempts a on a.id = c.attempt_id
    where c.learner_id = learners.id and c.revoked_at is null),
  best_score = (select max(a.score) from attempts a
    where a.learner_id = learners.id and a.kind = 'final' and a.status = 'submitted')`;


/**
 * The summary of a learner created this moment, for its INSERT: nothing refers to a new id yet, so
 * only the roster unit can be set; it is read in the insert itself, as the refresh would read it.
 * Creating a learner with it needs no refreshLearnerSummary after.
 */
export const newLearnerSummary = (nip: string) => ({
  roster_unit_id: sql<string | null>`(select r.unit_id from roster_entries r where r.nip = ${nip})`,
});

export async function refreshLearnerSummary(db: Db, target: SummaryTarget): Promise<void> {
  if (target === 'all') {
    await sql`update learners set ${SET}`.execute(db);
    return;
  }
  const [column, values] = 'learnerIds' in target ? ['id', target.learnerIds] : ['nip', target.nips];
  for (const part of chunks([...new Set(values)], 500)) {
    await sql`update learners set ${SET} where ${sql.ref(column)} in (${sql.join(part)})`.execute(db);
  }
}
