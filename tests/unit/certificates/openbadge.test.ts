/**
 * The Open Badge is checked by the unmodified @digitalbazaar/vc verifier (eddsa-rdfc-2022), with a
 * document loader that knows only the bundled contexts and the documents our server publishes
 * (issuer profile, key, status list), built here by the same functions the endpoints call.
 * The end-to-end test does the same against the running server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { loadIssuerKeys } from '../../../src/server/certificates/keys.ts';
import {
  buildOpenBadgeCredential,
  issuerProfileDocument,
  publicKeyMultibase,
  verificationMethodDocument,
  verificationMethodId,
  issuerProfileId,
  type OpenBadgeCredential,
} from '../../../src/server/certificates/openbadge.ts';
import { CONTEXTS } from '../../../src/server/certificates/contexts.ts';
import { encodeBits, signStatusList } from '../../../src/server/certificates/status-list.ts';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { course } from '../../../src/content/course.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-ob-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const keys = loadIssuerKeys({ dataDir: dir, signingKey: undefined });
const ORIGIN = 'https://netral.example.go.id';
const NIP = '198609262015052001';

const published = new Map<string, unknown>([
  [issuerProfileId(ORIGIN), issuerProfileDocument('Kantor Kementerian Agama Kabupaten Tabalong', [keys], ORIGIN)],
  [verificationMethodId(keys, ORIGIN), verificationMethodDocument(keys, ORIGIN)],
]);
const documentLoader = async (url: string) => {
  const document = CONTEXTS.get(url) ?? published.get(url);
  if (!document) throw new Error(`not available: ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
};
const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
const STATUS = `${ORIGIN}/.well-known/status/1`;
published.set(STATUS, await signStatusList([7], keys, ORIGIN));

const credential = await buildOpenBadgeCredential(
  {
    number: 'NTR-2026-7KQ2-M9XK',
    name: "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.",
    score: 86,
    predikat: 'Baik',
    jp: 4,
    issuedAt: new Date('2026-11-22T03:04:05.678Z'),
    issuerName: 'Kantor Kementerian Agama Kabupaten Tabalong',
    statusIndex: 12345,
    publicOrigin: ORIGIN,
  },
  keys,
);

describe('the Open Badges 3.0 credential', () => {
  it('is an OpenBadgeCredential with an eddsa-rdfc-2022 proof by the published key, and a status list entry', () => {
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({ id: `${ORIGIN}/.well-known/ob-issuer.json`, type: ['Profile'], name: 'Kantor Kementerian Agama Kabupaten Tabalong' });
    expect(credential.validFrom).toBe('2026-11-22T03:04:05Z');
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: `${ORIGIN}/.well-known/keys/${keys.keyId}.json`,
      proofPurpose: 'assertionMethod',
    });
    expect(credential.credentialStatus).toEqual({
      id: `${ORIGIN}/.well-known/status/1#12345`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '12345',
      statusListCredential: `${ORIGIN}/.well-known/status/1`,
    });
    const subject = credential.credentialSubject as { achievement: { name: string; version: string } };
    expect(subject.achievement).toMatchObject({ name: course.title, version: course.version });
    expect(JSON.stringify(credential)).not.toContain(NIP);
    expect(JSON.stringify(credential)).not.toContain('19860926');
    expect(verificationMethodDocument(keys, ORIGIN).publicKeyMultibase).toBe(publicKeyMultibase(keys.publicKeyRaw));
  });

  it('the @digitalbazaar/vc verifier accepts it, and refuses a changed score', async () => {
    const ok = await vc.verifyCredential({ credential, suite: suite(), documentLoader, checkStatus });
    expect(ok.error).toBeUndefined();
    expect(ok.verified).toBe(true);
    expect(ok.statusResult).toMatchObject({ verified: true });
    const forged = structuredClone(credential) as OpenBadgeCredential & { credentialSubject: { result: { value: string }[] } };
    forged.credentialSubject.result[0].value = '100';
    const bad = await vc.verifyCredential({ credential: forged, suite: suite(), documentLoader, checkStatus });
    expect(bad.verified).toBe(false);
  });

  it('once its bit is set in the published status list, the same verifier reports it', async () => {
    const revoked = new Map(published);
    revoked.set(STATUS, await signStatusList([7, 12345], keys, ORIGIN));
    const loader = async (url: string) => ({ contextUrl: null, documentUrl: url, document: structuredClone(CONTEXTS.get(url) ?? revoked.get(url)) });
    const r = await vc.verifyCredential({ credential, suite: suite(), documentLoader: loader, checkStatus });
    expect(r.statusResult).toMatchObject({ verified: true, results: [expect.objectContaining({ status: true })] });
    // The status list is itself verified: a list signed by another key is refused.
    const stranger = loadIssuerKeys({ dataDir: fs.mkdtempSync(path.join(dir, 'k')), signingKey: undefined });
    revoked.set(STATUS, await signStatusList([], { ...stranger, keyId: keys.keyId }, ORIGIN));
    const r2 = await vc.verifyCredential({ credential, suite: suite(), documentLoader: loader, checkStatus });
    expect(r2.verified).toBe(false);
  });

  it('is refused when the key is not in the issuer profile’s assertionMethod', async () => {
    const other = new Map(published);
    other.set(issuerProfileId(ORIGIN), issuerProfileDocument('Lain', [], ORIGIN));
    const loader = async (url: string) => ({ contextUrl: null, documentUrl: url, document: structuredClone(CONTEXTS.get(url) ?? other.get(url)) });
    const r = await vc.verifyCredential({ credential, suite: suite(), documentLoader: loader, checkStatus });
    expect(r.verified).toBe(false);
    expect(JSON.stringify(r.results ?? r.error)).toMatch(/not authorized/);
  });

  it('status list bits are ordered most significant bit first, gzip, multibase base64url', async () => {
    const { decodeList } = await import('@digitalbazaar/vc-bitstring-status-list');
    const list = await decodeList({ encodedList: encodeBits([0, 9, 131071], 131072) });
    expect(list.getStatus(0)).toBe(true);
    expect(list.getStatus(1)).toBe(false);
    expect(list.getStatus(9)).toBe(true);
    expect(list.getStatus(131071)).toBe(true);
  });
});
