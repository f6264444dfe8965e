/**
 * Small helpers every API endpoint uses, so that all of them answer alike: JSON bodies, problems
 * as `{ error: "<Indonesian message>", fields? }` with a 4xx status, and bounded request bodies.
 */
import { t } from '../i18n/index.ts';
import { config, servesHttps } from './config.ts';
import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER } from './proxy.ts';
import { isConflict } from './db/errors.ts';

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const body = Buffer.from(JSON.stringify(data) ?? 'null');
  // The length lets the compression middleware skip small answers (zlib per response costs more
  // than it saves below its threshold); Astro streams bodies without it otherwise.
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(body.length), ...headers },
  });
}

/** A 4xx answer with a message a person can act on. */
export function problem(status: number, message: string, fields?: Record<string, string>): Response {
  return json(fields ? { error: message, fields } : { error: message }, status);
}

/** Thrown inside handlers to answer with a problem; `withProblems` turns it into a response. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly fields?: Record<string, string>;
  /** Seconds to wait, sent as Retry-After (429 from the rate limits). */
  retryAfter?: number;
  constructor(status: number, message: string, fields?: Record<string, string>) {
    super(message);
    this.status = status;
    if (fields) this.fields = fields;
  }

  /** The JSON body of its answer: the message and the fields it names (a subclass may add more). */
  body(): Record<string, unknown> {
    return this.fields ? { error: this.message, fields: this.fields } : { error: this.message };
  }
}

/**
 * For a page that shows a problem instead of failing: an HttpProblem sets the page's status and is
 * returned for its message and fields; anything else is thrown on.
 */
export function problemOnPage(response: { status?: number }, e: unknown): HttpProblem {
  if (!(e instanceof HttpProblem)) throw e;
  response.status = e.status;
  return e;
}

/** The response for an HttpProblem (Retry-After on a 429). */
export function problemResponse(e: HttpProblem): Response {
  const r = json(e.body(), e.status);
  if (e.retryAfter) r.headers.set('Retry-After', String(e.retryAfter));
  return r;
}

/**
 * Runs a handler; an HttpProblem becomes its 4xx response, and a request that lost a race the
 * database settled (a unique index, a lock: db/errors.ts) a 409. Anything else is a bug (500).
 */
export async function withProblems(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof HttpProblem) return problemResponse(e);
    if (isConflict(e)) return problem(409, t('deploy.conflict'));
    console.error(e);
    return problem(500, t('error.generic'));
  }
}

/** Oversize bodies up to this size are read to the end before the 413 (see readBody). */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/** Largest JSON body an API accepts unless the endpoint says otherwise. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Reads a request body of at most `limit` bytes; a larger one is refused (413, `tooLarge`)
 * before anything is parsed, and nothing beyond the limit is kept in memory.
 */
export async function readBody(request: Request, limit: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get('content-length') ?? 0) > DRAIN_LIMIT) throw new HttpProblem(413, tooLarge);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = request.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      // Past the limit the rest is read and dropped (up to DRAIN_LIMIT), so the client gets to
      // read the 413 and its connection stays usable; beyond that the upload is cut off.
      if (size > DRAIN_LIMIT) {
        await reader.cancel();
        break;
      }
      if (size <= limit) chunks.push(value);
    }
  } catch (e) {
    if (e instanceof HttpProblem) throw e;
    throw new HttpProblem(413, tooLarge);
  }
  if (size > limit) throw new HttpProblem(413, tooLarge);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Reads a JSON object body of at most `limit` bytes. Rejects (4xx) a wrong content type, an
 * oversize body and malformed JSON before anything is written.
 */
export async function readJson(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) throw new HttpProblem(415, t('error.notJson'));
  const text = new TextDecoder().decode(await readBody(request, limit, t('error.tooLarge')));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, t('error.badJson'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpProblem(400, t('error.badJson'));
  return value as Record<string, unknown>;
}

/**
 * An uploaded JSON file's bytes as a value (UTF-8; TextDecoder drops a BOM); `problem` when they
 * are not UTF-8 JSON.
 */
export function jsonFromBytes(bytes: Uint8Array, problem: () => HttpProblem): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw problem();
  }
}

/**
 * Whether cookies set by this request must be Secure: PUBLIC_ORIGIN is https, or this request
 * itself came over https (directly, or through a proxy trusted by TRUST_PROXY; see proxy.ts).
 */
export function isHttps(request: Request): boolean {
  if (servesHttps(config)) return true;
  const proto = request.headers.get(CLIENT_PROTO_HEADER);
  return proto ? proto === 'https' : new URL(request.url).protocol === 'https:';
}

/**
 * The origin this request was addressed to, as the browser saw it (scheme from the trusted
 * proxy, host from the Host header), for the same-origin check on writes.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get(CLIENT_PROTO_HEADER);
  return proto ? `${proto}:${url.origin.slice(url.protocol.length)}` : url.origin;
}

/**
 * The client's address for rate limits and the audit log: worked out by scripts/serve.mjs from
 * the socket and, with TRUST_PROXY, X-Forwarded-For; Astro's own value as a fallback (dev server).
 */
export function clientIp(context: { request: Request; clientAddress?: string }): string {
  const fromServer = context.request.headers.get(CLIENT_IP_HEADER);
  if (fromServer) return fromServer;
  try {
    return context.clientAddress ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Cross-site request forgery: a state-changing request (API call or form post) must come from our
 * own pages. Browsers send Origin on every cross-site POST/PUT/DELETE; requests without Origin
 * (curl, scripts) carry no ambient cookies from a victim's browser and are judged by the
 * endpoint's own checks. Staff forms add a CSRF token on top of this (see server/auth).
 *
 * "Our own" is PUBLIC_ORIGIN, or the origin the request was addressed to (behind a proxy trusted
 * by TRUST_PROXY, with the scheme the browser used: see server/proxy.ts). Checked by the Astro
 * middleware and by the phone routes served outside it (direct-routes.ts).
 */
export function crossSiteProblem(request: Request): Response | undefined {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return undefined;
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if ((origin && origin !== config.publicOrigin && origin !== requestOrigin(request)) || site === 'cross-site') return problem(403, t('error.crossOrigin'));
  return undefined;
}

/**
 * The cookies a handler reads and sets: the part of Astro's AstroCookies the server code uses, so
 * the same code runs under Astro and under the direct phone routes (direct-routes.ts).
 */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly?: boolean; sameSite?: 'lax' | 'strict' | 'none'; secure?: boolean; path?: string; expires?: Date; maxAge?: number }): void;
  delete(name: string, options?: { path?: string }): void;
}

/** Most rows one page of a list may ask for (people, audit log, certificates). */
export const MAX_PAGE_SIZE = 500;
/** Furthest a list may be paged (offset), far beyond any real list. */
export const MAX_OFFSET = 10_000_000;

/**
 * A whole-number query parameter: absent or empty gives `fallback`; anything else must be plain
 * digits within [min, max], or the request is refused (400, saying what is allowed) before any
 * query runs. `?offset=1e308`, `?limit=-1` and `?hal=abc` never reach the database.
 */
export function intParam(params: URLSearchParams, name: string, opts: { min: number; max: number; fallback: number }): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return opts.fallback;
  const n = /^\d{1,12}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(n >= opts.min && n <= opts.max)) throw new HttpProblem(400, t('deploy.badNumber', { name, min: opts.min, max: opts.max.toLocaleString('id-ID') }));
  return n;
}
