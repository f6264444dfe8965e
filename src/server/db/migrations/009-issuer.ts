import type { Kysely } from 'kysely';

/**
 * Official certificates (issue 14):
 *  - units.time_zone: the unit's IANA zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura); null
 *    inherits the parent's (src/lib/local-time.ts, zoneOfUnit);
 *  - issuer_settings: the issuer printed on certificates, set at run time by the admin; the row
 *    with scope '*' is the institution, a row per unit overrides it for that unit's people;
 *  - issuer_assets: uploaded images (logo, signature), content-addressed and never changed, so a
 *    certificate issued under an old logo keeps rendering the same;
 *  - certificates.status_index: the certificate's bit in the Bitstring Status List, drawn at
 *    random (unique index), so the list reveals nothing about issue order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('time_zone', 'varchar(32)').execute();
  await db.schema
    .createTable('issuer_settings')
    .addColumn('scope', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)')
    .execute();
  await db.schema
    .createTable('issuer_assets')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('mime', 'varchar(32)', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('certificates').addColumn('status_index', 'integer').execute();
  await db.schema.createIndex('certificates_status_index').on('certificates').column('status_index').unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('certificates_status_index').execute();
  await db.schema.alterTable('certificates').dropColumn('status_index').execute();
  await db.schema.dropTable('issuer_assets').execute();
  await db.schema.dropTable('issuer_settings').execute();
  await db.schema.alterTable('units').dropColumn('time_zone').execute();
}
