/** Staff accounts (admin only): GET lists them; POST creates one and returns its one-time password. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../../server/auth/guard.ts';
import { createAccount, listAccounts } from '../../../../server/auth/staff.ts';
import { json, readJson } from '../../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(['admin'], async () => json({ accounts: await listAccounts() }));

export const POST: APIRoute = staffApi(['admin'], async (context, s) => {
  const b = await readJson(context.request, 4 * 1024);
  const r = await createAccount(s.user, { username: b.username, displayName: b.displayName, role: b.role, unitId: b.unitId });
  return json({ user: r.user, password: r.password }, 201);
});
