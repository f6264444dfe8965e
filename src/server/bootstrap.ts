/**
 * Start-up: check the configuration, reach the database, apply migrations, create the first
 * admin. Run by the server before it listens and by `npm run db:migrate`. Every failure an
 * operator can fix becomes a ConfigError with one clear line.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Config } from './config.ts';
import { ConfigError, createDb, setDbHandle, type DbHandle } from './db/index.ts';
import { migrateToLatest } from './db/migrate.ts';
import { generatePassword, hashPassword } from './auth/password.ts';

export { ConfigError } from './db/index.ts';

async function reach(handle: DbHandle): Promise<void> {
  try {
    await sql`select 1`.execute(handle.db);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ConfigError(
      handle.engine === 'postgres'
        ? `PostgreSQL di ${handle.location} tidak dapat dihubungi (${why}). Periksa DATABASE_URL dan pastikan server PostgreSQL berjalan.`
        : `Basis data ${handle.location} tidak dapat dibuka (${why}).`,
    );
  }
}

/** Opens the database, migrates it, and installs it as the process-wide handle. */
export async function openDatabase(cfg: Config): Promise<DbHandle> {
  const handle = createDb(cfg);
  await reach(handle);
  try {
    await migrateToLatest(handle.db);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    if (/readonly|read-only|SQLITE_READONLY|EACCES|permission/i.test(why)) {
      throw new ConfigError(`Basis data ${handle.location} tidak dapat ditulisi (${why}). Periksa izin DATA_DIR.`);
    }
    throw e;
  }
  setDbHandle(handle);
  return handle;
}

/**
 * Creates the first admin when there is no staff account yet. Returns the one-time password
 * (to print once) or undefined when an account already existed.
 */
export async function ensureFirstAdmin(handle: DbHandle, username: string): Promise<string | undefined> {
  const existing = await handle.db.selectFrom('staff_users').select('id').limit(1).executeTakeFirst();
  if (existing) return undefined;
  const password = generatePassword();
  const now = new Date().toISOString();
  const id = randomUUID();
  await handle.db.transaction().execute(async (trx) => {
    await trx.insertInto('staff_users').values({
      id, username, display_name: 'Administrator', password_hash: await hashPassword(password),
      role: 'admin', unit_id: null, must_change_password: 1, failed_logins: 0, locked_until: null, created_at: now,
    }).execute();
    await trx.insertInto('audit_log').values({ at: now, actor_id: null, action: 'staff.create-first-admin', target: id, detail: JSON.stringify({ username }) }).execute();
  });
  return password;
}
