/**
 * The compact signed certificate token carried by the QR code (`/verifikasi#<token>`).
 * Pure and browser-safe: only WebCrypto, TextEncoder and atob/btoa; no Node APIs.
 *
 *   token = base64url(canonical JSON of the claims) + "." + base64url(Ed25519 signature)
 *
 * The signature covers the UTF-8 bytes of the first part (the base64url text itself), so the
 * verifier never has to re-serialise JSON. Canonical JSON = keys sorted, no whitespace, optional
 * fields omitted (never null/undefined), so the same claims always give the same token.
 *
 * The QR is public, so the full NIP is NOT in the token: it carries the masked NIP and
 * `nipHash` = base64url of the first 16 bytes of SHA-256(UTF-8(nip + nipSalt)), with a random
 * 12-byte salt per certificate (128 bits are plenty to confirm a match, and the QR stays small).
 * A verifier who types the full NIP can confirm it matches. (Identifier + salt is the order of
 * Open Badges' IdentityHash, so the badge can carry the same digest.) Caveat: a NIP has little
 * entropy once the masked digits are known, so the hash keeps the number off the screen; it does
 * not stop a determined brute force.
 */

import { Tagged, decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

export const TOKEN_VERSION = 1;

export interface CertificateClaims {
  /** Format version of the token. */
  v: typeof TOKEN_VERSION;
  /** Certificate number, e.g. "NTR-2026-7KQ2-M9XK". */
  no: string;
  /** Full name with titles. */
  name: string;
  /** Masked NIP for display, e.g. "1986•••• 2015•• 1 •••". */
  nipMasked: string;
  /** base64url of 12 random bytes. */
  nipSalt: string;
  /** base64url of the first 16 bytes of SHA-256(UTF-8(nip + nipSalt)). */
  nipHash: string;
  jabatan: string;
  /** Pangkat/golongan, when given. */
  pangkat?: string;
  /** Unit kerja. */
  unit: string;
  /** Final-exam score, 0–100. */
  score: number;
  predikat: string;
  /** Jam pelajaran. */
  jp: number;
  /** Issue date, yyyy-mm-dd. */
  date: string;
  /** Course title. */
  course: string;
  /** Course version. */
  courseVersion: string;
  /** Issuing organisation. */
  issuer: string;
  /** Id of the issuer key that signed the token. */
  kid: string;
}

export type DecodeErrorCode = 'format' | 'encoding' | 'json' | 'claims';
export type VerifyErrorCode = DecodeErrorCode | 'unknownKey' | 'signature' | 'unsupported';

export type DecodeResult =
  | { ok: true; claims: CertificateClaims; payload: string; signature: Uint8Array }
  | { ok: false; code: DecodeErrorCode; message: string };

export type VerifyResult = { ok: true; claims: CertificateClaims } | { ok: false; code: VerifyErrorCode; message: string };

const enc = new TextEncoder();

export function base64urlEncode(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Strict base64url decoding: throws on any character outside the alphabet and on non-canonical
 * text (unused trailing bits set), so two different texts never decode to the same bytes.
 */
export function base64urlDecode(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = Uint8Array.from(b, (c) => c.charCodeAt(0));
  if (base64urlEncode(bytes) !== text) throw new Error('non-canonical base64url');
  return bytes;
}

/** Canonical JSON: object keys sorted (UTF-16 order), undefined members dropped, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * Keys on the wire. The token goes into a QR code, where every byte makes the code denser and
 * harder to scan from paper, so the JSON uses one- or two-letter keys; code uses CertificateClaims.
 */
export const WIRE_KEYS: Record<keyof CertificateClaims, string> = {
  v: 'v',
  no: 'no',
  name: 'n',
  nipMasked: 'm',
  nipSalt: 's',
  nipHash: 'h',
  jabatan: 'j',
  pangkat: 'g',
  unit: 'u',
  score: 'sc',
  predikat: 'p',
  jp: 'jp',
  date: 'd',
  course: 'c',
  courseVersion: 'cv',
  issuer: 'i',
  kid: 'k',
};
const FROM_WIRE: Record<string, keyof CertificateClaims> = Object.fromEntries(
  Object.entries(WIRE_KEYS).map(([k, w]) => [w, k as keyof CertificateClaims]),
);

const STRING_FIELDS = ['no', 'name', 'nipMasked', 'nipSalt', 'nipHash', 'jabatan', 'unit', 'predikat', 'date', 'course', 'courseVersion', 'issuer', 'kid'] as const;

/** Structural validation of claims (readable keys); returns the first problem in Indonesian, or undefined. */
export function claimsProblem(c: unknown): string | undefined {
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return 'isi token bukan objek';
  const o = c as Record<string, unknown>;
  if (o.v !== TOKEN_VERSION) return `versi token ${String(o.v)} tidak dikenal`;
  for (const f of STRING_FIELDS) if (typeof o[f] !== 'string' || o[f] === '') return `kolom “${f}” tidak ada atau kosong`;
  if (o.pangkat !== undefined && (typeof o.pangkat !== 'string' || o.pangkat === '')) return 'kolom “pangkat” tidak sah';
  if (typeof o.score !== 'number' || !(o.score >= 0 && o.score <= 100)) return 'nilai tidak sah';
  if (typeof o.jp !== 'number' || !Number.isInteger(o.jp) || o.jp < 1) return 'JP tidak sah';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date as string)) return 'tanggal tidak sah';
  for (const k of Object.keys(o)) if (!(k in WIRE_KEYS)) return `kolom “${k}” tidak dikenal`;
  return undefined;
}

