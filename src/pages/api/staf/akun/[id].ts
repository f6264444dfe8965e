/** One account (admin only): `aksi` = ubah (role, unit) | atur-ulang (new one-time password) | buka (unlock logins) | nonaktifkan. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../../server/auth/guard.ts';
import { disableAccount, listAccounts, resetAccountPassword, unlockAccount, updateAccount } from '../../../../server/auth/staff.ts';
import { HttpProblem, json, readJson } from '../../../../server/http.ts';
import { t } from '../../../../i18n/index.ts';

export const prerender = false;

export const POST: APIRoute = staffApi(['admin'], async (context, s) => {
  const id = String(context.params.id);
  const b = await readJson(context.request, 4 * 1024);
  const target = (await listAccounts()).find((a) => a.id === id);
  if (!target) throw new HttpProblem(404, t('staff.account.notFound'));
  if (b.aksi === 'ubah') return json({ user: await updateAccount(s.user, id, { displayName: b.displayName ?? target.displayName, role: b.role, unitId: b.unitId }) });
  if (b.aksi === 'atur-ulang') return json({ password: await resetAccountPassword(s.user, id) });
  if (b.aksi === 'buka') return json({ user: await unlockAccount(s.user, id) });
  if (b.aksi === 'nonaktifkan') {
    await disableAccount(s.user, id);
    return json({ ok: true });
  }
  throw new HttpProblem(400, t('error.badRequest'));
});
