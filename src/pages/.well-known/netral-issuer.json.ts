import type { APIRoute } from 'astro';
import { base64urlEncode } from '../../lib/cert-token.ts';
import { getPublicKeys } from '../../server/certificates/keys.ts';
import { publicKeyMultibase, verificationMethodId } from '../../server/certificates/openbadge.ts';
import { course } from '../../content/course.ts';
import { config } from '../../server/config.ts';

export const prerender = false;

/**
 * The issuer's public key(s): raw base64url (what the QR tokens are checked against), JWK, and
 * Multikey entries (the verificationMethod of the Open Badges credentials, whose ids point here).
 */
export const GET: APIRoute = () => {
  const keys = getPublicKeys();
  const body = {
    id: config.publicOrigin,
    name: course.issuer.name,
    keys: keys.map((k) => ({
      keyId: k.keyId,
      algorithm: 'Ed25519',
      raw: base64urlEncode(k.publicKeyRaw),
      jwk: k.publicKeyJwk,
    })),
    verificationMethod: keys.map((k) => ({
      id: verificationMethodId(k),
      type: 'Multikey',
      controller: config.publicOrigin,
      publicKeyMultibase: publicKeyMultibase(k.publicKeyRaw),
    })),
    assertionMethod: keys.map((k) => verificationMethodId(k)),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
    },
  });
};
