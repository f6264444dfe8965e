import { sql, type Kysely } from 'kysely';

/**
 * Questions imported by an admin from a Moodle GIFT or Moodle XML bank (src/server/question-bank.ts),
 * joining the practice or graded bank of one course version. A question id is unique within a
 * course version (primary key), so importing the same bank twice is a conflict (409), never a
 * duplicate. `question` is the question as the question schema validated it (JSON text); `area`
 * is copied out of it for the per-area counts of the admin page.
 *
 * `bank_import_drafts` keeps a checked file on the server until the admin confirms it, so the
 * confirmation names the draft instead of sending the file (and its keys) back to the browser.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('imported_questions')
    .addColumn('course_version', 'varchar(32)', (c) => c.notNull())
    .addColumn('id', 'varchar(128)', (c) => c.notNull())
    .addColumn('bank', 'varchar(16)', (c) => c.notNull())
    .addColumn('area', 'varchar(32)', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('imported_by', 'varchar(64)')
    .addPrimaryKeyConstraint('imported_questions_pk', ['course_version', 'id'])
    .addCheckConstraint('imported_questions_bank', sql`bank in ('graded', 'practice')`)
    .execute();
  // The exam's draw reads one version's graded questions.
  await db.schema.createIndex('imported_questions_bank_idx').on('imported_questions').columns(['course_version', 'bank']).execute();
  await db.schema
    .createTable('bank_import_drafts')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('staff_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('digest', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bank_import_drafts').execute();
  await db.schema.dropIndex('imported_questions_bank_idx').execute();
  await db.schema.dropTable('imported_questions').execute();
}
