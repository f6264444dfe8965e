import type { APIRoute } from 'astro';
import { statusListCredential } from '../../../server/certificates/status-list.ts';
import { jsonLd } from '../../../server/certificates/well-known.ts';
import { problem } from '../../../server/http.ts';
import { t } from '../../../i18n/index.ts';

export const prerender = false;

/** The Bitstring Status List credential of revocations (list 1), signed; short caching. */
export const GET: APIRoute = async ({ params }) => {
  if (params.list !== '1') return problem(404, t('certificate.keyNotFound'));
  return jsonLd(await statusListCredential(), 60);
};
