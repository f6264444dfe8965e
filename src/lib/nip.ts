/**
 * NIP (Nomor Induk Pegawai) parsing and masking. Pure and browser-safe.
 *
 * PNS NIP, 18 digits (legal-facts.md §8, several secondary sources):
 *   digits 1–8   date of birth, YYYYMMDD
 *   digits 9–14  TMT CPNS, YYYYMM
 *   digit  15    sex (1 = male, 2 = female)
 *   digits 16–18 sequence number
 *
 * NI PPPK, 18 digits: the sheet confirms only that it encodes a date of birth, a year of first
 * appointment, a 2-digit segment, sex and a sequence; the position of each segment is UNVERIFIED.
 * The date of birth at the start is what every source shows, so it is the only structural check
 * applied to PPPK numbers besides "18 digits". The sex digit is NOT checked for PPPK: its position
 * is not confirmed, and rejecting a real employee's number is worse than accepting a typo.
 * A commonly quoted PPPK layout (birth date, 4-digit year, "21", sex, sequence) puts a 2-digit
 * segment where a PNS has the TMT month, so it fails the PNS TMT check: in automatic mode such a
 * number is reported as a possible NI PPPK, never as malformed.
 */

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
  /** From digit 15 (PNS only; the digit's position is not confirmed for PPPK). */
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
    .replace(/^NIP\s*[.:]?\s*/i, '')
    .replace(/^['’]/, '')
    .replace(/[\s\u00a0\u202f.\-\u2010-\u2015_]/g, '');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

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
 * In automatic mode a number whose digits 9–14 are not a valid TMT CPNS, but which starts with a
 * valid birth date, is accepted as a possible NI PPPK (kind 'pppk', kindDetected, with a note).
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

  const pppkNote =
    'Digit 9–14 bukan TMT CPNS yang sah, jadi nomor ini dianggap NI PPPK. Jika Anda PNS, periksa kembali NIP Anda.';
  if (mode === 'pppk') {
    return { ok: true, value: { nip, kind: 'pppk', kindDetected: false, birthDate: birth.iso } };
  }

  // PNS layout: TMT CPNS.
  const tmtPart = nip.slice(8, 14);
  const ty = Number(tmtPart.slice(0, 4));
  const tm = Number(tmtPart.slice(4, 6));
  const where = `Digit 9–14 (TMT CPNS, ${tmtPart})`;
  let tmtError: NipResult | undefined;
  const nowYm = now.getUTCFullYear() * 100 + now.getUTCMonth() + 1;
  const adultYm = (birth.y + MIN_AGE) * 100 + birth.m;
  if (tm < 1 || tm > 12) {
    tmtError = fail('tmtMonth', `${where} bukan bulan dan tahun yang sah: bulan ${tmtPart.slice(4, 6)} tidak ada.`);
  } else if (ty * 100 + tm > nowYm) {
    tmtError = fail('tmtFuture', `${where}: TMT CPNS ${MONTHS[tm - 1]} ${ty} masih di masa depan.`);
  } else if (ty * 100 + tm < adultYm) {
    tmtError = fail(
      'tmtBeforeAdult',
      `${where}: TMT CPNS ${MONTHS[tm - 1]} ${ty} lebih awal dari usia ${MIN_AGE} tahun menurut tanggal lahir di digit 1–8.`,
    );
  }
  if (tmtError) {
    if (mode === 'auto') {
      return { ok: true, value: { nip, kind: 'pppk', kindDetected: true, birthDate: birth.iso, note: pppkNote } };
    }
    return tmtError;
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

/** The 18 digits grouped as printed on official documents: "19860926 201505 1 001". */
export function formatNip(nip: string): string {
  const n = normalizeNipInput(nip);
  if (!/^\d{18}$/.test(n)) return nip;
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
