/** Changing one's own password. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { changePassword } from '../../../server/auth/staff.ts';
import { json, readJson } from '../../../server/http.ts';

export const prerender = false;

export const POST: APIRoute = staffApi(undefined, async (context, s) => {
  const body = await readJson(context.request, 4 * 1024);
  await changePassword(s, body.current, body.password);
  return json({ ok: true });
}, { allowPendingPassword: true });
