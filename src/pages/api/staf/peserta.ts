/** The people behind the numbers, as JSON (paged). */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { loadScope } from '../../../server/auth/scope.ts';
import { parseFilters, people } from '../../../server/hr/dashboard.ts';
import { intParam, json, MAX_OFFSET, MAX_PAGE_SIZE } from '../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(undefined, async (context, s) => {
  const p = context.url.searchParams;
  const { scope } = await loadScope(s.user, p.get('unit') || null);
  const limit = intParam(p, 'limit', { min: 1, max: MAX_PAGE_SIZE, fallback: 100 });
  const offset = intParam(p, 'offset', { min: 0, max: MAX_OFFSET, fallback: 0 });
  const r = await people(scope, parseFilters(p), { limit, offset, q: (p.get('q') ?? '').slice(0, 80) });
  return json({ total: r.total, rows: r.rows.map(({ claims: _c, ...rest }) => rest) });
});
