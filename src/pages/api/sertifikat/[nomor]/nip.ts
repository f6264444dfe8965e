import type { APIRoute } from 'astro';
import { json, problem, readJson, withProblems } from '../../../../server/http.ts';
import { findCertificate, nipMatchesCertificate } from '../../../../server/certificates/store.ts';
import { normalizeCertificateNumber } from '../../../../server/certificates/number.ts';
import { limitNipCheck } from '../../../../server/public-limits.ts';
import { t } from '../../../../i18n/index.ts';

/**
 * A verifier who types a full NIP asks here whether the certificate was issued to it:
 * POST `{ nip }` → `{ match: boolean }`. The token holds only a MAC under the server's key, so
 * guesses can only be made here, where they are rate-limited per address and per certificate.
 */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request } = context;
    const number = normalizeCertificateNumber(String(params.nomor ?? ''));
    if (!number) return problem(400, t('certificate.badNumber'));
    const body = (await readJson(request)) as { nip?: unknown } | null;
    const nip = typeof body?.nip === 'string' ? body.nip.replace(/[\s.\-]/g, '') : '';
    if (!/^\d{18}$/.test(nip)) return problem(422, t('certificate.nipCheck.format'));
    // Per address, and per certificate (so guesses spread over many addresses are limited too).
    await limitNipCheck(context, number);
    const c = await findCertificate(String(params.nomor));
    if (!c) return problem(404, t('certificate.notFound'));
    return json({ match: nipMatchesCertificate(c, nip) });
  });
