/** The current staff session: who, and the CSRF token to send with state-changing requests. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { json } from '../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(undefined, async (_context, s) => json({ user: s.user, csrfToken: s.csrfToken }), { allowPendingPassword: true });
