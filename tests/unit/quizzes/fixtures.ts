/** Small fixture banks for the engine tests (test data only, not course content). */
import type { Question } from '../../../src/quizzes/schema.ts';
import { AREA_IDS } from '../../../src/content/course.ts';

const base = {
  cites: ['uu-20-2023/pasal-24-ayat-1-huruf-d'],
  difficulty: 2 as const,
  isCase: false,
  explanation: 'Penjelasan soal.',
};

/** One question of every type; authored ids are the usual "a", "b", … with the key first. */
export const single: Question = {
  ...base,
  id: 'f-single',
  area: 'kampanye',
  type: 'single',
  stem: 'Pilih satu.',
  options: [
    { id: 'a', text: 'Jawaban benar', feedback: 'Tepat.' },
    { id: 'b', text: 'Pengecoh satu', feedback: 'Kurang tepat.' },
    { id: 'c', text: 'Pengecoh dua' },
    { id: 'd', text: 'Pengecoh tiga' },
  ],
  answer: 'a',
};

export const multiple: Question = {
  ...base,
  id: 'f-multiple',
  area: 'partai',
  type: 'multiple',
  stem: 'Pilih semua yang benar.',
  options: [
    { id: 'a', text: 'Benar satu' },
    { id: 'b', text: 'Benar dua' },
    { id: 'c', text: 'Salah satu' },
    { id: 'd', text: 'Salah dua' },
  ],
  answer: ['a', 'b'],
};

export const truefalse: Question = {
  ...base,
  id: 'f-tf',
  area: 'karier',
  type: 'truefalse',
  stem: 'Pernyataan ini benar.',
  answer: true,
};

export const judgement: Question = {
  ...base,
  id: 'f-judge',
  area: 'pelayanan',
  type: 'judgement',
  isCase: true,
  stem: 'Seorang rekan melakukan sesuatu. Boleh atau tidak?',
  answer: 'tidak',
};

export const matching: Question = {
  ...base,
  id: 'f-match',
  area: 'karier',
  type: 'matching',
  stem: 'Jodohkan.',
  pairs: [
    { id: 'a', left: 'Kiri satu', right: 'Kanan satu' },
    { id: 'b', left: 'Kiri dua', right: 'Kanan dua' },
    { id: 'c', left: 'Kiri tiga', right: 'Kanan tiga' },
  ],
};

export const ordering: Question = {
  ...base,
  id: 'f-order',
  area: 'pelayanan',
  type: 'ordering',
  stem: 'Urutkan.',
  items: [
    { id: 'a', text: 'Pertama' },
    { id: 'b', text: 'Kedua' },
    { id: 'c', text: 'Ketiga' },
    { id: 'd', text: 'Keempat' },
  ],
};

export const everyType: Question[] = [single, multiple, truefalse, judgement, matching, ordering];

/** Every type again, with GIFT's special characters, backslashes and line breaks in every text field. */
const nasty = 'Tanda ~ = # { } : \\ -> "kutip" 50% & <b>\nbaris kedua';
export const specialChars: Question[] = [
  { ...single, id: 's-single', stem: `Soal: ${nasty}`, explanation: `Lihat {Pasal} #1 ~ ${nasty}`, options: single.options.map((o) => ({ ...o, text: `%10%${o.text} ${nasty}`, ...(o.feedback ? { feedback: `${o.feedback} #${nasty}` } : {}) })) },
  { ...multiple, id: 's-multiple', answer: ['c'], stem: `=${nasty}`, explanation: `####${nasty}`, options: multiple.options.map((o) => ({ ...o, text: `%50%${o.text}=~` })) },
  { ...multiple, id: 's-multiple-3', answer: ['a', 'b', 'c'], options: multiple.options.map((o) => ({ ...o, feedback: `Umpan balik ${o.id}: {x}` })) },
  { ...truefalse, id: 's-tf', answer: false, stem: `::bukan judul:: ${nasty}`, explanation: nasty },
  { ...judgement, id: 's-judge-boleh', answer: 'boleh', stem: `Boleh? ${nasty}` },
  { ...matching, id: 's-match', cites: ['pp-94-2021/pasal-5-huruf-n-angka-2', 'skb-2022/lampiran-ii-disiplin-butir-3'], difficulty: 3, pairs: matching.pairs.map((p) => ({ ...p, left: `${p.left} {=}`, right: `${p.right} -> ${nasty}` })) },
  { ...ordering, id: 's-order', difficulty: 1, isCase: true, items: ordering.items.map((i) => ({ ...i, id: `item-${i.id}`, text: `${i.text} ${nasty}` })) },
];

/** A bank for drawing: `perArea` questions in each area, mixed difficulty and case/recall. */
export function drawBank(perArea = 8): Question[] {
  const out: Question[] = [];
  for (const area of AREA_IDS) {
    for (let i = 1; i <= perArea; i++) {
      out.push({
        ...truefalse,
        id: `d-${area}-${String(i).padStart(2, '0')}`,
        area,
        difficulty: ((i % 3) + 1) as 1 | 2 | 3,
        isCase: i % 2 === 0,
      });
    }
  }
  return out;
}
