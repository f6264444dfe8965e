/** Logout (needs the CSRF token like every state-changing staff request). */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { logout } from '../../../server/auth/staff.ts';
import { json } from '../../../server/http.ts';

export const prerender = false;

export const POST: APIRoute = staffApi(undefined, async (context) => {
  await logout(context.cookies);
  return json({ ok: true });
}, { allowPendingPassword: true });
