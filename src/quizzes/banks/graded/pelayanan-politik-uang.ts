/** Graded bank, area "pelayanan": gifts, aid and money used to win votes (vote-buying) around public services. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-pelayanan-18',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Saat melayani pendaftaran nikah, Pak Burhan (PNS staf KUA) memberikan kepada setiap calon pengantin sebuah bingkisan dari seorang calon anggota DPRD, lengkap dengan stiker nomor urutnya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Pemberian barang kepada masyarakat yang mengarah kepada keberpihakan terhadap calon dilarang PP 94/2021 Pasal 5 huruf n angka 6, dan Pasal 14 huruf i mengancamnya dengan hukuman disiplin berat. Melakukannya saat memberi layanan publik menjadikan kantor pelayanan sarana kampanye.',
  },
  {
    id: 'g-pelayanan-19',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Pada hari pembagian rapor, Bu Nisa (PNS guru di madrasah ibtidaiyah negeri) membagikan buku tulis bergambar seorang calon bupati kepada orang tua murid. Menurut PP 94/2021, perbuatan ini…',
    options: [
      { id: 'a', text: 'boleh, karena buku tulis bermanfaat bagi murid.' },
      { id: 'b', text: 'dilarang sebagai pemberian barang yang mengarah kepada keberpihakan, dengan hukuman disiplin berat.' },
      { id: 'c', text: 'dilarang hanya jika dibagikan selama masa kampanye.' },
      { id: 'd', text: 'dilarang, tetapi hukumannya ringan karena nilainya kecil.' },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan, termasuk pemberian barang kepada masyarakat, sebelum, selama, dan sesudah masa kampanye. Pasal 14 huruf i menetapkan hukuman disiplin berat; nilai barang tidak menentukan tingkatnya.',
  },
  {
    id: 'g-pelayanan-20',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-283', 'skb-2022/ruang-lingkup', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem:
      'Bu Rahmi, PPPK penyuluh agama, diminta tim seorang calon anggota DPR mengantarkan paket sembako ke rumah para anggota majelis taklim binaannya, dengan pesan bahwa paket itu "titipan dari calon kita". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 7/2017 Pasal 283 melarang pejabat dan aparatur sipil negara lainnya mengadakan kegiatan yang mengarah kepada keberpihakan terhadap Peserta Pemilu, termasuk pemberian barang kepada masyarakat. Pedoman netralitas SKB 2022 berlaku bagi PPPK, dan setiap Pegawai ASN wajib menjaga netralitas (UU 20/2023 Pasal 24 ayat (1) huruf d).',
  },
  {
    id: 'g-pelayanan-21',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-7-2017/pasal-283'],
    stem:
      'Pernyataan: PNS baru dilarang memberikan barang kepada masyarakat untuk mendukung calon jika pemberian itu dilakukan selama masa kampanye.',
    answer: false,
    explanation:
      'Salah. PP 94/2021 Pasal 5 huruf n angka 6 dan UU 7/2017 Pasal 283 melarang kegiatan yang mengarah kepada keberpihakan, termasuk pemberian barang, sebelum, selama, dan sesudah masa kampanye. Pemberian jauh sebelum kampanye pun tercakup.',
  },
  {
    id: 'g-pelayanan-22',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-3', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Pak Tono, PNS kepala urusan di Kantor Kementerian Agama, menerima amplop dari tim sukses seorang calon dengan tugas mengajak sepuluh rekan PNS menghadiri kampanye akbar, masing-masing dengan "uang transpor". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Mengajak rekan PNS ke kampanye adalah menjadi peserta kampanye dengan mengerahkan PNS lain, yang dilarang PP 94/2021 Pasal 5 huruf n angka 3 dan diancam hukuman disiplin berat menurut Pasal 14 huruf i. Uang transpor membuat pengerahan itu makin jelas.',
  },
  {
    id: 'g-pelayanan-23',
    area: 'pelayanan',
    type: 'single',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-1-2015/pasal-71-ayat-1', 'uu-1-2015/pasal-188'],
    stem:
      'Menjelang Pilkada, seorang pejabat ASN di Kantor Kementerian Agama menunda pencairan bantuan untuk madrasah swasta yang kepala madrasahnya menolak mendukung calon bupati petahana. Perbuatan ini…',
    options: [
      { id: 'a', text: 'hanya pelanggaran administrasi keuangan.' },
      { id: 'b', text: 'boleh, karena pencairan bantuan adalah kewenangannya.' },
      { id: 'c', text: 'tindakan yang menguntungkan salah satu calon; ini pelanggaran disiplin dan, dalam Pilkada, juga diancam pidana bila disengaja.' },
      { id: 'd', text: 'baru melanggar jika dilakukan pada hari pemungutan suara.' },
    ],
    answer: 'c',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 5 melarang PNS membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon. UU 1/2015 Pasal 71 ayat (1) melarang pejabat ASN melakukannya, tanpa dibatasi masa kampanye, dan Pasal 188 mengancam pelanggaran yang disengaja dengan pidana penjara 1 sampai 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000.',
  },
  {
    id: 'g-pelayanan-24',
    area: 'pelayanan',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-5-huruf-n-angka-4'],
    stem:
      'Di sebuah Kantor Kementerian Agama beredar beberapa rencana menjelang pemilu. Mana saja yang dilarang bagi PNS? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Menitipkan amplop berisi uang dari seorang calon kepada jamaah pengajian.' },
      { id: 'b', text: 'Membagikan kalender bergambar calon kepada rekan kerja di kantor.' },
      { id: 'c', text: 'Memakai mobil dinas untuk mengangkut kaus kampanye calon.' },
      { id: 'd', text: 'Menyalurkan bantuan rutin sesuai daftar penerima yang sudah ditetapkan, tanpa pesan apa pun tentang calon.' },
      { id: 'e', text: 'Mengirim parsel Lebaran dari tim sukses kepada keluarga besar dengan kartu ucapan bergambar calon.' },
    ],
    answer: ['a', 'b', 'c', 'e'],
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 6 melarang pemberian barang yang mengarah kepada keberpihakan kepada PNS di unit kerja, anggota keluarga, dan masyarakat, dan angka 4 melarang penggunaan fasilitas negara dalam kampanye. Menyalurkan bantuan sesuai daftar yang sudah ditetapkan, tanpa pesan tentang calon, adalah tugas biasa.',
  },
  {
    id: 'g-pelayanan-25',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-20-2023/pasal-12'],
    stem:
      'Pak Said, PNS penyuluh agama, menyusun daftar penerima bantuan untuk majelis taklim. Ia memasukkan hanya majelis taklim yang pengurusnya bersedia hadir di kampanye seorang calon anggota DPRD. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Menyusun daftar penerima berdasarkan dukungan kepada calon adalah tindakan yang menguntungkan satu calon dan merugikan yang lain, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5. UU 20/2023 Pasal 12 menuntut pelayanan publik yang profesional dan bebas dari intervensi politik.',
  },
  {
    id: 'g-pelayanan-26',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-27'],
    stem:
      'Seorang calon menitipkan sejumlah uang kepada Bu Endang, PNS bendahara madrasah, untuk dibagikan kepada para guru honorer "sebagai tali asih" dua minggu sebelum pemungutan suara. Apa yang tepat dilakukan Bu Endang?',
    options: [
      { id: 'a', text: 'Membagikannya tanpa menyebut nama calon.' },
      { id: 'b', text: 'Menolak titipan itu dan melaporkannya kepada kepala madrasah sebagai atasannya.' },
      { id: 'c', text: 'Menyimpannya di kas madrasah untuk kegiatan sekolah.' },
      { id: 'd', text: 'Membagikannya setelah pemungutan suara agar tidak memengaruhi pilihan.' },
    ],
    answer: 'b',
    explanation:
      'Membagikan uang dari calon kepada para guru adalah pemberian yang mengarah kepada keberpihakan, yang dilarang PP 94/2021 Pasal 5 huruf n angka 6 sebelum, selama, dan sesudah masa kampanye; menyamarkan nama atau menunda pembagian tidak mengubahnya. Melapor kepada atasan memungkinkan atasan menjalankan kewajibannya menangani dugaan pelanggaran (Pasal 27).',
  },
  {
    id: 'g-pelayanan-27',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Pernyataan: Menurut PP 94/2021, PNS yang membagikan barang kepada anggota keluarganya agar mereka memilih calon tertentu dapat dijatuhi hukuman disiplin berat.',
    answer: true,
    explanation:
      'Benar. PP 94/2021 Pasal 5 huruf n angka 6 menyebut pemberian barang kepada PNS di unit kerjanya, anggota keluarga, dan masyarakat, dan Pasal 14 huruf i menetapkan hukuman disiplin berat untuk pelanggaran itu.',
  },
  {
    id: 'g-pelayanan-28',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-4', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Bu Dina, PNS di Kantor Kementerian Agama, ikut dalam kegiatan kampanye seorang calon dan meminjamkan tenda serta kursi milik kantor untuk acara bagi-bagi sembako calon itu. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 4 melarang PNS menjadi peserta kampanye dengan menggunakan fasilitas negara, dan Pasal 14 huruf i menetapkan hukuman disiplin berat. Tenda dan kursi kantor adalah fasilitas negara.',
  },
] satisfies QuestionInput[];
