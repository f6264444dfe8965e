import { describe, expect, it } from 'vitest';
import { nipCheckAllowed } from '../../../src/server/certificates/nip-check-limit.ts';

describe('the NIP check is rate-limited per address', () => {
  it('allows 20 checks in ten minutes, refuses the 21st, and allows again after the window; other addresses are not affected', () => {
    const t0 = 1_000_000;
    for (let i = 0; i < 20; i++) expect(nipCheckAllowed('10.0.0.1', t0 + i)).toBe(true);
    expect(nipCheckAllowed('10.0.0.1', t0 + 100)).toBe(false);
    expect(nipCheckAllowed('10.0.0.2', t0 + 100)).toBe(true);
    expect(nipCheckAllowed('10.0.0.1', t0 + 10 * 60 * 1000 + 1)).toBe(true);
  });
});
