import { describe, expect, it } from 'vitest';
import { formatNip, maskNip, parseNip, type NipResult } from '../../src/lib/nip.ts';

const now = new Date('2026-11-22T10:00:00Z');

function error(r: NipResult) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
}
function value(r: NipResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('a PNS types a valid NIP', () => {
  it('reads birth date, TMT and sex from the 18 digits', () => {
    const v = value(parseNip('198609262015051001', { now }));
    expect(v).toMatchObject({
      nip: '198609262015051001',
      kind: 'pns',
      birthDate: '1986-09-26',
      tmt: '2015-05',
      sex: 'male',
    });
  });

  it('accepts the spaces, dots and dashes people type inside', () => {
    for (const typed of ['19860926 201505 2 001', '19860926.201505.2.001', '19860926-201505-2-001', ' 1986 0926 2015 0520 01 ', 'NIP. 19860926 201505 2 001', "'198609262015052001"]) {
      const v = value(parseNip(typed, { now }));
      expect(v.nip).toBe('198609262015052001');
      expect(v.sex).toBe('female');
    }
  });

  it('formats the number in the official grouping', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
  });
});

describe('a NIP mangled by a spreadsheet', () => {
  it.each(['1.98609E+17', '1,98609E+17', '1.98609262015051E+17', '1.98609e17'])('%s is explained, not just rejected', (typed) => {
    const e = error(parseNip(typed, { now }));
    expect(e.code).toBe('scientific');
    expect(e.message).toContain('E+17');
    expect(e.message).toMatch(/hilang/);
    expect(e.message).toMatch(/Ketik ulang/);
  });

  it('a sequence of 000 (Excel rounding the last digits) points at the cause', () => {
    const e = error(parseNip('198609262015051000', { now }));
    expect(e.code).toBe('sequence');
    expect(e.message).toContain('Digit 16–18');
    expect(e.message).toContain('Excel');
  });
});

describe('each wrong part of a NIP gets its own message', () => {
  it('empty', () => {
    expect(error(parseNip('   ', { now })).code).toBe('empty');
  });

  it('letters', () => {
    const e = error(parseNip('19860926201505100O', { now }));
    expect(e.code).toBe('characters');
    expect(e.message).toContain('“O”');
    expect(e.message).toMatch(/angka 0/);
  });

  it('too short / too long, with the count', () => {
    expect(error(parseNip('19860926 201505 1 01', { now })).message).toBe('NIP harus 18 digit; yang Anda ketik 17 digit.');
    expect(error(parseNip('1986092620150510011', { now })).message).toContain('19 digit');
  });

  it('an impossible month of birth names digits 1–8', () => {
    const e = error(parseNip('198613262015051001', { now }));
    expect(e.code).toBe('birthDate');
    expect(e.message).toContain('Digit 1–8 (tanggal lahir, 19861326)');
    expect(e.message).toContain('bulan 13');
  });

  it('an impossible day (31 April, 29 February of a common year)', () => {
    expect(error(parseNip('198604312015051001', { now })).message).toContain('April 1986 tidak memiliki tanggal 31');
    expect(error(parseNip('198702292015051001', { now })).code).toBe('birthDate');
    expect(value(parseNip('198802292015051001', { now })).birthDate).toBe('1988-02-29');
  });

  it('an implausible year of birth', () => {
    expect(error(parseNip('183609262015051001', { now })).code).toBe('birthYear');
    // 16 years old on `now`: too young to be an ASN.
    expect(error(parseNip('201001012015051001', { now })).code).toBe('birthYear');
  });

  it('a TMT in the future names digits 9–14 (PNS mode)', () => {
    const e = error(parseNip('198609262027011001', { kind: 'pns', now }));
    expect(e.code).toBe('tmtFuture');
    expect(e.message).toContain('Digit 9–14 (TMT CPNS, 202701)');
    // The same TMT is fine once that month has come.
    expect(value(parseNip('198609262027011001', { kind: 'pns', now: new Date('2027-01-05T00:00:00Z') })).tmt).toBe('2027-01');
  });

  it('a TMT before the 18th birthday (PNS mode)', () => {
    const e = error(parseNip('198609262003051001', { kind: 'pns', now }));
    expect(e.code).toBe('tmtBeforeAdult');
    expect(e.message).toContain('usia 18 tahun');
  });

  it('an impossible TMT month (PNS mode)', () => {
    const e = error(parseNip('198609262015131001', { kind: 'pns', now }));
    expect(e.code).toBe('tmtMonth');
    expect(e.message).toContain('bulan 13');
  });

  it('a sex digit other than 1 or 2 names digit 15', () => {
    const e = error(parseNip('198609262015053001', { now }));
    expect(e.code).toBe('sex');
    expect(e.message).toContain('Digit ke-15');
    expect(e.message).toContain('tertulis 3');
  });
});

