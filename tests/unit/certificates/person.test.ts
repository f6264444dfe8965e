import { describe, expect, it } from 'vitest';
import { validateJabatan, validateName, validatePangkat, validatePerson, validateUnit } from '../../../src/lib/person.ts';

describe('names as they appear on Indonesian certificates are accepted', () => {
  it.each([
    "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.",
    'Prof. Dr. K.H. Ma’ruf Amin',
    'dr. Siti Rahmawati, Sp.A(K)',
    'Ni Luh Putu Ayu Ratna Dewi, S.E.',
    'I Gusti Ngurah Agung-Pratama',
    'Muhammad',
    'Zoë Änne Çelik',
  ])('%s', (name) => {
    const r = validateName(name);
    expect(r).toEqual({ ok: true, value: name });
  });

  it('trims and collapses repeated spaces so the printed name is tidy', () => {
    expect(validateName('  Ahmad   Fauzi,  S.H.  ')).toEqual({ ok: true, value: 'Ahmad Fauzi, S.H.' });
  });

  it('stores decomposed diacritics in composed form (NFC)', () => {
    const r = validateName('Zoe\u0308');
    expect(r.ok && r.value).toBe('Zo\u00eb');
  });
});

describe('names that cannot be printed are rejected with a reason', () => {
  it('empty', () => {
    const r = validateName('   ');
    expect(r).toMatchObject({ ok: false, code: 'empty', message: 'Nama lengkap belum diisi.' });
  });

  it('digits only (a NIP typed in the name field)', () => {
    const r = validateName('198609262015051001');
    expect(r).toMatchObject({ ok: false, code: 'digitsOnly' });
    expect(!r.ok && r.message).toMatch(/NIP/);
  });

  it('control and invisible characters', () => {
    expect(validateName('Ahmad\tFauzi')).toMatchObject({ ok: false, code: 'control' });
    expect(validateName('Ahmad\nFauzi')).toMatchObject({ ok: false, code: 'control' });
    expect(validateName('Ahmad\u202eizuaF')).toMatchObject({ ok: false, code: 'control' });
    expect(validateName('Ahmad\u200bFauzi')).toMatchObject({ ok: false, code: 'control' });
  });

  it('longer than 120 characters, with the count', () => {
    const r = validateName('A'.repeat(121));
    expect(r).toMatchObject({ ok: false, code: 'tooLong' });
    expect(!r.ok && r.message).toContain('120');
    expect(!r.ok && r.message).toContain('121');
    expect(validateName('A'.repeat(120)).ok).toBe(true);
  });

  it('symbols that do not belong in a name, naming the character', () => {
    const r = validateName('Ahmad <script>');
    expect(r).toMatchObject({ ok: false, code: 'characters' });
    expect(!r.ok && r.message).toContain('“<”');
  });
});

describe('jabatan, pangkat/golongan and unit kerja', () => {
  it('accepts ordinary values', () => {
    expect(validateJabatan('Analis Sumber Daya Manusia Aparatur Ahli Pertama').ok).toBe(true);
    expect(validateJabatan('Kepala Sub Bagian Tata Usaha').ok).toBe(true);
    expect(validateUnit('Kantor Kementerian Agama Kabupaten Luwu Utara').ok).toBe(true);
    expect(validateUnit('MTsN 2 Kota Bandung').ok).toBe(true);
  });

  it('rejects an empty jabatan or unit in Indonesian', () => {
    expect(validateJabatan('')).toMatchObject({ ok: false, message: 'Jabatan belum diisi.' });
    expect(validateUnit(undefined)).toMatchObject({ ok: false, message: 'Unit kerja belum diisi.' });
  });

  it('pangkat/golongan is optional', () => {
    expect(validatePangkat('')).toEqual({ ok: true, value: undefined });
    expect(validatePangkat(undefined)).toEqual({ ok: true, value: undefined });
  });

  it.each(['Penata Muda (III/a)', 'III/a', 'Pembina Utama (IV/e)', 'Pengatur Tk. I (II/d)', 'IX'])('accepts %s', (p) => {
    expect(validatePangkat(p)).toEqual({ ok: true, value: p });
  });

  it('rejects a golongan/ruang that does not exist', () => {
    const r = validatePangkat('Penata (III/e)');
    expect(r).toMatchObject({ ok: false, code: 'golongan' });
    expect(!r.ok && r.message).toContain('III/e');
  });
});

describe('validatePerson reports every wrong field at once', () => {
  it('returns cleaned values when all are valid', () => {
    const r = validatePerson({ name: ' Siti  Aminah ', jabatan: 'Penyuluh Agama', unit: 'KUA Kecamatan Cibinong', pangkat: '' });
    expect(r).toEqual({ ok: true, value: { name: 'Siti Aminah', jabatan: 'Penyuluh Agama', unit: 'KUA Kecamatan Cibinong' } });
  });

  it('lists the messages per field', () => {
    const r = validatePerson({ name: '', jabatan: 'Guru', unit: '', pangkat: 'II/e' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['name', 'pangkat', 'unit']);
  });
});
