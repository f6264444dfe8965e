/**
 * Activation codes of a unit's roster (POST form from the roster page, with the CSRF token):
 * `aksi=pdf|csv` prints new codes for everyone without an account; `aksi=wajib` with `wajib=1`
 * decides whether registration needs them.
 */
import type { APIRoute } from 'astro';
import { currentStaff, requireStaff } from '../../server/auth/staff.ts';
import { readForm } from '../../server/hr/table-file.ts';
import { HttpProblem, problem } from '../../server/http.ts';
import { generateActivationCodes, setRequireActivation } from '../../server/accounts/operator.ts';
import { activationCsv, activationPdf } from '../../server/accounts/activation-file.ts';
import { t } from '../../i18n/index.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  try {
    if (!(await currentStaff(context.cookies))) return context.redirect('/staf/masuk', 303);
    const form = await readForm(context.request, 4 * 1024);
    const { user } = await requireStaff(context, ['admin', 'operator'], { csrfFromForm: form });
    const unit = String(form.get('unit') ?? '').slice(0, 64);
    if (!unit) throw new HttpProblem(422, t('staff.unit.notFound'));
    const action = form.get('aksi');
    if (action === 'wajib') {
      await setRequireActivation(user, unit, form.get('wajib') === '1');
      return context.redirect(`/staf/roster?aktivasi=${encodeURIComponent(unit)}`, 303);
    }
    if (action !== 'pdf' && action !== 'csv') throw new HttpProblem(400, t('error.badRequest'));
    const { unitName, rows } = await generateActivationCodes(user, unit);
    const name = `kode-aktivasi-${unit}`;
    const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
    if (action === 'csv') {
      return new Response(activationCsv(rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` } });
    }
    return new Response(new Uint8Array(await activationPdf(unitName, rows)), { headers: { ...headers, 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}.pdf"` } });
  } catch (e) {
    if (e instanceof HttpProblem) return problem(e.status, e.message);
    throw e;
  }
};
