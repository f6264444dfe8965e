/** Graded bank, area "pelayanan": decisions, state facilities and service delivery. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-pelayanan-01',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-20-2023/pasal-12'],
    stem:
      'Menjelang Pilkada, Pak Salman, PNS petugas pelayanan di sebuah KUA, mempercepat proses pendaftaran nikah bagi warga yang memasang stiker calon bupati tertentu di kendaraannya, sementara warga lain mengantre seperti biasa. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 5 melarang PNS membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, sebelum, selama, dan sesudah masa kampanye. UU 20/2023 Pasal 12 menuntut pelayanan publik yang profesional dan bebas dari intervensi politik: semua warga dilayani menurut aturan yang sama.',
  },
  {
    id: 'g-pelayanan-02',
    area: 'pelayanan',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['uu-1-2015/pasal-71-ayat-1', 'uu-1-2015/pasal-188', 'putusan-mk-136-puu-xxii-2024/amar-putusan'],
    tags: ['pembaruan-1.1'],
    stem:
      'Selama tahapan Pilkada, seorang pejabat ASN di pemerintah kabupaten menerbitkan keputusan yang menyalurkan bantuan hanya ke desa-desa basis pendukung salah satu pasangan calon. Jika ia terbukti sengaja melakukannya, ancaman pidana menurut UU Pilkada adalah…',
    options: [
      {
        id: 'a',
        text: 'Pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000.',
        feedback: 'Tidak tepat. Itu ancaman Pasal 494 UU Pemilu bagi ASN yang menjadi pelaksana atau tim kampanye Pemilu.',
      },
      {
        id: 'b',
        text: 'Pidana penjara paling singkat 1 bulan atau paling lama 6 bulan dan/atau denda paling sedikit Rp600.000 atau paling banyak Rp6.000.000.',
        feedback: 'Benar. Pasal 188 UU 1/2015 untuk pelanggaran Pasal 71.',
      },
      {
        id: 'c',
        text: 'Tidak ada ancaman pidana, karena perbuatan itu berupa keputusan tata usaha negara.',
        feedback: 'Tidak tepat. Pasal 188 justru menjadikan pelanggaran Pasal 71 sebagai tindak pidana.',
      },
      {
        id: 'd',
        text: 'Hanya hukuman disiplin sedang dari instansinya.',
        feedback: 'Tidak tepat. Selain hukuman disiplin, perbuatan ini diancam pidana oleh UU Pilkada.',
      },
    ],
    answer: 'b',
    explanation:
      'UU 1/2015 Pasal 71 ayat (1), sebagaimana diubah dengan UU 10/2016, melarang pejabat aparatur sipil negara membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon. Pasal 188 mengancam pejabat ASN yang dengan sengaja melanggarnya dengan penjara paling singkat 1 bulan atau paling lama 6 bulan dan/atau denda paling sedikit Rp600.000 atau paling banyak Rp6.000.000. Putusan MK 136/PUU-XXII/2024 menambahkan pejabat daerah dan anggota TNI/Polri ke dalam Pasal 188, tetapi ancaman pidananya tidak berubah.',
  },
  {
    id: 'g-pelayanan-03',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 3,
    cites: ['uu-1-2015/pasal-71-ayat-1'],
    stem:
      'Pernyataan: Dalam UU Pilkada yang berlaku, larangan bagi pejabat ASN membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon hanya berlaku selama masa kampanye.',
    answer: false,
    explanation:
      'Salah. Rumusan asli Pasal 71 ayat (1) UU 1/2015 memang membatasinya "selama masa Kampanye", tetapi UU 10/2016 menghapus batasan itu. Kini larangan tersebut berlaku tanpa dibatasi masa kampanye.',
  },
  {
    id: 'g-pelayanan-04',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-4', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Pak Iwan (PNS), yang ikut dalam kegiatan kampanye seorang calon anggota DPRD, memakai aula kantor dan proyektor kantor pada malam hari untuk rapat persiapan kampanye calon itu. Menurut PP 94/2021, perbuatannya termasuk…',
    options: [
      {
        id: 'a',
        text: 'peserta kampanye dengan menggunakan fasilitas negara, yang diancam hukuman disiplin berat.',
        feedback: 'Benar. Pasal 5 huruf n angka 4 jo. Pasal 14 huruf i PP 94/2021.',
      },
      {
        id: 'b',
        text: 'perbuatan yang boleh, karena dilakukan di luar jam kerja dan aula sedang kosong.',
        feedback: 'Tidak tepat. Fasilitas negara tetap fasilitas negara di luar jam kerja.',
      },
      {
        id: 'c',
        text: 'pelanggaran ringan berupa penyalahgunaan inventaris kantor.',
        feedback: 'Tidak tepat. Penggunaan fasilitas negara sebagai peserta kampanye diancam hukuman disiplin berat.',
      },
      {
        id: 'd',
        text: 'peserta kampanye dengan atribut PNS, yang diancam hukuman disiplin sedang.',
        feedback: 'Tidak tepat. Aula dan proyektor kantor adalah fasilitas negara, dan larangannya ada di angka 4.',
      },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 4 melarang PNS mendukung calon sebagai peserta kampanye dengan menggunakan fasilitas negara. Pasal 14 huruf i menetapkan hukuman disiplin berat untuk pelanggaran ini. Waktu penggunaan tidak menentukan, karena pelanggaran disiplin mencakup perbuatan di luar jam kerja.',
  },
  {
    id: 'g-pelayanan-05',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-7-2017/pasal-283'],
    stem:
      'Dalam rapat dinas bulanan, Bu Kartini, PNS kepala madrasah, "mengimbau" para guru agar memilih calon presiden tertentu karena dianggap paling peduli pada pendidikan agama. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan terhadap calon, antara lain pertemuan, ajakan, imbauan, dan seruan kepada PNS dalam lingkungan unit kerjanya. UU 7/2017 Pasal 283 memuat larangan serupa bagi ASN dalam Pemilu, sebelum, selama, dan sesudah masa kampanye.',
  },
  {
    id: 'g-pelayanan-06',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Bu Halimah, PNS penyuluh agama, membagikan paket sembako yang ditempeli stiker seorang calon wali kota kepada jamaah majelis taklim binaannya. Menurut PP 94/2021, perbuatan ini…',
    options: [
      {
        id: 'a',
        text: 'boleh, karena sembako adalah bantuan sosial dan tidak berisi ajakan tertulis.',
        feedback: 'Tidak tepat. Pemberian barang yang mengarah kepada keberpihakan termasuk larangan, ada atau tidak ada ajakan tertulis.',
      },
      {
        id: 'b',
        text: 'hanya melanggar jika sembako itu dibeli dengan uang negara.',
        feedback: 'Tidak tepat. Asal dana tidak menentukan; pemberian barang untuk keberpihakan itulah yang dilarang.',
      },
      {
        id: 'c',
        text: 'hanya dilarang jika dilakukan pada masa kampanye.',
        feedback: 'Tidak tepat. Angka 6 berlaku sebelum, selama, dan sesudah masa kampanye.',
      },
      {
        id: 'd',
        text: 'termasuk kegiatan yang mengarah kepada keberpihakan, berupa pemberian barang kepada masyarakat, dan diancam hukuman disiplin berat.',
        feedback: 'Benar. Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i PP 94/2021.',
      },
    ],
    answer: 'd',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan terhadap calon sebelum, selama, dan sesudah masa kampanye, termasuk pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat. Pasal 14 huruf i menetapkan hukuman disiplin berat.',
  },
  {
    id: 'g-pelayanan-07',
    area: 'pelayanan',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-20-2023/pasal-12'],
    stem:
      'Di loket Pelayanan Terpadu Satu Pintu (PTSP) Kantor Kementerian Agama, beberapa petugas PNS melakukan hal berikut selama tahapan Pemilu. Pilih semua yang melanggar netralitas.',
    options: [
      {
        id: 'a',
        text: 'Mendahulukan pemohon yang menunjukkan kartu relawan seorang calon anggota DPR.',
        feedback: 'Melanggar. Ini tindakan yang menguntungkan salah satu calon (angka 5).',
      },
      {
        id: 'b',
        text: 'Melayani semua pemohon menurut urutan antrean tanpa menanyakan pilihan politik mereka.',
        feedback: 'Tidak melanggar. Inilah pelayanan publik yang profesional dan bebas dari intervensi politik.',
      },
      {
        id: 'c',
        text: 'Menunda berkas warga yang diketahui mendukung calon lawan.',
        feedback: 'Melanggar. Ini tindakan yang merugikan salah satu calon dan pendukungnya (angka 5).',
      },
      {
        id: 'd',
        text: 'Menyelipkan brosur program seorang calon ke dalam map berkas yang diserahkan kepada pemohon.',
        feedback: 'Melanggar. Ini pemberian barang kepada masyarakat yang mengarah kepada keberpihakan (angka 6).',
      },
    ],
    answer: ['a', 'c', 'd'],
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 5 melarang keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu calon, dan angka 6 melarang kegiatan yang mengarah kepada keberpihakan, termasuk pemberian barang kepada masyarakat. UU 20/2023 Pasal 12 menuntut pelayanan publik yang profesional dan bebas dari intervensi politik.',
  },
  {
    id: 'g-pelayanan-08',
    area: 'pelayanan',
    type: 'ordering',
    difficulty: 3,
    cites: [
      'uu-7-2017/pasal-454-ayat-6',
      'uu-7-2017/pasal-454-ayat-7',
      'uu-7-2017/pasal-455-ayat-1-huruf-c',
      'se-menpanrb-4-2024/pengalihan-pengawasan',
      'pp-94-2021/pasal-24',
    ],
    stem: 'Urutkan alur penanganan laporan warga tentang PNS yang diduga tidak netral dalam Pemilu, dari awal sampai akhir.',
    items: [
      { id: 'lapor', text: 'Warga melapor ke Bawaslu paling lama 7 hari kerja sejak mengetahui dugaan pelanggaran.' },
      { id: 'kaji', text: 'Bawaslu memeriksa laporan; laporan yang terbukti kebenarannya ditindaklanjuti paling lama 7 hari setelah diterima dan diregistrasi.' },
      { id: 'teruskan', text: 'Bawaslu meneruskan pelanggaran netralitas ASN kepada instansi yang berwenang; sejak Agustus 2024 kepada BKN.' },
      { id: 'hukum', text: 'Pejabat yang berwenang menghukum menjatuhkan hukuman disiplin kepada PNS yang terbukti melanggar.' },
    ],
    explanation:
      'UU 7/2017 Pasal 454 ayat (6) memberi batas 7 hari kerja sejak pelanggaran diketahui untuk melapor, dan ayat (7) mewajibkan laporan yang terbukti kebenarannya ditindaklanjuti paling lama 7 hari setelah diterima dan diregistrasi. Pelanggaran terhadap peraturan lain, termasuk netralitas ASN, diteruskan kepada instansi yang berwenang (Pasal 455 ayat (1) huruf c); sejak KASN berhenti bekerja pada Agustus 2024, Bawaslu meneruskannya kepada BKN (SE MenPAN-RB 4/2024). Akhirnya, PP 94/2021 Pasal 24 mewajibkan pejabat yang berwenang menghukum menjatuhkan hukuman disiplin.',
  },
  {
    id: 'g-pelayanan-10',
    area: 'pelayanan',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['pp-42-2004/pasal-11-huruf-c', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Bu Lilis, PNS verifikator proposal bantuan di Kantor Kementerian Agama, menerima proposal dari yayasan yang diketuai kakak kandungnya, seorang calon anggota DPRD yang sedang berkampanye. Sikap yang paling sesuai dengan aturan adalah…',
    options: [
      {
        id: 'a',
        text: 'Meloloskan proposal itu lebih dulu karena yayasannya sudah ia kenal baik.',
        feedback: 'Tidak tepat. Itu tindakan yang menguntungkan calon dan mencampurkan kepentingan keluarga dengan tugas.',
      },
      {
        id: 'b',
        text: 'Menolak proposal itu begitu saja agar tidak dituduh memihak.',
        feedback: 'Tidak tepat. Menolak tanpa menilai juga merupakan tindakan yang tidak profesional dan dapat merugikan pihak tertentu.',
      },
      {
        id: 'c',
        text: 'Menyampaikan hubungan keluarganya kepada atasan dan tidak ikut memverifikasi proposal itu, sehingga proposal dinilai orang lain menurut kriteria yang sama.',
        feedback: 'Benar. Ini cara menghindari konflik kepentingan dan menjaga agar tidak ada tindakan yang menguntungkan calon.',
      },
      {
        id: 'd',
        text: 'Memverifikasi sendiri, asalkan hasilnya dirahasiakan sampai Pemilu selesai.',
        feedback: 'Tidak tepat. Merahasiakan hasil tidak menghilangkan konflik kepentingan.',
      },
    ],
    answer: 'c',
    explanation:
      'PP 42/2004 Pasal 11 huruf c mewajibkan PNS menghindari konflik kepentingan pribadi, kelompok, maupun golongan. PP 94/2021 Pasal 5 huruf n angka 5 melarang tindakan yang menguntungkan atau merugikan salah satu calon. Dengan menyampaikan hubungan keluarganya dan menyerahkan penilaian kepada orang lain, Bu Lilis menghindari kedua risiko itu.',
  },
  {
    id: 'g-pelayanan-12',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-1-2015/pasal-71-ayat-1'],
    stem:
      'Pak Zainal, PNS kepala KUA kecamatan, mengizinkan aula KUA dipakai gratis oleh satu pasangan calon bupati untuk "silaturahmi dengan tokoh agama". Permohonan serupa dari pasangan calon lain ditolaknya dengan alasan jadwal penuh. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Memberi fasilitas kantor kepada satu pasangan calon dan menolak pasangan calon lain adalah tindakan yang menguntungkan satu pasangan calon dan merugikan yang lain. PP 94/2021 Pasal 5 huruf n angka 5 melarangnya, dan UU 1/2015 Pasal 71 ayat (1) (sebagaimana diubah dengan UU 10/2016) melarang pejabat ASN membuat keputusan dan/atau tindakan semacam itu dalam Pilkada.',
  },
  {
    id: 'g-pelayanan-13',
    area: 'pelayanan',
    type: 'single',
    difficulty: 1,
    cites: ['uu-20-2023/pasal-10'],
    stem: 'Menurut Pasal 10 UU 20/2023, manakah yang BUKAN fungsi ASN?',
    options: [
      { id: 'a', text: 'Pelaksana kebijakan publik.', feedback: 'Ini fungsi ASN menurut Pasal 10.' },
      { id: 'b', text: 'Pelayan publik.', feedback: 'Ini fungsi ASN menurut Pasal 10.' },
      { id: 'c', text: 'Perekat dan pemersatu bangsa.', feedback: 'Ini fungsi ASN menurut Pasal 10.' },
      {
        id: 'd',
        text: 'Penyalur aspirasi partai politik pemenang Pemilu.',
        feedback: 'Benar, ini bukan fungsi ASN. ASN justru harus bebas dari pengaruh partai politik.',
      },
    ],
    answer: 'd',
    explanation:
      'UU 20/2023 Pasal 10 menetapkan tiga fungsi ASN: pelaksana kebijakan publik, pelayan publik, serta perekat dan pemersatu bangsa. Ketiganya hanya dapat dijalankan jika ASN netral; menyalurkan aspirasi partai politik bukan fungsi ASN.',
  },
  {
    id: 'g-pelayanan-14',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-12', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Seorang anggota tim sukses calon anggota DPR meminta Pak Ilham, PNS di seksi bimbingan masyarakat, memberikan daftar nama dan alamat penerima bantuan program seksinya "untuk silaturahmi". Apa yang seharusnya dilakukan Pak Ilham?',
    options: [
      {
        id: 'a',
        text: 'Memberikan daftar itu, karena penerima bantuan adalah informasi yang sudah diketahui umum.',
        feedback: 'Tidak tepat. Menyerahkan data layanan kepada tim sukses adalah tindakan yang menguntungkan satu calon.',
      },
      {
        id: 'b',
        text: 'Memberikan daftar itu hanya jika tim sukses calon lain juga memintanya.',
        feedback: 'Tidak tepat. Data layanan tidak boleh dipakai untuk kepentingan kampanye calon mana pun.',
      },
      {
        id: 'c',
        text: 'Menolak, karena data program pelayanan tidak boleh dipakai untuk menguntungkan calon tertentu.',
        feedback: 'Benar. Pelayanan publik harus bebas dari intervensi politik.',
      },
      {
        id: 'd',
        text: 'Memberikan sebagian data saja, tanpa alamat.',
        feedback: 'Tidak tepat. Sebagian data pun tetap dipakai untuk kepentingan kampanye.',
      },
    ],
    answer: 'c',
    explanation:
      'UU 20/2023 Pasal 12 menuntut ASN melaksanakan kebijakan dan pelayanan publik yang profesional dan bebas dari intervensi politik. Menyerahkan data penerima program kepada tim sukses adalah tindakan yang menguntungkan salah satu calon, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5.',
  },
  {
    id: 'g-pelayanan-15',
    area: 'pelayanan',
    type: 'matching',
    difficulty: 2,
    cites: [
      'uu-7-2017/pasal-454-ayat-6',
      'se-menpanrb-4-2024/pengalihan-pengawasan',
      'pp-94-2021/pasal-27',
      'pp-94-2021/pasal-24',
    ],
    stem: 'Pasangkan setiap tugas dalam penanganan pelanggaran netralitas dengan pihak yang menjalankannya.',
    pairs: [
      {
        id: 'bawaslu',
        left: 'Menerima laporan dugaan pelanggaran Pemilu yang disampaikan paling lama 7 hari kerja sejak diketahui',
        right: 'Bawaslu',
      },
      {
        id: 'bkn',
        left: 'Menangani pengaduan netralitas ASN sejak KASN berhenti bekerja pada Agustus 2024',
        right: 'BKN',
      },
      {
        id: 'atasan',
        left: 'Wajib memeriksa PNS yang diduga melanggar disiplin secara tertutup',
        right: 'Atasan langsung',
      },
      {
        id: 'pejabat',
        left: 'Wajib menjatuhkan hukuman disiplin kepada PNS yang terbukti melanggar',
        right: 'Pejabat yang berwenang menghukum',
      },
    ],
    explanation:
      'Laporan pelanggaran Pemilu disampaikan kepada Bawaslu paling lama 7 hari kerja sejak diketahui (UU 7/2017 Pasal 454 ayat (6)). Sejak KASN berhenti bekerja, BKN menangani pengaduan netralitas ASN (SE MenPAN-RB 4/2024). Atasan langsung wajib memeriksa PNS yang diduga melanggar (PP 94/2021 Pasal 27), dan pejabat yang berwenang menghukum wajib menjatuhkan hukuman disiplin (Pasal 24).',
  },
  {
    id: 'g-pelayanan-17',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-12', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Seorang pemohon datang ke loket PTSP memakai kaus bergambar calon bupati. Pak Yusran (PNS), petugas loket, tidak mengomentari kaus itu dan melayani pemohon tersebut menurut nomor antreannya, sama seperti pemohon lain. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan memang itulah sikap yang tepat. UU 20/2023 Pasal 12 menuntut pelayanan publik yang profesional dan bebas dari intervensi politik. Menolak atau menunda pemohon karena pilihan politiknya justru dapat menjadi tindakan yang merugikan salah satu pasangan calon, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5; melayani semua pemohon dengan aturan yang sama adalah wujud netralitas.',
  },
] satisfies QuestionInput[];
