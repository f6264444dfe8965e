import { describe, expect, it, vi } from 'vitest';
import * as ed from '@noble/ed25519';
import { base64urlEncode, verifyCompactToken, verifyToken } from '../../../src/lib/cert-token.ts';

const seed = new Uint8Array(32).fill(9);

describe('/.well-known/netral-issuer.json publishes the issuer key', () => {
  it('gives keyId, raw key, JWK and a Multikey verification method for the configured key', async () => {
    vi.resetModules();
    vi.stubEnv('NETRAL_SIGNING_KEY', base64urlEncode(seed));
    vi.stubEnv('PUBLIC_ORIGIN', 'https://netral.example.go.id');
    try {
      const { GET } = await import('../../../src/pages/.well-known/netral-issuer.json.ts');
      const keysModule = await import('../../../src/server/certificates/keys.ts');
      const sign = await import('../../../src/server/certificates/sign.ts');
      const res = await (GET as (ctx: unknown) => Response | Promise<Response>)({});
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = await res.json();
      const raw = base64urlEncode(await ed.getPublicKeyAsync(seed));
      const keyId = keysModule.getIssuerKeys().keyId;
      expect(body.id).toBe('https://netral.example.go.id');
      expect(body.keys).toEqual([
        {
          keyId,
          coseKid: base64urlEncode(keysModule.getIssuerKeys().coseKid),
          coseKidHex: Buffer.from(keysModule.getIssuerKeys().coseKid).toString('hex'),
          algorithm: 'Ed25519',
          raw,
          jwk: { kty: 'OKP', crv: 'Ed25519', x: raw, kid: keyId, alg: 'EdDSA', use: 'sig' },
          verificationMethod: `https://netral.example.go.id/.well-known/keys/${keyId}.json`,
          publicKeyMultibase: expect.stringMatching(/^z6Mk/),
        },
      ]);
      expect(body.tokenFormat).toBe('https://netral.example.go.id/.well-known/netral-token.json');

      // A version-2 token verifies with the published raw key, found by its COSE key id.
      const compact = sign.issueCompactToken({ no: 'NTR-2026-7KQ2-M9XK', name: 'Siti Aminah', date: '2026-11-22', score: 91 }, '198609262015052001');
      const rawKey = Uint8Array.from(atob(body.keys[0].raw.replace(/-/g, '+').replace(/_/g, '/') + '='), (c) => c.charCodeAt(0));
      expect((await verifyCompactToken(compact, { [body.keys[0].coseKid]: rawKey })).ok).toBe(true);

      // A token issued by this server verifies with the published raw key alone.
      const claims = sign.buildClaims({
        number: 'NTR-2026-7KQ2-M9XK', name: 'Siti Aminah', nip: '198609262015052001', jabatan: 'Guru', unit: 'MTsN 2 Kota Bandung',
        score: 91, jp: 4, issuedAt: '2026-11-22',
      });
      const token = sign.issueToken(claims);
      const published = Uint8Array.from(atob(body.keys[0].raw.replace(/-/g, '+').replace(/_/g, '/') + '='), (c) => c.charCodeAt(0));
      expect((await verifyToken(token, { [body.keys[0].keyId]: published })).ok).toBe(true);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('/.well-known/netral-token.json publishes the token format', () => {
  it('says what is signed, with which key id, and how to verify it with standard tools', async () => {
    vi.resetModules();
    vi.stubEnv('PUBLIC_ORIGIN', 'https://netral.example.go.id');
    try {
      const { GET } = await import('../../../src/pages/.well-known/netral-token.json.ts');
      const res = await (GET as (ctx: unknown) => Response | Promise<Response>)({});
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const body = await res.json();
      expect(body.qr).toMatchObject({ content: 'https://netral.example.go.id/verifikasi#<token>', errorCorrection: 'M', maxVersion: 10 });
      expect(body.coseSign1.protected['1 (alg)']).toMatch(/EdDSA/);
      expect(Object.keys(body.claims)).toEqual(['7 (cti)', '-1', '-2', '-3', '-4']);
      expect(body.keys).toBe('https://netral.example.go.id/.well-known/netral-issuer.json');
      expect(body.verifyWithPython.join('\n')).toContain('Ed25519PublicKey.from_public_bytes');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
