/**
 * NIP (Nomor Induk Pegawai) parsing and masking. Pure and browser-safe.
 *
 * PNS NIP, 18 digits (legal-facts.md §8, several secondary sources):
 *   digits 1–8   date of birth, YYYYMMDD
 *   digits 9–14  TMT CPNS, YYYYMM
 *   digit  15    sex (1 = male, 2 = female)
 *   digits 16–18 sequence number
 *
 * NI PPPK, 18 digits (legal-facts.md §9, observed in practice; legal basis UNVERIFIED):
 *   digits 1–8   date of birth, YYYYMMDD
 *   digits 9–12  year of appointment, 2019 (the first PPPK intake) or later
 *   digits 13–14 "21"
 *   digit  15    sex (1 or 2)
 *   digits 16–18 serial
 * A number is read as an NI PPPK only when the caller says so (the roster's status column, the
 * learner's choice) or when it has exactly that layout. Everything else is checked as a PNS NIP
 * with every TMT rule: the layout tells the two apart, it never relaxes the PNS checks.
 * When the caller says PPPK, only the length and the birth date are checked: the layout is
 * observed, not confirmed, and rejecting a real employee's number is worse than accepting a typo.
 */
import { MONTHS } from './months.ts';

export type NipKind = 'pns' | 'pppk';

export interface NipInfo {
  /** The 18 digits, without separators. */
  nip: string;
  /** 'pns' when the PNS layout fits (or was asked for); 'pppk' when asked for or detected. */
  kind: NipKind;
  /** True when kind was inferred (automatic mode), not given by the caller. */
  kindDetected: boolean;
  /** Date of birth, yyyy-mm-dd. */
  birthDate: string;
  /** TMT CPNS, yyyy-mm (PNS only). */
  tmt?: string;
  /** From digit 15 (PNS, or an NI PPPK recognised by its layout). */
  sex?: 'male' | 'female';
  /** Indonesian note for the user, e.g. why the number is treated as an NI PPPK. */
  note?: string;
}

export type NipErrorCode =
  | 'empty'
  | 'scientific'
  | 'characters'
  | 'length'
  | 'birthDate'
  | 'birthYear'
  | 'tmtMonth'
  | 'tmtYear'
  | 'tmtBeforeAdult'
  | 'tmtFuture'
  | 'sex'
  | 'sequence';

export interface NipError {
  code: NipErrorCode;
  /** Indonesian, names the part of the number that is wrong. */
  message: string;
}

export type NipResult = { ok: true; value: NipInfo } | { ok: false; error: NipError };

export interface ParseNipOptions {
  /** 'auto' (default) tries the PNS layout and falls back to a possible NI PPPK. */
  kind?: NipKind | 'auto';
  /** The current time (for "not in the future" and age checks); defaults to new Date(). */
  now?: Date;
}

/** The first PPPK intake: an NI PPPK's year of appointment is never earlier. */
export const FIRST_PPPK_YEAR = 2019;

/** Earliest plausible birth year of a serving (or recently retired) ASN. */
const MIN_BIRTH_YEAR = 1940;
/** Minimum age for appointment as CPNS/PPPK. */
const MIN_AGE = 18;

const fail = (code: NipErrorCode, message: string): NipResult => ({ ok: false, error: { code, message } });

/** A spreadsheet turned the NIP into a float: "1.98609E+17", "1,98609E+17", "1.98609e17". */
const SCIENTIFIC = /^\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+$/;

/**
 * Removes what people type inside a NIP: spaces (incl. non-breaking), dots, dashes,
 * a leading spreadsheet apostrophe and a leading "NIP"/"NIP." label.
 */
