/** Graded bank, area "pelayanan": serving everyone alike during elections, and reporting what goes wrong. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-pelayanan-41',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['uu-20-2023/pasal-10', 'uu-20-2023/pasal-12'],
    stem:
      'Seorang calon anggota DPRD datang ke KUA untuk mendaftarkan pernikahan anaknya. Bu Wulan (PNS) melayaninya sesuai prosedur, dengan antrean dan persyaratan yang sama seperti warga lain. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan memang begitulah seharusnya. UU 20/2023 Pasal 10 menempatkan ASN sebagai pelayan publik, dan Pasal 12 menuntut pelayanan yang profesional dan bebas dari intervensi politik. Melayani calon sama seperti warga lain, tanpa keistimewaan dan tanpa dipersulit, adalah wujud netralitas.',
  },
  {
    id: 'g-pelayanan-42',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-20-2023/pasal-12'],
    stem:
      'Panitia penerimaan murid baru di sebuah madrasah tsanawiyah negeri, yang diketuai seorang guru PNS, memberi tambahan nilai bagi calon murid yang orang tuanya membawa surat rekomendasi dari tim pemenangan seorang calon bupati. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Memberi keistimewaan karena rekomendasi tim pemenangan adalah tindakan yang menguntungkan salah satu pasangan calon, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5. UU 20/2023 Pasal 12 menuntut pelayanan publik yang bebas dari intervensi politik.',
  },
  {
    id: 'g-pelayanan-43',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-20-2023/pasal-9-ayat-2'],
    stem:
      'Tim sukses seorang calon meminta Pak Gani, PNS operator data di Kantor Kementerian Agama, memberikan daftar nomor telepon seluruh guru madrasah di kabupaten "untuk silaturahmi". Sikap yang tepat adalah…',
    options: [
      { id: 'a', text: 'Memberikannya, karena nomor telepon bukan rahasia negara.' },
      { id: 'b', text: 'Memberikan separuh daftar saja.' },
      { id: 'c', text: 'Menolak, karena memberikan data kantor untuk kepentingan calon adalah tindakan yang menguntungkan calon.' },
      { id: 'd', text: 'Memberikannya jika tim calon lain juga meminta.' },
    ],
    answer: 'c',
    explanation:
      'Menyerahkan data yang dikelola kantor kepada tim sukses adalah tindakan yang menguntungkan salah satu calon, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5. UU 20/2023 Pasal 9 ayat (2) menuntut ASN bebas dari pengaruh dan intervensi golongan dan partai politik; memberi data kepada semua tim tidak membuatnya netral.',
  },
  {
    id: 'g-pelayanan-44',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-20-2023/pasal-10'],
    stem:
      'Pak Munir, PNS penyuluh agama, menolak memberi bimbingan perkawinan kepada sebuah keluarga karena di rumah mereka terpasang baliho calon yang tidak ia sukai. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Menolak layanan karena pilihan politik warga adalah tindakan yang merugikan pihak tertentu dalam pemilu, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5. Sebagai pelayan publik (UU 20/2023 Pasal 10), ia wajib melayani semua warga sama.',
  },
  {
    id: 'g-pelayanan-45',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['se-menpanrb-4-2024/pengalihan-pengawasan', 'se-menpanrb-4-2024/alur-pengaduan'],
    stem:
      'Bu Laras, warga, melihat seorang ASN di kantor KUA berkampanye untuk calon anggota DPRD. Ia tidak tahu NIK maupun NIP ASN itu. Ke mana laporan masyarakat tentang netralitas ASN dapat disampaikan?',
    options: [
      { id: 'a', text: 'Ke Sistem Berbagi Terintegrasi (SBT) BKN bila data pelaku lengkap, atau ke SP4N-LAPOR! bila NIK/NIP tidak diketahui.' },
      { id: 'b', text: 'Ke KASN, karena lembaga itu yang menangani netralitas ASN.' },
      { id: 'c', text: 'Ke partai politik lawan calon itu.' },
      { id: 'd', text: 'Tidak dapat dilaporkan tanpa NIP.' },
    ],
    answer: 'a',
    explanation:
      'Sejak Agustus 2024, pengawasan netralitas dialihkan kepada BKN (SE MenPAN-RB 4/2024). Masyarakat dapat melapor melalui SBT BKN (Pelaporan Publik, Netralitas); laporan tanpa NIK atau NIP pelaku disampaikan melalui SP4N-LAPOR!. KASN sudah tidak bekerja sejak akhir Agustus 2024. Satgas Netralitas memverifikasi laporan itu.',
  },
  {
    id: 'g-pelayanan-46',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    cites: ['skb-2022/satgas-netralitas', 'se-menpanrb-4-2024/pengalihan-pengawasan'],
    stem: 'Sejak Agustus 2024, Satgas Netralitas ASN terdiri atas…',
    options: [
      { id: 'a', text: 'BKN, KemenPAN-RB, Kemendagri, dan Bawaslu.' },
      { id: 'b', text: 'KASN, KPU, dan Bawaslu.' },
      { id: 'c', text: 'Kementerian Agama dan pemerintah daerah.' },
      { id: 'd', text: 'KPU dan partai politik peserta pemilu.' },
    ],
    answer: 'a',
    explanation:
      'SKB 2022 membentuk Satgas Netralitas yang semula juga melibatkan KASN. Setelah KASN berhenti bekerja pada Agustus 2024, Satgas terdiri atas BKN, KemenPAN-RB, Kemendagri, dan Bawaslu, dan BKN menangani pengaduan netralitas.',
  },
  {
    id: 'g-pelayanan-47',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 1,
    cites: ['uu-7-2017/pasal-454-ayat-1-sampai-3'],
    stem: 'Pernyataan: Dalam Pemilu, warga negara yang mempunyai hak pilih boleh melaporkan dugaan pelanggaran kepada Bawaslu.',
    answer: true,
    explanation:
      'Benar. UU 7/2017 Pasal 454 ayat (1) sampai (3) menyebut warga negara Indonesia yang mempunyai hak pilih, Peserta Pemilu, dan pemantau Pemilu sebagai pihak yang dapat melaporkan pelanggaran Pemilu.',
  },
  {
    id: 'g-pelayanan-48',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-283', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Dalam rapat koordinasi bulanan, Kepala Kantor Kementerian Agama mengimbau para kepala KUA agar "mengarahkan" masyarakat binaannya memilih calon presiden tertentu demi kelancaran program. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 7/2017 Pasal 283 melarang pejabat dan ASN mengadakan kegiatan yang mengarah kepada keberpihakan terhadap Peserta Pemilu, termasuk imbauan kepada ASN di unit kerjanya dan kepada masyarakat. PP 94/2021 Pasal 5 huruf n angka 6 melarang hal yang sama bagi PNS, dengan hukuman disiplin berat.',
  },
  {
    id: 'g-pelayanan-49',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-455-ayat-1-huruf-c', 'se-menpanrb-4-2024/pengalihan-pengawasan'],
    stem:
      'Bawaslu kabupaten menemukan dugaan seorang guru PNS madrasah berkampanye di media sosial. Ke mana Bawaslu meneruskan temuan tentang netralitas ASN ini?',
    options: [
      { id: 'a', text: 'Ke kepolisian, karena semua pelanggaran netralitas adalah pidana.' },
      { id: 'b', text: 'Ke instansi yang berwenang; sejak Agustus 2024 melalui BKN.' },
      { id: 'c', text: 'Ke KPU, untuk mendiskualifikasi guru itu.' },
      { id: 'd', text: 'Ke KASN.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 455 ayat (1) huruf c mengatur bahwa pelanggaran peraturan perundang-undangan lain, termasuk netralitas ASN, diproses Bawaslu dan/atau diteruskan kepada instansi yang berwenang. Sejak Agustus 2024, Bawaslu meneruskannya kepada BKN (SE MenPAN-RB 4/2024); KASN sudah tidak bekerja.',
  },
  {
    id: 'g-pelayanan-50',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-27', 'uu-20-2023/pasal-24-ayat-3'],
    stem:
      'Bu Nia, PNS di Kantor Kementerian Agama, melihat rekannya membagikan kalender calon kepada warga yang antre di loket layanan. Ia melaporkan hal itu kepada atasan langsung rekannya. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh, dan itu langkah yang tepat. Atasan langsung wajib memeriksa PNS yang diduga melanggar disiplin (PP 94/2021 Pasal 27), dan setiap instansi wajib menegakkan disiplin pegawainya (UU 20/2023 Pasal 24 ayat (3)). Laporan Bu Nia membuat atasan dapat menjalankan kewajiban itu.',
  },
  {
    id: 'g-pelayanan-51',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-7-2017/pasal-72'],
    stem:
      'Pak Amin, PNS di Kantor Kementerian Agama, juga anggota PPS. Seorang calon anggota DPRD yang mengajukan permohonan rekomendasi kegiatan keagamaan ke kantor itu meminta Pak Amin mempercepatnya, "karena kita sama-sama orang pemilu". Sikap yang tepat adalah…',
    options: [
      { id: 'a', text: 'Membantu, karena sebagai anggota PPS ia memang bertugas melayani calon.' },
      { id: 'b', text: 'Memproses sesuai prosedur dan waktu yang berlaku untuk semua, tanpa perlakuan khusus.' },
      { id: 'c', text: 'Menolak memproses permohonan calon mana pun selama ia menjadi anggota PPS.' },
      { id: 'd', text: 'Mempercepat, asalkan calon lain juga dipercepat jika meminta.' },
    ],
    answer: 'b',
    explanation:
      'Menjadi anggota PPS dibolehkan (UU 7/2017 Pasal 72), tetapi tidak memberi alasan untuk perlakuan khusus. Mempercepat layanan bagi satu calon adalah tindakan yang menguntungkan calon itu, yang dilarang PP 94/2021 Pasal 5 huruf n angka 5; menolak semua calon juga merugikan mereka. Yang netral adalah prosedur yang sama bagi semua.',
  },
  {
    id: 'g-pelayanan-52',
    area: 'pelayanan',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-12', 'pp-94-2021/pasal-5-huruf-n-angka-5', 'pp-94-2021/pasal-5-huruf-n-angka-4'],
    stem:
      'Menjelang pemilu, sebuah madrasah aliyah negeri menerima beberapa permintaan. Mana saja yang harus ditolak kepala madrasah (PNS)? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Tim seorang calon meminjam bus madrasah untuk mengangkut peserta kampanye.' },
      { id: 'b', text: 'Tim seorang calon meminta daftar alamat orang tua murid.' },
      { id: 'c', text: 'Kantor Kementerian Agama meminta madrasah mengirim guru ke kegiatan pembinaan netralitas ASN.' },
      { id: 'd', text: 'Seorang calon meminta madrasah memasang fotonya di ruang tamu madrasah.' },
    ],
    answer: ['a', 'b', 'd'],
    explanation:
      'Meminjamkan bus madrasah bagi kampanye berarti fasilitas negara dipakai untuk kampanye (PP 94/2021 Pasal 5 huruf n angka 4). Memberikan data orang tua murid dan memajang foto calon adalah tindakan yang menguntungkan calon (Pasal 5 huruf n angka 5), bertentangan dengan pelayanan yang bebas dari intervensi politik (UU 20/2023 Pasal 12). Pembinaan netralitas justru membantu semua pegawai menjaganya.',
  },
] satisfies QuestionInput[];
