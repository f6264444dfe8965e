/**
 * Certificate numbers: `NTR-<year>-XXXX-XXXX`, e.g. "NTR-2026-7KQ2-M9XK".
 *
 * - 7 characters are random (crypto.getRandomValues) from Crockford's base32 alphabet
 *   (0-9, A-Z without I, L, O, U: nothing to confuse when read aloud or typed), i.e. 35 bits:
 *   about 34 billion numbers per year, so numbers cannot be guessed or enumerated.
 * - The 8th character is a check character (Luhn mod 32 over the year and the 7 random
 *   characters): any single mistyped character and any swap of two adjacent characters is caught
 *   before a lookup is made, except (as with every Luhn code) a swap of "0" and "Z" next to each other.
 * - Uniqueness: collisions are astronomically rare, but the database's unique constraint is the
 *   final guard; on a conflict the caller draws a new number.
 */
import crypto from 'node:crypto';
import { DEFAULT_TIME_ZONE, localParts, type TimeZoneId } from '../../lib/local-time.ts';

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;
const PATTERN = /^NTR-(\d{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})$/;

/** Luhn mod N check character over `chars` (each in ALPHABET). */
export function checkCharacter(chars: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(chars[i]);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return ALPHABET[(N - (sum % N)) % N];
}

/**
 * A new random certificate number for the year of `date` in the issuing unit's zone: a certificate
 * issued at 00:30 WIB on 1 January carries the new year, as its printed date does.
 */
export function newCertificateNumber(date: Date = new Date(), zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  const year = String(localParts(date, zone).year);
  const bytes = crypto.getRandomValues(new Uint8Array(7));
  const body = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  const full = body + checkCharacter(year + body);
  return `NTR-${year}-${full.slice(0, 4)}-${full.slice(4)}`;
}

/**
 * Tidies a typed number: upper case, spaces removed, dashes restored, and the letters Crockford
 * base32 maps to digits (O→0, I/L→1). Returns undefined when it cannot be a certificate number.
 */
export function normalizeCertificateNumber(input: string): string | undefined {
  const compact = String(input ?? '').toUpperCase().replace(/[\s\-–—._]/g, '');
  const m = compact.match(/^NTR(\d{4})([0-9A-Z]{8})$/);
  if (!m) return undefined;
  const body = m[2].replace(/O/g, '0').replace(/[IL]/g, '1');
  const n = `NTR-${m[1]}-${body.slice(0, 4)}-${body.slice(4)}`;
  return isValidCertificateNumber(n) ? n : undefined;
}

/** Whether `n` is a well-formed number whose check character matches. */
export function isValidCertificateNumber(n: string): boolean {
  const m = PATTERN.exec(n);
  if (!m) return false;
  const chars = m[2] + m[3];
  return checkCharacter(m[1] + chars.slice(0, 7)) === chars[7];
}