export function normalizeNipInput(input: string): string {
  return input
    .trim()
    // The app's own CSV (and other exporters) write ="…" so that Excel keeps the digits.
    .replace(/^="?([^"]*)"?$/, '$1')
    .trim()
    .replace(/^NIP\s*[.:]?\s*/i, '')
    .replace(/^['’]/, '')
    .replace(/[\s\u00a0\u202f.\-\u2010-\u2015_]/g, '');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks digits 1–8; returns the ISO date or an error. */
function checkBirthDate(nip: string, now: Date): { ok: true; iso: string; y: number; m: number; d: number } | NipResult {
  const part = nip.slice(0, 8);
  const y = Number(part.slice(0, 4));
  const m = Number(part.slice(4, 6));
  const d = Number(part.slice(6, 8));
  const where = `Digit 1–8 (tanggal lahir, ${part})`;
  if (m < 1 || m > 12) return fail('birthDate', `${where} bukan tanggal yang sah: bulan ${part.slice(4, 6)} tidak ada.`);
  if (d < 1 || d > daysInMonth(y, m)) {
    return fail('birthDate', `${where} bukan tanggal yang sah: ${MONTHS[m - 1]} ${y} tidak memiliki tanggal ${d}.`);
  }
  const latestYear = now.getUTCFullYear() - MIN_AGE;
  const tooYoung =
    y > latestYear ||
    (y === latestYear && (m > now.getUTCMonth() + 1 || (m === now.getUTCMonth() + 1 && d > now.getUTCDate())));
  if (y < MIN_BIRTH_YEAR || tooYoung) {
    return fail(
      'birthYear',
      `${where}: tahun lahir ${y} tidak mungkin untuk ASN (harus antara ${MIN_BIRTH_YEAR} dan usia minimal ${MIN_AGE} tahun).`,
    );
  }
  return { ok: true, iso: `${part.slice(0, 4)}-${part.slice(4, 6)}-${part.slice(6, 8)}`, y, m, d };
}

/**
 * Parses a NIP as people type it. Never throws.
 * In automatic mode a number with the NI PPPK layout is read as an NI PPPK (kind 'pppk',
 * kindDetected, with a note); any other number must pass every PNS check.
 */
export function parseNip(input: string, options: ParseNipOptions = {}): NipResult {
  const mode = options.kind ?? 'auto';
  const now = options.now ?? new Date();
  const raw = (input ?? '').trim();
  if (raw === '') return fail('empty', 'NIP belum diisi.');
  if (SCIENTIFIC.test(raw.replace(/^['’]/, ''))) {
    return fail(
      'scientific',
      `“${raw}” adalah NIP yang sudah diubah oleh Excel/spreadsheet menjadi angka berpangkat (E+17); ` +
        'digit-digit terakhirnya sudah hilang. Ketik ulang NIP lengkap 18 digit, atau format sel sebagai Teks sebelum mengetik.',
    );
  }
  const nip = normalizeNipInput(raw);
  const bad = nip.match(/[^0-9]/u);
  if (bad) {
    const hint = /[OoIl]/.test(bad[0]) ? ' Mungkin maksud Anda angka 0 atau 1?' : '';
    return fail('characters', `NIP hanya boleh berisi angka; ditemukan karakter “${bad[0]}”.${hint}`);
  }
  if (nip.length !== 18) {
    return fail('length', `NIP harus 18 digit; yang Anda ketik ${nip.length} digit.`);
  }

  const birth = checkBirthDate(nip, now);
  if (!('iso' in birth)) return birth;

  if (mode === 'pppk') {
    return { ok: true, value: { nip, kind: 'pppk', kindDetected: false, birthDate: birth.iso } };
  }
  if (mode === 'auto' && hasPppkLayout(nip, birth.y, now)) {
    return {
      ok: true,
      value: {
        nip, kind: 'pppk', kindDetected: true, birthDate: birth.iso, sex: nip[14] === '1' ? 'male' : 'female',
        note: 'Nomor ini memiliki susunan NI PPPK (tahun pengangkatan, lalu 21), jadi dianggap NI PPPK.',
      },
    };
  }

  // PNS layout: TMT CPNS.
  const tmtPart = nip.slice(8, 14);
  const ty = Number(tmtPart.slice(0, 4));
  const tm = Number(tmtPart.slice(4, 6));
  const where = `Digit 9–14 (TMT CPNS, ${tmtPart})`;
  const nowYm = now.getUTCFullYear() * 100 + now.getUTCMonth() + 1;
  const adultYm = (birth.y + MIN_AGE) * 100 + birth.m;
  if (tm < 1 || tm > 12) {
    return fail('tmtMonth', `${where} bukan bulan dan tahun yang sah: bulan ${tmtPart.slice(4, 6)} tidak ada.`);
  } else if (ty * 100 + tm > nowYm) {
    return fail('tmtFuture', `${where}: TMT CPNS ${MONTHS[tm - 1]} ${ty} masih di masa depan.`);
  } else if (ty * 100 + tm < adultYm) {
    return fail(
      'tmtBeforeAdult',
      `${where}: TMT CPNS ${MONTHS[tm - 1]} ${ty} lebih awal dari usia ${MIN_AGE} tahun menurut tanggal lahir di digit 1–8.`,
    );
  }

  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') {
    return fail('sex', `Digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis ${sexDigit}.`);
  }
  if (nip.slice(15) === '000') {
    return fail(
      'sequence',
      'Digit 16–18 (nomor urut) tidak boleh 000. Ini sering terjadi bila NIP disimpan sebagai angka di Excel, ' +
        'yang membulatkan digit terakhir menjadi 0. Ketik ulang NIP lengkap.',
    );
  }
  return {
    ok: true,
    value: {
      nip,
      kind: 'pns',
      kindDetected: mode === 'auto',
      birthDate: birth.iso,
      tmt: `${tmtPart.slice(0, 4)}-${tmtPart.slice(4, 6)}`,
      sex: sexDigit === '1' ? 'male' : 'female',
    },
  };
}

/**
 * The NI PPPK layout (§9): year of appointment from 2019 up to this year and at least 18 years
 * after the birth year, then "21", a sex digit 1 or 2 and a serial other than 000.
 */
export function hasPppkLayout(nip: string, birthYear: number, now: Date): boolean {
  const year = Number(nip.slice(8, 12));
  return (
    /^\d{18}$/.test(nip) &&
    year >= FIRST_PPPK_YEAR && year <= now.getUTCFullYear() && year >= birthYear + MIN_AGE &&
    nip.slice(12, 14) === '21' && (nip[14] === '1' || nip[14] === '2') && nip.slice(15) !== '000'
  );
}

/** The 18 digits grouped as printed on official documents: "19860926 201505 1 001". */
export function formatNip(nip: string, kind: NipKind = 'pns'): string {
  const n = normalizeNipInput(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  if (kind === 'pppk') return `${n.slice(0, 8)} ${n.slice(8, 12)} ${n.slice(12, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

/**
 * Public display form of a NIP: "1986•••• 2015•• 1 •••".
 * Shows the birth year (digits 1–4), the TMT year (9–12) and digit 15; hides the day and month of
 * birth, the TMT month and the sequence number. That is enough for someone who knows the person
 * to recognise the number, while the exact birth date (personal data) stays off public pages.
 * Anything that is not 18 digits is masked completely.
 */
export function maskNip(nip: string): string {
  const n = normalizeNipInput(nip);
  if (!/^\d{18}$/.test(n)) return '••••••••••••••••••';
  return `${n.slice(0, 4)}•••• ${n.slice(8, 12)}•• ${n[14]} •••`;
}
