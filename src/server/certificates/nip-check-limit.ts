/**
 * Rate limit of the NIP check (`POST /api/sertifikat/<nomor>/nip`): by default 20 checks per key
 * (an address, or a certificate) per ten minutes, kept in memory. A verifier checks one or two
 * NIPs; guessing a NIP needs thousands.
 */
const WINDOW_MS = 10 * 60 * 1000;
const LIMIT = 20;
const hits = new Map<string, { start: number; n: number }>();

export function nipCheckAllowed(address: string, now = Date.now(), limit = LIMIT): boolean {
  const h = hits.get(address);
  if (!h || now - h.start > WINDOW_MS) {
    if (hits.size > 10_000) for (const [k, v] of hits) if (now - v.start > WINDOW_MS) hits.delete(k);
    hits.set(address, { start: now, n: 1 });
    return true;
  }
  h.n++;
  return h.n <= limit;
}
