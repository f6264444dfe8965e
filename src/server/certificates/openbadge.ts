/**
 * The same achievement as an Open Badges 3.0 `OpenBadgeCredential` (W3C VC data model 2.0),
 * secured with a Data Integrity proof, cryptosuite `eddsa-rdfc-2022`, made by the
 * @digitalbazaar libraries with the contexts bundled (contexts.ts), so any standard verifier can
 * check it:
 *  - issuer: the issuer Profile at `/.well-known/ob-issuer.json` (JSON-LD, its `id` is its URL),
 *    whose `assertionMethod` lists the key;
 *  - verificationMethod: a Multikey document at `/.well-known/keys/<kid>.json`;
 *  - credentialStatus: a BitstringStatusListEntry in the list at `/.well-known/status/1`
 *    (status-list.ts), set when the certificate is revoked or reissued.
 * The learner is named; the NIP is not in the badge in any form (a hash of a NIP can be reversed).
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { course } from '../../content/course.ts';
import { config } from '../config.ts';
import { t } from '../../i18n/index.ts';
import { MULTIKEY_V1, OB_V3, VC_V2, bundledLoader } from './contexts.ts';
import type { IssuerKeys } from './keys.ts';

export const OB_CONTEXT = [VC_V2, OB_V3];

export interface OpenBadgeData {
  number: string;
  name: string;
  score: number;
  predikat: string;
  jp: number;
  /** When the certificate was issued. */
  issuedAt: Date;
  /** Issuing institution's name. */
  issuerName: string;
  /** The certificate's bit in the status list; absent for certificates issued before the list. */
  statusIndex?: number | null;
  publicOrigin?: string;
  /** Course version the certificate attests (its claims'); defaults to the current one. */
  courseVersion?: string;
}

export type OpenBadgeCredential = Record<string, unknown> & { '@context': string[]; proof?: Record<string, unknown> };

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

/** Multikey form of an Ed25519 public key: "z6Mk…" (multicodec 0xed01 + raw key, base58btc). */
export function publicKeyMultibase(raw: Uint8Array): string {
  return 'z' + base58btc(new Uint8Array([0xed, 0x01, ...raw]));
}

const trim = (origin: string) => origin.replace(/\/$/, '');

/** The issuer Profile's id: its own URL. */
export function issuerProfileId(origin = config.publicOrigin): string {
  return `${trim(origin)}/.well-known/ob-issuer.json`;
}

/** The verification method id of an issuer key: the URL of its Multikey document. */
export function verificationMethodId(keys: Pick<IssuerKeys, 'keyId'>, origin = config.publicOrigin): string {
  return `${trim(origin)}/.well-known/keys/${keys.keyId}.json`;
}

/** The status list credential's id (and URL). */
export function statusListId(origin = config.publicOrigin): string {
  return `${trim(origin)}/.well-known/status/1`;
}

/** The Multikey document of a key (served at its id). */
export function verificationMethodDocument(keys: Pick<IssuerKeys, 'keyId' | 'publicKeyRaw'>, origin = config.publicOrigin) {
  return {
    '@context': MULTIKEY_V1,
    id: verificationMethodId(keys, origin),
    type: 'Multikey',
    controller: issuerProfileId(origin),
    publicKeyMultibase: publicKeyMultibase(keys.publicKeyRaw),
  };
}

/** The issuer Profile (served at its id); `assertionMethod` authorises the keys. */
export function issuerProfileDocument(name: string, keys: Pick<IssuerKeys, 'keyId'>[], origin = config.publicOrigin) {
  return {
    '@context': [VC_V2, OB_V3, { assertionMethod: { '@id': 'https://w3id.org/security#assertionMethod', '@type': '@id', '@container': '@set' } }],
    id: issuerProfileId(origin),
    type: 'Profile',
    name,
    url: trim(origin),
    assertionMethod: keys.map((k) => verificationMethodId(k, origin)),
  };
}

/** A Data Integrity suite (eddsa-rdfc-2022) that signs with the issuer key. */
export function issuerSuite(keys: IssuerKeys, origin = config.publicOrigin, date?: Date) {
  const signer = {
    id: verificationMethodId(keys, origin),
    algorithm: 'Ed25519',
    sign: async ({ data }: { data: Uint8Array }) => keys.sign(data),
  };
  return new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, ...(date ? { date } : {}) });
}

const seconds = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Builds and signs the credential. */
export async function buildOpenBadgeCredential(data: OpenBadgeData, keys: IssuerKeys): Promise<OpenBadgeCredential> {
  const origin = trim(data.publicOrigin ?? config.publicOrigin);
  const issued = seconds(data.issuedAt);
  const id = `${origin}/verifikasi?nomor=${encodeURIComponent(data.number)}`;
  const issuer = { id: issuerProfileId(origin), type: ['Profile'], name: data.issuerName, url: origin };
  const credential: Record<string, unknown> = {
    '@context': OB_CONTEXT,
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: t('certificate.badge.name', { course: course.title }),
    issuer,
    validFrom: issued,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: data.name }],
      achievement: {
        id: `${origin}/#kursus-v${data.courseVersion ?? course.version}`,
        type: ['Achievement'],
        achievementType: 'Course',
        name: course.title,
        version: data.courseVersion ?? course.version,
        description: t('certificate.badge.description', { course: course.title, version: data.courseVersion ?? course.version, jp: data.jp }),
        criteria: { narrative: t('certificate.badge.criteria', { passMark: course.passMark }) },
        creator: issuer,
      },
      result: [{ type: ['Result'], value: String(data.score), status: 'Completed' }],
    },
    // The certificate itself (number, predikat, JP) as evidence, for people reading the JSON.
    evidence: [
      {
        type: ['Evidence'],
        id,
        name: t('certificate.badge.evidenceName', { number: data.number }),
        description: t('certificate.badge.evidenceDescription', { score: data.score, predikat: data.predikat, jp: data.jp }),
      },
    ],
  };
  if (data.statusIndex != null) {
    credential.credentialStatus = {
      id: `${statusListId(origin)}#${data.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(data.statusIndex),
      statusListCredential: statusListId(origin),
    };
  }
  return (await vc.issue({ credential, suite: issuerSuite(keys, origin, new Date(issued)), documentLoader: bundledLoader() })) as OpenBadgeCredential;
}
