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
