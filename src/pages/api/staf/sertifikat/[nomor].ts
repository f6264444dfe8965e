/**
 * One certificate of the scope: GET its PDF; POST `{ aksi: 'cabut' | 'terbitkan-ulang', alasan }`.
 * Outside the scope it answers 404, as if it did not exist.
 */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../../server/auth/guard.ts';
import { certificateAction, certificateInScope } from '../../../../server/hr/certs.ts';
import { renderCertificatePdfByNumber } from '../../../../server/certificates/store.ts';
import { json, readJson } from '../../../../server/http.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(['admin', 'operator'], async (context, s) => {
  const n = await certificateInScope(s.user, String(context.params.nomor));
  return new Response((await renderCertificatePdfByNumber(n)) as BodyInit, {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="sertifikat-${n}.pdf"` },
  });
});

export const POST: APIRoute = staffApi(['admin', 'operator'], async (context, s) => {
  const b = await readJson(context.request, 4 * 1024);
  return json(await certificateAction(s.user, String(context.params.nomor), b.aksi, b.alasan));
});
