import { type Kysely } from 'kysely';

/**
 * The field kit (issue 18): a session run offline on a facilitator's laptop and merged later.
 *  - field_keys: one Ed25519 key per "paket sesi" the central server handed out, bound to one
 *    session. The central server keeps only the public key (private_jwk null); the laptop that
 *    imported the package keeps the private key too, to sign its "hasil sesi".
 *  - field_imports: one merged "hasil sesi" per session (the primary key), so a second upload of
 *    the same file changes nothing and a different one for a merged session is a conflict.
 *  - live_sessions.field_kid: on the laptop, the key a session was imported with; such a session
 *    records results but never creates attempts or certificates there (the central server does).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('field_keys')
    .addColumn('kid', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('session_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('private_jwk', 'text')
    .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('issued_by', 'varchar(64)')
    .execute();
  await db.schema.createIndex('field_keys_session').on('field_keys').column('session_id').execute();
  await db.schema
    .createTable('field_imports')
    .addColumn('session_id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('digest', 'varchar(64)', (c) => c.notNull())
    .addColumn('kid', 'varchar(64)', (c) => c.notNull())
    .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('imported_by', 'varchar(64)')
    .addColumn('exported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('clock_offset_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('live_sessions').addColumn('field_kid', 'varchar(64)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('live_sessions').dropColumn('field_kid').execute();
  await db.schema.dropTable('field_imports').execute();
  await db.schema.dropIndex('field_keys_session').execute();
  await db.schema.dropTable('field_keys').execute();
}
