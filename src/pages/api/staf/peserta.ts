/** The people behind the numbers, as JSON (paged). */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { loadScope } from '../../../server/auth/scope.ts';
import { parseFilters, people } from '../../../server/hr/dashboard.ts';
import { json } from '../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(undefined, async (context, s) => {
  const p = context.url.searchParams;
  const { scope } = await loadScope(s.user, p.get('unit') || null);
  const limit = Math.min(500, Math.max(1, Number(p.get('limit') ?? 100) || 100));
  const offset = Math.max(0, Number(p.get('offset') ?? 0) || 0);
  const r = await people(scope, parseFilters(p), { limit, offset, q: (p.get('q') ?? '').slice(0, 80) });
  return json({ total: r.total, rows: r.rows.map(({ claims: _c, ...rest }) => rest) });
});
