import { type Kysely } from 'kysely';

/**
 * The laptop half of the field kit (issue 18). A laptop that imports a "paket sesi" keeps, with the
 * session key, two facts the "hasil sesi" reports back and the console shows:
 *  - field_keys.imported_at: the laptop's clock when the package was imported (the package's own,
 *    central, issue time is issued_at); null on the central server;
 *  - field_keys.origin: the central server's address the package came from, where the results go.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('field_keys').addColumn('imported_at', 'varchar(32)').execute();
  await db.schema.alterTable('field_keys').addColumn('origin', 'varchar(300)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('field_keys').dropColumn('origin').execute();
  await db.schema.alterTable('field_keys').dropColumn('imported_at').execute();
}