/** The first part of a token: base64url of the canonical JSON of the claims (wire keys). */
export function encodeClaims(claims: CertificateClaims): string {
  const problem = claimsProblem(claims);
  if (problem) throw new Error(`Invalid certificate claims: ${problem}`);
  const wire: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(claims)) if (v !== undefined) wire[WIRE_KEYS[k as keyof CertificateClaims]] = v;
  return base64urlEncode(enc.encode(canonicalJson(wire)));
}

/** The bytes an issuer signs: UTF-8 of the encoded claims. */
export function signingInput(payload: string): Uint8Array {
  return enc.encode(payload);
}

/** Joins the encoded claims and a 64-byte signature into a token. */
export function assembleToken(payload: string, signature: Uint8Array): string {
  return `${payload}.${base64urlEncode(signature)}`;
}

/** Parses a token without checking its signature. Accepts a full URL or "#token" too. */
export function decodeToken(input: string): DecodeResult {
  const token = String(input ?? '').trim().replace(/^.*#/, '');
  const parts = token.split('.');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    return { ok: false, code: 'format', message: 'Kode verifikasi tidak lengkap atau rusak (harus terdiri dari dua bagian).' };
  }
  let json: string;
  let signature: Uint8Array;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(base64urlDecode(parts[0]));
    signature = base64urlDecode(parts[1]);
  } catch {
    return { ok: false, code: 'encoding', message: 'Kode verifikasi rusak: berisi karakter yang tidak sah.' };
  }
  if (signature.length !== 64) {
    return { ok: false, code: 'encoding', message: 'Kode verifikasi rusak: panjang tanda tangan tidak sesuai.' };
  }
  let wire: unknown;
  try {
    wire = JSON.parse(json);
  } catch {
    return { ok: false, code: 'json', message: 'Kode verifikasi rusak: isinya tidak dapat dibaca.' };
  }
  if (wire === null || typeof wire !== 'object' || Array.isArray(wire)) {
    return { ok: false, code: 'json', message: 'Kode verifikasi rusak: isinya tidak dapat dibaca.' };
  }
  const claims: Record<string, unknown> = {};
  for (const [w, v] of Object.entries(wire)) {
    const k = FROM_WIRE[w];
    if (!k) return { ok: false, code: 'claims', message: `Kode verifikasi tidak sah: kolom “${w}” tidak dikenal.` };
    claims[k] = v;
  }
  const problem = claimsProblem(claims);
  if (problem) return { ok: false, code: 'claims', message: `Kode verifikasi tidak sah: ${problem}.` };
  return { ok: true, claims: claims as unknown as CertificateClaims, payload: parts[0], signature };
}

/**
 * Decodes and checks the Ed25519 signature with WebCrypto.
 * `keys` is one raw 32-byte public key, or a map from key id to raw key (the token's `kid` picks).
 */
export async function verifyToken(token: string, keys: Uint8Array | Record<string, Uint8Array>): Promise<VerifyResult> {
  const d = decodeToken(token);
  if (!d.ok) return d;
  const raw = keys instanceof Uint8Array ? keys : keys[d.claims.kid];
  if (!raw) return { ok: false, code: 'unknownKey', message: 'Sertifikat ini ditandatangani dengan kunci yang tidak dikenal.' };
  let valid: boolean;
  try {
    const key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, d.signature as BufferSource, signingInput(d.payload) as BufferSource);
  } catch {
    return { ok: false, code: 'unsupported', message: 'Tanda tangan tidak dapat diperiksa di peramban ini.' };
  }
  if (!valid) return { ok: false, code: 'signature', message: 'Tanda tangan tidak sah: isi sertifikat telah diubah atau bukan dari penerbit ini.' };
  return { ok: true, claims: d.claims };
}

/** Bytes of SHA-256 kept in nipHash. */
export const NIP_HASH_BYTES = 16;

