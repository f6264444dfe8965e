/** Graded bank, area "partai": party membership and influence, support letters, and the election calendar after MK 135/2024. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-partai-36',
    area: 'partai',
    type: 'truefalse',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-135-puu-xxii-2024/amar-putusan'],
    stem:
      'Pernyataan: Menurut Putusan MK 135/PUU-XXII/2024, mulai 2029 pemilu anggota DPRD diselenggarakan bersama pemilihan kepala daerah dalam pemilu lokal, terpisah dari pemilu nasional.',
    answer: true,
    explanation:
      'Benar. Putusan MK 135/PUU-XXII/2024 (dibacakan 26 Juni 2025) memisahkan pemilu nasional (DPR, DPD, Presiden dan Wakil Presiden) dari pemilu lokal (DPRD dan kepala daerah) mulai 2029. Pemilu lokal menyusul paling singkat 2 tahun dan paling lama 2 tahun 6 bulan setelah pelantikan pejabat hasil pemilu nasional.',
  },
  {
    id: 'g-partai-37',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-135-puu-xxii-2024/amar-putusan', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem:
      'Dalam rapat pembinaan di Kantor Kementerian Agama, seorang pegawai berkata, "Karena pemilu nasional dan lokal dipisah mulai 2029, aturan netralitas ASN ikut berubah." Tanggapan yang tepat adalah…',
    options: [
      { id: 'a', text: 'Benar; ASN hanya wajib netral pada pemilu nasional.' },
      { id: 'b', text: 'Keliru; yang berubah jadwal dan susunan pemilu, sedangkan kewajiban ASN menjaga netralitas tetap berlaku pada setiap pemilu dan pilkada.' },
      { id: 'c', text: 'Benar; selama menunggu revisi undang-undang, tidak ada aturan netralitas yang berlaku.' },
      { id: 'd', text: 'Keliru; putusan itu justru menghapus pemilu lokal.' },
    ],
    answer: 'b',
    explanation:
      'Putusan MK 135/PUU-XXII/2024 mengatur jadwal: pemilu nasional lebih dahulu, pemilu lokal (DPRD dan kepala daerah) menyusul. Undang-undang pemilu akan direvisi dan nomor pasalnya dapat berubah, tetapi kewajiban setiap Pegawai ASN menjaga netralitas bersumber dari UU 20/2023 Pasal 24 ayat (1) huruf d dan tidak bergantung pada jadwal itu.',
  },
  {
    id: 'g-partai-38',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-135-puu-xxii-2024/amar-putusan'],
    stem: 'Menurut Putusan MK 135/PUU-XXII/2024, jarak antara pelantikan pejabat hasil pemilu nasional dan pemilu lokal adalah…',
    options: [
      { id: 'a', text: 'paling lama 6 bulan.' },
      { id: 'b', text: 'tepat 5 tahun.' },
      { id: 'c', text: 'paling singkat 2 tahun dan paling lama 2 tahun 6 bulan.' },
      { id: 'd', text: 'ditentukan oleh masing-masing pemerintah daerah.' },
    ],
    answer: 'c',
    explanation:
      'Putusan MK 135/PUU-XXII/2024 menetapkan bahwa pemilu lokal (DPRD dan kepala daerah) diselenggarakan paling singkat 2 tahun dan paling lama 2 tahun 6 bulan setelah pelantikan pejabat hasil pemilu nasional, mulai 2029.',
  },
  {
    id: 'g-partai-39',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-7', 'pp-94-2021/pasal-14-huruf-i', 'skb-2022/lampiran-ii-disiplin-butir-10'],
    stem:
      'Tetangga Pak Rusdi, PNS pengawas madrasah, sedang mengumpulkan dukungan untuk bakal calon bupati jalur perseorangan. Pak Rusdi menandatangani surat dukungan dan menyerahkan fotokopi KTP-nya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 7 melarang PNS memberikan surat dukungan disertai fotokopi KTP, dan Pasal 14 huruf i mengancamnya dengan hukuman disiplin berat. Daftar disiplin SKB 2022 memuat hal yang sama dengan tingkat berat.',
  },
  {
    id: 'g-partai-40',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-6', 'skb-2022/lampiran-ii-kode-etik-butir-4'],
    stem:
      'Bu Ratih, PNS di sebuah madrasah ibtidaiyah negeri, mengikuti (follow) akun Instagram resmi tim pemenangan seorang calon gubernur "supaya tahu kegiatannya". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik SKB 2022 memuat bergabung atau follow dalam grup atau akun pemenangan calon, dan daftar disiplinnya menggolongkan posting, comment, share, like, atau follow sebagai pelanggaran berat. Alasan ingin tahu tidak mengubah arti dukungan yang terlihat dari mengikuti akun itu.',
  },
  {
    id: 'g-partai-41',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-49-2018/pasal-53-ayat-3-huruf-c', 'pp-49-2018/pasal-74'],
    stem:
      'Pak Bayu, PPPK operator di Kantor Kementerian Agama, terbukti menjadi anggota sebuah partai politik. Berapa lama paling lambat keputusan pemberhentiannya ditetapkan setelah keanggotaan itu terbukti?',
    options: [
      { id: 'a', text: '7 hari kerja.' },
      { id: 'b', text: '14 hari kerja.' },
      { id: 'c', text: '30 hari kalender.' },
      { id: 'd', text: 'Menunggu kontraknya habis.' },
    ],
    answer: 'b',
    explanation:
      'PP 49/2018 Pasal 53 ayat (3) huruf c menetapkan pemutusan hubungan perjanjian kerja tidak dengan hormat bagi PPPK yang menjadi anggota partai politik, dan Pasal 74 mengatur bahwa keputusannya ditetapkan paling lama 14 hari kerja setelah keanggotaan itu terbukti. Pemberhentian tidak menunggu kontrak berakhir.',
  },
  {
    id: 'g-partai-42',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-52-ayat-3-huruf-j', 'uu-20-2023/pasal-52-ayat-4'],
    stem:
      'Pak Soleh, PNS guru madrasah, tidak memegang jabatan apa pun di partai. Ia hanya mendaftar sebagai anggota biasa sebuah partai "untuk menyalurkan aspirasi" dan tidak pernah ikut rapat. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 20/2023 Pasal 52 ayat (3) huruf j menyebut menjadi "anggota dan/atau pengurus partai politik" sebagai alasan pemberhentian, dan Pasal 52 ayat (4) menggolongkannya sebagai pemberhentian tidak dengan hormat. Keanggotaan biasa sudah cukup; tidak perlu menjadi pengurus.',
  },
  {
    id: 'g-partai-43',
    area: 'partai',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-3', 'uu-20-2023/pasal-53-ayat-1-huruf-c'],
    stem:
      'Bu Khadijah, PNS kepala seksi di Kantor Wilayah Kementerian Agama, berencana maju sebagai calon wali kota. Sambil tetap aktif bekerja dan tanpa mengambil CLTN, ia bersilaturahmi ke beberapa partai untuk meminta rekomendasi. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar disiplin SKB 2022 memuat pendekatan kepada partai politik sebagai bakal calon tanpa menjalani CLTN sebagai pelanggaran. Sumber berbeda tentang tingkat hukumannya (sedang atau berat), sehingga anggaplah berat. Jalan yang benar adalah CLTN, yang membuat PNS diberhentikan sementara (UU 20/2023 Pasal 53 ayat (1) huruf c).',
  },
  {
    id: 'g-partai-44',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-9-ayat-2', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Seorang anggota DPRD dari sebuah partai menelepon Kepala Kantor Kementerian Agama dan meminta agar guru honorer yang merupakan kader partainya diprioritaskan dalam seleksi. Sikap yang tepat adalah…',
    options: [
      { id: 'a', text: 'Menuruti, karena DPRD adalah mitra kerja pemerintah.' },
      { id: 'b', text: 'Menolak dan menjalankan seleksi menurut ketentuan, tanpa memandang afiliasi partai.' },
      { id: 'c', text: 'Menuruti sebagian agar hubungan dengan partai tetap baik.' },
      { id: 'd', text: 'Meminta partai lain juga mengirim daftar kadernya agar adil.' },
    ],
    answer: 'b',
    explanation:
      'UU 20/2023 Pasal 9 ayat (2) menyatakan Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik. Mendahulukan kader partai adalah tindakan yang menguntungkan pihak tertentu; bila berkaitan dengan calon, PP 94/2021 Pasal 5 huruf n angka 5 melarangnya. Membagi jatah kepada semua partai tetap membiarkan partai mengintervensi.',
  },
  {
    id: 'g-partai-45',
    area: 'partai',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-1-2015/pasal-70-ayat-1-huruf-b', 'uu-1-2015/pasal-189'],
    stem:
      'Pernyataan: Dalam Pilkada, pasangan calon yang dengan sengaja melibatkan ASN dalam kampanye dapat dipidana, di samping ASN-nya yang dapat dijatuhi hukuman disiplin.',
    answer: true,
    explanation:
      'Benar. UU 1/2015 Pasal 70 ayat (1) huruf b melarang pasangan calon melibatkan ASN dalam kampanye, dan Pasal 189 mengancam calon yang dengan sengaja melakukannya dengan pidana penjara 1 sampai 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000. ASN yang ikut tetap bertanggung jawab atas pelanggaran disiplinnya sendiri.',
  },
  {
    id: 'g-partai-46',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-5', 'skb-2022/lampiran-ii-disiplin-butir-7'],
    stem:
      'Di acara halalbihalal, Pak Sulaiman (PNS staf KUA) berfoto dengan ketua partai setempat yang juga calon anggota DPRD, di depan latar bergambar logo partai, lalu mengunggahnya ke status WhatsApp. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik SKB 2022 memuat memposting foto bersama calon dengan latar gambar partai atau calon, dan daftar disiplinnya menggolongkan posting foto bersama calon atau alat peraga sebagai pelanggaran berat. Status WhatsApp adalah media yang dapat dilihat orang lain.',
  },
  {
    id: 'g-partai-47',
    area: 'partai',
    type: 'single',
    difficulty: 3,
    cites: ['uu-20-2023/pasal-52-ayat-4', 'pp-49-2018/pasal-63', 'pp-94-2021/pasal-8-ayat-4'],
    stem: 'Manakah pernyataan yang benar tentang akibat keanggotaan partai politik bagi ASN?',
    options: [
      { id: 'a', text: 'PNS diberhentikan dengan hormat, sedangkan PPPK cukup ditegur.' },
      { id: 'b', text: 'PNS diberhentikan tidak dengan hormat menurut UU 20/2023; PPPK diputus hubungan kerjanya tidak dengan hormat, tidak dapat melamar kembali, dan wajib membayar ganti rugi.' },
      { id: 'c', text: 'Keduanya dijatuhi hukuman disiplin berat menurut PP 94/2021.' },
      { id: 'd', text: 'Keduanya tidak dihukum selama tidak menjadi pengurus.' },
    ],
    answer: 'b',
    explanation:
      'UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4) menetapkan pemberhentian tidak dengan hormat bagi Pegawai ASN yang menjadi anggota atau pengurus partai. Bagi PPPK, PP 49/2018 Pasal 63 menambahkan bahwa ia tidak dapat melamar kembali sebagai PPPK dan wajib membayar ganti rugi. Daftar hukuman berat PP 94/2021 (Pasal 8 ayat (4)) tidak memuat PTDH.',
  },
  {
    id: 'g-partai-48',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-6', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Sebuah partai menggelar "ngaji bareng" sekaligus sosialisasi bakal calon bupati yang diusungnya. Bu Halimah, PNS penyuluh agama, diminta menjadi pembawa acara dan menerimanya karena acaranya bernuansa keagamaan. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik SKB 2022 memuat ikut dalam kegiatan kampanye, sosialisasi, atau pengenalan bakal calon, dan PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan, sebelum, selama, maupun sesudah masa kampanye. Kemasan keagamaan tidak mengubah tujuan acaranya.',
  },
  {
    id: 'g-partai-49',
    area: 'partai',
    type: 'matching',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: [
      'uu-7-2017/pasal-240-ayat-1-huruf-k',
      'se-menpanrb-18-2023/yang-boleh',
      'uu-7-2017/pasal-72',
      'putusan-mk-135-puu-xxii-2024/amar-putusan',
    ],
    stem: 'Pasangkan setiap keadaan dengan aturan yang berlaku.',
    pairs: [
      { id: 'calon-dprd', left: 'ASN diajukan partai sebagai bakal calon anggota DPRD', right: 'Surat pengunduran diri yang tidak dapat ditarik kembali menjadi syarat pencalonan' },
      { id: 'pasangan', left: 'ASN yang suaminya calon hadir saat pendaftaran di KPU', right: 'Boleh, tanpa atribut dan tanpa peran aktif' },
      { id: 'kpps', left: 'ASN mendaftar sebagai anggota KPPS', right: 'Boleh, dengan izin atasan; yang dilarang berpihak saat bertugas' },
      { id: 'jadwal', left: 'Pemilu anggota DPRD mulai 2029', right: 'Masuk pemilu lokal bersama pemilihan kepala daerah' },
    ],
    explanation:
      'UU 7/2017 Pasal 240 ayat (1) huruf k menjadikan surat pengunduran diri syarat bakal calon DPR dan DPRD. SE MenPAN-RB 18/2023 membolehkan ASN mendampingi pasangannya saat pendaftaran di KPU. UU 7/2017 Pasal 72 tidak melarang ASN menjadi anggota KPPS. Putusan MK 135/PUU-XXII/2024 memasukkan pemilu DPRD ke pemilu lokal mulai 2029.',
  },
  {
    id: 'g-partai-50',
    area: 'partai',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2', 'pp-94-2021/pasal-13-huruf-g'],
    stem:
      'Pak Nasir, PNS staf Kantor Kementerian Agama, memasang stiker bergambar partai dan nomor urut calon di mobil pribadinya, lalu memakainya ke lokasi kampanye calon itu. Dalam PP 94/2021, stiker pada kendaraan itu termasuk…',
    options: [
      { id: 'a', text: 'atribut partai.' },
      { id: 'b', text: 'atribut PNS.' },
      { id: 'c', text: 'fasilitas negara.' },
      { id: 'd', text: 'bukan atribut apa pun, karena mobilnya milik pribadi.' },
    ],
    answer: 'a',
    explanation:
      'Penjelasan Pasal 5 huruf n angka 2 PP 94/2021 menyebut atribut partai sebagai pakaian, kendaraan, atau media lain yang menampilkan partai atau calon selama masa kampanye. Menjadi peserta kampanye dengan atribut partai diancam hukuman disiplin sedang (Pasal 13 huruf g). Kepemilikan pribadi tidak mengubahnya.',
  },
  {
    id: 'g-partai-51',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['uu-20-2023/pasal-9-ayat-2', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem:
      'Seorang pengurus partai menawarkan kepada Pak Hakim, PNS kepala KUA, bantuan renovasi balai nikah asalkan spanduk partai boleh dipasang di halaman KUA selama setahun. Pak Hakim menolak dengan sopan. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan itu sikap yang benar. UU 20/2023 Pasal 9 ayat (2) menyatakan Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik, dan Pasal 24 ayat (1) huruf d mewajibkan setiap Pegawai ASN menjaga netralitas. Menerima tawaran itu akan menjadikan kantor pelayanan sebagai sarana partai.',
  },
  {
    id: 'g-partai-52',
    area: 'partai',
    type: 'truefalse',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-135-puu-xxii-2024/amar-putusan'],
    stem: 'Pernyataan: Menurut Putusan MK 135/PUU-XXII/2024, mulai 2029 pemilu anggota DPD termasuk pemilu nasional, bersama pemilu DPR serta Presiden dan Wakil Presiden.',
    answer: true,
    explanation:
      'Benar. Putusan MK 135/PUU-XXII/2024 menempatkan DPR, DPD, serta Presiden dan Wakil Presiden dalam pemilu nasional yang diselenggarakan lebih dahulu mulai 2029; DPRD dan kepala daerah masuk pemilu lokal.',
  },
  {
    id: 'g-partai-53',
    area: 'partai',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-disiplin-butir-9', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3'],
    stem:
      'Setelah KPU menetapkan pasangan calon bupati, Pak Farhan (PNS analis di Kantor Kementerian Agama) bergabung sebagai anggota tim pemenangan salah satu pasangan. Menurut daftar disiplin SKB 2022, tingkat hukumannya adalah…',
    options: [
      { id: 'a', text: 'Ringan.' },
      { id: 'b', text: 'Sedang.' },
      { id: 'c', text: 'Berat.' },
      { id: 'd', text: 'Tidak ada hukuman, karena tim pemenangan bukan tim kampanye resmi.' },
    ],
    answer: 'c',
    explanation:
      'Daftar disiplin SKB 2022 menggolongkan menjadi tim ahli, tim pemenangan, atau konsultan bagi calon sebagai pelanggaran berat bila dilakukan sesudah penetapan calon (sebelum penetapan: sedang). Penjelasan Pasal 5 huruf n angka 3 PP 94/2021 menggolongkan tim sukses sebagai peserta kampanye, apa pun nama timnya.',
  },
  {
    id: 'g-partai-54',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-9-ayat-2', 'uu-20-2023/pasal-12'],
    stem:
      'Sebuah partai politik menawarkan "bakti sosial" pemeriksaan kesehatan gratis di halaman madrasah ibtidaiyah negeri, dengan tenda dan spanduk berlogo partai. Kepala madrasah (PNS) menerimanya karena bermanfaat bagi murid. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 20/2023 Pasal 9 ayat (2) menuntut Pegawai ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik, dan Pasal 12 menuntut pelayanan yang bebas dari intervensi politik. Membuka madrasah negeri bagi kegiatan berlogo partai menjadikan lembaga pelayanan sebagai panggung partai, meskipun kegiatannya bermanfaat.',
  },
  {
    id: 'g-partai-55',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-240-ayat-1-huruf-k', 'pkpu-10-2023/pasal-14'],
    stem:
      'Bu Ramlah, PPPK guru di madrasah aliyah negeri, setuju didaftarkan partai sebagai bakal calon anggota DPRD kabupaten. Ia tidak menyerahkan surat pengunduran diri dan berniat memutuskannya nanti, setelah melihat nomor urutnya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 7/2017 Pasal 240 ayat (1) huruf k menjadikan surat pengunduran diri sebagai ASN yang tidak dapat ditarik kembali sebagai syarat bakal calon anggota DPRD, dan PKPU 10/2023 Pasal 14 meminta surat itu diserahkan ketika partai mengajukan bakal calon. PPPK termasuk ASN; keputusan mundur harus diambil sebelum pendaftaran, bukan sesudahnya.',
  },
] satisfies QuestionInput[];
