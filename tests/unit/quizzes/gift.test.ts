import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromGift, giftEscape, giftUnescape, toGift } from '../../../src/quizzes/engine/gift.ts';
import { questionSchema, type Question } from '../../../src/quizzes/schema.ts';
import { everyType, matching, multiple, single, specialChars } from './fixtures.ts';

const bank: Question[] = [...everyType, ...specialChars, { ...single, id: 'x-extra', module: '03-kampanye' } as unknown as Question];

describe('GIFT round trip', () => {
  it('gives back every question unchanged, for every type and GIFT special characters', () => {
    const text = toGift(bank);
    const back = fromGift(text);
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.items.map((i) => i.question)).toEqual(bank);
  });

  it('gives questions that pass the question schema', () => {
    for (const { question } of fromGift(toGift(bank)).items) expect(questionSchema.safeParse(question).success).toBe(true);
  });

  it('escapes and unescapes every special character', () => {
    const s = 'a~b=c#d{e}f:g\\h\nnext';
    expect(giftEscape(s)).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext');
    expect(giftUnescape(giftEscape(s))).toBe(s);
  });
});

describe('GIFT export is what Moodle expects', () => {
  const text = toGift([single, multiple, ...everyType.slice(2)]);

  it('writes titles, right/wrong marks, per-option feedback and general feedback', () => {
    expect(text).toContain('::f-single:: Pilih satu. {');
    expect(text).toContain('\t=Jawaban benar #Tepat.');
    expect(text).toContain('\t~Pengecoh satu #Kurang tepat.');
    expect(text).toContain('\t####Penjelasan soal.');
    expect(text).toMatch(/^\/\/ netral: \{"id":"f-single","type":"single","area":"kampanye"/m);
  });

  it('weights multiple answers so Moodle gives the same partial credit', () => {
    expect(text).toContain('\t~%50%Benar satu');
    expect(text).toContain('\t~%-50%Salah satu');
    const three = toGift([{ ...multiple, answer: ['a', 'b', 'c'] } as Question]);
    expect(three).toContain('~%33.33333%Benar satu');
    expect(three).toContain('~%-100%Salah dua'.replace('100', '33.33333'));
  });

  it('writes true/false, judgement as two options, matching pairs and ordering as positions', () => {
    expect(text).toMatch(/::f-tf:: Pernyataan ini benar\. \{\n\tT\n/);
    expect(text).toContain('\t~Boleh\n\t=Tidak boleh');
    expect(text).toContain('\t=Kiri satu -> Kanan satu');
    expect(text).toContain('\t=Posisi 1 -> Pertama\n\t=Posisi 2 -> Kedua');
    expect(text).toContain('$CATEGORY: $course$/top/Netral/pelayanan');
  });

  it('keeps an option text that starts like a weight as text, the way Moodle reads it', () => {
    const out = toGift([specialChars[0]!]);
    expect(out).toContain('\t=%10%Jawaban benar');
    expect(out).toContain('\t~%0%%10%Pengecoh satu');
  });

  it('takes the last "####" as general feedback, as Moodle does', () => {
    const r = fromGift('::q:: Soal {\n=ya #umpan ####bukan\n~tidak\n####Penjelasan\n}');
    expect(r.items[0]!.question).toMatchObject({ explanation: 'Penjelasan', options: [{ text: 'ya', feedback: 'umpan ####bukan' }, { text: 'tidak' }] });
  });

  it('refuses a left side containing "->", which GIFT cannot write', () => {
    const bad = { ...matching, pairs: [{ id: 'a', left: 'x -> y', right: 'z' }, { id: 'b', left: 'p', right: 'q' }] } as Question;
    expect(() => toGift([bad])).toThrow(/->/);
  });
});

describe('GIFT import of a hand-written Moodle file', () => {
  const moodle = [
    '// Bank soal dari Moodle',
    '$CATEGORY: $course$/top/Netralitas',
    '',
    '::Status PPPK::[html]Apakah PPPK termasuk ASN? {',
    '  =Ya, PPPK adalah Pegawai ASN. #Benar.',
    '  ~Tidak, hanya PNS. #Keliru.',
    '  ####PNS dan PPPK adalah Pegawai ASN.',
    '}',
    '',
    '// benar/salah',
    'ASN boleh menjadi anggota partai politik.{FALSE}',
    '',
    '::Jamak:: Mana yang dilarang? {',
    '  ~%50%Memasang spanduk calon',
    '  ~%50%Memberi "like" pada unggahan kampanye',
    '  ~%-100%Menggunakan hak pilih',
    '}',
    '',
    '::Jodohkan:: Jodohkan sanksi dengan jenisnya. {',
    '  =Teguran lisan -> ringan',
    '  =Penurunan jabatan -> berat',
    '  =Pemotongan tunjangan -> sedang',
    '  = -> bukan sanksi',
    '}',
    '',
    'ASN wajib menjaga {=netralitas ~popularitas} dalam Pemilu.',
  ].join('\n');
  const result = fromGift(moodle);

  it('reads every question with its start line', () => {
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => [i.line, i.question.type])).toEqual([
      [4, 'single'],
      [11, 'truefalse'],
      [13, 'multiple'],
      [19, 'matching'],
      [26, 'single'],
    ]);
  });

  it('keeps texts, feedback, general feedback and the key', () => {
    expect(result.items[0]!.question).toEqual({
      type: 'single',
      id: 'status-pppk',
      stem: 'Apakah PPPK termasuk ASN?',
      explanation: 'PNS dan PPPK adalah Pegawai ASN.',
      options: [
        { id: 'a', text: 'Ya, PPPK adalah Pegawai ASN.', feedback: 'Benar.' },
        { id: 'b', text: 'Tidak, hanya PNS.', feedback: 'Keliru.' },
      ],
      answer: 'a',
    });
    expect(result.items[1]!.question).toMatchObject({ type: 'truefalse', answer: false, stem: 'ASN boleh menjadi anggota partai politik.' });
    expect(result.items[1]!.question.id).toBeUndefined();
    expect(result.items[2]!.question).toMatchObject({ type: 'multiple', answer: ['a', 'b'] });
    expect(result.items[4]!.question).toMatchObject({ stem: 'ASN wajib menjaga _____ dalam Pemilu.', answer: 'a' });
  });

  it('reads matching pairs and warns that a distractor without a left is dropped', () => {
    expect(result.items[3]!.question).toMatchObject({
      pairs: [
        { id: 'a', left: 'Teguran lisan', right: 'ringan' },
        { id: 'b', left: 'Penurunan jabatan', right: 'berat' },
        { id: 'c', left: 'Pemotongan tunjangan', right: 'sedang' },
      ],
    });
    expect(result.warnings).toEqual([{ line: 23, message: expect.stringMatching(/pengecoh "bukan sanksi"/) }]);
  });
});