describe('NI PPPK and PNS told apart by the layout, never by leniency', () => {
  // The observed NI PPPK layout (legal-facts §9): birth date, year of appointment ≥ 2019, "21", sex, serial.
  const niPppk = '199003152021212003';

  it('with kind pppk only 18 digits and the birth date are checked', () => {
    const v = value(parseNip(niPppk, { kind: 'pppk', now }));
    expect(v).toMatchObject({ nip: niPppk, kind: 'pppk', kindDetected: false, birthDate: '1990-03-15' });
    expect(v.tmt).toBeUndefined();
    expect(parseNip('199003152021219000', { kind: 'pppk', now }).ok).toBe(true);
  });

  it('automatic mode reads the NI PPPK layout as PPPK', () => {
    const v = value(parseNip(niPppk, { now }));
    expect(v.kind).toBe('pppk');
    expect(v.kindDetected).toBe(true);
    expect(v.note).toMatch(/NI PPPK/);
    expect(formatNip(niPppk, 'pppk')).toBe('19900315 2021 21 2 003');
  });

  it('the same number is an error when the person says they are PNS', () => {
    expect(error(parseNip(niPppk, { kind: 'pns', now })).code).toBe('tmtMonth');
  });

  it('automatic mode checks everything else as a PNS NIP, with the precise message', () => {
    // TMT before age 18: born 2005, TMT 2020.
    const young = error(parseNip('200501012020011001', { now }));
    expect(young.code).toBe('tmtBeforeAdult');
    expect(young.message).toContain('Digit 9–14 (TMT CPNS, 202001)');
    // TMT in the future.
    expect(error(parseNip('198609262030011001', { now })).code).toBe('tmtFuture');
    // Month 13.
    expect(error(parseNip('198609262015131001', { now })).message).toContain('bulan 13');
    // "21" after a year before the first PPPK intake, or a year still to come, is no NI PPPK.
    expect(error(parseNip('199003152018212003', { now })).code).toBe('tmtMonth');
    expect(error(parseNip('199003152027212003', { now })).code).toBe('tmtMonth');
    // The layout with a sex digit 3 or serial 000 is not an NI PPPK either.
    expect(parseNip('199003152021213003', { now }).ok).toBe(false);
    expect(parseNip('199003152021212000', { now }).ok).toBe(false);
  });

  it('a bad birth date is still rejected for PPPK', () => {
    expect(error(parseNip('199013152021212003', { kind: 'pppk', now })).code).toBe('birthDate');
    expect(error(parseNip('1990031520212120', { kind: 'pppk', now })).code).toBe('length');
  });
});

describe('what spreadsheets and the app itself write around a NIP', () => {
  it('accepts ="…" as the app’s CSV writes it', () => {
    expect(value(parseNip('="198609262015051001"', { now })).nip).toBe('198609262015051001');
    expect(value(parseNip('=198609262015051001', { now })).nip).toBe('198609262015051001');
  });
});

describe('masking for public pages', () => {
  it('hides the birth day and month, the TMT month and the sequence', () => {
    expect(maskNip('198609262015051001')).toBe('1986•••• 2015•• 1 •••');
    expect(maskNip('19860926 201505 2 123')).toBe('1986•••• 2015•• 2 •••');
    expect(maskNip('198609262015051001')).not.toMatch(/0926|05|001$/);
  });

  it('masks anything that is not a NIP completely', () => {
    expect(maskNip('12345')).not.toMatch(/\d/);
  });
});
