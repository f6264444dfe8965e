import type { APIRoute } from 'astro';
import { jsonLd } from '../../server/certificates/well-known.ts';
import { config } from '../../server/config.ts';

export const prerender = false;

/**
 * The published format of the certificate token in the QR code: what is signed, with which key,
 * and how to verify it with standard tools (no Netral code needed).
 */
export const GET: APIRoute = () => {
  const origin = config.publicOrigin;
  const body = {
    name: 'Netral certificate token, version 2',
    qr: {
      content: `${origin}/verifikasi#<token>`,
      errorCorrection: 'M',
      maxVersion: 10,
      encoding: 'The part up to "#" in byte mode; <token> in numeric mode.',
    },
    token: 'The bytes of a COSE_Sign1 (RFC 9052) structure read as one unsigned big-endian integer, written in decimal. The first byte is 0xD2 (CBOR tag 18), so no leading zero is lost.',
    coseSign1: {
      protected: { '1 (alg)': '-8 (EdDSA, Ed25519)', '4 (kid)': 'first 4 bytes of SHA-256 of the raw 32-byte public key (see keys[].coseKidHex)' },
      unprotected: {},
      payload: 'CBOR map (deterministic encoding) of the claims below',
      signature: 'Ed25519 over Sig_structure = ["Signature1", protected, h\'\', payload]',
    },
    claims: {
      '7 (cti)': 'certificate number without "NTR" and dashes: "20267KQ2M9XK" is NTR-2026-7KQ2-M9XK',
      '-1': 'holder name with titles (shortened with "…" only when the QR would exceed version 10; the certificate record has it in full)',
      '-2': 'first 8 bytes of HMAC-SHA256 over the 18-digit NIP, under a key only the issuer holds: POST {"nip": "…"} to /api/sertifikat/<number>/nip to check a NIP',
      '-3': 'issue date in the time zone of the holder\'s unit, as the integer yyyymmdd',
      '-4': 'final-exam score × 10 (865 = 86.5)',
    },
    keys: `${origin}/.well-known/netral-issuer.json`,
    status: `${origin}/api/sertifikat/<number> (revocation and the full record); Open Badges: ${origin}/.well-known/status/1 (W3C Bitstring Status List)`,
    version1: 'Tokens issued before version 2 ("<base64url JSON>.<base64url Ed25519 signature>", the signature over the first part as text) keep verifying on /verifikasi.',
    verifyWithPython: [
      'import cbor2, base64, json, urllib.request',
      'from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey',
      'n = int(token); raw = n.to_bytes((n.bit_length() + 7) // 8, "big")',
      'tag = cbor2.loads(raw); protected, unprotected, payload, signature = tag.value',
      'keys = json.load(urllib.request.urlopen(ISSUER + "/.well-known/netral-issuer.json"))["keys"]',
      'kid = cbor2.loads(protected)[4].hex(); key = next(k for k in keys if k["coseKidHex"] == kid)',
      'pub = base64.urlsafe_b64decode(key["raw"] + "==")',
      'Ed25519PublicKey.from_public_bytes(pub).verify(signature, cbor2.dumps(["Signature1", protected, b"", payload]))',
      'print(cbor2.loads(payload))',
    ],
  };
  return jsonLd(body, 3600, 'application/json; charset=utf-8');
};
