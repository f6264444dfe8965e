/** Certificates of the scope (newest first), searchable by number or NIP. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../../server/auth/guard.ts';
import { loadScope } from '../../../../server/auth/scope.ts';
import { certificatesInScope } from '../../../../server/hr/dashboard.ts';
import { json } from '../../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(['admin', 'operator'], async (context, s) => {
  const { scope } = await loadScope(s.user);
  return json({ certificates: await certificatesInScope(scope, (context.url.searchParams.get('q') ?? '').slice(0, 40), 200) });
});
