/** The audit log (admin only), newest first. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { listAudit } from '../../../server/hr/audit.ts';
import { intParam, json, MAX_OFFSET, MAX_PAGE_SIZE } from '../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(['admin'], async (context) => {
  const p = context.url.searchParams;
  return json({ entries: await listAudit({ action: p.get('aksi') ?? undefined, limit: intParam(p, 'limit', { min: 1, max: MAX_PAGE_SIZE, fallback: 100 }), offset: intParam(p, 'offset', { min: 0, max: MAX_OFFSET, fallback: 0 }) }) });
});
