/**
 * Rate limits for the public flows (login, registration, exam start, session join, lookups),
 * built on rate-limiter-flexible. On SQLite (one process) the counters live in memory; on
 * PostgreSQL they live in the `rate_limits` table (migration 006), so every instance behind the
 * load balancer counts the same hits.
 *
 * Declare a limiter next to the code it protects:
 *
 *   const joinByAddress = limiter('join-ip', [{ points: 600, seconds: 60 }]);
 *   await joinByAddress.take(ip);            // throws HttpProblem 429 with Retry-After when over
 *
 * Several windows make a backoff: e.g. 5 a minute and 20 an hour means a guesser waits longer and
 * longer, while nobody is ever locked out for good by someone else's failures.
 */
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { t } from '../i18n/index.ts';
import { getDbHandle } from './db/index.ts';
import { HttpProblem } from './http.ts';

/** One counting window: at most `points` hits per `seconds`. */
export interface Window {
  points: number;
  seconds: number;
}

export interface Limiter {
  /** Counts one hit for `key`; over any window it throws a 429 HttpProblem (Retry-After set). */
  take(key: string, message?: string): Promise<void>;
  /** Counts one hit; returns the seconds to wait (0 when allowed) instead of throwing. */
  check(key: string): Promise<number>;
  /**
   * Seconds `key` must still wait (0 when a hit would be allowed), without counting a hit: for
   * limits that count only failures (staff login counts wrong passwords, not attempts).
   */
  wait(key: string): Promise<number>;
  /** Forgets `key` (e.g. after a successful login, or an admin "unlock"). */
  reset(key: string): Promise<void>;
}

/** The error thrown by `take`: a 429 whose `retryAfter` becomes the Retry-After header. */
export class TooManyRequests extends HttpProblem {
  constructor(message: string, retryAfter: number) {
    super(429, message);
    this.retryAfter = retryAfter;
  }
}

const TABLE = 'rate_limits';

function store(name: string, w: Window, i: number, perInstance: boolean): RateLimiterAbstract {
  const opts = { keyPrefix: `${name}:${i}`, points: w.points, duration: w.seconds };
  const handle = getDbHandle();
  if (!perInstance && handle.engine === 'postgres' && handle.pool) {
    // The table is created by migration 006; expired rows are cleared by the library hourly.
    return new RateLimiterPostgres({ ...opts, storeClient: handle.pool, tableName: TABLE, tableCreated: true });
  }
  return new RateLimiterMemory(opts);
}

/**
 * Creates a named limiter with one or more windows. Stores are created on first use.
 * `perInstance`: count in this process's memory even on PostgreSQL — for a generous flood limit
 * whose key many requests share at once (a whole hall behind one NAT address): a shared row would
 * serialise them all on its lock; each instance then allows the limit on its own.
 */
export function limiter(name: string, windows: Window[], opts: { perInstance?: boolean } = {}): Limiter {
  let stores: RateLimiterAbstract[] | undefined;
  const all = () => (stores ??= windows.map((w, i) => store(name, w, i, opts.perInstance ?? false)));
  const check = async (key: string): Promise<number> => {
    let wait = 0;
    for (const s of all()) {
      try {
        await s.consume(key);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        wait = Math.max(wait, Math.ceil(e.msBeforeNext / 1000));
      }
    }
    return wait;
  };
  return {
    check,
    async wait(key) {
      // Every window in one round (one query each on PostgreSQL, side by side).
      const rs = await Promise.all(all().map((s) => s.get(key)));
      return rs.reduce((wait, r, i) => (r && r.consumedPoints >= windows[i].points ? Math.max(wait, Math.ceil(r.msBeforeNext / 1000)) : wait), 0);
    },
    async take(key, message) {
      const wait = await check(key);
      if (wait > 0) throw new TooManyRequests(message ?? t('error.tooMany', { seconds: wait }), wait);
    },
    async reset(key) {
      await Promise.all(all().map((s) => s.delete(key)));
    },
  };
}
