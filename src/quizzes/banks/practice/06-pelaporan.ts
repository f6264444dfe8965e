/** Practice, module 06 (reporting): Bawaslu, BKN since KASN ended, the Satgas and SBT, the superior's duty. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-06-1',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/satgas-netralitas'],
    stem:
      'Bu Ratih, staf kepegawaian, ditugasi berkoordinasi dengan Satuan Tugas Netralitas ASN yang dibentuk SKB 2022. Melalui sistem apa Satgas ini bekerja?',
    options: [
      {
        id: 'a',
        text: 'Sistem Berbagi Terintegrasi (SBT) milik BKN.',
        feedback: 'Benar. Satgas Netralitas bekerja melalui SBT BKN.',
      },
      {
        id: 'b',
        text: 'Aplikasi pengaduan milik KASN.',
        feedback: 'Tidak tepat. KASN sudah berhenti bekerja pada Agustus 2024.',
      },
      {
        id: 'c',
        text: 'Sistem yang dikelola DPRD setempat.',
        feedback: 'Tidak tepat. DPRD bukan anggota Satgas Netralitas.',
      },
      {
        id: 'd',
        text: 'Tidak ada sistem; laporan hanya diterima melalui surat tercetak.',
        feedback: 'Tidak tepat. Satgas bekerja melalui sistem elektronik BKN.',
      },
    ],
    answer: 'a',
    explanation:
      'SKB 2022 membentuk Satuan Tugas Netralitas yang bekerja melalui Sistem Berbagi Terintegrasi (SBT) BKN. Sejak Agustus 2024 Satgas terdiri atas BKN, KemenPAN-RB, Kemendagri, dan Bawaslu.',
  },
  {
    id: 'p-06-2',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 2,
    cites: ['skb-2022/satgas-netralitas', 'kasn/pembubaran'],
    stem: 'Pernyataan: Sejak Agustus 2024, KASN tidak lagi menjadi bagian dari Satuan Tugas Netralitas ASN.',
    answer: true,
    explanation:
      'Benar. KASN berhenti bekerja pada akhir Agustus 2024, dan sejak itu Satgas Netralitas terdiri atas BKN, KemenPAN-RB, Kemendagri, dan Bawaslu. BKN kini menangani pengaduan netralitas ASN.',
  },
  {
    id: 'p-06-3',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-26'],
    stem:
      'Pak Anwar, atasan langsung, memanggil secara tertulis seorang stafnya (PNS) yang diduga memasang baliho bakal calon. Staf itu tidak datang pada panggilan pertama. Keesokan harinya Pak Anwar langsung mengusulkan hukuman tanpa panggilan kedua. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 26 mengatur bahwa jika PNS tidak hadir pada panggilan pertama, dilakukan panggilan kedua paling lama 7 hari kerja kemudian. Baru jika PNS tetap tidak hadir, hukuman dijatuhkan berdasarkan alat bukti yang ada tanpa pemeriksaan.',
  },
  {
    id: 'p-06-4',
    area: 'pelayanan',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['uu-7-2017/pasal-454-ayat-7', 'uu-7-2017/pasal-454-ayat-8'],
    stem:
      'Laporan Pak Darto tentang PNS yang berkampanye dalam Pemilu telah diterima dan diregistrasi Bawaslu. Bawaslu ternyata memerlukan keterangan tambahan. Paling lama berapa tindak lanjutnya menurut UU 7/2017?',
    options: [
      { id: 'a', text: '3 hari', feedback: 'Tidak tepat. Batas 3 hari adalah tindak lanjut laporan Pilkada (UU 1/2015).' },
      { id: 'b', text: '7 hari', feedback: 'Tidak tepat. Itu batas jika tidak diperlukan keterangan tambahan (ayat (7)).' },
      { id: 'c', text: '14 hari kerja', feedback: 'Benar. Pasal 454 ayat (8) UU 7/2017.' },
      { id: 'd', text: '2 hari', feedback: 'Tidak tepat. Batas 2 hari adalah untuk keterangan tambahan dalam Pilkada (UU 1/2015 Pasal 134).' },
    ],
    answer: 'c',
    explanation:
      'UU 7/2017 Pasal 454 ayat (7) mewajibkan laporan yang terbukti kebenarannya ditindaklanjuti paling lama 7 hari setelah diterima dan diregistrasi. Jika Bawaslu memerlukan keterangan tambahan, ayat (8) memperpanjangnya menjadi paling lama 14 hari kerja.',
  },
] satisfies QuestionInput[];
