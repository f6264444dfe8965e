import type { APIRoute } from 'astro';
import { jsonLd } from '../../server/certificates/well-known.ts';
import { base64urlEncode } from '../../lib/cert-token.ts';
import { getPublicKeys } from '../../server/certificates/keys.ts';
import { issuerProfileId, publicKeyMultibase, verificationMethodId } from '../../server/certificates/openbadge.ts';
import { config } from '../../server/config.ts';

export const prerender = false;

/**
 * The issuer's public key(s) in every form a verifier may want: raw base64url, JWK, the 4-byte
 * COSE key id of QR tokens (version 2), the key id of version-1 tokens, and the Multikey
 * verification method of the Open Badges. The token format is at /.well-known/netral-token.json.
 */
export const GET: APIRoute = () => {
  const keys = getPublicKeys();
  const body = {
    id: config.publicOrigin,
    tokenFormat: `${config.publicOrigin}/.well-known/netral-token.json`,
    openBadgeIssuer: issuerProfileId(),
    keys: keys.map((k) => ({
      keyId: k.keyId,
      coseKid: base64urlEncode(k.coseKid),
      coseKidHex: Buffer.from(k.coseKid).toString('hex'),
      algorithm: 'Ed25519',
      raw: base64urlEncode(k.publicKeyRaw),
      jwk: k.publicKeyJwk,
      verificationMethod: verificationMethodId(k),
      publicKeyMultibase: publicKeyMultibase(k.publicKeyRaw),
    })),
  };
  return jsonLd(body, 3600, 'application/json; charset=utf-8');
};
