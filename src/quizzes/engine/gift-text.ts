/**
 * GIFT text primitives shared by the exporter and the parser: escaping, Moodle's weight pattern,
 * finding unescaped markers, and the `// netral: {…}` metadata the exporter writes. Pure.
 */
import type { Question } from './types.ts';

export const SPECIAL = '~=#{}:';
/** Moodle's own pattern for an answer weight ("%50%", "%-33.33333%"). */
export const WEIGHT = /^%-*\d{1,2}\.?\d*%/;

/** Escapes text for GIFT: the special characters, the backslash and newlines. */
export function giftEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (SPECIAL.includes(ch)) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') continue;
    else out += ch;
  }
  return out;
}

/** The inverse of giftEscape; unknown escapes are kept as written (as Moodle does). */
export function giftUnescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const next = s[i + 1];
    if (ch === '\\' && next !== undefined) {
      if (next === '\\' || SPECIAL.includes(next)) out += next;
      else if (next === 'n') out += '\n';
      else out += ch + next;
      i++;
    } else out += ch;
  }
  return out;
}

/** Index of the first unescaped occurrence of `needle` at or after `from`, or -1. */
export function findUnescaped(s: string, needle: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(needle, i)) return i;
  }
  return -1;
}

export function findLastUnescaped(s: string, needle: string): number {
  let last = -1;
  for (let i = findUnescaped(s, needle); i !== -1; i = findUnescaped(s, needle, i + 1)) last = i;
  return last;
}

/** What the `// netral: {json}` comment above an exported question holds. */
export interface Meta {
  id: string;
  type: Question['type'];
  area: string;
  cites: string[];
  difficulty: number;
  isCase: boolean;
  options?: string[];
  pairs?: string[];
  items?: string[];
  extra?: Record<string, unknown>;
}
