import type { APIRoute } from 'astro';
import { HttpProblem, withProblems } from '../../../../../../server/http.ts';
import { requireStaff } from '../../../../../../server/auth/staff.ts';
import { reportData, sessionForStaff } from '../../../../../../server/sessions/index.ts';
import { attendanceSheet, csv, reportCsv, reportPdf, signersSheet } from '../../../../../../server/sessions/report.ts';
import { t } from '../../../../../../i18n/index.ts';

/** The closing documents: laporan.pdf, laporan.csv, daftar-hadir.csv, deklarasi.csv. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ['admin', 'operator', 'facilitator']);
    const s = await sessionForStaff(user, String(context.params.id));
    const file = String(context.params.file);
    const data = await reportData(s);
    const name = (base: string, ext: string) => `${base}-${s.day}-${s.code}.${ext}`;
    const headers = (type: string, filename: string) => ({ 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' });
    switch (file) {
      case 'laporan.pdf':
        return new Response((await reportPdf(data)) as BodyInit, { headers: headers('application/pdf', name('laporan-sesi', 'pdf')) });
      case 'laporan.csv':
        return new Response(reportCsv(data), { headers: headers('text/csv; charset=utf-8', name('laporan-sesi', 'csv')) });
      case 'daftar-hadir.csv':
        return new Response(csv(attendanceSheet(data)), { headers: headers('text/csv; charset=utf-8', name('daftar-hadir', 'csv')) });
      case 'deklarasi.csv':
        return new Response(csv(signersSheet(data)), { headers: headers('text/csv; charset=utf-8', name('deklarasi', 'csv')) });
      default:
        throw new HttpProblem(404, t('session.notFound'));
    }
  });
