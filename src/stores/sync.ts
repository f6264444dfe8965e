/**
 * Sends the lesson progress kept on the device to the server, so that progress made offline
 * reaches the learner's record when the connection returns. Runs only for an identified learner
 * (the profile store is set, so the session cookie exists) and only when online; it never throws
 * and never blocks the page. The server answers with its merged record, which fills in modules
 * finished on another device.
 */
import { learnerProfile } from './learner.ts';
import { progress } from './progress.ts';

/** What was last acknowledged by the server (learner + body), so an unchanged state is not resent. */
const SENT_KEY = 'netral:kemajuan-terkirim';

let running = false;
let pending = false;

function completed(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, at] of Object.entries(progress.get())) if (typeof at === 'string') out[id] = at;
  return out;
}

function remembered(): string | null {
  try { return localStorage.getItem(SENT_KEY); } catch { return null; }
}

function remember(value: string): void {
  try { localStorage.setItem(SENT_KEY, value); } catch { /* storage full or blocked: resend next time */ }
}

/** One sync; resolves to true when the server has the device's progress. */
export async function syncProgress(): Promise<boolean> {
  const learner = learnerProfile.get();
  if (!learner || typeof navigator === 'undefined' || !navigator.onLine) return false;
  if (running) {
    pending = true;
    return false;
  }
  const body = JSON.stringify({ modules: completed() });
  if (remembered() === `${learner.nip}|${body}`) return true;
  running = true;
  try {
    const res = await fetch('/api/kemajuan', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, credentials: 'same-origin' });
    if (!res.ok) return false;
    const merged = ((await res.json()) as { modules?: Record<string, string> }).modules ?? {};
    for (const [id, at] of Object.entries(merged)) if (!progress.get()[id]) progress.setKey(id, at);
    remember(`${learner.nip}|${JSON.stringify({ modules: completed() })}`);
    return true;
  } catch {
    return false; // offline or the server is unreachable: the next trigger tries again
  } finally {
    running = false;
    if (pending) {
      pending = false;
      void syncProgress();
    }
  }
}

/** Syncs now, when the connection returns, and whenever a module is finished. */
export function startSync(): void {
  void syncProgress();
  addEventListener('online', () => void syncProgress());
  progress.listen(() => void syncProgress());
  learnerProfile.listen(() => void syncProgress());
}
