import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ed from '@noble/ed25519';
import { loadIssuerKeys } from '../../../src/server/certificates/keys.ts';
import {
  base58btc,
  base58btcDecode,
  buildOpenBadgeCredential,
  publicKeyMultibase,
  verifyOpenBadgeCredential,
  type OpenBadgeCredential,
} from '../../../src/server/certificates/openbadge.ts';
import { course } from '../../../src/content/course.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-ob-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const keys = loadIssuerKeys({ dataDir: dir, signingKey: undefined });
const ORIGIN = 'https://netral.example.go.id';
const NIP = '198609262015052001';

const credential = buildOpenBadgeCredential(
  {
    number: 'NTR-2026-7KQ2-M9XK',
    name: "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.",
    nip: '19860926 201505 2 001',
    nipSalt: 'w2rNvsnTCjlvqsMo',
    score: 86,
    predikat: 'Baik',
    jp: 4,
    issuedAt: new Date('2026-11-22T03:04:05.678Z'),
    publicOrigin: ORIGIN,
  },
  keys,
);

/** RFC 8785 for our data: sorted keys, JSON.stringify leaves (written here independently). */
function jcs(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jcs).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${jcs(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
const sha = (s: string) => crypto.createHash('sha256').update(s).digest();

/** Recomputes eddsa-jcs-2022 hashData and checks the signature with @noble/ed25519. */
async function nobleVerify(c: OpenBadgeCredential): Promise<boolean> {
  const { proof, ...doc } = structuredClone(c);
  if (!proof) return false;
  const { proofValue, ...config } = proof;
  const hashData = Buffer.concat([sha(jcs(config)), sha(jcs(doc))]);
  return ed.verifyAsync(base58btcDecode(proofValue.slice(1)), hashData, keys.publicKeyRaw);
}

describe('the Open Badges 3.0 credential', () => {
  it('has the VC 2.0 / OB 3.0 shape', () => {
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({ id: ORIGIN, type: ['Profile'], name: course.issuer.name });
    expect(credential.validFrom).toBe('2026-11-22T03:04:05Z');
    const subject = credential.credentialSubject as Record<string, any>;
    expect(subject.type).toEqual(['AchievementSubject']);
    expect(subject.achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Course',
      name: course.title,
      criteria: { narrative: expect.stringContaining(String(course.passMark)) },
    });
    expect(subject.result[0]).toMatchObject({ type: ['Result'], value: '86' });
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${ORIGIN}/.well-known/netral-issuer.json#${keys.keyId}`,
    });
    expect(credential.proof?.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]+$/);
  });

  it('identifies the learner by a salted NIP hash, never the NIP itself', () => {
    const json = JSON.stringify(credential);
    expect(json).not.toContain(NIP);
    const id = (credential.credentialSubject as any).identifier[0];
    expect(id).toEqual({
      type: 'IdentityObject',
      identityType: 'identifier',
      hashed: true,
      salt: 'w2rNvsnTCjlvqsMo',
      identityHash: 'sha256$' + crypto.createHash('sha256').update(NIP + 'w2rNvsnTCjlvqsMo').digest('hex'),
    });
  });

  it('the proof verifies with @noble/ed25519 after recomputing hashData per eddsa-jcs-2022', async () => {
    expect(await nobleVerify(credential)).toBe(true);
    expect(verifyOpenBadgeCredential(credential, keys.publicKeyRaw)).toBe(true);
  });

  it('survives a JSON round trip with keys in another order (canonicalisation)', async () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]))
          : v;
    const shuffled = JSON.parse(JSON.stringify(reverseKeys(credential))) as OpenBadgeCredential;
    expect(Object.keys(shuffled)[0]).toBe('proof');
    expect(await nobleVerify(shuffled)).toBe(true);
  });

  it('tampering with the score, the name, the issuer or the proof fails', async () => {
    const cases: ((c: any) => void)[] = [
      (c) => (c.credentialSubject.result[0].value = '100'),
      (c) => (c.credentialSubject.identifier[1].identityHash = 'Orang Lain'),
      (c) => (c.issuer.id = 'https://palsu.example'),
      (c) => (c.validFrom = '2025-01-01T00:00:00Z'),
      (c) => (c.proof.created = '2025-01-01T00:00:00Z'),
      (c) => (c.proof.proofValue = 'z' + base58btc(new Uint8Array(64).fill(1))),
    ];
    for (const change of cases) {
      const c = structuredClone(credential) as any;
      change(c);
      expect(await nobleVerify(c)).toBe(false);
      expect(verifyOpenBadgeCredential(c, keys.publicKeyRaw)).toBe(false);
    }
  });

  it('base58btc and the Multikey form follow the multibase conventions', () => {
    expect(base58btc(new Uint8Array([0, 0, 1]))).toBe('112');
    expect(Array.from(base58btcDecode('112'))).toEqual([0, 0, 1]);
    expect(publicKeyMultibase(keys.publicKeyRaw)).toMatch(/^z6Mk/);
  });
});
