/** Graded bank, area "kampanye": campaign teams, attributes and social media in everyday Kemenag settings. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-kampanye-41',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-6', 'pp-94-2021/pasal-1-angka-6'],
    stem:
      'Pukul sepuluh malam, dari akun pribadinya, Pak Anton (PNS staf madrasah) menulis komentar "Setuju, Pak, lanjutkan!" pada unggahan kampanye seorang calon wali kota. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar disiplin SKB 2022 menggolongkan membuat posting, comment, share, like, atau follow untuk calon sebagai pelanggaran berat. Jam dan akun pribadi tidak mengubahnya, karena pelanggaran disiplin mencakup ucapan, tulisan, atau perbuatan di luar jam kerja (PP 94/2021 Pasal 1 angka 6).',
  },
  {
    id: 'g-kampanye-42',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-280-ayat-3', 'uu-7-2017/pasal-494'],
    stem:
      'Pak Ridho, PNS di Kantor Kementerian Agama, tercatat sebagai anggota tim kampanye seorang calon anggota DPR dalam Pemilu. Selain hukuman disiplin, ancaman apa yang ia hadapi menurut UU 7/2017?',
    options: [
      { id: 'a', text: 'Pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000.' },
      { id: 'b', text: 'Penjara paling singkat 1 bulan dan paling lama 6 bulan.' },
      { id: 'c', text: 'Hanya teguran dari Bawaslu.' },
      { id: 'd', text: 'Tidak ada; UU Pemilu hanya mengatur peserta pemilu.' },
    ],
    answer: 'a',
    explanation:
      'UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu, dan Pasal 494 mengancam pelanggarannya dengan pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000. Ancaman 1 sampai 6 bulan adalah milik UU Pilkada.',
  },
  {
    id: 'g-kampanye-43',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-7-2017/pasal-280-ayat-2-huruf-f', 'uu-7-2017/pasal-493'],
    stem:
      'Pernyataan: Dalam Pemilu, pelaksana atau tim kampanye yang mengikutsertakan ASN dalam kegiatan kampanye juga dapat dipidana.',
    answer: true,
    explanation:
      'Benar. UU 7/2017 Pasal 280 ayat (2) huruf f melarang pelaksana dan tim kampanye mengikutsertakan ASN, dan Pasal 493 mengancam pelanggarnya dengan pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000. Jadi yang mengajak dan yang diajak sama-sama menanggung akibat.',
  },
  {
    id: 'g-kampanye-44',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-1', 'skb-2022/lampiran-ii-kode-etik-butir-1'],
    stem:
      'Adik Bu Fatimah (PNS guru madrasah) menjadi tim sukses seorang calon anggota DPRD. Ia meminta izin memasang baliho calon itu di depan rumah Bu Fatimah, dan Bu Fatimah sendiri yang kemudian memasangnya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar disiplin SKB 2022 menggolongkan memasang spanduk, baliho, atau alat peraga calon sebagai pelanggaran berat, dan daftar kode etiknya memuat hal yang sama untuk bakal calon. Permintaan keluarga tidak mengubah larangan itu.',
  },
  {
    id: 'g-kampanye-45',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-2', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2', 'pp-94-2021/pasal-13-huruf-g'],
    stem:
      'Sepulang kantor, Bu Ida (PNS di KUA) mampir ke rapat umum kampanye seorang calon presiden dengan masih memakai seragam Korpri. Menurut PP 94/2021, pelanggarannya adalah…',
    options: [
      { id: 'a', text: 'Menjadi peserta kampanye dengan atribut PNS, yang diancam hukuman disiplin sedang.' },
      { id: 'b', text: 'Menggunakan fasilitas negara, yang diancam hukuman disiplin berat.' },
      { id: 'c', text: 'Tidak ada, karena jam kantor sudah selesai.' },
      { id: 'd', text: 'Menjadi anggota partai politik.' },
    ],
    answer: 'a',
    explanation:
      'Penjelasan Pasal 5 huruf n angka 2 PP 94/2021 menyebut seragam Korpri sebagai atribut PNS. Menjadi peserta kampanye dengan atribut PNS dilarang Pasal 5 huruf n angka 2 dan diancam hukuman disiplin sedang menurut Pasal 13 huruf g.',
  },
  {
    id: 'g-kampanye-46',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-2', 'skb-2022/lampiran-ii-disiplin-butir-2'],
    stem:
      'Jauh sebelum masa kampanye resmi, Pak Gilang (PNS pranata komputer di Kantor Wilayah Kementerian Agama) membuat dan mengelola halaman Facebook "Bersama Bakal Calon X" yang rutin mengunggah kegiatan bakal calon itu. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik SKB 2022 memuat sosialisasi atau kampanye di media sosial bagi bakal calon, dan daftar disiplinnya menggolongkan sosialisasi atau kampanye di media sosial sebagai pelanggaran berat. Belum dimulainya masa kampanye tidak membuatnya boleh.',
  },
  {
    id: 'g-kampanye-47',
    area: 'kampanye',
    type: 'single',
    difficulty: 1,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-6'],
    stem: 'Menurut daftar disiplin SKB 2022, tingkat hukuman bagi PNS yang membuat posting, comment, share, like, atau follow untuk calon adalah…',
    options: [
      { id: 'a', text: 'Ringan.' },
      { id: 'b', text: 'Sedang.' },
      { id: 'c', text: 'Berat.' },
      { id: 'd', text: 'Hanya sanksi moral.' },
    ],
    answer: 'c',
    explanation:
      'Daftar disiplin Lampiran II SKB 2022 menggolongkan membuat posting, comment, share, like, atau follow (bergabung) sebagai pelanggaran dengan hukuman disiplin berat. Kedua keluarga sumber daftar itu sepakat tentang tingkat ini.',
  },
  {
    id: 'g-kampanye-48',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-1-2015/pasal-70-ayat-1-huruf-b', 'pp-94-2021/pasal-5-huruf-n-angka-1'],
    stem:
      'Dalam Pilkada, tim pasangan calon meminta Pak Ardi, PNS guru madrasah, menjadi pembawa acara kampanye dialogis di gedung pertemuan desa. Pak Ardi menerimanya karena dibayar sebagai pembawa acara profesional. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 1/2015 Pasal 70 ayat (1) huruf b melarang pasangan calon melibatkan ASN dalam kampanye, dan PP 94/2021 Pasal 5 huruf n angka 1 melarang PNS mendukung calon dengan ikut kampanye. Menerima bayaran sebagai pembawa acara tidak mengubah kenyataan bahwa ia ikut berkampanye.',
  },
  {
    id: 'g-kampanye-49',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-6', 'skb-2022/lampiran-ii-disiplin-butir-7', 'skb-2022/lampiran-ii-kode-etik-butir-5'],
    stem:
      'Bu Hana, PNS di sebuah madrasah, sering aktif di media sosial. Mana saja dari perbuatan berikut yang melanggar netralitas? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Membagikan ulang (share) poster kampanye seorang calon.' },
      { id: 'b', text: 'Mengunggah foto bersama calon sambil berpose jari nomor urutnya.' },
      { id: 'c', text: 'Memberi tanda suka (like) pada video kampanye.' },
      { id: 'd', text: 'Mengunggah pengumuman resmi jadwal pemungutan suara dari KPU tanpa menyebut calon.' },
      { id: 'e', text: 'Mengikuti (follow) akun tim pemenangan calon.' },
    ],
    answer: ['a', 'b', 'c', 'e'],
    explanation:
      'Daftar disiplin SKB 2022 menggolongkan posting, comment, share, like, atau follow untuk calon, serta memposting foto bersama calon atau alat peraga, sebagai pelanggaran berat; daftar kode etiknya menyebut foto dengan simbol keberpihakan seperti gerakan tangan. Pengumuman jadwal pemungutan suara dari KPU tidak mendukung calon mana pun.',
  },
  {
    id: 'g-kampanye-50',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-4', 'skb-2022/lampiran-ii-kode-etik-butir-3'],
    stem:
      'Pak Latif, PNS di Kantor Kementerian Agama, hadir di acara deklarasi pasangan calon gubernur. Ia ikut meneriakkan yel-yel dan mengangkat poster pasangan itu. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar disiplin SKB 2022 menggolongkan menghadiri deklarasi atau kampanye dan memberikan dukungan secara aktif sebagai pelanggaran berat, dan daftar kode etiknya memuat hal yang sama untuk bakal calon. Yel-yel dan poster adalah dukungan aktif.',
  },
  {
    id: 'g-kampanye-51',
    area: 'kampanye',
    type: 'single',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-3', 'uu-7-2017/pasal-494', 'uu-1-2015/pasal-70-ayat-1-huruf-b', 'uu-1-2015/pasal-189'],
    stem: 'Manakah pernyataan yang benar tentang ancaman pidana bagi keterlibatan ASN dalam kampanye?',
    options: [
      { id: 'a', text: 'Dalam Pemilu, ASN yang ikut serta sebagai pelaksana atau tim kampanye diancam pidana; dalam Pilkada, yang diancam pidana karena melibatkan ASN adalah calonnya.' },
      { id: 'b', text: 'Dalam Pemilu maupun Pilkada, hanya calon yang diancam pidana, ASN-nya tidak.' },
      { id: 'c', text: 'Dalam Pilkada, ASN yang ikut kampanye diancam kurungan paling lama 1 tahun.' },
      { id: 'd', text: 'Tidak ada ancaman pidana; semuanya urusan disiplin.' },
    ],
    answer: 'a',
    explanation:
      'UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu, dengan ancaman pidana Pasal 494. Dalam Pilkada, UU 1/2015 Pasal 70 ayat (1) huruf b melarang pasangan calon melibatkan ASN, dan Pasal 189 mengancam calon tersebut dengan pidana. ASN tetap dapat dijatuhi hukuman disiplin dalam keduanya.',
  },
  {
    id: 'g-kampanye-52',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['uu-20-2023/pasal-24-ayat-1-huruf-d', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Di grup WhatsApp keluarga, seorang paman meminta Pak Ilyas (PNS penghulu) ikut menyebarkan poster calon bupati yang didukung keluarga. Pak Ilyas menjawab bahwa sebagai ASN ia wajib netral, sehingga tidak akan menyebarkan atau mengomentari materi kampanye. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan memang itulah yang diminta aturan. UU 20/2023 Pasal 24 ayat (1) huruf d mewajibkan setiap Pegawai ASN menjaga netralitas, dan PP 94/2021 Pasal 5 huruf n angka 6 melarang ajakan atau seruan yang mengarah kepada keberpihakan, juga kepada anggota keluarga. Menolak dengan sopan dan menjelaskan alasannya tidak memihak siapa pun.',
  },
  {
    id: 'g-kampanye-53',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-6', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Sebuah pondok pesantren mengadakan acara "pengenalan tokoh" yang menghadirkan seorang bakal calon bupati. Pak Hafiz, PNS guru madrasah sekaligus alumni pesantren itu, naik ke panggung memberi testimoni tentang kebaikan bakal calon tersebut. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik SKB 2022 memuat ikut dalam kegiatan kampanye, sosialisasi, atau pengenalan bakal calon, dan testimoni di depan hadirin adalah seruan yang mengarah kepada keberpihakan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6, bahkan sebelum masa kampanye.',
  },
  {
    id: 'g-kampanye-54',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-4', 'pp-94-2021/pasal-14-huruf-i', 'skb-2022/lampiran-ii-disiplin-butir-1'],
    stem:
      'Pak Rudi, PNS pengemudi di Kantor Kementerian Agama, ikut membantu tim seorang calon dengan memakai mobil dinas untuk mengangkut dan memasang baliho calon itu pada malam hari. Penilaian yang tepat adalah…',
    options: [
      { id: 'a', text: 'Tidak melanggar, karena dilakukan di luar jam kerja.' },
      { id: 'b', text: 'Melanggar, dan termasuk hukuman disiplin berat: memakai fasilitas negara untuk kampanye serta memasang alat peraga calon.' },
      { id: 'c', text: 'Hanya pelanggaran kode etik, karena ia bukan pejabat.' },
      { id: 'd', text: 'Melanggar hanya jika balihonya dipasang di kantor.' },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 4 melarang PNS menjadi peserta kampanye dengan menggunakan fasilitas negara, dan Pasal 14 huruf i menetapkan hukuman disiplin berat. Daftar disiplin SKB 2022 juga menggolongkan memasang baliho atau alat peraga calon sebagai pelanggaran berat. Larangan ini berlaku bagi semua PNS, juga di luar jam kerja.',
  },
] satisfies QuestionInput[];
