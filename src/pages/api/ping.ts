/**
 * The framework's floor: a JSON POST answered through the whole server stack (our server,
 * security headers, compression, Astro's router and middleware, the origin check, body reading)
 * with no database and no work. `npm run bench` measures every endpoint as a ratio to this one.
 */
import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../server/http.ts';

export const prerender = false;

export const POST: APIRoute = ({ request }) =>
  withProblems(async () => {
    await readJson(request, 1024);
    return json({ ok: true });
  });
