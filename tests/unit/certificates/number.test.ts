import { describe, expect, it } from 'vitest';
import {
  ALPHABET,
  checkCharacter,
  isValidCertificateNumber,
  newCertificateNumber,
  normalizeCertificateNumber,
} from '../../../src/server/certificates/number.ts';

describe('certificate numbers', () => {
  it('look like NTR-<year>-XXXX-XXXX and carry the issue year', () => {
    const n = newCertificateNumber(new Date('2026-11-22T00:00:00Z'));
    expect(n).toMatch(/^NTR-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(isValidCertificateNumber(n)).toBe(true);
  });

  it('carry the year of the issuing unit\'s zone: just after midnight on 1 January it is the new year', () => {
    // 2026-12-31 16:30 UTC is 23:30 WIB, 00:30 WITA and 01:30 WIT on 1 January 2027.
    const at = new Date('2026-12-31T16:30:00Z');
    expect(newCertificateNumber(at, 'Asia/Jakarta')).toMatch(/^NTR-2026-/);
    expect(newCertificateNumber(at, 'Asia/Makassar')).toMatch(/^NTR-2027-/);
    expect(newCertificateNumber(at, 'Asia/Jayapura')).toMatch(/^NTR-2027-/);
  });

  it('are not guessable: 10 000 draws are all different and use the whole alphabet', () => {
    const seen = new Set<string>();
    const chars = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const n = newCertificateNumber();
      seen.add(n);
      for (const c of n.slice(9).replace('-', '')) chars.add(c);
    }
    expect(seen.size).toBe(10_000);
    expect(chars.size).toBe(ALPHABET.length);
  });

  it('catch every single mistyped character and every swap of neighbours', () => {
    const n = newCertificateNumber(new Date('2026-01-01T00:00:00Z'));
    const positions = [...n].map((c, i) => i).filter((i) => i >= 9 && n[i] !== '-');
    for (const i of positions) {
      for (const c of ALPHABET) {
        if (c === n[i]) continue;
        expect(isValidCertificateNumber(n.slice(0, i) + c + n.slice(i + 1))).toBe(false);
      }
    }
    for (let k = 0; k < positions.length - 1; k++) {
      const [i, j] = [positions[k], positions[k + 1]];
      if (n[i] === n[j]) continue;
      // Luhn mod 32's one blind spot: swapping the first and last characters of the alphabet.
      if ([n[i], n[j]].sort().join('') === '0Z') continue;
      const swapped = [...n];
      [swapped[i], swapped[j]] = [swapped[j], swapped[i]];
      expect(isValidCertificateNumber(swapped.join(''))).toBe(false);
    }
    // A wrong year is caught too.
    expect(isValidCertificateNumber(n.replace('2026', '2025'))).toBe(false);
  });

  it('typed numbers are tidied: lower case, spaces, missing dashes, O for 0 and I/L for 1', () => {
    const n = newCertificateNumber();
    const typed = ` ${n.toLowerCase().replace(/-/g, ' ')} `;
    expect(normalizeCertificateNumber(typed)).toBe(n);
    expect(normalizeCertificateNumber(n.replace(/-/g, ''))).toBe(n);
    const body = '01K7QZM';
    const withZeroOne = `NTR-2026-${body.slice(0, 4)}-${body.slice(4)}${checkCharacter('2026' + body)}`;
    expect(isValidCertificateNumber(withZeroOne)).toBe(true);
    expect(normalizeCertificateNumber(withZeroOne.replace('01K', 'OlK'))).toBe(withZeroOne);
    expect(normalizeCertificateNumber('bukan nomor')).toBeUndefined();
    // Well-formed but with a wrong check character.
    const wrongCheck = withZeroOne.slice(0, -1) + (withZeroOne.endsWith('0') ? '1' : '0');
    expect(normalizeCertificateNumber(wrongCheck)).toBeUndefined();
  });
});
