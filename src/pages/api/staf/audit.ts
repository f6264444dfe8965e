/** The audit log (admin only), newest first. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { listAudit } from '../../../server/hr/audit.ts';
import { json } from '../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(['admin'], async (context) => {
  const p = context.url.searchParams;
  return json({ entries: await listAudit({ action: p.get('aksi') ?? undefined, limit: Number(p.get('limit') ?? 100) || 100, offset: Number(p.get('offset') ?? 0) || 0 }) });
});
