/** Graded bank, area "karier": sanction levels, who decides them, ethics sanctions and PPPK discipline. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-karier-36',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-3', 'pp-94-2021/pasal-14-huruf-i', 'pp-94-2021/pasal-1-angka-6'],
    stem:
      'Pak Salim, PNS kepala subbagian tata usaha di Kantor Kementerian Agama, mengajak lima stafnya ikut rapat umum kampanye seorang calon anggota DPR dan mengatur mobil bersama untuk mereka. Jika terbukti, tingkat hukuman disiplinnya adalah…',
    options: [
      { id: 'a', text: 'Ringan, karena stafnya ikut secara sukarela.' },
      { id: 'b', text: 'Sedang, karena ia tidak memakai atribut partai.' },
      { id: 'c', text: 'Berat, karena ia mengerahkan PNS lain sebagai peserta kampanye.' },
      { id: 'd', text: 'Tidak ada hukuman, karena kegiatan itu di luar jam kerja.' },
    ],
    answer: 'c',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 3 melarang PNS menjadi peserta kampanye dengan mengerahkan PNS lain, dan Pasal 14 huruf i menetapkan hukuman disiplin berat untuk pelanggaran itu. Waktu kejadian di luar jam kerja tidak mengubahnya, karena pelanggaran disiplin mencakup perbuatan di dalam maupun di luar jam kerja.',
  },
  {
    id: 'g-karier-37',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-49-2018/pasal-53-ayat-2-huruf-b', 'pp-49-2018/pasal-59', 'skb-2022/ruang-lingkup'],
    stem:
      'Bu Aisyah, PPPK penyuluh agama, terbukti melakukan pelanggaran netralitas yang tergolong disiplin tingkat berat. Menurut PP 49/2018, akibat terberat yang dapat ia terima adalah…',
    options: [
      { id: 'a', text: 'Pemotongan tunjangan kinerja 25% selama 12 bulan, seperti PNS.' },
      { id: 'b', text: 'Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri.' },
      { id: 'c', text: 'Teguran tertulis, karena PPPK tidak tunduk pada hukuman berat.' },
      { id: 'd', text: 'Tidak ada akibat; SKB netralitas hanya untuk PNS.' },
    ],
    answer: 'b',
    explanation:
      'PP 49/2018 Pasal 53 ayat (2) huruf b dan Pasal 59 menetapkan pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri bagi PPPK yang melakukan pelanggaran disiplin tingkat berat. SKB 2022 tentang netralitas berlaku bagi PNS maupun PPPK.',
  },
  {
    id: 'g-karier-38',
    area: 'karier',
    type: 'truefalse',
    difficulty: 2,
    cites: ['pp-94-2021/pasal-13-huruf-g', 'pp-94-2021/pasal-5-huruf-n-angka-2'],
    stem:
      'Pernyataan: Menurut PP 94/2021, PNS yang menjadi peserta kampanye dengan memakai atribut partai atau atribut PNS diancam hukuman disiplin sedang.',
    answer: true,
    explanation:
      'Benar. PP 94/2021 Pasal 5 huruf n angka 2 melarang PNS menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS, dan Pasal 13 huruf g menggolongkannya sebagai pelanggaran yang dijatuhi hukuman disiplin sedang.',
  },
  {
    id: 'g-karier-39',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    cites: ['pp-42-2004/pasal-15'],
    stem: 'Menurut PP 42/2004, sanksi bagi PNS yang melanggar kode etik (misalnya menurut daftar kode etik SKB 2022) berupa…',
    options: [
      { id: 'a', text: 'sanksi moral, berupa pernyataan secara tertutup atau pernyataan secara terbuka.' },
      { id: 'b', text: 'pemotongan gaji pokok selama 3 bulan.' },
      { id: 'c', text: 'penurunan pangkat selama 3 tahun.' },
      { id: 'd', text: 'denda yang disetor ke kas negara.' },
    ],
    answer: 'a',
    explanation:
      'PP 42/2004 Pasal 15 menetapkan sanksi moral bagi PNS yang melanggar kode etik. Sanksi itu dibuat tertulis, dinyatakan oleh PPK, berupa pernyataan secara tertutup atau terbuka, dan menyebutkan jenis pelanggarannya.',
  },
  {
    id: 'g-karier-40',
    area: 'karier',
    type: 'multiple',
    difficulty: 3,
    cites: ['pp-42-2004/pasal-15', 'pp-42-2004/pasal-16', 'pp-42-2004/pasal-17'],
    stem: 'Pilih semua pernyataan yang benar tentang penegakan kode etik PNS menurut PP 42/2004.',
    options: [
      { id: 'a', text: 'Sanksi moral harus menyebutkan jenis pelanggaran kode etik yang dilakukan.' },
      { id: 'b', text: 'Penyampaian sanksi moral dapat didelegasikan PPK serendah-rendahnya kepada pejabat eselon IV.' },
      { id: 'c', text: 'Majelis Kode Etik beranggotakan sekurang-kurangnya 5 orang dan keputusannya final.' },
      { id: 'd', text: 'Selain sanksi moral, dapat dikenakan tindakan administratif atas rekomendasi Majelis Kode Etik.' },
      { id: 'e', text: 'Sanksi moral hanya boleh dinyatakan secara lisan agar tidak mempermalukan pegawai.' },
    ],
    answer: ['a', 'b', 'c', 'd'],
    explanation:
      'PP 42/2004 Pasal 15 mengatur sanksi moral yang dibuat tertulis, dinyatakan PPK (dapat didelegasikan sampai pejabat eselon IV), dan menyebutkan pelanggarannya. Pasal 16 memungkinkan tindakan administratif atas rekomendasi Majelis Kode Etik, dan Pasal 17 sampai 20 mengatur majelis itu: dibentuk PPK, paling sedikit 5 anggota, keputusannya final. Sanksi moral justru tertulis, bukan lisan.',
  },
  {
    id: 'g-karier-41',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-29', 'pp-94-2021/pasal-5-huruf-n-angka-7', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Seorang guru PNS di madrasah aliyah negeri diduga memberikan surat dukungan disertai fotokopi KTP kepada bakal calon perseorangan, pelanggaran yang diancam hukuman berat. Kepala Kantor Kementerian Agama memutuskan cukup kepala madrasah sendiri yang memeriksanya, tanpa tim pemeriksa. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 29 mewajibkan pemeriksaan oleh tim pemeriksa untuk dugaan pelanggaran yang diancam hukuman disiplin berat. Tim itu terdiri atas atasan langsung, unsur pengawasan, dan unsur kepegawaian, dan dibentuk oleh PPK.',
  },
  {
    id: 'g-karier-42',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-31'],
    stem:
      'Selama pemeriksaan dugaan pelanggaran netralitas yang dapat berujung hukuman berat, Pak Fauzi (PNS, kepala seksi) masih memegang kewenangan atas bantuan yang sedang disalurkan. Apa yang dimungkinkan PP 94/2021?',
    options: [
      { id: 'a', text: 'Ia dapat dibebaskan sementara dari tugas jabatannya.' },
      { id: 'b', text: 'Ia harus langsung diberhentikan sebelum pemeriksaan selesai.' },
      { id: 'c', text: 'Tidak ada tindakan apa pun sampai keputusan hukuman terbit.' },
      { id: 'd', text: 'Ia dipindahkan ke instansi lain secara permanen.' },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 31 memungkinkan PNS yang diduga melakukan pelanggaran yang dapat dijatuhi hukuman berat dibebaskan sementara dari tugas jabatannya. Ini mencegah jabatannya dipakai selama pemeriksaan, tanpa mendahului keputusan hukuman.',
  },
  {
    id: 'g-karier-43',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-37-ayat-3', 'pp-94-2021/pasal-38'],
    stem:
      'Bu Lina, PNS di sebuah KUA, menerima keputusan hukuman disiplin karena pelanggaran netralitas dan tidak menempuh upaya administratif. Kapan hukuman itu mulai berlaku?',
    options: [
      { id: 'a', text: 'Pada hari keputusan ditandatangani.' },
      { id: 'b', text: 'Pada hari ke-15 setelah keputusan diterima.' },
      { id: 'c', text: 'Setelah 14 hari kerja sejak pemeriksaan pertama.' },
      { id: 'd', text: 'Setelah pemilu selesai.' },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 38 menetapkan bahwa hukuman disiplin berlaku pada hari ke-15 setelah keputusan diterima, kecuali PNS menempuh upaya administratif. Pasal 37 ayat (3) mengatur bahwa keputusan itu disampaikan paling lama 14 hari kerja.',
  },
  {
    id: 'g-karier-44',
    area: 'karier',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-35'],
    stem:
      'Pak Agus, PNS, pernah dijatuhi hukuman disiplin karena mengunggah dukungan kepada calon. Pada pemilu berikutnya ia kembali melakukan pelanggaran netralitas. Menurut PP 94/2021…',
    options: [
      { id: 'a', text: 'ia dijatuhi hukuman yang lebih berat karena mengulangi pelanggaran.' },
      { id: 'b', text: 'ia tidak dapat dihukum lagi karena sudah pernah dihukum untuk hal serupa.' },
      { id: 'c', text: 'ia cukup ditegur lisan karena pelanggaran kedua dianggap kebiasaan.' },
      { id: 'd', text: 'hukumannya sama persis dengan hukuman pertama.' },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 35 menetapkan bahwa PNS yang mengulangi pelanggaran dijatuhi hukuman yang lebih berat. Larangan menghukum dua kali hanya berlaku untuk satu pelanggaran yang sama, bukan untuk pelanggaran baru.',
  },
  {
    id: 'g-karier-45',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-24'],
    stem:
      'Kepala Kantor Kementerian Agama, pejabat yang berwenang menghukum, mengetahui bahwa pelanggaran seorang stafnya tergolong berat. Karena staf itu dikenal rajin, ia sengaja menjatuhkan teguran lisan saja. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 24 mewajibkan pejabat yang berwenang menghukum menjatuhkan hukuman disiplin yang sesuai. Pejabat yang menjatuhkan hukuman yang tidak sesuai dengan pelanggarannya justru dijatuhi hukuman yang lebih berat.',
  },
  {
    id: 'g-karier-46',
    area: 'karier',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-20-2023/pasal-53-ayat-1-huruf-c'],
    stem: 'Pernyataan: Menurut UU 20/2023, PNS yang menjalani cuti di luar tanggungan negara (CLTN) diberhentikan sementara.',
    answer: true,
    explanation:
      'Benar. UU 20/2023 Pasal 53 ayat (1) huruf c menyatakan PNS yang menjalani CLTN diberhentikan sementara. Itulah sebabnya CLTN menjadi jalan bagi PNS yang harus menjauh dari tugasnya, misalnya untuk mendampingi pasangan yang menjadi calon.',
  },
  {
    id: 'g-karier-47',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-43', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Dimas, CPNS yang baru enam bulan bertugas di sebuah KUA, mengajak teman-teman seangkatannya di grup WhatsApp latsar untuk memilih seorang calon. Ia beralasan, "Saya kan belum PNS penuh." Pendapat ini…',
    options: [
      { id: 'a', text: 'benar, karena aturan disiplin baru mengikat setelah pengangkatan sebagai PNS.' },
      { id: 'b', text: 'keliru, karena PP 94/2021 berlaku secara mutatis mutandis bagi CPNS.' },
      { id: 'c', text: 'benar, asalkan ajakan itu disampaikan di luar jam latsar.' },
      { id: 'd', text: 'keliru, tetapi CPNS hanya dapat dikenai teguran lisan.' },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 43 memberlakukan PP ini secara mutatis mutandis bagi CPNS. Ajakan kepada sesama pegawai untuk memilih calon termasuk kegiatan yang mengarah kepada keberpihakan yang dilarang Pasal 5 huruf n angka 6.',
  },
  {
    id: 'g-karier-48',
    area: 'karier',
    type: 'matching',
    difficulty: 3,
    cites: [
      'pp-94-2021/pasal-8-ayat-2',
      'pp-94-2021/pasal-8-ayat-3',
      'pp-94-2021/pasal-8-ayat-4',
      'pp-42-2004/pasal-15',
    ],
    stem: 'Pasangkan setiap jenis sanksi dengan contohnya.',
    pairs: [
      { id: 'ringan', left: 'Hukuman disiplin ringan', right: 'Pernyataan tidak puas secara tertulis' },
      { id: 'sedang', left: 'Hukuman disiplin sedang', right: 'Pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan' },
      { id: 'berat', left: 'Hukuman disiplin berat', right: 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan' },
      { id: 'moral', left: 'Sanksi kode etik', right: 'Pernyataan secara terbuka' },
    ],
    explanation:
      'PP 94/2021 Pasal 8 ayat (2) memuat hukuman ringan (teguran lisan, teguran tertulis, pernyataan tidak puas secara tertulis), ayat (3) hukuman sedang (pemotongan tunjangan kinerja 25%; menurut Pasal 42 jenis ini berlaku setelah PP gaji dan tunjangan berlaku), dan ayat (4) hukuman berat (antara lain pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan). Sanksi kode etik menurut PP 42/2004 Pasal 15 berupa pernyataan secara tertutup atau terbuka.',
  },
  {
    id: 'g-karier-49',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-27', 'pp-94-2021/pasal-28'],
    stem:
      'Kepala sebuah madrasah aliyah negeri melihat tangkapan layar yang menunjukkan seorang guru PNS menjadi admin grup kampanye calon. Karena belum ada laporan dari Bawaslu, ia memutuskan menunggu saja. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 27 mewajibkan atasan langsung memeriksa PNS yang diduga melanggar, tanpa menunggu pengaduan. Pasal 28 mengancam atasan yang tidak memanggil, tidak memeriksa, atau tidak melaporkan dengan hukuman disiplin yang lebih berat.',
  },
  {
    id: 'g-karier-50',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    cites: ['peraturan-bkn-1-2023/pemblokiran-data-kepegawaian'],
    stem: 'Selain hukuman disiplin dari instansinya, tindakan apa yang dapat diambil BKN terhadap ASN yang melanggar netralitas?',
    options: [
      { id: 'a', text: 'Memblokir data kepegawaian ASN tersebut.' },
      { id: 'b', text: 'Menjatuhkan pidana penjara.' },
      { id: 'c', text: 'Mencabut hak pilih ASN tersebut.' },
      { id: 'd', text: 'Membubarkan partai yang didukungnya.' },
    ],
    answer: 'a',
    explanation:
      'BKN dapat memblokir data kepegawaian ASN yang melanggar netralitas; dasar hukumnya Peraturan BKN 1/2023, pelaksanaan Perpres 116/2022. Pidana penjara, hak pilih, dan pembubaran partai bukan kewenangan BKN.',
  },
  {
    id: 'g-karier-51',
    area: 'karier',
    type: 'truefalse',
    difficulty: 3,
    cites: ['uu-20-2023/pasal-52-ayat-4', 'pp-94-2021/pasal-8-ayat-4'],
    stem:
      'Pernyataan: Pemberhentian tidak dengan hormat (PTDH) bagi PNS yang menjadi anggota partai politik diatur dalam daftar hukuman disiplin berat PP 94/2021.',
    answer: false,
    explanation:
      'Salah. Daftar hukuman berat dalam PP 94/2021 Pasal 8 ayat (4) berakhir pada pemberhentian dengan hormat tidak atas permintaan sendiri. PTDH karena menjadi anggota atau pengurus partai politik bersumber dari UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4).',
  },
  {
    id: 'g-karier-52',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-16', 'uu-7-2017/pasal-95-huruf-e'],
    stem:
      'Seorang pegawai KUA bertanya siapa saja yang dapat menjatuhkan hukuman disiplin kepada PNS. Menurut PP 94/2021, yang termasuk pejabat yang berwenang menghukum adalah…',
    options: [
      { id: 'a', text: 'Ketua Bawaslu kabupaten.' },
      { id: 'b', text: 'Pejabat Pembina Kepegawaian dan pejabat struktural sesuai jenjangnya, sampai pejabat pengawas.' },
      { id: 'c', text: 'Ketua partai politik tempat calon bernaung.' },
      { id: 'd', text: 'Kepala desa tempat PNS tinggal.' },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 16 menyebut Presiden, Pejabat Pembina Kepegawaian, Kepala Perwakilan RI, pejabat pimpinan tinggi madya dan pratama, pejabat administrator, serta pejabat pengawas (atau yang setara) sebagai pejabat yang berwenang menghukum. Bawaslu merekomendasikan hasil pengawasannya kepada instansi (UU 7/2017 Pasal 95 huruf e), tetapi tidak menjatuhkan hukuman disiplin.',
  },
  {
    id: 'g-karier-53',
    area: 'karier',
    type: 'truefalse',
    difficulty: 2,
    cites: ['pp-94-2021/pasal-45', 'pp-94-2021/pasal-42'],
    stem:
      'Pernyataan: PP 94/2021 mencabut PP 53/2010 seluruhnya, sehingga tidak ada lagi bagian PP 53/2010 yang dapat dipakai.',
    answer: false,
    explanation:
      'Salah. PP 94/2021 Pasal 45 mencabut PP 53/2010 "sepanjang tidak mengatur jenis Hukuman Disiplin sedang". Menurut Pasal 42, jenis hukuman sedang PP 53/2010 masih dipakai sampai PP tentang Gaji dan Tunjangan berdasarkan UU ASN berlaku.',
  },
  {
    id: 'g-karier-54',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    cites: ['uu-20-2023/pasal-24-ayat-3', 'pp-94-2021/pasal-24'],
    stem:
      'Menjelang pemilu, Kepala Kantor Wilayah Kementerian Agama memerintahkan setiap satuan kerja memantau kepatuhan netralitas pegawainya dan menindak pelanggaran sesuai PP 94/2021. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan memang kewajiban. UU 20/2023 Pasal 24 ayat (3) mewajibkan setiap instansi pemerintah menegakkan disiplin pegawainya, dan PP 94/2021 Pasal 24 mewajibkan pejabat yang berwenang menghukum menjatuhkan hukuman kepada PNS yang melanggar.',
  },
] satisfies QuestionInput[];
