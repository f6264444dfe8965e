/** Graded bank, area "pelayanan": reporting a neutrality violation (Bawaslu, BKN, deadlines). */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-pelayanan-09',
    area: 'pelayanan',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['se-menpanrb-4-2024/pengalihan-pengawasan', 'kasn/pembubaran', 'uu-7-2017/pasal-93'],
    stem:
      'Pak Darto, seorang warga, melihat PNS di kecamatannya berkampanye untuk seorang calon anggota DPRD. Ia ingin melapor. Ke mana laporan dugaan pelanggaran netralitas ASN kini dapat disampaikan?',
    options: [
      {
        id: 'a',
        text: 'Ke Komisi Aparatur Sipil Negara (KASN).',
        feedback: 'Tidak tepat. KASN berhenti bekerja pada akhir Agustus 2024.',
      },
      {
        id: 'b',
        text: 'Ke Bawaslu, yang meneruskannya kepada BKN; pengaduan netralitas ASN kini ditangani BKN.',
        feedback: 'Benar. Bawaslu mengawasi netralitas ASN, dan sejak Agustus 2024 BKN menangani pengaduan netralitas.',
      },
      {
        id: 'c',
        text: 'Tidak ke mana-mana; hanya instansi si PNS yang boleh mengetahui pelanggaran itu.',
        feedback: 'Tidak tepat. Masyarakat dapat melapor; pengawasan netralitas ASN adalah tugas Bawaslu dan BKN.',
      },
      {
        id: 'd',
        text: 'Ke DPRD kabupaten, karena calonnya maju untuk DPRD.',
        feedback: 'Tidak tepat. DPRD bukan lembaga yang menangani pelanggaran netralitas ASN.',
      },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 93 menugasi Bawaslu mengawasi netralitas aparatur sipil negara. KASN berhenti bekerja pada akhir Agustus 2024; sejak itu, berdasarkan SE MenPAN-RB 4/2024, BKN menangani pengaduan netralitas ASN dan Bawaslu meneruskan kasus kepada BKN.',
  },
  {
    id: 'g-pelayanan-11',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-7-2017/pasal-454-ayat-6'],
    stem:
      'Pernyataan: Dalam Pemilu, laporan dugaan pelanggaran disampaikan kepada Bawaslu paling lama 7 hari kerja sejak diketahuinya pelanggaran.',
    answer: true,
    explanation:
      'Benar. UU 7/2017 Pasal 454 ayat (6) menetapkan bahwa laporan pelanggaran Pemilu disampaikan paling lama 7 hari kerja sejak diketahuinya terjadi pelanggaran. Untuk Pilkada, UU 1/2015 Pasal 134 memakai batas 7 hari sejak diketahui.',
  },
  {
    id: 'g-pelayanan-16',
    area: 'pelayanan',
    type: 'multiple',
    difficulty: 3,
    isCase: true,
    cites: ['uu-1-2015/pasal-134', 'kasn/pembubaran'],
    stem:
      'Bu Lestari, warga yang mempunyai hak pilih, melihat seorang PNS membagikan kalender bergambar pasangan calon bupati di pasar. Ia ingin melaporkannya kepada Bawaslu. Pilih semua pernyataan yang benar.',
    options: [
      {
        id: 'a',
        text: 'Laporannya harus ditujukan kepada KASN, bukan Bawaslu.',
        feedback: 'Tidak tepat. KASN sudah berhenti bekerja sejak Agustus 2024.',
      },
      {
        id: 'b',
        text: 'Laporannya disampaikan paling lama 7 hari sejak ia mengetahui pelanggaran itu.',
        feedback: 'Benar. Ini batas waktu dalam Pasal 134.',
      },
      {
        id: 'c',
        text: 'Bawaslu menindaklanjuti laporan paling lama 3 hari.',
        feedback: 'Benar. Ini batas waktu tindak lanjut dalam Pasal 134.',
      },
      {
        id: 'd',
        text: 'Sebagai warga negara yang mempunyai hak pilih, ia dapat melapor.',
        feedback: 'Benar. UU 1/2015 Pasal 134 menyebut warga negara yang mempunyai hak pilih sebagai pelapor.',
      },
    ],
    answer: ['b', 'c', 'd'],
    explanation:
      'UU 1/2015 Pasal 134 (sebagaimana diubah dengan UU 8/2015) menyebut warga negara Indonesia yang mempunyai hak pilih, pemantau, dan peserta pemilihan sebagai pihak yang dapat melaporkan pelanggaran Pilkada, paling lama 7 hari sejak diketahuinya pelanggaran; Bawaslu menindaklanjutinya paling lama 3 hari. KASN sudah berhenti bekerja sejak Agustus 2024.',
  },
  {
    id: 'g-pelayanan-53',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-121-puu-xxii-2024/amar-putusan', 'se-menpanrb-4-2024/pengalihan-pengawasan', 'kasn/pembubaran'],
    stem:
      'Dalam pembinaan di Kantor Kementerian Agama, seorang peserta bertanya: "Setelah KASN dibubarkan, apakah pengawasan netralitas ASN kosong?" Jawaban yang tepat adalah…',
    options: [
      { id: 'a', text: 'Ya, sampai undang-undang ASN yang baru disahkan.' },
      { id: 'b', text: 'Tidak; BKN kini menangani pengaduan netralitas, dan Putusan MK 121/PUU-XXII/2024 memerintahkan lembaga pengawas independen dibentuk paling lama 2 tahun, yaitu sampai 16 Oktober 2027.' },
      { id: 'c', text: 'Tidak; KASN tetap bekerja sampai lembaga baru terbentuk.' },
      { id: 'd', text: 'Ya, karena Mahkamah Konstitusi menghapus pengawasan sistem merit.' },
    ],
    answer: 'b',
    explanation:
      'Sejak Agustus 2024 BKN mengawasi netralitas dan menangani pengaduannya (SE MenPAN-RB 4/2024). Putusan MK 121/PUU-XXII/2024, dibacakan 16 Oktober 2025, mewajibkan pengawasan sistem merit, termasuk asas dan kode etik ASN, dilakukan oleh lembaga independen yang dibentuk paling lama 2 tahun. KASN tidak lagi bekerja.',
  },
  {
    id: 'g-pelayanan-54',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    cites: ['uu-7-2017/pasal-93', 'uu-7-2017/pasal-95-huruf-e'],
    stem: 'Menurut UU 7/2017, apa peran Bawaslu terhadap netralitas ASN?',
    options: [
      { id: 'a', text: 'Mengawasi netralitas ASN dan merekomendasikan hasil pengawasannya kepada instansi yang bersangkutan.' },
      { id: 'b', text: 'Menjatuhkan hukuman disiplin langsung kepada ASN.' },
      { id: 'c', text: 'Memberhentikan ASN yang tidak netral.' },
      { id: 'd', text: 'Tidak ada; netralitas ASN sepenuhnya urusan instansi.' },
    ],
    answer: 'a',
    explanation:
      'UU 7/2017 Pasal 93 menugasi Bawaslu mengawasi netralitas aparatur sipil negara, dan Pasal 95 huruf e memberinya wewenang merekomendasikan hasil pengawasan itu kepada instansi yang bersangkutan. Hukuman disiplin tetap dijatuhkan pejabat yang berwenang di instansi.',
  },
] satisfies QuestionInput[];
