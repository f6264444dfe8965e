/**
 * Validation of the personal details printed on a certificate: full name with titles, jabatan,
 * pangkat/golongan and unit kerja. Pure and browser-safe; messages in Indonesian.
 * Every validator returns the cleaned value (NFC, trimmed, inner whitespace collapsed) so that
 * what is stored is exactly what is printed.
 */

export type FieldResult = { ok: true; value: string } | { ok: false; code: string; message: string };
export type OptionalFieldResult = { ok: true; value: string | undefined } | { ok: false; code: string; message: string };

export const NAME_MAX = 120;
export const JABATAN_MAX = 150;
export const PANGKAT_MAX = 60;
export const UNIT_MAX = 200;

// Control characters, and invisible format characters (zero-width, bidi overrides) that could
// make a printed name differ from what a verifier sees.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
// Letters (any script) with combining marks, spaces, and the punctuation of names and titles:
// apostrophes (Nur'aini, Ma’ruf), dots and commas (S.Ag., M.Pd.I.), hyphens, parentheses (Sp.A(K)).
const NAME_CHARS = /^[\p{L}\p{M}0-9 '’ʼ‘`.,\-‐()]+$/u;
const TEXT_CHARS = /^[\p{L}\p{M}\p{N} '’ʼ‘`.,\-‐–()/&:;"“”]+$/u;
const HAS_LETTER = /\p{L}/u;

function clean(input: string): string {
  return input.normalize('NFC').trim().replace(/ {2,}/g, ' ');
}

function firstBad(s: string, allowed: RegExp): string | undefined {
  for (const ch of s) if (!allowed.test(ch)) return ch;
  return undefined;
}

function common(input: unknown, label: string, max: number, allowed: RegExp): FieldResult {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, code: 'empty', message: `${label} belum diisi.` };
  }
  if (INVISIBLE.test(input.replace(/^\s+|\s+$/g, ''))) {
    return {
      ok: false,
      code: 'control',
      message: `${label} berisi karakter tersembunyi (misalnya baris baru atau tab). Ketik ulang tanpa menempelkan dari dokumen lain.`,
    };
  }
  const value = clean(input);
  if ([...value].length > max) {
    return { ok: false, code: 'tooLong', message: `${label} terlalu panjang: paling banyak ${max} karakter, yang Anda ketik ${[...value].length}.` };
  }
  const bad = firstBad(value, allowed);
  if (bad !== undefined) {
    return { ok: false, code: 'characters', message: `${label} berisi karakter yang tidak dapat dipakai: “${bad}”.` };
  }
  if (!HAS_LETTER.test(value)) {
    return /^[\d\s.,\-]+$/.test(value)
      ? { ok: false, code: 'digitsOnly', message: `${label} tidak boleh hanya berisi angka. Apakah Anda mengetik NIP di kolom ini?` }
      : { ok: false, code: 'noLetters', message: `${label} harus berisi huruf.` };
  }
  return { ok: true, value };
}

/**
 * Full name with academic and religious titles, as it must appear on the certificate,
 * e.g. "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.".
 */
export function validateName(input: unknown): FieldResult {
  const r = common(input, 'Nama lengkap', NAME_MAX, NAME_CHARS);
  if (!r.ok) return r;
  if (/^[\p{L}\p{M}]$/u.test(r.value)) {
    return { ok: false, code: 'tooShort', message: 'Nama lengkap terlalu pendek: tulis nama lengkap beserta gelar.' };
  }
  return r;
}

/** Jabatan, e.g. "Analis Sumber Daya Manusia Aparatur Ahli Pertama". */
export function validateJabatan(input: unknown): FieldResult {
  const r = common(input, 'Jabatan', JABATAN_MAX, TEXT_CHARS);
  if (r.ok && [...r.value].length < 2) return { ok: false, code: 'tooShort', message: 'Jabatan terlalu pendek.' };
  return r;
}

/** Unit kerja, e.g. "Kantor Kementerian Agama Kabupaten Luwu Utara". */
export function validateUnit(input: unknown): FieldResult {
  const r = common(input, 'Unit kerja', UNIT_MAX, TEXT_CHARS);
  if (r.ok && [...r.value].length < 2) return { ok: false, code: 'tooShort', message: 'Unit kerja terlalu pendek.' };
  return r;
}

// PNS golongan/ruang: I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e.
const PNS_GOLONGAN = /\b(IV|III|II|I)\s*\/\s*([a-z])\b/i;
const LAST_RUANG: Record<string, string> = { I: 'd', II: 'd', III: 'd', IV: 'e' };

/**
 * Pangkat/golongan, optional: "Penata Muda (III/a)", "III/a", or a PPPK golongan such as "IX".
 * Empty input is fine (returns undefined). A PNS golongan/ruang that does not exist is rejected.
 */
export function validatePangkat(input: unknown): OptionalFieldResult {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) {
    return { ok: true, value: undefined };
  }
  if (typeof input !== 'string') return { ok: false, code: 'characters', message: 'Pangkat/golongan tidak sah.' };
  const value = clean(input);
  if (INVISIBLE.test(value)) return common(value, 'Pangkat/golongan', PANGKAT_MAX, TEXT_CHARS);
  if ([...value].length > PANGKAT_MAX) return common(value, 'Pangkat/golongan', PANGKAT_MAX, TEXT_CHARS);
  const bad = firstBad(value, TEXT_CHARS);
  if (bad !== undefined) {
    return { ok: false, code: 'characters', message: `Pangkat/golongan berisi karakter yang tidak dapat dipakai: “${bad}”.` };
  }
  const g = value.match(PNS_GOLONGAN);
  if (g) {
    const gol = g[1].toUpperCase();
    const ruang = g[2].toLowerCase();
    if (ruang > LAST_RUANG[gol]) {
      return {
        ok: false,
        code: 'golongan',
        message: `Golongan ${gol}/${ruang} tidak ada: ruang golongan ${gol} hanya a sampai ${LAST_RUANG[gol]}.`,
      };
    }
  }
  if (!HAS_LETTER.test(value)) {
    return { ok: false, code: 'noLetters', message: 'Pangkat/golongan harus berisi huruf, misalnya “Penata Muda (III/a)” atau “IX”.' };
  }
  return { ok: true, value };
}

export interface PersonInput {
  name: unknown;
  jabatan: unknown;
  pangkat?: unknown;
  unit: unknown;
}
export interface Person {
  name: string;
  jabatan: string;
  pangkat?: string;
  unit: string;
}

/** Validates all fields at once; `errors` maps each wrong field to its Indonesian message. */
export function validatePerson(
  input: PersonInput,
): { ok: true; value: Person } | { ok: false; errors: Partial<Record<keyof Person, string>> } {
  const name = validateName(input.name);
  const jabatan = validateJabatan(input.jabatan);
  const pangkat = validatePangkat(input.pangkat);
  const unit = validateUnit(input.unit);
  const errors: Partial<Record<keyof Person, string>> = {};
  if (!name.ok) errors.name = name.message;
  if (!jabatan.ok) errors.jabatan = jabatan.message;
  if (!pangkat.ok) errors.pangkat = pangkat.message;
  if (!unit.ok) errors.unit = unit.message;
  if (!name.ok || !jabatan.ok || !pangkat.ok || !unit.ok) return { ok: false, errors };
  const value: Person = { name: name.value, jabatan: jabatan.value, unit: unit.value };
  if (pangkat.value !== undefined) value.pangkat = pangkat.value;
  return { ok: true, value };
}
