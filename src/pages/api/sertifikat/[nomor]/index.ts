import type { APIRoute } from 'astro';
import { json, problem, withProblems } from '../../../../server/http.ts';
import { findCertificate, publicDetails, publicStatus } from '../../../../server/certificates/store.ts';
import { normalizeCertificateNumber } from '../../../../server/certificates/number.ts';
import { t } from '../../../../i18n/index.ts';
import { limitCertificateLookup } from '../../../../server/public-limits.ts';

/**
 * Public status of a certificate, with what it prints (the masked NIP, never the full one):
 * `{ number, status: "valid" | "revoked", reason?, revokedAt?, details }`.
 */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { params } = context;
    await limitCertificateLookup(context);
    if (!normalizeCertificateNumber(String(params.nomor ?? ''))) return problem(400, t('certificate.badNumber'));
    const c = await findCertificate(String(params.nomor));
    if (!c) return problem(404, t('certificate.notFound'));
    // Short caching: a revocation must show within a minute.
    return json({ ...publicStatus(c), details: publicDetails(c) }, 200, { 'Cache-Control': 'public, max-age=60' });
  });
