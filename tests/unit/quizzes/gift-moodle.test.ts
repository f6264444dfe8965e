/**
 * A bank written in plain Moodle GIFT (tests/unit/quizzes/fixtures/moodle-lengkap.gift: every
 * construct Moodle documents, no Netral metadata) imports through the mapping step, with a
 * report per question of what was filled in, skipped or refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGift, reportLines, stableId } from '../../../src/quizzes/gift/import.ts';
import { articleIds } from '../../../src/quizzes/gift/articles.ts';
import { scoreAttempt } from '../../../src/quizzes/engine/score.ts';
import { presentation } from '../../../src/quizzes/engine/present.ts';
import type { Question } from '../../../src/quizzes/schema.ts';

const text = readFileSync('tests/unit/quizzes/fixtures/moodle-lengkap.gift', 'utf8');
const CITE = 'pp-94-2021/pasal-5-huruf-n';
const defaults = { area: 'kampanye' as const, cites: [CITE], difficulty: 2 as const, explanation: 'Lihat PP 94/2021 Pasal 5 huruf n.' };

describe('a hand-written Moodle GIFT file', () => {
  const report = importGift(text, defaults, { articles: articleIds() });
  const at = (line: number) => {
    const item = report.items.find((i) => i.line === line);
    if (!item) throw new Error(`no report for line ${line}`);
    return item;
  };

  it('reports every question, in file order, with its status and type', () => {
    expect(report.items.map((i) => [i.line, i.status, i.type ?? null])).toEqual([
      [6, 'imported', 'single'],
      [13, 'imported', 'truefalse'],
      [15, 'imported', 'truefalse'],
      [17, 'imported', 'multiple'],
      [24, 'imported', 'multiple'],
      [32, 'refused', null],
      [39, 'imported', 'matching'],
      [47, 'imported', 'single'],
      [49, 'imported', 'single'],
      [55, 'imported', 'single'],
      [61, 'imported', 'single'],
      [67, 'skipped', null],
      [69, 'skipped', null],
      [71, 'skipped', null],
      [73, 'skipped', null],
      [75, 'refused', null],
      [79, 'imported', 'single'],
    ]);
    expect(report.counts).toEqual({ imported: 11, skipped: 4, refused: 2 });
    expect(report.questions).toHaveLength(11);
  });

  it('says what it filled in, and from where', () => {
    expect(at(6).filled).toEqual([`area = kampanye (nama kategori)`, `cites = ${CITE} (bawaan)`, 'difficulty = 2 (bawaan)']);
    expect(at(6).question).toMatchObject({ id: 'status-pppk', explanation: 'PNS dan PPPK adalah Pegawai ASN.', isCase: false });
    expect(at(47).filled).toContain('explanation (bawaan)');
  });

  it('gives a question without a title a stable id from its text', () => {
    const id = stableId('moodle', 'truefalse', 'ASN boleh menjadi anggota partai politik.');
    expect(at(13).id).toBe(id);
    expect(id).toMatch(/^moodle-asn-boleh-menjadi-anggota-partai-[0-9a-z]{7}$/);
    expect(at(13).filled[0]).toMatch(/^id = moodle-asn-boleh-menjadi-anggota-partai-\w+ \(dari teks soal/);
    // Same text, same id on the next import; another text, another id.
    expect(importGift(text, defaults).items.find((i) => i.line === 13)!.id).toBe(id);
    expect(stableId('moodle', 'truefalse', 'ASN boleh menjadi anggota partai.')).not.toBe(id);
  });

  it('keeps Netral-rule weights as they are and other weights as Moodle scores them', () => {
    const even = at(17).question as Extract<Question, { type: 'multiple' }>;
    expect(even.weights).toBeUndefined();
    const weighted = at(24).question as Extract<Question, { type: 'multiple' }>;
    expect(weighted.weights).toEqual({ a: 50, b: 50, c: -100, d: 0 });
    expect(at(24).notes).toContain('bobot Moodle dipertahankan: nilai sebagian dihitung seperti di Moodle');
    // Moodle's arithmetic: a right one plus the unpenalised one = 50 %; a right one plus a -100 % one = 0.
    const seed = 's';
    const p = presentation(weighted, seed);
    const label = (id: string) => [...p.toAuthored.entries()].find(([, a]) => a === id)![0];
    const score = (ids: string[]) => scoreAttempt([weighted], { [weighted.id]: ids.map(label) }, seed, { passMark: 70, predikat: [] }).items[0]!.earned;
    expect(score(['a', 'd'])).toBeCloseTo(0.5);
    expect(score(['a', 'c'])).toBe(0);
    expect(score(['a', 'b'])).toBe(1);
  });

  it('refuses a single answer with partial credit on a wrong option, saying why', () => {
    expect(at(32).title).toBe('Bobot sebagian');
    expect(at(32).notes[0]).toMatch(/^baris 34: pilihan "Rekan kerja" bernilai sebagian \(50%\).*makna nilainya akan berubah; soal ditolak/);
  });

  it('converts [html] and [markdown] to plain text with the libraries, answers and feedback included', () => {
    expect(at(55).question).toMatchObject({
      stem: 'Apakah PNS boleh hadir di acara deklarasi calon?',
      options: [{ text: 'Tidak boleh', feedback: 'Benar: itu bentuk dukungan.' }, { text: 'Boleh' }],
      explanation: 'Lihat Pasal 5 PP 94/2021 & SKB.',
    });
    expect(at(55).notes).toContain('teks [html] diubah menjadi teks biasa');
    expect(at(61).question).toMatchObject({
      stem: 'Apakah ASN boleh memberi tanda suka pada unggahan calon?',
      explanation: 'Memberi tanda suka adalah bentuk dukungan.',
    });
    expect(at(61).notes).toContain('teks [markdown] diubah menjadi teks biasa');
  });

  it('reads escapes, missing words, matching, and true/false with feedback', () => {
    expect(at(49).question).toMatchObject({ stem: 'Rumus 1 + 1 = 2, kurung { } dan titik dua : serta ~ dan # tetap teks.', options: [{ text: 'Ya, benar' }, { text: 'Tidak' }] });
    expect(at(47).question).toMatchObject({ stem: 'ASN wajib menjaga _____ dalam Pemilu.', answer: 'a' });
    expect(at(39).question).toMatchObject({ pairs: [{ left: 'Teguran lisan', right: 'ringan' }, { left: 'Penurunan jabatan', right: 'berat' }, { left: 'Pemotongan tunjangan', right: 'sedang' }] });
    expect(at(15).question).toMatchObject({ type: 'truefalse', answer: true, explanation: 'Hak pilih tetap dimiliki.' });
    // [plain] and [moodle] stay as written; "\n" is a line break; a question may span lines.
    expect(at(79).question).toMatchObject({ stem: 'Baris pertama\nbaris kedua\ntetap satu soal.', options: [{ text: 'Benar', feedback: 'Tepat.' }, { text: 'Salah' }], explanation: 'Penjelasan ditulis [plain].' });
    expect(at(79).notes).toEqual([]);
  });

  it('lists the unsupported types with their lines, and the missing blank line with the line to fix', () => {
    expect(at(67).notes[0]).toMatch(/isian singkat/);
    expect(at(69).notes[0]).toMatch(/numerik/);
    expect(at(71).notes[0]).toMatch(/esai/);
    expect(at(73).notes[0]).toMatch(/deskripsi/);
    expect(at(75).notes[0]).toMatch(/soal berikutnya \(baris 76\) tidak dipisahkan baris kosong.*Sisipkan baris kosong sebelum baris 76/);
    const lines = reportLines(report);
    expect(lines.at(-1)).toBe('Ringkasan: 11 diimpor, 4 dilewati, 2 ditolak.');
    expect(lines.find((l) => l.startsWith('Baris 67'))).toMatch(/^Baris 67 · dilewati · "Isian singkat"/);
  });

  it('without defaults, says how to fill in what GIFT has no place for', () => {
    const bare = importGift(text);
    expect(bare.counts.imported).toBe(0);
    // The area still comes from the category's name ("…/Kampanye"); the rest has no source.
    expect(bare.items.find((i) => i.line === 13)!.notes.at(-1)).toMatch(/cites wajib diisi \(isi dengan --cites.*difficulty wajib diisi \(isi dengan --difficulty.*explanation wajib diisi \(tulis umpan balik umum/);
    expect(importGift(text.replace(/\$CATEGORY.*\n/, '')).items.find((i) => i.line === 12)!.notes.at(-1)).toMatch(/area wajib diisi \(isi dengan --area/);
  });

  it('takes defaults per category and per question from a mapping, and refuses an unknown article', () => {
    const r = importGift(text, {
      ...defaults,
      categories: { Netralitas: { area: 'partai' } },
      questions: { 'Status PPPK': { area: 'karier', difficulty: 1 } },
    }, { articles: articleIds() });
    expect(r.items.find((i) => i.line === 6)!.filled).toEqual(['area = karier (peta soal)', `cites = ${CITE} (bawaan)`, 'difficulty = 1 (peta soal)']);
    expect(r.items.find((i) => i.line === 13)!.filled).toContain('area = partai (kategori "Netralitas")');
    const unknown = importGift(text, { ...defaults, cites: ['pp-94-2021/pasal-999'] }, { articles: articleIds() });
    expect(unknown.counts.imported).toBe(0);
    expect(unknown.items.find((i) => i.line === 6)!.notes.at(-1)).toMatch(/pasal yang dikutip tidak ada di data peraturan: pp-94-2021\/pasal-999/);
  });
});
