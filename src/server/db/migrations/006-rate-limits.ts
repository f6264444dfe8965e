import type { Kysely } from 'kysely';

/**
 * The shared store of the rate limits (src/server/rate-limit.ts) on PostgreSQL, in the layout
 * rate-limiter-flexible's RateLimiterPostgres expects (key, points, expire in epoch ms). SQLite
 * runs one process and counts in memory, but gets the table too so both schemas stay alike.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
