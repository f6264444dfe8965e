import { type Kysely } from 'kysely';

/**
 * The laptop half of the field kit (issue 18). A laptop that imports a "paket sesi" keeps, with the
 * session key, two facts the "hasil sesi" reports back and the console shows:
 *  - field_keys.imported_at: the laptop's clock when the package was imported (the package's own,
 *    central, issue time is issued_at); null on the central server;
 *  - field_keys.origin: the central server's address the package came from, where the results go;
 *  - field_keys.exported_at / export_offset: the laptop's clock and UTC offset (minutes) at the first
 *    export of the closed session. Every later export reuses them, so the same results give the
 *    same signed file, and the central server sees a second upload (or a sync after a download)
 *    as the same bundle, not a conflicting one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('field_keys').addColumn('imported_at', 'varchar(32)').execute();
  await db.schema.alterTable('field_keys').addColumn('origin', 'varchar(300)').execute();
  await db.schema.alterTable('field_keys').addColumn('exported_at', 'varchar(32)').execute();
  await db.schema.alterTable('field_keys').addColumn('export_offset', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('field_keys').dropColumn('export_offset').execute();
  await db.schema.alterTable('field_keys').dropColumn('exported_at').execute();
  await db.schema.alterTable('field_keys').dropColumn('origin').execute();
  await db.schema.alterTable('field_keys').dropColumn('imported_at').execute();
}
