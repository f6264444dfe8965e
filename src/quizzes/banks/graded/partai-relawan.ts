/** Graded bank, area "partai": volunteers (relawan), success teams and experts outside the formal campaign team. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-partai-29',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3', 'pp-94-2021/pasal-1-angka-6'],
    stem:
      'Pak Ilham, PNS staf Kantor Kementerian Agama, bergabung dengan kelompok "Relawan Sahabat Rakyat" yang mendukung seorang calon presiden. Kelompok itu tidak terdaftar sebagai tim kampanye di KPU. Setiap Sabtu ia membagikan selebaran calon itu di pasar. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Larangan bagi PNS tidak bergantung pada terdaftar atau tidaknya kelompok di KPU. Penjelasan Pasal 5 huruf n angka 3 PP 94/2021 menyebut pelaksana kampanye, petugas kampanye, tim sukses, "dan lain-lain"; membagikan selebaran adalah ajakan kepada masyarakat yang dilarang Pasal 5 huruf n angka 6. Hari Sabtu pun tercakup, karena pelanggaran disiplin meliputi perbuatan di luar jam kerja (Pasal 1 angka 6).',
  },
  {
    id: 'g-partai-30',
    area: 'partai',
    type: 'truefalse',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3'],
    stem:
      'Pernyataan: Larangan berkampanye bagi PNS hanya berlaku jika ia tercatat resmi sebagai tim kampanye di KPU; menjadi relawan di luar tim resmi tidak dilarang.',
    answer: false,
    explanation:
      'Salah. PP 94/2021 Pasal 5 huruf n melarang PNS memberikan dukungan kepada calon dengan cara-cara yang disebutkannya, terlepas dari status resmi kelompoknya. Penjelasan angka 3 menyebut pelaksana, petugas kampanye, tim sukses, tenaga ahli, penyandang dana, pencari dana, "dan lain-lain", sehingga sebutan "relawan" tidak mengecualikan.',
  },
  {
    id: 'g-partai-31',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-4', 'skb-2022/lampiran-ii-disiplin-butir-6', 'skb-2022/ruang-lingkup'],
    stem:
      'Bu Dewi, PPPK guru di madrasah tsanawiyah negeri, diminta menjadi admin grup WhatsApp relawan seorang calon wali kota karena "pandai mengatur grup". Bagaimana menilai permintaan ini?',
    options: [
      { id: 'a', text: 'Boleh, karena PPPK tidak terikat SKB netralitas.' },
      { id: 'b', text: 'Boleh, asalkan ia tidak menulis pesan kampanye sendiri.' },
      { id: 'c', text: 'Tidak boleh; bergabung dalam grup pemenangan saja sudah termasuk pelanggaran, apalagi mengelolanya.' },
      { id: 'd', text: 'Tidak boleh hanya jika grup itu dibuat pada masa kampanye.' },
    ],
    answer: 'c',
    explanation:
      'SKB 2022 berlaku bagi PNS dan PPPK. Daftar kode etiknya memuat bergabung atau follow dalam grup atau akun pemenangan calon, dan daftar disiplinnya menggolongkan posting, share, like, atau bergabung sebagai pelanggaran berat. Menjadi admin adalah peran yang lebih aktif lagi.',
  },
  {
    id: 'g-partai-32',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3', 'uu-7-2017/pasal-280-ayat-3'],
    stem:
      'Pak Yusran, PNS bendahara di Kantor Kementerian Agama, diminta relawan seorang calon anggota DPR untuk menggalang sumbangan dari kenalannya bagi biaya kampanye. Ia hanya mengumpulkan dan menyetorkan uangnya. Perbuatan ini…',
    options: [
      { id: 'a', text: 'boleh, karena ia tidak tampil di depan umum.' },
      { id: 'b', text: 'dilarang, karena pencari dana termasuk peserta kampanye menurut penjelasan PP 94/2021, dan ASN dilarang menjadi pelaksana atau tim kampanye Pemilu.' },
      { id: 'c', text: 'boleh, asalkan sumbangan itu dilaporkan ke KPU.' },
      { id: 'd', text: 'dilarang hanya jika uangnya berasal dari anggaran kantor.' },
    ],
    answer: 'b',
    explanation:
      'Penjelasan Pasal 5 huruf n angka 3 PP 94/2021 menyebut penyandang dana dan pencari dana sebagai peserta kampanye, dan UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu. Bekerja di belakang layar tetap mendukung calon.',
  },
  {
    id: 'g-partai-33',
    area: 'partai',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3', 'skb-2022/lampiran-ii-disiplin-butir-9'],
    stem:
      'Dr. Faisal, PNS dosen di sebuah perguruan tinggi keagamaan negeri, diminta menjadi konsultan strategi pemenangan bagi seorang bakal calon gubernur, dengan alasan penetapan calon belum dilakukan. Ia menerima. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Penjelasan Pasal 5 huruf n angka 3 PP 94/2021 menggolongkan tim sukses dan tenaga ahli sebagai peserta kampanye. Daftar disiplin SKB 2022 memuat menjadi tim ahli, tim pemenangan, atau konsultan bagi calon sebagai pelanggaran, baik sebelum penetapan calon (sedang) maupun sesudahnya (berat). Belum ditetapkannya calon tidak membuatnya boleh.',
  },
  {
    id: 'g-partai-34',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-3', 'uu-7-2017/pasal-494'],
    stem:
      'Bu Marlina, PNS di Kantor Kementerian Agama, didaftarkan tanpa sepengetahuannya dalam susunan tim kampanye seorang calon anggota DPR. Setelah mengetahuinya, ia meminta tim itu mencoret namanya dan melaporkan hal itu kepada atasannya. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan itu langkah yang benar. UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu, dan Pasal 494 mengancam pelanggarannya dengan pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000. Meminta namanya dicoret dan melapor kepada atasan menunjukkan ia tidak ikut serta.',
  },
  {
    id: 'g-partai-35',
    area: 'partai',
    type: 'multiple',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3'],
    stem: 'Menurut Penjelasan Pasal 5 huruf n angka 3 PP 94/2021, siapa saja yang termasuk "peserta kampanye"? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Petugas kampanye atau tim sukses.' },
      { id: 'b', text: 'Tenaga ahli.' },
      { id: 'c', text: 'Penyandang dana dan pencari dana.' },
      { id: 'd', text: 'Petugas KPPS yang melayani pemilih di TPS.' },
      { id: 'e', text: 'Pelaksana kampanye.' },
    ],
    answer: ['a', 'b', 'c', 'e'],
    explanation:
      'Penjelasan Pasal 5 huruf n angka 3 PP 94/2021 menyebut pelaksana kampanye, petugas kampanye/tim sukses, tenaga ahli, penyandang dana, pencari dana, dan lain-lain. Petugas KPPS adalah penyelenggara pemilu, bukan peserta kampanye.',
  },
] satisfies QuestionInput[];
