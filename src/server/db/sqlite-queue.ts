/**
 * Kysely's SQLite dialect with a first-come, first-served queue for its one connection.
 *
 * Kysely's own lock wakes every waiting request each time the connection is released; all but
 * one go back to sleep. With a hall of 300 phones joining at once each of some 3,000 releases woke
 * hundreds of waiters: work that grew with the square of the crowd (profiled with the live-session
 * bench). Here each release hands the connection to the next waiter only.
 */
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig } from 'kysely';

class QueuedSqliteDriver extends SqliteDriver {
  #busy = false;
  readonly #waiting: (() => void)[] = [];

  override async acquireConnection(): Promise<DatabaseConnection> {
    // Busy: wait for a release to hand the connection over (#busy stays true across the handover).
    if (this.#busy) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#busy = true;
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    const next = this.#waiting.shift();
    if (next) next();
    else this.#busy = false;
  }
}

export class QueuedSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): SqliteDriver {
    return new QueuedSqliteDriver(this.#config);
  }
}
