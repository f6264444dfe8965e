/** Practice, module 02 (legal basis): which rules apply, what each governs, what is outdated. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-02-5',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-240-ayat-1-huruf-k', 'pkpu-10-2023/pasal-14'],
    stem:
      'Bu Halimah, guru madrasah PNS, akan didaftarkan partainya sebagai bakal calon anggota DPRD provinsi. Ia berencana menyerahkan surat pengunduran diri setelah namanya masuk daftar calon tetap, agar tetap bergaji selama pendaftaran. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Bagi calon anggota DPR dan DPRD, surat pengunduran diri sebagai ASN yang tidak dapat ditarik kembali adalah syarat pencalonan (UU 7/2017 Pasal 240 ayat (1) huruf k), dan menurut PKPU 10/2023 Pasal 14 diserahkan ketika partai mengajukan bakal calon, lebih awal daripada saat ditetapkan sebagai calon.',
  },
  {
    id: 'p-02-1',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['uu-20-2023/pasal-76'],
    stem:
      'Bu Yanti menyiapkan bahan sosialisasi netralitas untuk kantornya. Manakah yang TIDAK boleh lagi ia sebut sebagai undang-undang yang berlaku?',
    options: [
      {
        id: 'a',
        text: 'UU 20/2023 tentang Aparatur Sipil Negara',
        feedback: 'Tidak tepat. Inilah undang-undang ASN yang berlaku.',
      },
      {
        id: 'b',
        text: 'UU 1/2015 tentang Pilkada beserta perubahannya',
        feedback: 'Tidak tepat. UU Pilkada dan perubahannya masih berlaku.',
      },
      {
        id: 'c',
        text: 'UU 7/2017 tentang Pemilihan Umum',
        feedback: 'Tidak tepat. UU Pemilu ini masih menjadi dasar larangan ASN menjadi tim kampanye.',
      },
      {
        id: 'd',
        text: 'UU 5/2014 tentang Aparatur Sipil Negara',
        feedback: 'Benar. UU 5/2014 sudah dicabut oleh Pasal 76 UU 20/2023; sebut hanya sebagai sejarah.',
      },
    ],
    answer: 'd',
    explanation:
      'UU 20/2023 Pasal 76 mencabut UU 5/2014. Bahan yang masih mengutip pasal-pasal UU 5/2014 perlu diperbarui, walaupun sebagian dokumen lama (misalnya SKB 2022) masih menyebutnya.',
  },
  {
    id: 'p-02-2',
    area: 'karier',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-20-2023/pasal-75'],
    stem:
      'Pernyataan: PP 94/2021 tentang Disiplin PNS tetap berlaku walaupun dibentuk untuk melaksanakan UU 5/2014 yang sudah dicabut.',
    answer: true,
    explanation:
      'Benar. UU 20/2023 Pasal 75 menyatakan bahwa peraturan pelaksanaan UU 5/2014 tetap berlaku sepanjang tidak bertentangan dengan UU 20/2023. Karena itu PP 94/2021, PP 11/2017, dan PP 49/2018 masih berlaku.',
  },
  {
    id: 'p-02-3',
    area: 'kampanye',
    type: 'matching',
    difficulty: 2,
    cites: [
      'uu-20-2023/pasal-24-ayat-1-huruf-d',
      'pp-94-2021/pasal-5-huruf-n',
      'pp-42-2004/pasal-15',
      'uu-7-2017/pasal-280-ayat-3',
    ],
    stem: 'Pasangkan setiap peraturan dengan hal yang diaturnya dalam materi netralitas.',
    pairs: [
      { id: 'uu20', left: 'UU 20/2023', right: 'Kewajiban setiap Pegawai ASN menjaga netralitas' },
      {
        id: 'pp94',
        left: 'PP 94/2021',
        right: 'Larangan bagi PNS memberikan dukungan kepada calon, beserta hukuman disiplinnya',
      },
      { id: 'pp42', left: 'PP 42/2004', right: 'Kode etik PNS dan sanksi moral' },
      { id: 'uu7', left: 'UU 7/2017', right: 'Larangan ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu' },
    ],
    explanation:
      'UU 20/2023 Pasal 24 ayat (1) huruf d memuat kewajiban menjaga netralitas. PP 94/2021 Pasal 5 huruf n memuat tujuh cara dukungan yang dilarang bagi PNS, dengan hukumannya di Pasal 13 dan 14. PP 42/2004 Pasal 15 mengatur sanksi moral atas pelanggaran kode etik. UU 7/2017 Pasal 280 ayat (3) melarang ASN ikut serta sebagai pelaksana dan tim kampanye Pemilu.',
  },
  {
    id: 'p-02-4',
    area: 'karier',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-45', 'pp-94-2021/pasal-8-ayat-4'],
    stem:
      'Sebuah salindia lama menyebut, "Menurut PP 53/2010, hukuman disiplin berat meliputi antara lain penurunan pangkat setingkat lebih rendah selama 3 tahun dan pemindahan." Pembaruan yang tepat adalah…',
    options: [
      {
        id: 'a',
        text: 'Tidak perlu diubah; PP 53/2010 masih berlaku sepenuhnya.',
        feedback: 'Tidak tepat. PP 53/2010 telah dicabut oleh PP 94/2021, kecuali sepanjang mengatur jenis hukuman disiplin sedang.',
      },
      {
        id: 'b',
        text: 'Ganti dengan jenis hukuman disiplin berat dalam PP 94/2021: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, dan pemberhentian dengan hormat tidak atas permintaan sendiri.',
        feedback: 'Benar. Inilah jenis hukuman disiplin berat menurut Pasal 8 ayat (4) PP 94/2021.',
      },
      {
        id: 'c',
        text: 'Ganti dengan pemotongan tunjangan kinerja 25%, karena itulah hukuman berat yang baru.',
        feedback: 'Tidak tepat. Pemotongan tunjangan kinerja adalah jenis hukuman disiplin sedang.',
      },
      {
        id: 'd',
        text: 'Hapus saja, karena PP 94/2021 tidak lagi mengenal hukuman disiplin berat.',
        feedback: 'Tidak tepat. PP 94/2021 tetap mengenal hukuman disiplin ringan, sedang, dan berat.',
      },
    ],
    answer: 'b',
    explanation:
      'Pasal 45 PP 94/2021 mencabut PP 53/2010 sepanjang tidak mengatur jenis hukuman disiplin sedang. Jenis hukuman disiplin berat kini diatur dalam Pasal 8 ayat (4) PP 94/2021: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, dan pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.',
  },
] satisfies QuestionInput[];
