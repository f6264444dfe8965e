/**
 * Issuing the signed certificate token. `buildClaims` turns what the exam service knows (full
 * NIP, person, score, date) into the public claims; `issueToken` signs them.
 */
import crypto from 'node:crypto';
import { course, predikatFor } from '../../content/course.ts';
import { maskNip, normalizeNipInput } from '../../lib/nip.ts';
import {
  TOKEN_VERSION,
  assembleToken,
  base64urlEncode,
  NIP_HASH_BYTES,
  encodeClaims,
  signingInput,
  type CertificateClaims,
} from '../../lib/cert-token.ts';
import { getIssuerKeys, type IssuerKeys } from './keys.ts';

export interface CertificateInput {
  number: string;
  name: string;
  /** Full 18-digit NIP (separators allowed). */
  nip: string;
  jabatan: string;
  pangkat?: string;
  unit: string;
  /** Final-exam score, 0–100. */
  score: number;
  /** Issue date: a Date (its UTC day is used) or yyyy-mm-dd. */
  issuedAt: Date | string;
  /** Defaults to predikatFor(score) from course.ts. */
  predikat?: string;
  /** Jam pelajaran credited (the caller computes it, e.g. jpFor(total course minutes)). */
  jp: number;
  /** Fixed salt for tests; random 12 bytes otherwise. */
  nipSalt?: string;
}

/** yyyy-mm-dd of a Date (UTC) or a yyyy-mm-dd string. */
export function isoDay(d: Date | string): string {
  return typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

/** nipHash as hashNip() in cert-token.ts computes it, synchronously with node:crypto. */
export function hashNipSync(nip: string, salt: string): string {
  return base64urlEncode(new Uint8Array(crypto.createHash('sha256').update(nip + salt, 'utf8').digest()).subarray(0, NIP_HASH_BYTES));
}

export function buildClaims(input: CertificateInput, keys: IssuerKeys = getIssuerKeys()): CertificateClaims {
  const nip = normalizeNipInput(input.nip);
  if (!/^\d{18}$/.test(nip)) throw new Error('buildClaims: nip must be 18 digits');
  const nipSalt = input.nipSalt ?? base64urlEncode(crypto.getRandomValues(new Uint8Array(12)));
  const claims: CertificateClaims = {
    v: TOKEN_VERSION,
    no: input.number,
    name: input.name,
    nipMasked: maskNip(nip),
    nipSalt,
    nipHash: hashNipSync(nip, nipSalt),
    jabatan: input.jabatan,
    unit: input.unit,
    score: input.score,
    predikat: input.predikat ?? predikatFor(input.score),
    jp: input.jp,
    date: isoDay(input.issuedAt),
    course: course.title,
    courseVersion: course.version,
    issuer: course.issuer.name,
    kid: keys.keyId,
  };
  if (input.pangkat) claims.pangkat = input.pangkat;
  return claims;
}

/** Signs the claims with the issuer key; returns the compact token for `/verifikasi#<token>`. */
export function issueToken(claims: CertificateClaims, keys: IssuerKeys = getIssuerKeys()): string {
  if (claims.kid !== keys.keyId) throw new Error('issueToken: claims.kid does not match the signing key');
  const payload = encodeClaims(claims);
  return assembleToken(payload, keys.sign(signingInput(payload)));
}

/** The URL the QR code opens. */
export function verificationUrl(token: string, publicOrigin: string): string {
  return `${publicOrigin.replace(/\/$/, '')}/verifikasi#${token}`;
}
