/** Roster import as an API: multipart with `berkas`, optional `unit`, `aksi=periksa|impor`, `ganti=1`. */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { loadScope } from '../../../server/auth/scope.ts';
import { importRoster, ROSTER_MAX_ROWS } from '../../../server/hr/roster.ts';
import { formFile, readForm, readTable } from '../../../server/hr/table-file.ts';
import { json } from '../../../server/http.ts';
import { t } from '../../../i18n/index.ts';

export const prerender = false;

export const POST: APIRoute = staffApi(['admin', 'operator'], async (context, s) => {
  const form = await readForm(context.request);
  const { scope } = await loadScope(s.user);
  const table = await readTable(await formFile(form, 'berkas'), ROSTER_MAX_ROWS);
  const unit = typeof form.get('unit') === 'string' && form.get('unit') ? String(form.get('unit')) : null;
  const r = await importRoster(s.user, scope, table, { defaultUnit: unit, apply: form.get('aksi') === 'impor', replace: form.get('ganti') === '1' });
  const body = { imported: r.imported, removed: r.removed, count: r.rows.length, perUnit: r.perUnit, errors: r.errors, unknownUnits: r.unknownUnits };
  if (r.errors.length) return json({ error: t('staff.roster.rejected', { count: r.errors.length }), ...body }, 422);
  return json(body);
});
