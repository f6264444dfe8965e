/**
 * Rate limit of the NIP check (`POST /api/sertifikat/<nomor>/nip`): 20 checks per address per
 * ten minutes, kept in memory. A verifier checks one or two NIPs; guessing a NIP needs thousands.
 */
const WINDOW_MS = 10 * 60 * 1000;
const LIMIT = 20;
const hits = new Map<string, { start: number; n: number }>();

export function nipCheckAllowed(address: string, now = Date.now()): boolean {
  const h = hits.get(address);
  if (!h || now - h.start > WINDOW_MS) {
    if (hits.size > 10_000) for (const [k, v] of hits) if (now - v.start > WINDOW_MS) hits.delete(k);
    hits.set(address, { start: now, n: 1 });
    return true;
  }
  h.n++;
  return h.n <= LIMIT;
}
