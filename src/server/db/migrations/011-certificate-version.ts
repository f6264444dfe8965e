import { sql, type Kysely } from 'kysely';

/**
 * Course versions on certificates (recertification, src/lib/course-versions.ts). The version was
 * only inside the signed claims (JSON); a column lets HR count, per unit, who holds an older
 * version, and lets the database hold the rule "at most one valid certificate per learner and
 * course version" (a partial unique index: a revoked certificate does not count, so a reissue
 * works). Existing rows get their version from their own claims.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('certificates').addColumn('course_version', 'varchar(32)', (c) => c.notNull().defaultTo('1.0.0')).execute();
  const rows = await db.selectFrom('certificates').select(['id', 'claims']).execute();
  for (const r of rows as { id: string; claims: string }[]) {
    let version = '1.0.0';
    try {
      const v = (JSON.parse(r.claims) as { courseVersion?: unknown }).courseVersion;
      if (typeof v === 'string' && v) version = v;
    } catch {
      // Claims that do not parse keep the first version.
    }
    await db.updateTable('certificates').set({ course_version: version }).where('id', '=', r.id).execute();
  }
  await db.schema
    .createIndex('certificates_one_valid_per_version')
    .on('certificates')
    .columns(['learner_id', 'course_version'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
  await db.schema.createIndex('certificates_version').on('certificates').columns(['course_version', 'revoked_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('certificates_version').execute();
  await db.schema.dropIndex('certificates_one_valid_per_version').execute();
  await db.schema.alterTable('certificates').dropColumn('course_version').execute();
}
