/** Graded bank, area "partai": party membership, party attributes and a party's pressure on services. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-partai-01',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['uu-20-2023/pasal-52-ayat-3-huruf-j', 'uu-20-2023/pasal-52-ayat-4'],
    stem:
      'Pak Rahmat, PNS penyuluh agama, diminta menjadi bendahara pengurus partai politik di tingkat kecamatan. Ia menerima karena "hanya mengurus uang kas, tidak ikut berpolitik". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 20/2023 Pasal 52 ayat (3) huruf j menjadikan "anggota dan/atau pengurus partai politik" sebagai alasan pemberhentian, dan Pasal 52 ayat (4) menggolongkannya sebagai pemberhentian tidak dengan hormat. Jabatan apa pun dalam kepengurusan partai, termasuk bendahara, tetap kepengurusan partai.',
  },
  {
    id: 'g-partai-02',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-49-2018/pasal-53-ayat-3-huruf-c', 'pp-49-2018/pasal-63'],
    stem:
      'Bu Maya, PPPK analis kepegawaian, terbukti menjadi pengurus partai politik. Menurut PP 49/2018 tentang Manajemen PPPK, apa akibatnya?',
    options: [
      {
        id: 'a',
        text: 'Teguran tertulis, karena PPPK tidak tunduk pada larangan keanggotaan partai.',
        feedback: 'Tidak tepat. PP 49/2018 mengatur akibat yang jauh lebih berat bagi PPPK yang menjadi anggota atau pengurus partai.',
      },
      {
        id: 'b',
        text: 'Pemutusan hubungan perjanjian kerja dengan hormat, dan ia boleh melamar lagi pada seleksi berikutnya.',
        feedback: 'Tidak tepat. Pemutusannya tidak dengan hormat, dan ia tidak dapat melamar kembali sebagai PPPK.',
      },
      {
        id: 'c',
        text: 'Pemutusan hubungan perjanjian kerja tidak dengan hormat, dan ia tidak dapat melamar kembali sebagai PPPK.',
        feedback: 'Benar. Inilah akibat yang diatur Pasal 53 ayat (3) huruf c dan Pasal 63 PP 49/2018.',
      },
      {
        id: 'd',
        text: 'Kontraknya tetap berjalan sampai habis, tetapi tidak diperpanjang.',
        feedback: 'Tidak tepat. Hubungan kerjanya diputus, tidak dibiarkan berjalan sampai habis.',
      },
    ],
    answer: 'c',
    explanation:
      'PP 49/2018 Pasal 53 ayat (3) huruf c dan Pasal 63 mengatur bahwa PPPK yang menjadi anggota dan/atau pengurus partai politik diberhentikan dengan pemutusan hubungan perjanjian kerja tidak dengan hormat. Orang tersebut tidak dapat melamar kembali sebagai PPPK dan wajib membayar ganti rugi.',
  },
  {
    id: 'g-partai-03',
    area: 'partai',
    type: 'single',
    difficulty: 1,
    cites: ['uu-20-2023/pasal-52-ayat-3-huruf-j', 'uu-20-2023/pasal-52-ayat-4'],
    stem: 'Menurut UU 20/2023, Pegawai ASN yang menjadi anggota dan/atau pengurus partai politik…',
    options: [
      {
        id: 'a',
        text: 'diberhentikan tidak dengan hormat.',
        feedback: 'Benar. Pasal 52 ayat (3) huruf j jo. ayat (4) UU 20/2023.',
      },
      {
        id: 'b',
        text: 'diberhentikan dengan hormat tidak atas permintaan sendiri.',
        feedback: 'Tidak tepat. Itu hukuman disiplin berat terberat dalam PP 94/2021; untuk keanggotaan partai, UU 20/2023 menetapkan PTDH.',
      },
      {
        id: 'c',
        text: 'dijatuhi pemotongan tunjangan kinerja 25% selama 12 bulan.',
        feedback: 'Tidak tepat. Itu jenis hukuman disiplin sedang, bukan akibat keanggotaan partai.',
      },
      {
        id: 'd',
        text: 'cukup diberi teguran tertulis jika keanggotaannya pasif.',
        feedback: 'Tidak tepat. Undang-undang tidak membedakan anggota aktif dan pasif.',
      },
    ],
    answer: 'a',
    explanation:
      'UU 20/2023 Pasal 52 ayat (3) huruf j menyebut menjadi "anggota dan/atau pengurus partai politik" sebagai alasan pemberhentian tidak atas permintaan sendiri, dan Pasal 52 ayat (4) menggolongkannya sebagai pemberhentian tidak dengan hormat (PTDH).',
  },
  {
    id: 'g-partai-04',
    area: 'partai',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-3', 'uu-20-2023/pasal-53-ayat-1-huruf-c'],
    stem:
      'Bu Nur, PNS aktif yang tidak sedang menjalani cuti di luar tanggungan negara, mendatangi beberapa kantor partai politik untuk meminta dukungan sebagai bakal calon bupati. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 memasukkan "melakukan pendekatan kepada partai politik atau masyarakat sebagai bakal calon" ke dalam daftar pelanggaran disiplin; rumusan tahun 2024 menambahkan "tidak dalam status CLTN". Bu Nur masih PNS aktif tanpa CLTN. Sebagai catatan, PNS yang menjalani CLTN diberhentikan sementara (UU 20/2023 Pasal 53 ayat (1) huruf c).',
  },
  {
    id: 'g-partai-05',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: [
      'pp-94-2021/pasal-5-huruf-n-angka-2',
      'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2',
      'pp-94-2021/pasal-13-huruf-g',
    ],
    stem:
      'Pada hari Sabtu, Pak Joko (PNS) datang ke rapat umum kampanye calon anggota DPRD dengan memakai kaus dan topi berlogo partai pengusung calon itu. Menurut PP 94/2021, perbuatan ini termasuk…',
    options: [
      {
        id: 'a',
        text: 'keanggotaan partai politik yang berujung pemberhentian tidak dengan hormat.',
        feedback: 'Tidak tepat. Memakai atribut partai tidak sama dengan menjadi anggota partai.',
      },
      {
        id: 'b',
        text: 'perbuatan yang tidak melanggar, karena dilakukan pada hari libur.',
        feedback: 'Tidak tepat. Pelanggaran disiplin mencakup perbuatan di luar jam kerja.',
      },
      {
        id: 'c',
        text: 'pelanggaran ringan yang cukup dijatuhi teguran lisan.',
        feedback: 'Tidak tepat. Pasal 13 huruf g menggolongkannya sebagai hukuman disiplin sedang.',
      },
      {
        id: 'd',
        text: 'menjadi peserta kampanye dengan menggunakan atribut partai, yang diancam hukuman disiplin sedang.',
        feedback: 'Benar. Ini larangan Pasal 5 huruf n angka 2, dengan hukuman sedang menurut Pasal 13 huruf g.',
      },
    ],
    answer: 'd',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 2 melarang PNS menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS. Menurut penjelasannya, atribut partai meliputi pakaian, kendaraan, atau media lain yang menunjukkan partai atau calon selama kampanye. Pasal 13 huruf g menetapkan hukuman disiplin sedang untuk pelanggaran ini.',
  },
  {
    id: 'g-partai-06',
    area: 'partai',
    type: 'multiple',
    difficulty: 2,
    cites: ['pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2'],
    stem: 'Menurut penjelasan PP 94/2021, manakah yang termasuk "atribut PNS"? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Seragam Korpri', feedback: 'Benar. Disebut tegas dalam penjelasan angka 2.' },
      {
        id: 'b',
        text: 'Kaus bergambar calon',
        feedback: 'Tidak tepat. Kaus bergambar calon adalah atribut partai atau calon, bukan atribut PNS.',
      },
      { id: 'c', text: 'Kendaraan dinas', feedback: 'Benar. Disebut tegas dalam penjelasan angka 2.' },
      { id: 'd', text: 'Seragam dinas', feedback: 'Benar. Disebut tegas dalam penjelasan angka 2.' },
      {
        id: 'e',
        text: 'Bendera partai politik',
        feedback: 'Tidak tepat. Bendera partai adalah atribut partai, bukan atribut PNS.',
      },
    ],
    answer: ['a', 'c', 'd'],
    explanation:
      'Penjelasan Pasal 5 huruf n angka 2 PP 94/2021 membedakan dua jenis atribut. Atribut PNS adalah seragam Korpri, seragam dinas, kendaraan dinas, dan lain-lain. Atribut partai adalah pakaian, kendaraan, atau media lain yang menunjukkan partai atau calon selama kampanye. Keduanya dilarang dipakai PNS saat menjadi peserta kampanye.',
  },
  {
    id: 'g-partai-07',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-9-ayat-2', 'uu-20-2023/pasal-12'],
    stem:
      'Seorang pengurus partai politik meminta Pak Harun, PNS kepala seksi di Kantor Kementerian Agama, mendahulukan "kader partai" dalam daftar penerima bantuan yang sedang disusun seksinya. Pak Harun menurutinya agar hubungannya dengan partai itu tetap baik. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 20/2023 Pasal 9 ayat (2) menegaskan bahwa Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik. Pasal 12 menuntut ASN melaksanakan kebijakan dan pelayanan publik secara profesional dan bebas dari intervensi politik. Penerima bantuan ditentukan menurut ketentuan program, bukan afiliasi partai.',
  },
  {
    id: 'g-partai-09',
    area: 'partai',
    type: 'matching',
    difficulty: 2,
    cites: [
      'uu-20-2023/pasal-52-ayat-3-huruf-j',
      'pp-49-2018/pasal-53-ayat-3-huruf-c',
      'pp-94-2021/pasal-13-huruf-g',
      'uu-20-2023/pasal-59-ayat-3',
    ],
    stem: 'Pasangkan setiap keadaan dengan ketentuan yang berlaku.',
    pairs: [
      {
        id: 'pns-pengurus',
        left: 'PNS menjadi pengurus partai politik',
        right: 'Diberhentikan tidak dengan hormat (UU 20/2023 Pasal 52)',
      },
      {
        id: 'pppk-anggota',
        left: 'PPPK menjadi anggota partai politik',
        right: 'Pemutusan hubungan perjanjian kerja tidak dengan hormat (PP 49/2018)',
      },
      {
        id: 'pns-kaos',
        left: 'PNS menjadi peserta kampanye dengan kaus partai',
        right: 'Hukuman disiplin sedang (PP 94/2021 Pasal 13 huruf g)',
      },
      {
        id: 'asn-calon',
        left: 'Pegawai ASN dicalonkan sebagai calon bupati',
        right: 'Mengundurkan diri secara tertulis sejak ditetapkan sebagai calon (UU 20/2023 Pasal 59 ayat (3))',
      },
    ],
    explanation:
      'Keanggotaan atau kepengurusan partai berujung pemberhentian tidak dengan hormat bagi PNS (UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4)) dan pemutusan hubungan perjanjian kerja tidak dengan hormat bagi PPPK (PP 49/2018 Pasal 53 ayat (3) huruf c). Menjadi peserta kampanye dengan atribut partai diancam hukuman disiplin sedang (PP 94/2021 Pasal 13 huruf g). Pegawai ASN yang maju sebagai calon bupati wajib mundur sejak ditetapkan sebagai calon (UU 20/2023 Pasal 59 ayat (3)).',
  },
  {
    id: 'g-partai-10',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-6'],
    stem:
      'Jauh sebelum masa kampanye, sebuah partai politik mengadakan acara pengenalan bakal calon wali kota di gedung serbaguna. Bu Laila, PNS, ikut hadir sebagai panitia dan membagikan profil bakal calon kepada tamu. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 memasukkan "ikut dalam kegiatan kampanye, sosialisasi, atau pengenalan bakal calon" ke dalam daftar pelanggaran kode etik, yang dikenai sanksi moral berdasarkan PP 42/2004. Larangan itu tidak menunggu dimulainya masa kampanye resmi: sasarannya justru bakal calon.',
  },
  {
    id: 'g-partai-11',
    area: 'partai',
    type: 'truefalse',
    difficulty: 2,
    cites: ['skb-2022/konsiderans-mengingat', 'uu-20-2023/pasal-76', 'uu-20-2023/pasal-52-ayat-4'],
    stem:
      'Pernyataan: Karena SKB 2022 masih mengutip Pasal 87 ayat (4) huruf c UU 5/2014, pasal itulah dasar hukum yang berlaku saat ini untuk memberhentikan PNS yang menjadi anggota partai politik.',
    answer: false,
    explanation:
      'Salah. UU 5/2014 sudah dicabut oleh UU 20/2023 (Pasal 76). SKB 2022 memang masih mengutip UU 5/2014 karena dibuat sebelum UU 20/2023 berlaku. Dasar yang berlaku kini adalah UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4): pemberhentian tidak dengan hormat.',
  },
  {
    id: 'g-partai-12',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-1', 'skb-2022/lampiran-ii-disiplin-butir-1'],
    stem:
      'Kakak ipar Pak Wahyu (PNS) adalah pengurus partai yang mengusung seorang bakal calon bupati. Atas permintaan kakak iparnya, Pak Wahyu memasang baliho bakal calon itu di pagar rumahnya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 menyebut memasang spanduk, baliho, atau alat peraga lainnya terkait bakal calon sebagai pelanggaran, baik dalam daftar kode etik maupun daftar disiplin. Hubungan keluarga dengan pengurus partai tidak mengubah larangan itu.',
  },
  {
    id: 'g-partai-13',
    area: 'partai',
    type: 'multiple',
    difficulty: 3,
    cites: [
      'uu-20-2023/pasal-52-ayat-3-huruf-j',
      'uu-20-2023/pasal-52-ayat-4',
      'pp-94-2021/pasal-8-ayat-4',
      'pp-49-2018/pasal-63',
    ],
    stem: 'Pilih semua pernyataan yang benar tentang larangan keanggotaan partai politik bagi ASN.',
    options: [
      {
        id: 'a',
        text: 'Larangan ini hanya berlaku bagi PNS; PPPK boleh menjadi anggota partai.',
        feedback: 'Tidak tepat. PP 49/2018 memutus hubungan kerja PPPK yang menjadi anggota atau pengurus partai secara tidak dengan hormat.',
      },
      {
        id: 'b',
        text: 'Bagi PNS, akibatnya adalah pemberhentian tidak dengan hormat.',
        feedback: 'Benar. Pasal 52 ayat (4) UU 20/2023 menggolongkannya sebagai PTDH.',
      },
      {
        id: 'c',
        text: 'Pemberhentian tidak dengan hormat ini bersumber dari undang-undang, sebab hukuman terberat dalam PP 94/2021 adalah pemberhentian dengan hormat.',
        feedback: 'Benar. PP 94/2021 tidak memuat PTDH.',
      },
      {
        id: 'd',
        text: 'Larangan ini hanya berlaku bagi pejabat struktural.',
        feedback: 'Tidak tepat. Larangan ini berlaku bagi setiap Pegawai ASN.',
      },
      {
        id: 'e',
        text: 'Larangannya mencakup anggota maupun pengurus partai.',
        feedback: 'Benar. Pasal 52 ayat (3) huruf j menyebut "anggota dan/atau pengurus".',
      },
    ],
    answer: ['b', 'c', 'e'],
    explanation:
      'UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4) menetapkan pemberhentian tidak dengan hormat bagi Pegawai ASN yang menjadi anggota dan/atau pengurus partai politik. PP 94/2021 Pasal 8 ayat (4) hanya mengenal pemberhentian dengan hormat tidak atas permintaan sendiri sebagai hukuman terberat, sehingga PTDH ini bersumber dari undang-undang. Untuk PPPK, PP 49/2018 (Pasal 53 ayat (3) huruf c dan Pasal 63) mengatur pemutusan hubungan perjanjian kerja tidak dengan hormat.',
  },
  {
    id: 'g-partai-14',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-9-ayat-2', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Menjelang Pilkada, tim kampanye sebuah pasangan calon meminta Bu Ratna, PNS kepala madrasah, mengumpulkan para guru di aula madrasah agar calon mereka dapat menyampaikan programnya. Sikap yang paling tepat adalah…',
    options: [
      {
        id: 'a',
        text: 'Menyetujui, asalkan semua pasangan calon juga diberi kesempatan yang sama di kemudian hari.',
        feedback: 'Tidak tepat. Kepala madrasah tetap mengadakan pertemuan yang mengarah kepada keberpihakan dan berada di bawah pengaruh pihak yang berkontestasi.',
      },
      {
        id: 'b',
        text: 'Menyetujui, asalkan para guru tidak memakai seragam dinas.',
        feedback: 'Tidak tepat. Tanpa seragam pun, pertemuan itu tetap mengarah kepada keberpihakan.',
      },
      {
        id: 'c',
        text: 'Menyetujui, asalkan acara diadakan setelah jam pelajaran.',
        feedback: 'Tidak tepat. Larangan ini berlaku juga di luar jam kerja.',
      },
      {
        id: 'd',
        text: 'Menolak, karena mengumpulkan guru untuk kepentingan pasangan calon adalah kegiatan yang mengarah kepada keberpihakan.',
        feedback: 'Benar. Pertemuan bagi PNS di unit kerjanya untuk pasangan calon termasuk larangan Pasal 5 huruf n angka 6 PP 94/2021.',
      },
    ],
    answer: 'd',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon, termasuk pertemuan bagi PNS dalam lingkungan unit kerjanya, sebelum, selama, dan sesudah masa kampanye. UU 20/2023 Pasal 9 ayat (2) juga menuntut ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
  },
  {
    id: 'g-partai-15',
    area: 'partai',
    type: 'truefalse',
    difficulty: 2,
    cites: ['pp-49-2018/pasal-63'],
    stem:
      'Pernyataan: PPPK yang hubungan perjanjian kerjanya diputus karena menjadi pengurus partai politik masih dapat melamar kembali menjadi PPPK setelah keluar dari partai.',
    answer: false,
    explanation:
      'Salah. PP 49/2018 Pasal 63 mengatur bahwa PPPK yang diputus hubungan perjanjian kerjanya tidak dengan hormat karena menjadi anggota dan/atau pengurus partai politik tidak dapat melamar kembali sebagai PPPK dan wajib membayar ganti rugi.',
  },
] satisfies QuestionInput[];