describe('GIFT import errors', () => {
  it('reports each problem in Indonesian with its line number and keeps going', () => {
    const text = [
      '::a:: Tanpa penutup {',
      '=ya',
      '~tidak',
      '',
      '::b:: Isian singkat {=Jakarta =jakarta}',
      '',
      '// netral: {bukan json',
      '::c:: Soal {T}',
      '',
      '::d:: Esai {}',
      '',
      '::e:: Numerik {#3:1}',
      '',
      'Hanya teks tanpa jawaban.',
      '',
      '::f:: Baik {T####Penjelasan}',
    ].join('\n');
    const r = fromGift(text);
    expect(r.errors.map((e) => e.line)).toEqual([1, 5, 7, 10, 12, 14]);
    expect(r.errors[0]!.message).toMatch(/"\{" tidak ditutup/);
    expect(r.errors[1]!.message).toMatch(/isian singkat/);
    expect(r.errors[2]!.message).toMatch(/JSON/);
    expect(r.errors[3]!.message).toMatch(/esai/);
    expect(r.errors[4]!.message).toMatch(/numerik/);
    expect(r.errors[5]!.message).toMatch(/tanpa bagian jawaban/);
    expect(r.items.map((i) => i.question.id)).toEqual(['f']);
  });

  it('rejects two answers marked "=" in a multiple choice, on the line of the second', () => {
    const r = fromGift('::q:: Soal {\n=satu\n~dua\n=tiga\n}');
    expect(r.errors).toEqual([{ line: 4, start: 1, title: 'q', message: expect.stringMatching(/lebih dari satu jawaban/) }]);
  });

  it('rejects metadata whose type does not fit the question', () => {
    const r = fromGift('// netral: {"type":"judgement"}\n::q:: Soal {\n=Ya\n~Tidak\n}');
    expect(r.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/Boleh/) });
  });
});

