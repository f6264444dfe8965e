/** Graded bank, area "kampanye": campaign activities and social media. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-kampanye-01',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-4', 'skb-2022/ruang-lingkup', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem:
      'Pak Rahmat, penyuluh agama PPPK di sebuah KUA, pada hari Minggu menyukai (like) unggahan akun pemenangan seorang bakal calon bupati yang berisi program-program calon itu. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 menyebut membuat posting, comment, share, like, atau bergabung/follow dalam grup atau akun pemenangan bakal calon sebagai pelanggaran. SKB ini berlaku bagi PNS dan PPPK, dan UU 20/2023 Pasal 24 ayat (1) huruf d mewajibkan setiap Pegawai ASN menjaga netralitas. Hari libur dan akun pribadi tidak mengubah hal ini.',
  },
  {
    id: 'g-kampanye-02',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-5', 'skb-2022/lampiran-ii-disiplin-butir-7'],
    stem:
      'Di sebuah resepsi pernikahan, Bu Fitri (PNS) berfoto bersama seorang calon anggota DPD. Keduanya mengacungkan jari membentuk nomor urut calon itu, lalu Bu Fitri mengunggah fotonya ke Instagram. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik dalam Lampiran II SKB 2022 menyebut memposting di media sosial foto bersama bakal calon atau tim sukses dengan menunjukkan atau memperagakan simbol keberpihakan, misalnya gerakan tangan, dan daftar disiplinnya mencatat memposting foto bersama calon, tim sukses, atau alat peraga sebagai pelanggaran berat. Acungan jari membentuk nomor urut adalah simbol keberpihakan.',
  },
  {
    id: 'g-kampanye-03',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-6', 'pp-94-2021/pasal-1-angka-6'],
    stem:
      'Pak Gani (PNS) meneruskan video kampanye seorang calon gubernur ke grup WhatsApp keluarga besar dengan catatan, "Sekadar info, bukan ajakan." Bagaimana menilai perbuatan ini?',
    options: [
      {
        id: 'a',
        text: 'Tidak melanggar, karena grup keluarga bersifat pribadi.',
        feedback: 'Tidak tepat. Larangan membagikan konten kampanye tidak membedakan grup pribadi dan grup umum.',
      },
      {
        id: 'b',
        text: 'Tidak melanggar, karena ia sudah menulis bahwa itu bukan ajakan.',
        feedback: 'Tidak tepat. Yang dinilai adalah perbuatannya: membagikan konten kampanye calon.',
      },
      {
        id: 'c',
        text: 'Melanggar, karena membagikan (share) konten kampanye calon termasuk perbuatan yang dilarang bagi ASN, di dalam maupun di luar jam kerja.',
        feedback: 'Benar. SKB 2022 menyebut share sebagai pelanggaran, dan PP 94/2021 mencakup perbuatan di luar jam kerja.',
      },
      {
        id: 'd',
        text: 'Melanggar hanya jika video itu diteruskan pada jam kerja.',
        feedback: 'Tidak tepat. Pelanggaran disiplin mencakup perbuatan di luar jam kerja.',
      },
    ],
    answer: 'c',
    explanation:
      'Lampiran II SKB 2022 menyebut membuat posting, comment, share, like, atau follow sebagai pelanggaran disiplin. PP 94/2021 Pasal 1 angka 6 menegaskan bahwa pelanggaran disiplin mencakup ucapan, tulisan, atau perbuatan, baik di dalam maupun di luar jam kerja. Catatan "bukan ajakan" tidak mengubah sifat perbuatan membagikan konten kampanye.',
  },
  {
    id: 'g-kampanye-04',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-4', 'skb-2022/lampiran-ii-kode-etik-butir-5'],
    stem:
      'Bu Rina (PNS) aktif di media sosial selama tahapan Pilkada. Pilih semua perbuatannya yang termasuk pelanggaran menurut Lampiran II SKB 2022.',
    options: [
      {
        id: 'a',
        text: 'Mengunggah ajakan agar warga datang ke TPS pada hari pemungutan suara, tanpa menyebut atau menyiratkan calon mana pun.',
        feedback: 'Tidak termasuk. Ajakan umum untuk memilih tidak memberikan dukungan kepada calon tertentu.',
      },
      {
        id: 'b',
        text: 'Menulis komentar "Semangat, Pak! Kami mendukung" di unggahan bakal calon.',
        feedback: 'Benar. Comment disebut tegas dalam SKB.',
      },
      {
        id: 'c',
        text: 'Mengunggah foto bersama tim sukses dengan latar spanduk bergambar bakal calon.',
        feedback: 'Benar. Foto bersama tim sukses dengan latar gambar calon disebut dalam SKB.',
      },
      {
        id: 'd',
        text: 'Mengikuti (follow) akun tim pemenangan seorang bakal calon.',
        feedback: 'Benar. Bergabung/follow akun pemenangan bakal calon disebut dalam SKB.',
      },
    ],
    answer: ['b', 'c', 'd'],
    explanation:
      'Lampiran II SKB 2022 menyebut sebagai pelanggaran: membuat posting, comment, share, like, atau bergabung/follow dalam grup atau akun pemenangan bakal calon; serta memposting foto bersama bakal calon atau tim sukses dengan simbol keberpihakan, atribut partai, latar gambar partai atau calon, atau alat peraga. Yang dilarang adalah dukungan kepada calon; ajakan umum untuk menggunakan hak pilih tanpa menyiratkan calon tertentu tidak termasuk daftar itu.',
  },
  {
    id: 'g-kampanye-05',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-7', 'pp-94-2021/pasal-14-huruf-i', 'skb-2022/lampiran-ii-disiplin-butir-10'],
    stem:
      'Seorang tetangga meminta Pak Joko (PNS) menandatangani surat dukungan untuk bakal calon bupati jalur perseorangan dan melampirkan fotokopi KTP-nya. Pak Joko memenuhinya. Menurut PP 94/2021, perbuatan ini…',
    options: [
      {
        id: 'a',
        text: 'dilarang dan diancam hukuman disiplin berat.',
        feedback: 'Benar. Pasal 5 huruf n angka 7 jo. Pasal 14 huruf i PP 94/2021.',
      },
      {
        id: 'b',
        text: 'dilarang dan diancam hukuman disiplin ringan.',
        feedback: 'Tidak tepat. Pasal 14 huruf i menggolongkannya sebagai hukuman disiplin berat.',
      },
      {
        id: 'c',
        text: 'boleh, karena calon perseorangan tidak diusung partai politik.',
        feedback: 'Tidak tepat. Angka 7 tidak membedakan jalur pencalonan; Lampiran II SKB 2022 bahkan menyebut dukungan bagi bakal calon perseorangan secara khusus.',
      },
      {
        id: 'd',
        text: 'boleh, asalkan ia tidak ikut mengumpulkan KTP orang lain.',
        feedback: 'Tidak tepat. Memberikan surat dukungan disertai fotokopi KTP-nya sendiri sudah dilarang.',
      },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 7 melarang PNS memberikan dukungan kepada calon dengan cara memberikan surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk. Pasal 14 huruf i menetapkan hukuman disiplin berat untuk pelanggaran ini.',
  },
  {
    id: 'g-kampanye-08',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-1-2015/pasal-70-ayat-1-huruf-b', 'uu-1-2015/pasal-189'],
    stem: 'Pernyataan: Dalam Pilkada, pasangan calon dilarang melibatkan aparatur sipil negara dalam kampanye.',
    answer: true,
    explanation:
      'Benar. UU 1/2015 Pasal 70 ayat (1) huruf b melarang pasangan calon melibatkan aparatur sipil negara, anggota Polri, dan anggota TNI dalam kampanye. Pasal 189 mengancam calon yang dengan sengaja melanggarnya dengan pidana. Larangan bagi calon ini tidak menghapus kewajiban ASN sendiri untuk netral.',
  },
  {
    id: 'g-kampanye-09',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-3', 'skb-2022/lampiran-ii-disiplin-butir-4'],
    stem:
      'Pak Eko (PNS) datang ke deklarasi pasangan bakal calon wali kota dengan pakaian biasa. Ketika pembawa acara mengundang "tokoh masyarakat" ke panggung, ia naik dan menyatakan dukungannya di hadapan hadirin. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 menyebut menghadiri deklarasi atau kampanye pasangan bakal calon dan memberikan tindakan atau dukungan secara aktif sebagai pelanggaran kode etik, dan menghadiri deklarasi atau kampanye disertai dukungan aktif sebagai pelanggaran disiplin. Menyatakan dukungan di panggung adalah dukungan aktif, walaupun tanpa atribut.',
  },
  {
    id: 'g-kampanye-10',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-3', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Bu Hana, PNS kepala seksi, mengajak seluruh staf PNS di seksinya berangkat bersama ke rapat umum kampanye seorang calon gubernur. Menurut PP 94/2021, perbuatan Bu Hana termasuk…',
    options: [
      {
        id: 'a',
        text: 'peserta kampanye dengan mengerahkan PNS lain, yang diancam hukuman disiplin berat.',
        feedback: 'Benar. Pasal 5 huruf n angka 3 jo. Pasal 14 huruf i PP 94/2021.',
      },
      {
        id: 'b',
        text: 'peserta kampanye dengan atribut PNS, yang diancam hukuman disiplin sedang.',
        feedback: 'Tidak tepat. Tidak disebutkan atribut; yang menonjol adalah pengerahan PNS lain.',
      },
      {
        id: 'c',
        text: 'kegiatan yang boleh, asalkan tiap staf berangkat atas kemauan sendiri.',
        feedback: 'Tidak tepat. Yang mengajak dan mengerahkan adalah atasan mereka, dan itulah yang dilarang.',
      },
      {
        id: 'd',
        text: 'pelanggaran kode etik semata, tanpa ancaman hukuman disiplin.',
        feedback: 'Tidak tepat. Mengerahkan PNS lain adalah larangan disiplin dengan hukuman berat.',
      },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 3 melarang PNS mendukung calon sebagai peserta kampanye dengan mengerahkan PNS lain. Pasal 14 huruf i menetapkan hukuman disiplin berat untuk pelanggaran ini.',
  },
  {
    id: 'g-kampanye-11',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 2,
    cites: ['pp-94-2021/pasal-5-huruf-n', 'uu-20-2023/pasal-52-ayat-3-huruf-j'],
    stem: 'Manakah yang termasuk cara memberikan dukungan kepada calon yang dilarang bagi PNS dalam Pasal 5 huruf n PP 94/2021? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Ikut kampanye.', feedback: 'Benar. Ini angka 1.' },
      {
        id: 'b',
        text: 'Memberikan surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk.',
        feedback: 'Benar. Ini angka 7.',
      },
      {
        id: 'c',
        text: 'Menjadi anggota partai politik.',
        feedback: 'Tidak tepat. Keanggotaan partai dilarang, tetapi diatur dalam UU 20/2023 Pasal 52, bukan dalam Pasal 5 huruf n.',
      },
      {
        id: 'd',
        text: 'Membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon.',
        feedback: 'Benar. Ini angka 5.',
      },
      {
        id: 'e',
        text: 'Menyampaikan pilihannya di bilik suara.',
        feedback: 'Tidak tepat. Memberikan suara di bilik suara bukan salah satu dari tujuh bentuk dukungan yang dilarang.',
      },
    ],
    answer: ['a', 'b', 'd'],
    explanation:
      'Pasal 5 huruf n PP 94/2021 memuat tujuh cara dukungan yang dilarang: ikut kampanye; menjadi peserta kampanye dengan atribut partai atau atribut PNS; sebagai peserta kampanye mengerahkan PNS lain; sebagai peserta kampanye menggunakan fasilitas negara; membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan pasangan calon; mengadakan kegiatan yang mengarah kepada keberpihakan; dan memberikan surat dukungan disertai fotokopi KTP. Keanggotaan partai politik diatur tersendiri dalam UU 20/2023 Pasal 52 ayat (3) huruf j.',
  },
  {
    id: 'g-kampanye-12',
    area: 'kampanye',
    type: 'matching',
    difficulty: 2,
    cites: [
      'pp-94-2021/pasal-5-huruf-n-angka-2',
      'pp-94-2021/pasal-5-huruf-n-angka-3',
      'pp-94-2021/pasal-5-huruf-n-angka-6',
      'pp-94-2021/pasal-5-huruf-n-angka-7',
    ],
    stem: 'Pasangkan setiap contoh perbuatan PNS dengan bentuk larangan dalam Pasal 5 huruf n PP 94/2021.',
    pairs: [
      {
        id: 'korpri',
        left: 'Datang ke lapangan kampanye memakai seragam Korpri',
        right: 'Angka 2: peserta kampanye dengan atribut partai atau atribut PNS',
      },
      {
        id: 'staf',
        left: 'Membawa seluruh staf PNS satu seksi ke acara kampanye',
        right: 'Angka 3: peserta kampanye dengan mengerahkan PNS lain',
      },
      {
        id: 'sembako',
        left: 'Membagikan paket sembako bergambar calon kepada warga',
        right: 'Angka 6: kegiatan yang mengarah kepada keberpihakan',
      },
      {
        id: 'ktp',
        left: 'Menyerahkan fotokopi KTP sebagai dukungan bakal calon perseorangan',
        right: 'Angka 7: surat dukungan disertai fotokopi KTP',
      },
    ],
    explanation:
      'Keempatnya dilarang Pasal 5 huruf n PP 94/2021. Seragam Korpri adalah atribut PNS (angka 2, dengan penjelasannya). Membawa staf PNS ke kampanye adalah mengerahkan PNS lain (angka 3). Pemberian barang kepada masyarakat untuk calon termasuk kegiatan yang mengarah kepada keberpihakan (angka 6). Menyerahkan fotokopi KTP sebagai dukungan adalah angka 7.',
  },
  {
    id: 'g-kampanye-13',
    area: 'kampanye',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-1-angka-6', 'skb-2022/lampiran-ii-disiplin-butir-6'],
    stem:
      'Pukul 22.00, dari akun Facebook pribadi yang tidak mencantumkan instansinya, Pak Dani (PNS) menulis komentar dukungan di unggahan seorang calon. Ia beralasan: "Ini di luar jam kerja dan bukan akun kantor." Menurut aturan yang berlaku…',
    options: [
      {
        id: 'a',
        text: 'alasannya dapat diterima, karena kehidupan pribadi di luar jam kerja tidak diatur.',
        feedback: 'Tidak tepat. PP 94/2021 menjangkau perbuatan di luar jam kerja.',
      },
      {
        id: 'b',
        text: 'alasannya dapat diterima, asalkan akunnya tidak memakai foto berseragam.',
        feedback: 'Tidak tepat. Ada atau tidaknya seragam di foto profil tidak menentukan.',
      },
      {
        id: 'c',
        text: 'komentarnya tetap dapat menjadi pelanggaran disiplin, karena tulisan di luar jam kerja pun termasuk dan SKB 2022 menyebut comment sebagai pelanggaran.',
        feedback: 'Benar. Pasal 1 angka 6 PP 94/2021 mencakup tulisan di dalam maupun di luar jam kerja.',
      },
      {
        id: 'd',
        text: 'komentarnya baru menjadi pelanggaran jika calon itu membalas komentarnya.',
        feedback: 'Tidak tepat. Perbuatan Pak Dani sendirilah yang dinilai.',
      },
    ],
    answer: 'c',
    explanation:
      'PP 94/2021 Pasal 1 angka 6 mendefinisikan pelanggaran disiplin sebagai ucapan, tulisan, atau perbuatan yang melanggar kewajiban atau larangan, baik di dalam maupun di luar jam kerja. Lampiran II SKB 2022 menyebut membuat posting, comment, share, like, atau follow sebagai pelanggaran. Akun pribadi dan jam malam tidak menghapus kewajiban netral.',
  },
  {
    id: 'g-kampanye-14',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-4'],
    stem:
      'Bu Wati (PNS) bergabung ke grup WhatsApp "Relawan Pemenangan" seorang bakal calon bupati. Ia berjanji pada dirinya sendiri hanya akan membaca dan tidak pernah menulis apa pun di grup itu. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 menyebut bergabung/follow dalam grup atau akun pemenangan bakal calon sebagai pelanggaran, di samping posting, comment, share, dan like. Bergabung saja sudah termasuk, walaupun ia tidak pernah menulis apa pun.',
  },
  {
    id: 'g-kampanye-16',
    area: 'kampanye',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-3', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Pak Rafi (PNS) berpendapat, "Selama KPU belum menetapkan pasangan calon dan masa kampanye belum dimulai, saya bebas ikut acara dan menyatakan dukungan kepada bakal calon." Pendapat ini…',
    options: [
      {
        id: 'a',
        text: 'benar, karena aturan netralitas baru berlaku pada masa kampanye.',
        feedback: 'Tidak tepat. SKB 2022 justru menyebut perbuatan yang berkaitan dengan bakal calon.',
      },
      {
        id: 'b',
        text: 'keliru, tetapi hanya jika bakal calon itu berasal dari partai politik.',
        feedback: 'Tidak tepat. Larangan berlaku untuk bakal calon dari jalur mana pun.',
      },
      {
        id: 'c',
        text: 'benar, asalkan ia tidak memakai atribut PNS.',
        feedback: 'Tidak tepat. Tanpa atribut pun, dukungan aktif kepada bakal calon tetap dilarang.',
      },
      {
        id: 'd',
        text: 'keliru, karena SKB 2022 menyebut dukungan aktif kepada bakal calon sebagai pelanggaran, dan PP 94/2021 melarang kegiatan yang mengarah kepada keberpihakan sebelum, selama, dan sesudah masa kampanye.',
        feedback: 'Benar. Larangan netralitas tidak menunggu penetapan calon.',
      },
    ],
    answer: 'd',
    explanation:
      'Lampiran II SKB 2022 menyebut menghadiri deklarasi atau kampanye pasangan bakal calon dan memberikan dukungan secara aktif sebagai pelanggaran. PP 94/2021 Pasal 5 huruf n angka 6 melarang kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon sebelum, selama, dan sesudah masa kampanye. Jadi kewajiban netral tidak menunggu penetapan calon atau dimulainya masa kampanye.',
  },
  {
    id: 'g-kampanye-17',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-5'],
    stem:
      'Dalam acara peresmian sebuah masjid, seorang calon anggota DPRD mengajak Bu Aminah (PNS) berfoto sambil mengacungkan jari membentuk nomor urutnya. Bu Aminah dengan sopan menolak berpose dengan simbol itu dan tidak mengunggah foto apa pun. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan memang itulah sikap yang tepat. Lampiran II SKB 2022 menyebut memposting foto bersama calon dengan menunjukkan atau memperagakan simbol keberpihakan, misalnya gerakan tangan, sebagai pelanggaran. Dengan menolak berpose dan tidak mengunggah foto, Bu Aminah tidak melakukan perbuatan itu.',
  },
] satisfies QuestionInput[];
