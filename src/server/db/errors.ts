/**
 * Database errors that mean "someone else got there first", on either engine: a unique or
 * primary-key violation, and on PostgreSQL a serialization failure or deadlock. Endpoints answer
 * them with 409 (http.ts withProblems), never 500: the database enforces the rule, the loser of
 * the race gets a message it can act on.
 */
export function isConflict(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { code?: unknown; errcode?: unknown; message?: unknown };
  // PostgreSQL (pg): SQLSTATE codes.
  if (err.code === '23505' || err.code === '40001' || err.code === '40P01') return true;
  // node:sqlite: SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
  if (err.errcode === 2067 || err.errcode === 1555) return true;
  return typeof err.message === 'string' && /UNIQUE constraint failed/.test(err.message);
}

/** Whether the conflict is on one named unique index or constraint (PostgreSQL names it; SQLite names the columns). */
export function isConflictOn(e: unknown, pgConstraint: string, sqliteColumns: string): boolean {
  if (!isConflict(e)) return false;
  const err = e as { constraint?: unknown; message?: unknown };
  return err.constraint === pgConstraint || (typeof err.message === 'string' && err.message.includes(sqliteColumns));
}