describe('the gift command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gift-'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/gift.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('imports a valid file into JSON that passes the schema', () => {
    const input = join(dir, 'ok.gift');
    const output = join(dir, 'ok.json');
    writeFileSync(input, toGift(bank));
    const r = run('import', input, output);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${bank.length} soal diimpor`));
    const written = JSON.parse(readFileSync(output, 'utf8')) as Question[];
    expect(written.map((q) => q.id)).toEqual(bank.map((q) => q.id));
  });

  it('with nothing importable: exits non-zero, names the line and how to fill the missing fields, and writes nothing', () => {
    const input = join(dir, 'bad.gift');
    const output = join(dir, 'bad.json');
    writeFileSync(input, ['// tanpa metadata', '', '::q1:: Soal pertama {', '=ya', '~tidak', '}', '', '::q2:: Soal kedua {T'].join('\n'));
    const r = run('import', input, output);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Baris 3 · ditolak · "q1" · single — soal tidak sah: area wajib diisi \(isi dengan --area[^;]*; cites wajib diisi[^;]*; difficulty wajib diisi[^;]*; explanation wajib diisi/);
    expect(r.stderr).toMatch(/Baris 8 · ditolak · "q2" — kurung kurawal "\{" tidak ditutup/);
    expect(existsSync(output)).toBe(false);
  });

  it('fills plain Moodle GIFT from --area, --cites and --difficulty, and reports per question', () => {
    const input = join(dir, 'plain.gift');
    const output = join(dir, 'plain.json');
    writeFileSync(input, ['Soal tanpa judul {', '=ya', '~tidak', '####Penjelasan.', '}', '', '::Esai:: Jelaskan. {}'].join('\n'));
    const r = run('import', input, output, '--area', 'partai', '--cites', 'pp-94-2021/pasal-5-huruf-n', '--difficulty', '3');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Baris 1 · diimpor · "moodle-soal-tanpa-judul-\w+" · single — diisi: id = .*; area = partai \(bawaan\); cites = pp-94-2021\/pasal-5-huruf-n \(bawaan\); difficulty = 3 \(bawaan\)/);
    expect(r.stdout).toMatch(/Baris 7 · dilewati · "Esai" — soal esai/);
    expect(r.stdout).toMatch(/Ringkasan: 1 diimpor, 1 dilewati, 0 ditolak\./);
    const written = JSON.parse(readFileSync(output, 'utf8')) as Question[];
    expect(written).toEqual([expect.objectContaining({ area: 'partai', difficulty: 3, type: 'single', explanation: 'Penjelasan.' })]);
    const bad = run('import', input, output, '--area', 'pemilu');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Nilai bawaan tidak sah: area/);
  });

  it('takes defaults per category from a mapping file (--mapping), the options winning over it', () => {
    const input = join(dir, 'kategori.gift');
    const output = join(dir, 'kategori.json');
    const map = join(dir, 'peta.json');
    writeFileSync(input, ['$CATEGORY: $course$/top/Bank/Partai', '', '::p1:: Soal satu {T####Penjelasan.}', '', '$CATEGORY: $course$/top/Bank/Lain', '', '::p2:: Soal dua {F####Penjelasan.}'].join('\n'));
    writeFileSync(map, JSON.stringify({ cites: ['pp-94-2021/pasal-5-huruf-n'], difficulty: 1, categories: { 'Bank/Partai': { area: 'partai' } } }));
    const r = run('import', input, output, '--mapping', map, '--area', 'pelayanan');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Baris 3 · diimpor · "p1" · truefalse — diisi: area = partai \(kategori "Bank\/Partai"\)/);
    expect(r.stdout).toMatch(/Baris 7 · diimpor · "p2" · truefalse — diisi: area = pelayanan \(bawaan\)/);
    const broken = join(dir, 'rusak.json');
    writeFileSync(broken, '{ bukan json');
    const bad = run('import', input, output, '--mapping', broken);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Peta impor ".*rusak\.json" tidak dapat dibaca sebagai JSON/);
  });

  it('refuses duplicate ids across the file, importing the first', () => {
    const input = join(dir, 'dup.gift');
    writeFileSync(input, toGift([single, single]));
    const r = run('import', input, join(dir, 'dup.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ditolak · "f-single" · single — id soal "f-single" sudah dipakai di baris 3/);
  });

  it('prints the usage on a wrong command', () => {
    const r = run('convert');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Penggunaan/);
  });
});
