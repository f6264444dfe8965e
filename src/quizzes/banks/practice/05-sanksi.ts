/** Practice, module 05 (sanctions): levels in PP 94/2021, the Pasal 42 caveat, sanksi moral, one sanction per violation. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-05-1',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    cites: ['pp-94-2021/pasal-8-ayat-2', 'pp-94-2021/pasal-8-ayat-3', 'pp-94-2021/pasal-8-ayat-4'],
    stem: 'Menurut PP 94/2021, manakah yang termasuk jenis hukuman disiplin ringan?',
    options: [
      { id: 'a',
        text: 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan',
        feedback: 'Tidak tepat. Ini hukuman disiplin berat (Pasal 8 ayat (4)).',
      },
      {
        id: 'b',
        text: 'Pemotongan tunjangan kinerja 25% selama 6 bulan',
        feedback: 'Tidak tepat. Ini hukuman disiplin sedang (Pasal 8 ayat (3)).',
      },
      {
        id: 'c',
        text: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
        feedback: 'Tidak tepat. Ini hukuman disiplin berat (Pasal 8 ayat (4)).',
      },
      {
        id: 'd', text: 'Teguran tertulis', feedback: 'Benar. Pasal 8 ayat (2).' },
    ],
    answer: 'd',
    explanation:
      'PP 94/2021 Pasal 8 membagi hukuman disiplin menjadi tiga tingkat. Ringan: teguran lisan, teguran tertulis, atau pernyataan tidak puas secara tertulis. Sedang: pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan. Berat: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, atau pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.',
  },
  {
    id: 'p-05-5',
    area: 'karier',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-3', 'uu-20-2023/pasal-53-ayat-1-huruf-c'],
    stem:
      'Pak Jamal, PNS di Kankemenag, ingin maju dalam Pilkada dan mulai menemui pengurus partai tanpa menjalani cuti di luar tanggungan negara (CLTN). Menurut materi, bagaimana sebaiknya ia memperlakukan risiko hukumannya?',
    options: [
      { id: 'a', text: 'Ringan, karena ia belum ditetapkan sebagai calon.', feedback: 'Tidak tepat. Tidak ada pedoman yang menyebutnya ringan.' },
      { id: 'b', text: 'Pedomannya belum seragam (sedang atau berat): anggap berat, tanyakan kepada bagian kepegawaian, dan ajukan CLTN lebih dahulu.', feedback: 'Tepat. Itulah pilihan yang aman ketika tingkat hukumannya belum seragam.' },
      { id: 'c', text: 'Tidak ada hukuman, karena menemui partai adalah hak warga negara.', feedback: 'Tidak tepat. SKB 2022 mencatatnya sebagai pelanggaran disiplin.' },
      { id: 'd', text: 'Pasti sedang, jadi aman diteruskan.', feedback: 'Tidak tepat. Sebagian pedoman menyebut berat; jangan mengambil risiko.' },
    ],
    answer: 'b',
    explanation:
      'Lampiran II SKB 2022 mencatat pendekatan kepada partai sebagai bakal calon tanpa CLTN sebagai pelanggaran disiplin, tetapi pedoman yang beredar menyebut tingkat sedang atau berat. Anggaplah berat, tanyakan kepada bagian kepegawaian, dan ajukan CLTN; PNS yang menjalani CLTN diberhentikan sementara (UU 20/2023 Pasal 53 ayat (1) huruf c).',
  },
  {
    id: 'p-05-2',
    area: 'karier',
    type: 'truefalse',
    difficulty: 3,
    cites: ['pp-94-2021/pasal-42', 'pp-53-2010/pasal-7-ayat-3'],
    stem:
      'Pernyataan: PP 94/2021 sendiri menentukan bahwa hukuman disiplin sedang berupa pemotongan tunjangan kinerja baru berlaku setelah peraturan pemerintah tentang gaji dan tunjangan berdasarkan UU ASN berlaku.',
    answer: true,
    explanation:
      'Benar. PP 94/2021 Pasal 42 menentukan bahwa jenis hukuman disiplin sedang dalam Pasal 8 ayat (3) berlaku setelah PP tentang Gaji dan Tunjangan berdasarkan UU ASN berlaku. Sampai saat itu, yang berlaku adalah jenis hukuman disiplin sedang menurut PP 53/2010 Pasal 7 ayat (3): penundaan kenaikan gaji berkala selama 1 tahun, penundaan kenaikan pangkat selama 1 tahun, atau penurunan pangkat setingkat lebih rendah selama 1 tahun. PP tentang Gaji dan Tunjangan itu masih ditunggu.',
  },
  {
    id: 'p-05-3',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-42-2004/pasal-15'],
    stem:
      'Pak Fadli (PNS) terbukti melanggar kode etik PNS. Pejabat Pembina Kepegawaian mendelegasikan penjatuhan sanksi moral kepada seorang pejabat eselon IV, yang kemudian menyatakannya secara tertulis dalam bentuk pernyataan secara tertutup dan menyebutkan jenis pelanggaran kode etik yang dilakukan Pak Fadli. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. PP 42/2004 Pasal 15 mengatur bahwa sanksi moral dibuat secara tertulis dan dinyatakan oleh PPK, yang dapat mendelegasikannya serendah-rendahnya kepada pejabat eselon IV. Bentuknya pernyataan secara tertutup atau pernyataan secara terbuka, dan harus menyebutkan jenis pelanggaran kode etik yang dilakukan. Semua syarat itu terpenuhi.',
  },
  {
    id: 'p-05-4',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-35'],
    stem:
      'Bu Mira (PNS) terbukti memberikan surat dukungan disertai fotokopi KTP kepada seorang bakal calon. Pejabat yang berwenang berniat menjatuhkan dua hukuman disiplin berat sekaligus untuk pelanggaran yang satu itu "agar jera". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 35 menetapkan bahwa satu pelanggaran tidak dapat dihukum dua kali. Untuk beberapa pelanggaran pun hanya dijatuhkan satu hukuman, yaitu yang terberat; yang membuat hukuman lebih berat adalah pengulangan pelanggaran.',
  },
] satisfies QuestionInput[];