/** nipHash for a NIP and salt with WebCrypto; `nip` must be the 18 digits. */
export async function hashNip(nip: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', enc.encode(nip + salt));
  return base64urlEncode(new Uint8Array(digest).subarray(0, NIP_HASH_BYTES));
}

/** Whether a typed NIP (spaces, dots, dashes allowed) is the one the certificate was issued to. */
export async function nipMatches(claims: Pick<CertificateClaims, 'nipSalt' | 'nipHash'>, typedNip: string): Promise<boolean> {
  const digits = typedNip.replace(/[\s.\-]/g, '');
  if (!/^\d{18}$/.test(digits)) return false;
  return (await hashNip(digits, claims.nipSalt)) === claims.nipHash;
}

// ---------------------------------------------------------------------------------------------
// Version 2: COSE_Sign1 (RFC 9052) in a QR code's numeric mode.
//
// The version-1 JSON token made QR codes of version 21–22; a certificate's QR must stay at
// version ≤ 10 (error correction M) to scan from a photocopy. So the token now holds only what an
// offline verifier must see to compare with the paper, in a standard signed container:
//
//   COSE_Sign1 = #6.18([ protected: bstr .cbor {1: -8 (EdDSA), 4: kid (4 bytes)}, unprotected: {},
//                        payload: bstr .cbor claims, signature: bstr (64 bytes, Ed25519) ])
//   claims     = { 7 (cti): the number without "NTR" and dashes ("20267KQ2M9XK"), -1: name, -2: NIP MAC (8 bytes), -3: local day yyyymmdd,
//                  -4: score × 10 }
//   signed     = Sig_structure ["Signature1", protected, h'', payload]  (RFC 9052 §4.4)
//   in the QR  = <origin>/verifikasi#<the COSE bytes as one big-endian unsigned integer, in decimal>
//
// Decimal digits go in the QR's numeric mode (3.33 bits per digit, as dense as raw bytes) and are
// safe in a URL. The NIP is never in the token, not even hashed with a public salt: `-2` is
// HMAC-SHA256 under a key only the server holds, so a verifier who types a full NIP asks the
// server, which can rate-limit; nobody can test guesses offline. Everything else on the paper
// (jabatan, unit, predikat, JP, course version) is shown from the server when online.
// ---------------------------------------------------------------------------------------------


export interface CompactClaims {
  /** Certificate number (CWT `cti`). */
  no: string;
  /** Full name with titles. */
  name: string;
  /** base64url of the first 8 bytes of HMAC-SHA256(server NIP key, NIP digits). */
  nipMac: string;
  /** Issue day in the unit's time zone, yyyy-mm-dd. */
  date: string;
  /** Final-exam score, 0–100, one decimal. */
  score: number;
  /** base64url of the 4-byte COSE key id (first 4 bytes of SHA-256 of the raw public key). */
  kid: string;
}

export const COSE_ALG_EDDSA = -8;
export const COSE_TAG_SIGN1 = 18;
export const NIP_MAC_BYTES = 8;
const CLAIM = { no: 7, name: -1, nipMac: -2, date: -3, score: -4 } as const;

/** "NTR-2026-7KQ2-M9XK" → "20267KQ2M9XK" (6 bytes fewer in the QR). */
function compactNumber(no: string): string {
  const m = /^NTR-(\d{4})-([0-9A-Z]{4})-([0-9A-Z]{4})$/.exec(no);
  if (!m) throw new Error('encodeCompactClaims: not a certificate number');
  return m[1] + m[2] + m[3];
}

/** Whether a fragment/token is a version-2 token (digits only). */
export function isCompactToken(input: string): boolean {
  return /^\d{40,}$/.test(input);
}

/** Bytes → decimal digits (the first byte is never 0: a COSE_Sign1 tag starts with 0xD2). */
export function bytesToDigits(bytes: Uint8Array): string {
  if (!bytes.length || bytes[0] === 0) throw new Error('bytesToDigits: leading zero byte');
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return BigInt('0x' + hex).toString(10);
}

export function digitsToBytes(digits: string): Uint8Array {
  if (!/^[1-9]\d*$/.test(digits)) throw new Error('not digits');
  let hex = BigInt(digits).toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Uint8Array.from(hex.match(/../g) as string[], (h) => parseInt(h, 16));
}

/** The protected header for a key id (4 raw bytes). */
export function protectedHeader(kid: Uint8Array): Uint8Array {
  return encodeCbor(new Map<number, CborValue>([[1, COSE_ALG_EDDSA], [4, kid]]));
}

