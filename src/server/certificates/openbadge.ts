/**
 * The same achievement as an Open Badges 3.0 `OpenBadgeCredential` (W3C VC data model 2.0),
 * secured with a Data Integrity proof, cryptosuite `eddsa-jcs-2022`:
 *
 *   proofConfig  = the proof without proofValue, with the credential's @context
 *   hashData     = SHA-256(JCS(proofConfig)) || SHA-256(JCS(credential without proof))
 *   proofValue   = "z" + base58btc(Ed25519-sign(hashData))
 *
 * JCS (RFC 8785) is implemented by canonicalJson() in cert-token.ts: keys sorted by UTF-16 code
 * units, JSON.stringify for strings and numbers. For JSON data (no undefined, no NaN) that is
 * exactly RFC 8785, whose string escaping and number format are those of ECMAScript's
 * JSON.stringify; our credentials contain only strings, integers, booleans, arrays and objects.
 *
 * The learner is identified by the hashed NIP (IdentityObject, hashed: true, with its salt:
 * identityHash = "sha256$" + hex(SHA-256(nip + salt)), the Open Badges IdentityHash) and by name.
 * The verification method is the issuer key published at /.well-known/netral-issuer.json.
 */
import crypto from 'node:crypto';
import { course } from '../../content/course.ts';
import { canonicalJson } from '../../lib/cert-token.ts';
import { normalizeNipInput } from '../../lib/nip.ts';
import { config } from '../config.ts';
import { t } from '../../i18n/index.ts';
import type { IssuerKeys } from './keys.ts';

export const OB_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export interface OpenBadgeData {
  number: string;
  name: string;
  /** Full NIP; only its salted hash goes into the credential. */
  nip: string;
  /** Salt for the NIP hash (the certificate's nipSalt, so the badge and the QR agree). */
  nipSalt: string;
  score: number;
  predikat: string;
  jp: number;
  /** When the certificate was issued. */
  issuedAt: Date;
  publicOrigin?: string;
  /** Course version the certificate attests (its claims'); defaults to the current one. */
  courseVersion?: string;
}

export interface DataIntegrityProof {
  '@context'?: unknown;
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-jcs-2022';
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

export type OpenBadgeCredential = Record<string, unknown> & { '@context': string[]; proof?: DataIntegrityProof };

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58btc(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

export function base58btcDecode(text: string): Uint8Array {
  let n = 0n;
  for (const ch of text) {
    const i = B58.indexOf(ch);
    if (i < 0) throw new Error('not base58btc');
    n = n * 58n + BigInt(i);
  }
  const out: number[] = [];
  while (n > 0n) {
    out.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of text) {
    if (ch !== '1') break;
    out.unshift(0);
  }
  return new Uint8Array(out);
}

/** Multikey form of an Ed25519 public key: "z6Mk…" (multicodec 0xed01 + raw key, base58btc). */
export function publicKeyMultibase(raw: Uint8Array): string {
  return 'z' + base58btc(new Uint8Array([0xed, 0x01, ...raw]));
}

/** The verification method id of an issuer key. */
export function verificationMethodId(keys: Pick<IssuerKeys, 'keyId'>, origin = config.publicOrigin): string {
  return `${origin.replace(/\/$/, '')}/.well-known/netral-issuer.json#${keys.keyId}`;
}

const sha256 = (s: string) => new Uint8Array(crypto.createHash('sha256').update(s, 'utf8').digest());

/** hashData of eddsa-jcs-2022 for a credential (proof removed) and a proof configuration. */
export function hashData(unsecured: Record<string, unknown>, proofConfig: Record<string, unknown>): Uint8Array {
  const out = new Uint8Array(64);
  out.set(sha256(canonicalJson(proofConfig)), 0);
  out.set(sha256(canonicalJson(unsecured)), 32);
  return out;
}

/** Builds and signs the credential. */
export function buildOpenBadgeCredential(data: OpenBadgeData, keys: IssuerKeys): OpenBadgeCredential {
  const origin = (data.publicOrigin ?? config.publicOrigin).replace(/\/$/, '');
  const nip = normalizeNipInput(data.nip);
  const issued = new Date(Math.floor(data.issuedAt.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const issuer = { id: origin, type: ['Profile'], name: course.issuer.name, url: origin };
  const credential: Record<string, unknown> = {
    '@context': OB_CONTEXT,
    id: `${origin}/verifikasi?nomor=${encodeURIComponent(data.number)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: t('certificate.badge.name', { course: course.title }),
    issuer,
    validFrom: issued,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'identifier',
          hashed: true,
          identityHash: `sha256$${crypto.createHash('sha256').update(nip + data.nipSalt, 'utf8').digest('hex')}`,
          salt: data.nipSalt,
        },
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: data.name },
      ],
      achievement: {
        id: `${origin}/#kursus-v${data.courseVersion ?? course.version}`,
        type: ['Achievement'],
        achievementType: 'Course',
        name: course.title,
        version: data.courseVersion ?? course.version,
        description: t('certificate.badge.description', { course: course.title, version: data.courseVersion ?? course.version, jp: data.jp }),
        criteria: {
          narrative: t('certificate.badge.criteria', { passMark: course.passMark }),
        },
        creator: issuer,
      },
      result: [{ type: ['Result'], value: String(data.score), status: 'Completed' }],
    },
    // The certificate itself (number, predikat, JP) as evidence, for people reading the JSON.
    evidence: [
      {
        type: ['Evidence'],
        id: `${origin}/verifikasi?nomor=${encodeURIComponent(data.number)}`,
        name: t('certificate.badge.evidenceName', { number: data.number }),
        description: t('certificate.badge.evidenceDescription', { score: data.score, predikat: data.predikat, jp: data.jp }),
      },
    ],
  };
  const proofConfig: Record<string, unknown> = {
    '@context': OB_CONTEXT,
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: issued,
    verificationMethod: verificationMethodId(keys, origin),
    proofPurpose: 'assertionMethod',
  };
  const signature = keys.sign(hashData(credential, proofConfig));
  return { ...credential, proof: { ...proofConfig, proofValue: 'z' + base58btc(signature) } } as OpenBadgeCredential;
}

/**
 * Verifies an eddsa-jcs-2022 proof with a raw Ed25519 public key (node:crypto).
 * Used by tests and available to the server; verifiers elsewhere use their own library.
 */
export function verifyOpenBadgeCredential(credential: OpenBadgeCredential, publicKeyRaw: Uint8Array): boolean {
  const { proof, ...unsecured } = credential;
  if (!proof || proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-jcs-2022') return false;
  if (!proof.proofValue.startsWith('z')) return false;
  const { proofValue, ...proofConfig } = proof;
  const sig = base58btcDecode(proofValue.slice(1));
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKeyRaw]);
  const key = crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
  return crypto.verify(null, hashData(unsecured, proofConfig), key, sig);
}
