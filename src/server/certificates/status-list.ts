/**
 * The W3C Bitstring Status List credential (`/.well-known/status/1`) of revocation: bit i is set
 * when the certificate with status_index i is revoked (revoke and reissue both revoke). It is
 * computed from the database, so every instance publishes the same list, and re-signed only when
 * the set of revoked bits changes.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as vc from '@digitalbazaar/vc';
import { config } from '../config.ts';
import { getDb, type Db } from '../db/index.ts';
import { bundledLoader, VC_V2 } from './contexts.ts';
import { getIssuerKeys, type IssuerKeys } from './keys.ts';
import { issuerProfileId, issuerSuite, statusListId } from './openbadge.ts';
import { STATUS_LIST_SIZE } from './store.ts';

/** The list's bits, most significant bit of byte 0 first (as the specification orders them). */
export function encodeBits(indices: Iterable<number>, size = STATUS_LIST_SIZE): string {
  const bytes = new Uint8Array(size / 8);
  for (const i of indices) bytes[i >> 3] |= 0x80 >> (i & 7);
  return 'u' + gzipSync(bytes).toString('base64url');
}

let cache: { key: string; credential: unknown } | undefined;

/** The signed status list credential as of now. */
export async function statusListCredential(db: Db = getDb(), origin = config.publicOrigin): Promise<unknown> {
  const rows = await db.selectFrom('certificates').select('status_index').where('revoked_at', 'is not', null).where('status_index', 'is not', null).execute();
  const indices = rows.map((r) => Number(r.status_index)).sort((a, b) => a - b);
  const key = createHash('sha256').update(`${origin}\n${indices.join(',')}`).digest('hex');
  if (cache?.key === key) return cache.credential;
  const signed = await signStatusList(indices, getIssuerKeys(), origin);
  cache = { key, credential: signed };
  return signed;
}

/** The signed status list credential with these bits set (pure but for the clock). */
export async function signStatusList(indices: Iterable<number>, keys: IssuerKeys, origin = config.publicOrigin, at = new Date()): Promise<unknown> {
  const now = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const credential = {
    '@context': [VC_V2],
    id: statusListId(origin),
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerProfileId(origin),
    validFrom: now.toISOString().replace('.000Z', 'Z'),
    credentialSubject: {
      id: `${statusListId(origin)}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeBits(indices),
    },
  };
  return vc.issue({ credential, suite: issuerSuite(keys, origin, now), documentLoader: bundledLoader() });
}
