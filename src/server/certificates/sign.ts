/**
 * Issuing the signed certificate token. `buildClaims` turns what the exam service knows (full
 * NIP, person, score, date) into the record of the certificate; `issueCompactToken` signs the
 * part of it the QR carries (version 2, COSE_Sign1: see cert-token.ts). `issueToken` (version 1)
 * is kept only so tests can make tokens of the old format, which keep verifying.
 */
import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { config } from '../config.ts';
import { course, predikatFor } from '../../content/course.ts';

import { maskNip, normalizeNipInput } from '../../lib/nip.ts';
import {
  isCompactToken,
  assembleCompactToken,
  encodeCompactClaims,
  protectedHeader,
  sigStructure,
  TOKEN_VERSION,
  assembleToken,
  base64urlEncode,
  NIP_HASH_BYTES,
  encodeClaims,
  signingInput,
  type CertificateClaims,
} from '../../lib/cert-token.ts';
import { getIssuerKeys, type IssuerKeys } from './keys.ts';
import { DEFAULT_ISSUER, type EffectiveIssuer } from './issuer.ts';
import type { TimeZoneId } from '../../lib/local-time.ts';

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
  /** Issue date: a Date (its UTC day is used) or yyyy-mm-dd (the local day, as printed). */
  issuedAt: Date | string;
  /** Issuing institution; defaults to the built-in default issuer. */
  issuer?: string;
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

/**
 * What is stored with a certificate (certificates.claims): every printed fact, and for
 * certificates issued since issuer settings exist, the issuer and the unit's time zone as they
 * were at issuance, so the PDF never changes afterwards. `date` is the local day of issuance.
 */
export interface CertificateRecord extends CertificateClaims {
  /** The unit's IANA time zone at issuance (absent on old certificates: their date is UTC). */
  tz?: TimeZoneId;
  /** First day of learning (local), for the training period. */
  from?: string;
  /** The issuer as printed. */
  issuerProfile?: EffectiveIssuer;
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
    issuer: input.issuer ?? DEFAULT_ISSUER.institution,
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

/** Largest QR version a certificate may carry (error correction M): it must scan from a photocopy. */
export const MAX_QR_VERSION = 10;

/** The QR code of a verification URL: the origin in byte mode, a version-2 token in numeric mode. */
export function qrFor(url: string) {
  const i = url.indexOf('#');
  const token = url.slice(i + 1);
  const segments = i > 0 && isCompactToken(token)
    ? [{ data: url.slice(0, i + 1), mode: 'byte' as const }, { data: token, mode: 'numeric' as const }]
    : [{ data: url, mode: 'byte' as const }];
  // The typings want bytes for a byte segment; qrcode also takes a string (UTF-8).
  return QRCode.create(segments as unknown as QRCode.QRCodeSegment[], { errorCorrectionLevel: 'M' });
}

/**
 * The longest version-2 token (digits) whose verification URL at this origin still fits
 * MAX_QR_VERSION. Found once per origin by bisection: building a QR code for every issued
 * certificate only to read its version was a large part of an exam submit.
 */
const tokenRoom = new Map<string, number>();
function longestTokenFor(publicOrigin: string): number {
  let room = tokenRoom.get(publicOrigin);
  if (room === undefined) {
    let [lo, hi] = [40, 2000];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (qrFor(verificationUrl('9'.repeat(mid), publicOrigin)).version <= MAX_QR_VERSION) lo = mid;
      else hi = mid - 1;
    }
    tokenRoom.set(publicOrigin, (room = lo));
  }
  return room;
}

/**
 * Signs the QR's claims (version 2). A name too long for a version-10 QR at this origin (beyond
 * about 50 characters) is shortened with "…" in the token only; the paper and the server's record
 * keep it whole.
 */
export function issueCompactToken(record: Pick<CertificateClaims, 'no' | 'name' | 'date' | 'score'>, nip: string, keys: IssuerKeys = getIssuerKeys(), publicOrigin = config.publicOrigin): string {
  const prot = protectedHeader(keys.coseKid);
  const nipMac = keys.nipMac(normalizeNipInput(nip));
  let name = record.name;
  for (;;) {
    const payload = encodeCompactClaims({ no: record.no, name, nipMac, date: record.date, score: record.score });
    const token = assembleCompactToken(prot, payload, keys.sign(sigStructure(prot, payload)));
    if (name.length <= 12 || token.length <= longestTokenFor(publicOrigin)) return token;
    name = `${name.slice(0, name.endsWith('…') ? -3 : -2).trimEnd()}…`;
  }
}
