/** Graded bank, area "kampanye": ASN in a Pemilu campaign team, and its criminal sanctions. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-kampanye-06',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-280-ayat-3', 'uu-7-2017/pasal-494', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3'],
    stem:
      'Bu Dewi, PNS guru madrasah, dimasukkan ke dalam susunan tim kampanye seorang calon anggota DPR. Ia menerima karena tugasnya "hanya membuat desain poster di rumah". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu, dan Pasal 494 mengancamnya dengan pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000. Penjelasan Pasal 5 huruf n angka 3 PP 94/2021 juga menggolongkan petugas kampanye dan tim sukses sebagai peserta kampanye. Jenis tugas dalam tim tidak mengubah larangan ini.',
  },
  {
    id: 'g-kampanye-07',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    cites: ['uu-7-2017/pasal-280-ayat-3', 'uu-7-2017/pasal-494'],
    stem: 'Menurut UU 7/2017, ancaman pidana bagi ASN yang ikut serta sebagai pelaksana atau tim kampanye Pemilu adalah…',
    options: [
      {
        id: 'a',
        text: 'Denda paling banyak Rp6.000.000 tanpa kurungan.',
        feedback: 'Tidak tepat. Pasal 494 mengancam kurungan dan denda sekaligus.',
      },
      {
        id: 'b',
        text: 'Pidana penjara paling singkat 1 bulan atau paling lama 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000.',
        feedback: 'Tidak tepat. Itu ancaman Pasal 188 UU Pilkada untuk pelanggaran Pasal 71, bukan untuk tim kampanye Pemilu.',
      },
      {
        id: 'c',
        text: 'Tidak ada ancaman pidana; hanya hukuman disiplin.',
        feedback: 'Tidak tepat. UU 7/2017 menjadikannya tindak pidana Pemilu, di samping hukuman disiplin.',
      },
      {
        id: 'd',
        text: 'Pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000.',
        feedback: 'Benar. Pasal 494 UU 7/2017 untuk pelanggaran Pasal 280 ayat (3).',
      },
    ],
    answer: 'd',
    explanation:
      'UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu. Pasal 494 mengancam pelanggarnya dengan pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000. Ancaman pidana ini terpisah dari hukuman disiplin yang dijatuhkan instansi.',
  },
  {
    id: 'g-kampanye-15',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 3,
    cites: ['uu-7-2017/pasal-280-ayat-2-huruf-f', 'uu-7-2017/pasal-493'],
    stem:
      'Pernyataan: Dalam Pemilu, pelaksana atau tim kampanye yang mengikutsertakan ASN dalam kegiatan kampanye dapat dipidana.',
    answer: true,
    explanation:
      'Benar. UU 7/2017 Pasal 280 ayat (2) huruf f melarang pelaksana dan tim kampanye Pemilu mengikutsertakan aparatur sipil negara. Pasal 493 mengancam pelaksana atau tim kampanye yang melanggarnya dengan pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000. ASN yang ikut serta juga diancam pidana tersendiri (Pasal 280 ayat (3) jo. Pasal 494).',
  },
] satisfies QuestionInput[];
