/**
 * Serves the phone routes of a live session (sessions/phone-routes.ts) straight from Node's
 * request, without Astro's per-request pipeline: built next to Astro's entry as
 * dist/server/direct-routes.mjs (astro.config.mjs) so it shares the app's modules, and called by
 * scripts/serve.mjs before anything else. A request it does not take (another path or method, a
 * body without a length or over DIRECT_BODY_LIMIT, an unreadable URL) goes on to Astro untouched,
 * which answers it as before.
 *
 * The handlers get what Astro would give them: a web Request with the same URL, headers and body,
 * a cookie jar (Set-Cookie written as Astro writes it), and the same cross-site check as the Astro
 * middleware (http.ts: crossSiteProblem).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import { t } from '../i18n/index.ts';
import { crossSiteProblem, problem, type CookieJar } from './http.ts';
import { PHONE_ROUTES, type PhoneRoute } from './sessions/phone-routes.ts';

/** Largest body read here (every phone route takes a few KB); a longer one goes to Astro, whose route answers 413. */
export const DIRECT_BODY_LIMIT = 64 * 1024;

const PATH = /^\/api\/sesi\/([^/?#]+)(\/[a-z]+)?\/?$/;

/** The phone route of a method and path, with the session code from the path; undefined for any other. */
export function matchPhoneRoute(method: string | undefined, pathname: string): { route: PhoneRoute; code: string } | undefined {
  const m = PATH.exec(pathname);
  if (!m) return undefined;
  const route = PHONE_ROUTES.find((r) => r.method === method && r.path === (m[2] ?? ''));
  if (!route) return undefined;
  try {
    return { route, code: decodeURIComponent(m[1]!) };
  } catch {
    return undefined;
  }
}

/** A cookie jar over the request's Cookie header; what handlers set becomes Set-Cookie lines. */
export function cookieJar(header: string | undefined): { jar: CookieJar; setCookies: string[] } {
  const sent = header ? parseCookie(header) : {};
  const setCookies: string[] = [];
  const jar: CookieJar = {
    get: (name) => (sent[name] === undefined ? undefined : { value: sent[name] }),
    set: (name, value, options) => void setCookies.push(stringifySetCookie({ name, value, ...options })),
    delete: (name, options) => void setCookies.push(stringifySetCookie({ name, value: '', path: options?.path, expires: new Date(0) })),
  };
  return { jar, setCookies };
}

/**
 * Answers `req` when it is a phone route (true), else leaves it alone (false). Never throws: a
 * failure inside a handler answers 500, as Astro would.
 */
export function serveDirect(req: IncomingMessage, res: ServerResponse): boolean {
  const q = req.url?.indexOf('?') ?? -1;
  const hit = matchPhoneRoute(req.method, q < 0 ? (req.url ?? '') : req.url!.slice(0, q));
  if (!hit) return false;
  const hasBody = req.method !== 'GET';
  const length = Number(req.headers['content-length'] ?? (hasBody ? NaN : 0));
  if (!(length <= DIRECT_BODY_LIMIT)) return false;
  let url: URL;
  try {
    url = new URL(req.url!, `${'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
  } catch {
    return false;
  }
  void respond(req, res, hit.route, hit.code, url, hasBody);
  return true;
}

async function respond(req: IncomingMessage, res: ServerResponse, route: PhoneRoute, code: string, url: URL, hasBody: boolean) {
  let response: Response;
  const { jar, setCookies } = cookieJar(req.headers.cookie);
  try {
    const body = hasBody ? await readAll(req) : undefined;
    // From the parsed headers, as Astro reads them: scripts/serve.mjs has put the client's address
    // and scheme there (and dropped any copy the client sent, which rawHeaders would still hold).
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else if (value !== undefined) headers.append(name, value);
    }
    const request = new Request(url, { method: req.method, headers, body });
    response = crossSiteProblem(request) ?? (await route.handle({ params: { code }, request, cookies: jar }));
  } catch (e) {
    // The client went away mid-body: nobody is left to answer.
    if (req.destroyed) return;
    console.error(e);
    response = problem(500, t('error.generic'));
    setCookies.length = 0;
  }
  try {
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    const cookies = [...response.headers.getSetCookie(), ...setCookies];
    if (cookies.length) out['set-cookie'] = cookies;
    const bytes = Buffer.from(await response.arrayBuffer());
    out['content-length'] = String(bytes.length);
    res.writeHead(response.status, out);
    res.end(bytes);
  } catch (e) {
    console.error(e);
    res.destroy();
  }
}

function readAll(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('close', () => req.complete || reject(new Error('request aborted')));
  });
}
