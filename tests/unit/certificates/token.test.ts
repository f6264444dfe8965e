import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as ed from '@noble/ed25519';
import {
  base64urlDecode,
  base64urlEncode,
  decodeToken,
  encodeClaims,
  nipMatches,
  verifyToken,
  type CertificateClaims,
} from '../../../src/lib/cert-token.ts';
import { KEY_FILE, loadIssuerKeys } from '../../../src/server/certificates/keys.ts';
import { buildClaims, hashNipSync, issueToken, verificationUrl } from '../../../src/server/certificates/sign.ts';
import { course } from '../../../src/content/course.ts';
import { DEFAULT_ISSUER } from '../../../src/server/certificates/issuer.ts';

const tmpDirs: string[] = [];
function tempDataDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-keys-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

const NIP = '198609262015052001';
const keys = loadIssuerKeys({ dataDir: tempDataDir(), signingKey: undefined });

function sampleClaims(): CertificateClaims {
  return buildClaims(
    {
      number: 'NTR-2026-7KQ2-M9XK',
      name: "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.",
      nip: '19860926 201505 2 001',
      jabatan: 'Penyuluh Agama Islam Ahli Muda',
      pangkat: 'Penata (III/c)',
      unit: 'Kantor Kementerian Agama Kabupaten Luwu Utara',
      score: 86,
      jp: 4,
      issuedAt: new Date('2026-11-22T03:00:00Z'),
    },
    keys,
  );
}

function splitToken(token: string) {
  const [payload, sig] = token.split('.');
  return { payload, sig };
}

describe('an issued token verifies, with our verifier and an independent one', () => {
  const claims = sampleClaims();
  const token = issueToken(claims, keys);

  it('carries every claim a verifier is shown, and the masked NIP but never the full NIP', () => {
    const d = decodeToken(token);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.claims).toEqual(claims);
    expect(d.claims).toMatchObject({
      no: 'NTR-2026-7KQ2-M9XK',
      name: "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.",
      nipMasked: '1986•••• 2015•• 2 •••',
      score: 86,
      predikat: 'Baik',
      jp: 4,
      date: '2026-11-22',
      course: course.title,
      courseVersion: course.version,
      issuer: DEFAULT_ISSUER.institution,
      kid: keys.keyId,
    });
    expect(token).not.toContain(NIP);
    expect(new TextDecoder().decode(base64urlDecode(splitToken(token).payload))).not.toContain(NIP);
  });

  it('verifies with WebCrypto (verifyToken), by raw key or by key id', async () => {
    expect(await verifyToken(token, keys.publicKeyRaw)).toEqual({ ok: true, claims });
    expect((await verifyToken(token, { [keys.keyId]: keys.publicKeyRaw })).ok).toBe(true);
  });

  it('verifies with @noble/ed25519 over the UTF-8 of the first part', async () => {
    const { payload, sig } = splitToken(token);
    expect(await ed.verifyAsync(base64urlDecode(sig), new TextEncoder().encode(payload), keys.publicKeyRaw)).toBe(true);
  });

  it('is deterministic: the same claims give the same first part', () => {
    expect(encodeClaims({ ...claims })).toBe(splitToken(token).payload);
    // Key order of the input object does not matter (canonical JSON).
    const reversed = Object.fromEntries(Object.entries(claims).reverse()) as unknown as CertificateClaims;
    expect(encodeClaims(reversed)).toBe(splitToken(token).payload);
  });

  it('the QR URL opens the verification page with the token in the fragment', () => {
    expect(verificationUrl(token, 'https://netral.example.go.id/')).toBe(`https://netral.example.go.id/verifikasi#${token}`);
  });
});

describe('a changed token fails verification', () => {
  const token = issueToken(sampleClaims(), keys);

  it('changing any byte of the claims part or the signature fails (noble and WebCrypto)', async () => {
    const { payload, sig } = splitToken(token);
    const claimBytes = base64urlDecode(payload);
    const sigBytes = base64urlDecode(sig);
    const msg = new TextEncoder().encode(payload);
    for (let i = 0; i < claimBytes.length; i++) {
      const tampered = claimBytes.slice();
      tampered[i] ^= 0x01;
      const tp = base64urlEncode(tampered);
      expect(await ed.verifyAsync(sigBytes, new TextEncoder().encode(tp), keys.publicKeyRaw)).toBe(false);
      // Our verifier: either the JSON no longer parses/validates, or the signature fails.
      expect((await verifyToken(`${tp}.${sig}`, keys.publicKeyRaw)).ok).toBe(false);
    }
    for (let i = 0; i < sigBytes.length; i++) {
      const tampered = sigBytes.slice();
      tampered[i] ^= 0x80;
      expect(await ed.verifyAsync(tampered, msg, keys.publicKeyRaw)).toBe(false);
      const r = await verifyToken(`${payload}.${base64urlEncode(tampered)}`, keys.publicKeyRaw);
      expect(r).toMatchObject({ ok: false, code: 'signature' });
    }
  });

  it('changing any character of the token text fails verification', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      // Two substitutions per position: the next letter, and one that differs only in low bits.
      for (const delta of [1, 32]) {
        const c = alphabet[(alphabet.indexOf(token[i]) + delta) % 64];
        const changed = token.slice(0, i) + c + token.slice(i + 1);
        expect((await verifyToken(changed, keys.publicKeyRaw)).ok, `position ${i} → ${c}`).toBe(false);
      }
    }
  });

  it('a forged score with a valid shape is reported as a bad signature, in Indonesian', async () => {
    const d = decodeToken(token);
    if (!d.ok) throw new Error('decode');
    const forged = encodeClaims({ ...d.claims, score: 100, predikat: 'Sangat Baik' });
    const r = await verifyToken(`${forged}.${splitToken(token).sig}`, keys.publicKeyRaw);
    expect(r).toMatchObject({ ok: false, code: 'signature' });
    expect(!r.ok && r.message).toMatch(/Tanda tangan tidak sah/);
  });

  it('another issuer key does not verify it', async () => {
    const other = loadIssuerKeys({ dataDir: tempDataDir(), signingKey: undefined });
    expect((await verifyToken(token, other.publicKeyRaw)).ok).toBe(false);
    expect(await verifyToken(token, { [other.keyId]: other.publicKeyRaw })).toMatchObject({ ok: false, code: 'unknownKey' });
  });
});

