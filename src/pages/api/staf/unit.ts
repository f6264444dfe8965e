/** Units: GET lists the units of the scope; POST (admin) imports the CSV `kode;nama;kode_induk`. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { loadScope } from '../../../server/auth/scope.ts';
import { importUnits } from '../../../server/hr/units.ts';
import { formFile, readForm, readTable } from '../../../server/hr/table-file.ts';
import { json } from '../../../server/http.ts';
import { t } from '../../../i18n/index.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(undefined, async (_context, s) => {
  const { scope, units } = await loadScope(s.user);
  return json({ units: scope.all ? units : units.filter((u) => scope.units.includes(u.id)) });
});

export const POST: APIRoute = staffApi(['admin'], async (context, s) => {
  const form = await readForm(context.request);
  const table = await readTable(await formFile(form, 'berkas'), 10_000);
  const r = await importUnits(s.user, table, form.get('aksi') === 'impor');
  if (r.errors.length) return json({ error: t('staff.units.rejected', { count: r.errors.length }), imported: false, errors: r.errors }, 422);
  return json({ imported: r.imported, count: r.units.length });
});
