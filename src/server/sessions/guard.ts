/**
 * Rate limits of the public session flows (src/server/rate-limit.ts):
 *  - joins per address are generous: a whole hall may share one NAT address (counted per instance);
 *  - unknown codes per address are strict: a guesser is slowed down long before a code is found
 *    (32^6 ≈ 10^9 codes), and once over the limit even a right code waits, so the 429 tells
 *    nothing about which codes exist.
 */
import { limiter } from '../rate-limit.ts';
import { HttpProblem } from '../http.ts';
import { TooManyRequests } from '../rate-limit.ts';
import { getDb, type Db } from '../db/index.ts';
import { sessionByCode, type SessionAsRead } from './common.ts';
import { t } from '../../i18n/index.ts';

// Per instance: on PostgreSQL one shared counter row for a hall's single address would make every
// join wait for the same row lock (measured: 1,000 joins queued for tens of seconds).
export const joinsPerAddress = limiter('session-join-ip', [{ points: 3000, seconds: 60 }], { perInstance: true });
export const missesPerAddress = limiter('session-code-miss', [
  { points: 30, seconds: 60 },
  { points: 200, seconds: 3600 },
]);

/** sessionByCode for the public routes: refuses an address that guessed too many codes (429). */
export async function sessionByCodeFrom(ip: string, code: unknown, opts: { forJoin?: boolean; now?: Date } = {}, db: Db = getDb()): Promise<SessionAsRead> {
  const wait = await missesPerAddress.wait(ip);
  if (wait > 0) throw new TooManyRequests(t('session.tooManyGuesses', { seconds: wait }), wait);
  try {
    return await sessionByCode(code, opts, db);
  } catch (e) {
    if (e instanceof HttpProblem && e.status === 404) {
      const over = await missesPerAddress.check(ip);
      if (over > 0) throw new TooManyRequests(t('session.tooManyGuesses', { seconds: over }), over);
    }
    throw e;
  }
}

/** Counts a join from an address (429 over the generous limit). */
export async function countJoin(ip: string): Promise<void> {
  await joinsPerAddress.take(ip, t('session.tooManyJoins'));
}
