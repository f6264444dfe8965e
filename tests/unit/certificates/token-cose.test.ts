/**
 * The version-2 token (COSE_Sign1 in the QR's numeric mode) checked by code that is not ours:
 * cbor-x decodes the COSE structure and builds the Sig_structure, Python's `cryptography` checks
 * the Ed25519 signature. A changed claim must fail.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Encoder, Tag, decode } from 'cbor-x';
import { loadIssuerKeys } from '../../../src/server/certificates/keys.ts';
import { issueCompactToken } from '../../../src/server/certificates/sign.ts';
import { decodeCompactToken, verifyCompactToken, base64urlEncode } from '../../../src/lib/cert-token.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-cose-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const keys = loadIssuerKeys({ dataDir: dir, signingKey: undefined });
const NIP = '198609262015052001';
const record = { no: 'NTR-2026-7KQ2-M9XK', name: "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.", date: '2026-12-07', score: 86.5 };
const token = issueCompactToken(record, NIP, keys, 'https://netral.example.go.id');
const cbor = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false });

/** Digits → bytes: the token is one big-endian unsigned integer in decimal. */
function bytesOf(digits: string): Buffer {
  let hex = BigInt(digits).toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Buffer.from(hex, 'hex');
}

function pythonVerifies(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): boolean {
  const script = `
import sys, base64
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.exceptions import InvalidSignature
pk, sig, msg = (base64.b64decode(x) for x in sys.argv[1:4])
try:
    Ed25519PublicKey.from_public_bytes(pk).verify(sig, msg)
    print("valid")
except InvalidSignature:
    print("invalid")
`;
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
  return execFileSync('python3', ['-c', script, b64(publicKey), b64(signature), b64(message)], { encoding: 'utf8' }).trim() === 'valid';
}

describe('a version-2 token verifies with standard tools', () => {
  const outer = decode(bytesOf(token)) as Tag;
  const [protectedBytes, unprotected, payload, signature] = outer.value as [Uint8Array, Map<number, unknown>, Uint8Array, Uint8Array];

  it('is a COSE_Sign1 (tag 18) with EdDSA and the issuer key id in the protected header', () => {
    expect(outer).toBeInstanceOf(Tag);
    expect(outer.tag).toBe(18);
    const header = cbor.decode(protectedBytes) as Map<number, unknown>;
    expect(header.get(1)).toBe(-8);
    expect(Buffer.from(header.get(4) as Uint8Array)).toEqual(Buffer.from(keys.coseKid));
    expect(unprotected.size ?? Object.keys(unprotected).length).toBe(0);
    expect(signature.length).toBe(64);
  });

  it('carries the number, name, local date and score, and no NIP in any form a verifier could test offline', () => {
    const claims = cbor.decode(payload) as Map<number, unknown>;
    expect(claims.get(7)).toBe('20267KQ2M9XK');
    expect(claims.get(-1)).toBe(record.name);
    expect(claims.get(-3)).toBe(20261207);
    expect(claims.get(-4)).toBe(865);
    // The NIP's MAC is under the server's key: without the key no guess can be tested.
    const mac = Buffer.from(claims.get(-2) as Uint8Array);
    expect(mac.length).toBe(8);
    expect(token).not.toContain(NIP);
    expect(Buffer.from(payload).toString('latin1')).not.toContain(NIP.slice(0, 8));
  });

  it('Python cryptography accepts the signature over the Sig_structure, and refuses a changed claim', () => {
    const sigStructure = cbor.encode(['Signature1', protectedBytes, new Uint8Array(0), payload]);
    expect(pythonVerifies(keys.publicKeyRaw, signature, sigStructure)).toBe(true);
    const claims = cbor.decode(payload) as Map<number, unknown>;
    claims.set(-4, 1000);
    const forged = cbor.encode(['Signature1', protectedBytes, new Uint8Array(0), cbor.encode(claims)]);
    expect(pythonVerifies(keys.publicKeyRaw, signature, forged)).toBe(false);
  });

  it('our browser verifier agrees, and refuses a token with a changed score', async () => {
    const kid = { [base64urlEncode(keys.coseKid)]: keys.publicKeyRaw };
    expect((await verifyCompactToken(token, kid)).ok).toBe(true);
    const claims = cbor.decode(payload) as Map<number, unknown>;
    claims.set(-4, 1000);
    const tampered = cbor.encode(new Tag([protectedBytes, new Map(), cbor.encode(claims), signature], 18));
    const digits = BigInt('0x' + Buffer.from(tampered).toString('hex')).toString(10);
    expect(decodeCompactToken(digits).ok).toBe(true);
    const r = await verifyCompactToken(digits, kid);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('signature');
  });

  it('the NIP MAC matches only the right NIP, and only with the server key', () => {
    const d = decodeCompactToken(token);
    expect(d.ok && d.claims.nipMac).toBe(keys.nipMac(NIP));
    expect(keys.nipMac('198609262015052002')).not.toBe(keys.nipMac(NIP));
    const other = loadIssuerKeys({ dataDir: fs.mkdtempSync(path.join(dir, 'k')), signingKey: undefined });
    expect(other.nipMac(NIP)).not.toBe(keys.nipMac(NIP));
  });
});
