/**
 * Running behind an HTTPS reverse proxy (nginx, Caddy). Two settings decide how a request is
 * seen:
 *  - PUBLIC_ORIGIN (e.g. https://netral.kemenag.go.id): the address people use. Writes whose
 *    Origin is this address are our own; cookies are Secure (and the staff cookie gets the
 *    `__Host-` prefix) when it is https; HSTS is sent.
 *  - TRUST_PROXY (a number of proxies, e.g. 1): how many proxies in front of the app may be
 *    believed about X-Forwarded-For and X-Forwarded-Proto. Unset: forwarded headers are ignored
 *    (anyone could send them) and the client address is the socket's.
 *
 * scripts/serve.mjs works out the client address and scheme once per request with
 * `resolveClient` and passes them to the app in the internal headers below, after removing any
 * copy the client sent; the app reads them with `requestClient`.
 */

/** Internal headers set by scripts/serve.mjs on every request (never trusted from outside). */
export const CLIENT_IP_HEADER = 'x-netral-client-ip';
export const CLIENT_PROTO_HEADER = 'x-netral-client-proto';

/** TRUST_PROXY as a number of trusted hops: unset/false/0 → 0, true → 1, N → N. */
export function parseTrustProxy(value: string | undefined): number {
  const v = (value ?? '').trim().toLowerCase();
  if (!v || v === 'false' || v === 'no' || v === '0') return 0;
  if (v === 'true' || v === 'yes') return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUST_PROXY harus berupa jumlah proxy (0–10), bukan "${value}".`);
  return n;
}

function first(h: string | string[] | undefined): string | undefined {
  const v = Array.isArray(h) ? h[0] : h;
  return v?.split(',')[0]?.trim() || undefined;
}

/** Drops the IPv4-mapped IPv6 prefix so one client has one key ("::ffff:10.0.0.1" → "10.0.0.1"). */
function plainAddress(a: string): string {
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

/**
 * The client's address and scheme. With `trust` proxies in front, the address is the one the
 * outermost trusted proxy saw: the `trust`-th entry from the right of X-Forwarded-For followed by
 * the socket address (entries further left were written by the client and prove nothing).
 */
export function resolveClient(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, socketTls: boolean, trust: number): { ip: string; proto: 'http' | 'https' } {
  const socket = plainAddress(socketAddress ?? 'unknown');
  if (trust <= 0) return { ip: socket, proto: socketTls ? 'https' : 'http' };
  const raw = headers['x-forwarded-for'];
  const chain = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = [...chain, socket];
  const ip = plainAddress(hops[Math.max(0, hops.length - 1 - trust)]);
  const proto = first(headers['x-forwarded-proto'])?.toLowerCase() === 'https' ? 'https' : socketTls ? 'https' : 'http';
  return { ip, proto };
}

/** Whether a host name is this machine only (localhost, 127.x, ::1). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::1';
}

/**
 * The PUBLIC_ORIGIN guard: in production a certificate's QR and a session's join link must carry
 * an address other devices can open. A problem is reported when PUBLIC_ORIGIN is unset or points
 * to this machine while the server listens on another interface.
 */
export function publicOriginProblem(cfg: { publicOrigin: string; publicOriginSet: boolean; host: string }): string | null {
  const listensBeyondLoopback = !isLoopbackHost(cfg.host);
  if (!listensBeyondLoopback) return null;
  if (!cfg.publicOriginSet) return 'PUBLIC_ORIGIN belum diatur';
  let host: string;
  try {
    host = new URL(cfg.publicOrigin).hostname;
  } catch {
    return 'PUBLIC_ORIGIN bukan alamat yang sah';
  }
  return isLoopbackHost(host) ? `PUBLIC_ORIGIN menunjuk ke komputer ini (${cfg.publicOrigin})` : null;
}
