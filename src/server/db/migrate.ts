/** Migrations are code, listed here in order; they run on start and with `npm run db:migrate`. */
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m001 from './migrations/001-initial.ts';
import * as m002 from './migrations/002-hr.ts';
import * as m003 from './migrations/003-sessions.ts';
import * as m004 from './migrations/004-dashboard-indexes.ts';
import * as m005 from './migrations/005-learner-summary.ts';
import * as m006 from './migrations/006-rate-limits.ts';
import * as m007 from './migrations/007-learner-accounts.ts';
import * as m008 from './migrations/008-deployment.ts';
import * as m009 from './migrations/009-issuer.ts';
import * as m010 from './migrations/010-hr-real-data.ts';
import * as m011 from './migrations/011-certificate-version.ts';
import * as m013 from './migrations/013-imported-questions.ts';
import * as m014 from './migrations/014-field-kit.ts';
import * as m016 from './migrations/016-field-laptop.ts';
import * as m017 from './migrations/017-redundant-indexes.ts';

export const migrations: Record<string, Migration> = {
  '001-initial': m001,
  '002-hr': m002,
  '003-sessions': m003,
  '004-dashboard-indexes': m004,
  '005-learner-summary': m005,
  '006-rate-limits': m006,
  '007-learner-accounts': m007,
  '008-deployment': m008,
  '009-issuer': m009,
  '010-hr-real-data': m010,
  '011-certificate-version': m011,
  '013-imported-questions': m013,
  '014-field-kit': m014,
  '016-field-laptop': m016,
  '017-redundant-indexes': m017,
};

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
