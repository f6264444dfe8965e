/**
 * Exports of the scope, following the dashboard's filters:
 *   format=csv (sep=semicolon|comma) or xlsx; layout=siasn for SIASN's training-history columns;
 *   format=zip: the PDFs of the valid certificates of the people matching the filter.
 * Every export is written to the audit log (it carries personal data).
 */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { loadScope } from '../../../server/auth/scope.ts';
import { parseFilters, people } from '../../../server/hr/dashboard.ts';
import { completionSheet, siasnSheet, toCsv, toXlsx, zipPdfs } from '../../../server/hr/export.ts';
import { audit } from '../../../server/hr/audit.ts';
import { renderCertificatePdfByNumber } from '../../../server/certificates/store.ts';
import { getDb } from '../../../server/db/index.ts';
import { HttpProblem } from '../../../server/http.ts';
import { t } from '../../../i18n/index.ts';

export const prerender = false;

const MAX_ROWS = 300_000;
export const MAX_ZIP = 500;

export const GET: APIRoute = staffApi(undefined, async (context, s) => {
  const p = context.url.searchParams;
  const unit = p.get('unit') || null;
  const { scope } = await loadScope(s.user, unit);
  const f = parseFilters(p);
  const format = p.get('format') ?? 'csv';
  const layout = p.get('layout') === 'siasn' ? 'siasn' : 'completions';
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `netral-${layout === 'siasn' ? 'siasn' : 'penyelesaian'}${unit ? `-${unit}` : ''}-${stamp}`;
  if (!['csv', 'xlsx', 'zip'].includes(format)) throw new HttpProblem(400, t('staff.export.badFormat'));

  if (format === 'zip') {
    const { rows } = await people(scope, { ...f, status: 'completed' }, { limit: MAX_ZIP + 1, offset: 0 });
    if (rows.length > MAX_ZIP) throw new HttpProblem(413, t('staff.export.tooMany', { count: `>${MAX_ZIP}`, max: MAX_ZIP }));
    const files = [];
    for (const r of rows) if (r.certificateNumber) files.push({ number: r.certificateNumber, nip: r.nip, pdf: await renderCertificatePdfByNumber(r.certificateNumber) });
    await audit(getDb(), s.user.id, 'export.zip', unit, { count: files.length, filters: f });
    return new Response(zipPdfs(files) as BodyInit, {
      headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="netral-sertifikat${unit ? `-${unit}` : ''}-${stamp}.zip"` },
    });
  }

  const { rows } = await people(scope, f, { limit: MAX_ROWS, offset: 0 });
  const sheet = layout === 'siasn' ? siasnSheet(rows) : completionSheet(rows);
  await audit(getDb(), s.user.id, `export.${format}`, unit, { layout, rows: sheet.rows.length, filters: f });
  if (format === 'xlsx') {
    return new Response((await toXlsx(sheet, layout === 'siasn' ? 'Riwayat Diklat' : 'Penyelesaian')) as BodyInit, {
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': `attachment; filename="${base}.xlsx"` },
    });
  }
  const sep = p.get('sep') === 'comma' ? ',' : ';';
  return new Response(toCsv(sheet, sep), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${base}.csv"` },
  });
});
