/**
 * Join codes: short, read off a projector and typed on a phone, so only characters nobody
 * confuses: no 0/O and no 1/I. 32 symbols, 6 characters: about a billion codes.
 */
import { randomBytes } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A random code. 256 is a multiple of 32, so `byte % 32` is uniform. */
export function generateCode(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(CODE_LENGTH);
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[(bytes[i] as number) % CODE_ALPHABET.length];
  return out;
}

/** The code as typed ("abc 2de", "ABC-2DE") in canonical form, or null when it cannot be a code. */
export function normalizeCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 32) return null;
  const c = input.replace(/[\s\-._]/g, '').toUpperCase();
  return CODE_RE.test(c) ? c : null;
}

/** "ABC2DE" → "ABC 2DE", easier to read aloud and off a screen. */
export function displayCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
