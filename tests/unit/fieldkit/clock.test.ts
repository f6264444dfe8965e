/** The laptop's clock, judged against the central server's: pure rules of the field-kit merge. */
import { describe, expect, it } from 'vitest';
import { clockNote, clockOffset } from '../../../src/server/fieldkit/merge.ts';

const MIN = 60_000;
const at = (base: number, minutes: number) => new Date(base + minutes * MIN).toISOString();
const issued = Date.parse('2026-12-07T01:00:00Z');
const received = new Date(issued + 24 * 60 * MIN);

describe('clock offset of a field laptop', () => {
  it('is 0 when every laptop time lies between the package and the upload', () => {
    expect(clockOffset({ receivedAt: received, packageIssuedAt: at(issued, 0), importedAt: at(issued, 30), exportedAt: at(issued, 300), events: [at(issued, 120), at(issued, 200)] })).toBe(0);
  });
  it('a laptop ahead: the export lies after the upload; + the smallest correction', () => {
    const off = clockOffset({ receivedAt: received, packageIssuedAt: at(issued, 0), importedAt: at(issued, 30), exportedAt: at(issued, 24 * 60 + 90), events: [at(issued, 120)] });
    expect(off).toBe(90 * MIN);
    expect(clockNote(off)).toBe('Jam laptop tampaknya selisih sekitar 90 menit (lebih cepat); waktu disimpan sesuai laporan laptop.');
  });
  it('a laptop behind: it imported or people joined before the package existed; − the smallest correction', () => {
    expect(clockOffset({ receivedAt: received, packageIssuedAt: at(issued, 0), importedAt: at(issued, 10), exportedAt: at(issued, 300), events: [at(issued, -45), at(issued, 20)] })).toBe(-45 * MIN);
    const off = clockOffset({ receivedAt: received, packageIssuedAt: at(issued, 0), importedAt: at(issued, -70), exportedAt: at(issued, 300), events: [at(issued, 20)] });
    expect(off).toBe(-70 * MIN);
    expect(clockNote(off)).toContain('70 menit (lebih lambat)');
  });
  it('a clock changed in between (no single correction fits): the larger violation is noted', () => {
    expect(clockOffset({ receivedAt: received, packageIssuedAt: at(issued, 0), importedAt: at(issued, -10), exportedAt: at(issued, 24 * 60 + 100), events: [] })).toBe(100 * MIN);
  });
  it('a minute or less is no note', () => {
    expect(clockNote(60_000)).toBeNull();
    expect(clockNote(-59_000)).toBeNull();
    expect(clockNote(61_000)).not.toBeNull();
  });
});