/** The payload bytes of the claims (without kid, which lives in the header). */
export function encodeCompactClaims(c: Omit<CompactClaims, 'kid'>): Uint8Array {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.date)) throw new Error('encodeCompactClaims: date must be yyyy-mm-dd');
  const mac = base64urlDecode(c.nipMac);
  if (mac.length !== NIP_MAC_BYTES) throw new Error('encodeCompactClaims: nipMac must be 8 bytes');
  if (!(c.score >= 0 && c.score <= 100)) throw new Error('encodeCompactClaims: score out of range');
  return encodeCbor(
    new Map<number, CborValue>([
      [CLAIM.no, compactNumber(c.no)],
      [CLAIM.name, c.name],
      [CLAIM.nipMac, mac],
      [CLAIM.date, Number(c.date.replace(/-/g, ''))],
      [CLAIM.score, Math.round(c.score * 10)],
    ]),
  );
}

/** The bytes Ed25519 signs: the COSE Sig_structure. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

/** The COSE_Sign1 bytes as the decimal text the QR carries. */
export function assembleCompactToken(protectedBytes: Uint8Array, payload: Uint8Array, signature: Uint8Array): string {
  return bytesToDigits(encodeCbor(new Tagged(COSE_TAG_SIGN1, [protectedBytes, new Map(), payload, signature])));
}

export type CompactDecodeResult =
  | { ok: true; claims: CompactClaims; signed: Uint8Array; signature: Uint8Array }
  | { ok: false; code: DecodeErrorCode; message: string };

const BAD = { ok: false as const, code: 'format' as const, message: 'Kode verifikasi rusak atau tidak lengkap.' };

/** Parses a version-2 token without checking its signature. */
export function decodeCompactToken(input: string): CompactDecodeResult {
  const digits = String(input ?? '').trim().replace(/^.*#/, '');
  try {
    const outer = decodeCbor(digitsToBytes(digits));
    if (!(outer instanceof Tagged) || outer.tag !== COSE_TAG_SIGN1 || !Array.isArray(outer.value) || outer.value.length !== 4) return BAD;
    const [prot, unprot, payload, signature] = outer.value;
    if (!(prot instanceof Uint8Array) || !(unprot instanceof Map) || !(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) return BAD;
    if (signature.length !== 64) return BAD;
    const header = decodeCbor(prot);
    if (!(header instanceof Map) || header.get(1) !== COSE_ALG_EDDSA || !(header.get(4) instanceof Uint8Array)) return BAD;
    const m = decodeCbor(payload);
    if (!(m instanceof Map)) return BAD;
    const cti = m.get(CLAIM.no);
    const no = typeof cti === 'string' && /^\d{4}[0-9A-Z]{8}$/.test(cti) ? `NTR-${cti.slice(0, 4)}-${cti.slice(4, 8)}-${cti.slice(8)}` : undefined;
    const name = m.get(CLAIM.name);
    const mac = m.get(CLAIM.nipMac);
    const day = m.get(CLAIM.date);
    const score = m.get(CLAIM.score);
    if (typeof no !== 'string' || typeof name !== 'string' || !name || !(mac instanceof Uint8Array) || mac.length !== NIP_MAC_BYTES) return BAD;
    if (typeof day !== 'number' || day < 20000101 || day > 29991231 || typeof score !== 'number' || score < 0 || score > 1000) return BAD;
    if (m.size !== 5) return BAD;
    const d = String(day);
    return {
      ok: true,
      claims: {
        no,
        name,
        nipMac: base64urlEncode(mac),
        date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
        score: score / 10,
        kid: base64urlEncode(header.get(4) as Uint8Array),
      },
      signed: sigStructure(prot, payload),
      signature,
    };
  } catch {
    return BAD;
  }
}

export type CompactVerifyResult = { ok: true; claims: CompactClaims } | { ok: false; code: VerifyErrorCode; message: string };

/** Decodes a version-2 token and checks its signature with WebCrypto; `keys` maps the 4-byte kid (base64url) to a raw key. */
export async function verifyCompactToken(token: string, keys: Record<string, Uint8Array>): Promise<CompactVerifyResult> {
  const d = decodeCompactToken(token);
  if (!d.ok) return d;
  const raw = keys[d.claims.kid];
  if (!raw) return { ok: false, code: 'unknownKey', message: 'Sertifikat ini ditandatangani dengan kunci yang tidak dikenal.' };
  let valid: boolean;
  try {
    const key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, d.signature as BufferSource, d.signed as BufferSource);
  } catch {
    return { ok: false, code: 'unsupported', message: 'Tanda tangan tidak dapat diperiksa di peramban ini.' };
  }
  if (!valid) return { ok: false, code: 'signature', message: 'Tanda tangan tidak sah: isi sertifikat telah diubah atau bukan dari penerbit ini.' };
  return { ok: true, claims: d.claims };
}
