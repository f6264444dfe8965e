import type { APIRoute } from 'astro';
import { getPublicKeys } from '../../../server/certificates/keys.ts';
import { verificationMethodDocument } from '../../../server/certificates/openbadge.ts';
import { jsonLd } from '../../../server/certificates/well-known.ts';
import { problem } from '../../../server/http.ts';
import { t } from '../../../i18n/index.ts';

export const prerender = false;

/** An issuer key as a Multikey verification method (JSON-LD; its id is this URL). */
export const GET: APIRoute = ({ params }) => {
  const key = getPublicKeys().find((k) => k.keyId === params.kid);
  return key ? jsonLd(verificationMethodDocument(key)) : problem(404, t('certificate.keyNotFound'));
};
