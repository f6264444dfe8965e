import type { Kysely } from 'kysely';

/** Which engine a Kysely instance talks to, for the rare statement that differs. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}
