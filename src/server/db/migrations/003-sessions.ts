import type { Kysely } from 'kysely';
import { isPostgres } from '../engine.ts';

/**
 * Live pembinaan sessions (#7): the session with its join code and live state, who joined
 * (daftar hadir), answers of the live tests (one row per participant, test and question: the
 * primary key is what makes "recorded exactly once" hold under concurrent requests and several
 * app instances), the scored results per test, declaration signatures, and the events the live
 * channel sends (persisted, so a reconnecting client catches up from its Last-Event-ID).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(12)', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('place', 'varchar(200)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(64)', (c) => c.notNull().references('units.id'))
    .addColumn('facilitator_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('facilitator_name', 'varchar(160)', (c) => c.notNull())
    .addColumn('with_pre', 'integer', (c) => c.notNull())
    .addColumn('with_post', 'integer', (c) => c.notNull())
    .addColumn('seed', 'varchar(64)', (c) => c.notNull())
    .addColumn('pre_items', 'text', (c) => c.notNull())
    .addColumn('post_items', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('live_sessions_unit').on('live_sessions').columns(['unit_id', 'created_at']).execute();

  await db.schema
    .createTable('live_participants')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('session_id', 'varchar(36)', (c) => c.notNull().references('live_sessions.id'))
    .addColumn('learner_id', 'varchar(36)', (c) => c.notNull().references('learners.id'))
    .addColumn('nip', 'varchar(18)', (c) => c.notNull())
    .addColumn('name', 'varchar(160)', (c) => c.notNull())
    .addColumn('jabatan', 'varchar(160)', (c) => c.notNull())
    .addColumn('joined_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('live_participants_once', ['session_id', 'learner_id'])
    .execute();

  await db.schema
    .createTable('live_answers')
    .addColumn('session_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('live_participants.id').onDelete('cascade'))
    .addColumn('test', 'varchar(8)', (c) => c.notNull())
    .addColumn('question_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('changes', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('live_answers_pk', ['session_id', 'participant_id', 'test', 'question_id'])
    .execute();

  await db.schema
    .createTable('live_results')
    .addColumn('session_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('live_participants.id').onDelete('cascade'))
    .addColumn('test', 'varchar(8)', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('attempt_id', 'varchar(36)')
    .addColumn('scored_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_results_pk', ['session_id', 'participant_id', 'test'])
    .execute();

  await db.schema
    .createTable('live_signatures')
    .addColumn('session_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('live_participants.id').onDelete('cascade'))
    .addColumn('name', 'varchar(160)', (c) => c.notNull())
    .addColumn('signed_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_signatures_pk', ['session_id', 'participant_id'])
    .execute();

  await db.schema
    .createTable('live_events')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('session_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_events_session').on('live_events').columns(['session_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['live_events', 'live_signatures', 'live_results', 'live_answers', 'live_participants', 'live_sessions']) {
    await db.schema.dropTable(t).execute();
  }
}
