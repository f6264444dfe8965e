import type { APIRoute } from 'astro';
import { json, problem, withProblems } from '../../../server/http.ts';
import { findCertificate, publicStatus } from '../../../server/certificates/store.ts';
import { normalizeCertificateNumber } from '../../../server/certificates/number.ts';
import { t } from '../../../i18n/index.ts';
import { limitCertificateLookup } from '../../../server/public-limits.ts';

/** Public revocation status of a certificate: `{ number, status: "valid" | "revoked", reason?, revokedAt? }`. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { params } = context;
    await limitCertificateLookup(context);
    if (!normalizeCertificateNumber(String(params.nomor ?? ''))) return problem(400, t('certificate.badNumber'));
    const c = await findCertificate(String(params.nomor));
    if (!c) return problem(404, t('certificate.notFound'));
    // Short caching: a revocation must show within a minute.
    return json(publicStatus(c), 200, { 'Cache-Control': 'public, max-age=60' });
  });