describe('a garbled token gets a clear message', () => {
  const token = issueToken(sampleClaims(), keys);
  it.each([
    ['', 'format'],
    ['abc', 'format'],
    [`${token}.x`, 'format'],
    [token.replace(/^./, '*'), 'encoding'],
    [token.slice(0, -10), 'encoding'],
    [`${base64urlEncode(new TextEncoder().encode('{"v":1'))}.${splitToken(token).sig}`, 'json'],
    [`${base64urlEncode(new TextEncoder().encode('{"v":2}'))}.${splitToken(token).sig}`, 'claims'],
  ])('%#: %s → %s', (input, code) => {
    const d = decodeToken(input);
    expect(d).toMatchObject({ ok: false, code });
    expect(!d.ok && d.message).toMatch(/Kode verifikasi/);
  });

  it('accepts the whole URL as pasted from the QR', () => {
    expect(decodeToken(`https://x.example/verifikasi#${token}`).ok).toBe(true);
  });
});

describe('a verifier types the full NIP to check it matches', () => {
  const claims = sampleClaims();
  it('the right NIP matches, typed with spaces', async () => {
    expect(await nipMatches(claims, '19860926 201505 2 001')).toBe(true);
  });
  it('any other NIP does not', async () => {
    expect(await nipMatches(claims, '198609262015052002')).toBe(false);
    expect(await nipMatches(claims, '1986')).toBe(false);
  });
  it('each certificate has its own salt, so equal NIPs give different hashes', () => {
    const a = sampleClaims();
    const b = sampleClaims();
    expect(a.nipSalt).not.toBe(b.nipSalt);
    expect(a.nipHash).not.toBe(b.nipHash);
    expect(hashNipSync(NIP, a.nipSalt)).toBe(a.nipHash);
  });
});

describe('issuer keys', () => {
  it('are generated once into <dataDir>/keys (mode 0600) and reloaded unchanged', async () => {
    const dataDir = tempDataDir();
    const first = loadIssuerKeys({ dataDir, signingKey: undefined });
    const file = path.join(dataDir, KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const token = issueToken({ ...sampleClaims(), kid: first.keyId }, first);

    // A fresh copy of the module (as after a restart) reads the same key.
    const { vi } = await import('vitest');
    vi.resetModules();
    const reloaded = await import('../../../src/server/certificates/keys.ts');
    const second = reloaded.loadIssuerKeys({ dataDir, signingKey: undefined });
    expect(second.keyId).toBe(first.keyId);
    expect(Buffer.from(second.publicKeyRaw)).toEqual(Buffer.from(first.publicKeyRaw));
    expect((await verifyToken(token, second.publicKeyRaw)).ok).toBe(true);
  });

  it('keyId and JWK are derived from the public key', () => {
    expect(keys.publicKeyRaw).toHaveLength(32);
    expect(keys.publicKeyJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(keys.publicKeyRaw), kid: keys.keyId });
    expect(keys.keyId).toBe(base64urlEncode(crypto.createHash('sha256').update(keys.publicKeyRaw).digest().subarray(0, 9)));
  });

  it('accept a base64url 32-byte seed and a PKCS#8 PEM from NETRAL_SIGNING_KEY, giving the same key', async () => {
    const seed = new Uint8Array(32).fill(7);
    const fromSeed = loadIssuerKeys({ signingKey: base64urlEncode(seed) });
    expect(Buffer.from(fromSeed.publicKeyRaw)).toEqual(Buffer.from(await ed.getPublicKeyAsync(seed)));
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
    const pem = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }) as string;
    expect(loadIssuerKeys({ signingKey: pem }).keyId).toBe(fromSeed.keyId);
  });

  it('reject a malformed NETRAL_SIGNING_KEY instead of silently generating another key', () => {
    expect(() => loadIssuerKeys({ signingKey: 'not-a-key' })).toThrow(/NETRAL_SIGNING_KEY/);
  });
});
