import type { Kysely } from 'kysely';

/**
 * Learner accounts (issue 12): a learner proves who they are with a password of their own.
 *  - learners.password_hash: scrypt like staff passwords; null = not claimed yet (a learner row
 *    created by joining a live session, or from before accounts). The NIP stays unique (001), so
 *    two registrations of one NIP cannot both win: the loser gets a 409.
 *  - learners.reset_code_hash / reset_expires_at: the one-time reset code an operator hands out;
 *    using it clears the hash in the same UPDATE that checks it, so a code works once.
 *  - learner_sessions.last_seen_at / user_agent: sessions slide (30 days of inactivity end them)
 *    and the learner can recognise and end their other devices;
 *  - learner_sessions.scope: null for an account session; `live:<session id>` for a participant
 *    who joined a live session by code + NIP, which opens only that session;
 *  - roster_entries.activation_hash: SHA-256 of the activation code HR printed for that person;
 *  - units.require_activation: 1 when the unit wants the code at registration;
 *  - live_participants.joined_with_account: 1 when the participant joined while logged in to their
 *    account; only then may a live post-test count as an account holder's final exam.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('learners').addColumn('password_hash', 'varchar(255)').execute();
  await db.schema.alterTable('learners').addColumn('reset_code_hash', 'varchar(64)').execute();
  await db.schema.alterTable('learners').addColumn('reset_expires_at', 'varchar(32)').execute();
  await db.schema.alterTable('learner_sessions').addColumn('last_seen_at', 'varchar(32)').execute();
  await db.schema.alterTable('learner_sessions').addColumn('user_agent', 'varchar(200)').execute();
  await db.schema.alterTable('learner_sessions').addColumn('scope', 'varchar(80)').execute();
  await db.schema.createIndex('learner_sessions_learner').on('learner_sessions').column('learner_id').execute();
  await db.schema.alterTable('roster_entries').addColumn('activation_hash', 'varchar(64)').execute();
  await db.schema.alterTable('units').addColumn('require_activation', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('live_participants').addColumn('joined_with_account', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Sessions from before accounts were opened by NIP + name alone: they end now.
  await db.deleteFrom('learner_sessions').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('learner_sessions_learner').execute();
  for (const c of ['password_hash', 'reset_code_hash', 'reset_expires_at']) await db.schema.alterTable('learners').dropColumn(c).execute();
  for (const c of ['last_seen_at', 'user_agent', 'scope']) await db.schema.alterTable('learner_sessions').dropColumn(c).execute();
  await db.schema.alterTable('roster_entries').dropColumn('activation_hash').execute();
  await db.schema.alterTable('units').dropColumn('require_activation').execute();
  await db.schema.alterTable('live_participants').dropColumn('joined_with_account').execute();
}
