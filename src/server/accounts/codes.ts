/** One-time codes learners type (reset and activation codes): readable, hashed at rest. */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code of `groups` groups of 4 characters without look-alikes, e.g. "K7MQ-2XRD-PW9F". */
export function generateCode(groups = 3): string {
  const bytes = randomBytes(groups * 4);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]);
  return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

/** How a typed code is compared: case, spaces and hyphens ignored. */
export function normalizeCode(input: unknown): string {
  return typeof input === 'string' ? input.toUpperCase().replace(/[\s-]/g, '').slice(0, 40) : '';
}

export const hashCode = (code: string) => createHash('sha256').update('netral-code:' + normalizeCode(code)).digest('hex');
