/** Graded bank, area "karier": an ASN who runs for office, and when the resignation letter is due. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-karier-19',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-240-ayat-1-huruf-k', 'pkpu-10-2023/pasal-14'],
    stem:
      'Bu Fitri, PNS penyuluh agama di Kantor Kementerian Agama kabupaten, akan diajukan sebuah partai sebagai bakal calon anggota DPRD kabupaten dalam Pemilu. Kapan surat pengunduran dirinya sebagai ASN harus sudah ia serahkan?',
    options: [
      { id: 'a', text: 'Ketika partai mengajukan namanya sebagai bakal calon, karena surat itu syarat pencalonan.' },
      { id: 'b', text: 'Setelah namanya masuk daftar calon tetap (DCT).' },
      { id: 'c', text: 'Setelah ia terpilih dan dilantik sebagai anggota DPRD.' },
      { id: 'd', text: 'Tidak perlu sama sekali, karena calon anggota DPRD tidak disebut dalam Pasal 59 ayat (3) UU 20/2023.' },
    ],
    answer: 'a',
    explanation:
      'UU 7/2017 Pasal 240 ayat (1) huruf k menjadikan surat pengunduran diri sebagai ASN yang tidak dapat ditarik kembali sebagai syarat bakal calon anggota DPR dan DPRD. PKPU 10/2023 Pasal 14 meminta keputusan pemberhentian, atau bila belum terbit surat pengunduran diri beserta tanda terimanya, diserahkan ketika partai mengajukan bakal calon. Jadi Bu Fitri harus menyerahkannya saat pendaftaran, bukan menunggu penetapan.',
  },
  {
    id: 'g-karier-20',
    area: 'karier',
    type: 'truefalse',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-240-ayat-1-huruf-k', 'uu-20-2023/pasal-59-ayat-3'],
    stem:
      'Pernyataan: Karena Pasal 59 ayat (3) UU 20/2023 tidak menyebut DPRD, PNS yang mencalonkan diri sebagai anggota DPRD tidak wajib mengundurkan diri.',
    answer: false,
    explanation:
      'Salah. Memang Pasal 59 ayat (3) UU 20/2023 tidak menyebut DPRD, tetapi UU 7/2017 Pasal 240 ayat (1) huruf k mensyaratkan surat pengunduran diri sebagai ASN yang tidak dapat ditarik kembali bagi bakal calon anggota DPR dan DPRD. Tanpa surat itu ia tidak dapat dicalonkan.',
  },
  {
    id: 'g-karier-21',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-182-huruf-k'],
    stem:
      'Pak Anwar, PPPK guru di sebuah madrasah tsanawiyah negeri, mendaftar sebagai calon anggota DPD dan menyerahkan surat pengunduran diri sebagai ASN. Setelah ternyata tidak lolos, ia meminta suratnya dikembalikan agar dapat terus mengajar sebagai PPPK. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 7/2017 Pasal 182 huruf k mensyaratkan calon anggota DPD menyerahkan surat pengunduran diri sebagai ASN yang tidak dapat ditarik kembali. Keputusan mencalonkan diri adalah keputusan meninggalkan status ASN; surat itu tidak dapat dicabut karena pencalonan gagal.',
  },
  {
    id: 'g-karier-22',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-182-huruf-k', 'uu-7-2017/pasal-240-ayat-1-huruf-k'],
    stem: 'Menurut UU 7/2017, surat pengunduran diri ASN yang mencalonkan diri sebagai anggota DPR, DPD, atau DPRD harus bersifat…',
    options: [
      { id: 'a', text: 'sementara, berlaku selama masa kampanye saja.' },
      { id: 'b', text: 'tidak dapat ditarik kembali.' },
      { id: 'c', text: 'bersyarat, batal jika calon tidak terpilih.' },
      { id: 'd', text: 'cukup berupa pernyataan lisan di depan atasan.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 182 huruf k (calon anggota DPD) dan Pasal 240 ayat (1) huruf k (bakal calon anggota DPR dan DPRD) sama-sama mensyaratkan surat pengunduran diri sebagai ASN yang tidak dapat ditarik kembali. Karena itu pengunduran diri bukan cuti dan tidak gugur bila calon kalah.',
  },
  {
    id: 'g-karier-23',
    area: 'karier',
    type: 'single',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pkpu-10-2023/pasal-14'],
    stem:
      'Pak Zainal, PNS di Kantor Wilayah Kementerian Agama, diajukan partai sebagai bakal calon anggota DPR untuk Pemilu 2024. Keputusan pemberhentiannya belum terbit saat partai mendaftarkannya. Menurut PKPU 10/2023, apa yang ia serahkan?',
    options: [
      { id: 'a', text: 'Tidak ada; ia cukup menunggu keputusan pemberhentian terbit, kapan pun itu.' },
      { id: 'b', text: 'Surat keterangan cuti di luar tanggungan negara dari atasannya.' },
      {
        id: 'c',
        text: 'Surat pengunduran diri beserta tanda terima dari pejabat yang berwenang; keputusan pemberhentian menyusul paling lambat akhir masa pencermatan rancangan DCT.',
      },
      { id: 'd', text: 'Surat pernyataan bahwa ia akan mengundurkan diri jika terpilih.' },
    ],
    answer: 'c',
    explanation:
      'PKPU 10/2023 Pasal 14 mengatur bahwa keputusan pemberhentian diserahkan ketika partai mengajukan bakal calon. Jika keputusan itu belum terbit, yang diserahkan adalah surat pengunduran diri beserta tanda terima dari pejabat yang berwenang, dan keputusan pemberhentian wajib menyusul paling lambat akhir masa pencermatan rancangan DCT (3 Oktober 2023 untuk Pemilu 2024).',
  },
  {
    id: 'g-karier-24',
    area: 'karier',
    type: 'multiple',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: [
      'uu-7-2017/pasal-240-ayat-1-huruf-k',
      'uu-7-2017/pasal-182-huruf-k',
      'pkpu-10-2023/pasal-14',
      'uu-20-2023/pasal-5',
    ],
    stem: 'Pilih semua pernyataan yang benar tentang ASN yang mencalonkan diri dalam pemilu anggota DPR, DPD, dan DPRD.',
    options: [
      { id: 'a', text: 'Surat pengunduran diri sebagai ASN adalah syarat pencalonan anggota DPR dan DPRD.' },
      { id: 'b', text: 'Syarat serupa berlaku bagi calon anggota DPD.' },
      { id: 'c', text: 'Surat itu boleh ditarik kembali jika namanya tidak masuk daftar calon tetap.' },
      { id: 'd', text: 'Bagi bakal calon anggota DPR dan DPRD pada Pemilu 2024, keputusan pemberhentian paling lambat diserahkan pada akhir masa pencermatan rancangan DCT, 3 Oktober 2023.' },
      { id: 'e', text: 'Syarat ini hanya untuk PNS; PPPK cukup mengambil cuti.' },
    ],
    answer: ['a', 'b', 'd'],
    explanation:
      'UU 7/2017 Pasal 240 ayat (1) huruf k (DPR dan DPRD) dan Pasal 182 huruf k (DPD) mensyaratkan surat pengunduran diri ASN yang tidak dapat ditarik kembali. PKPU 10/2023 Pasal 14, yang mengatur pencalonan anggota DPR dan DPRD, menetapkan batas akhir keputusan pemberhentian pada akhir masa pencermatan rancangan DCT, yaitu 3 Oktober 2023 untuk Pemilu 2024. Syarat itu berlaku bagi ASN, dan ASN terdiri atas PNS dan PPPK (UU 20/2023 Pasal 5).',
  },
  {
    id: 'g-karier-25',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-20-2023/pasal-59-ayat-3', 'uu-7-2017/pasal-240-ayat-1-huruf-k', 'pkpu-10-2023/pasal-14'],
    stem:
      'Seorang rekan di KUA bertanya kepada Anda: "UU ASN bilang mundur sejak ditetapkan sebagai calon, tetapi katanya KPU minta surat mundur waktu pendaftaran. Mana yang harus saya ikuti kalau mau maju sebagai calon anggota DPR?" Jawaban yang tepat adalah…',
    options: [
      { id: 'a', text: 'Ikuti UU ASN saja, karena undang-undang kepegawaian mengalahkan aturan KPU.' },
      { id: 'b', text: 'Siapkan surat pengunduran diri saat pendaftaran, karena UU Pemilu menjadikannya syarat pencalonan; itu memenuhi sekaligus kewajiban UU ASN.' },
      { id: 'c', text: 'Cukup mengambil cuti di luar tanggungan negara sampai hasil pemilu diumumkan.' },
      { id: 'd', text: 'Tunggu sampai terpilih, baru mengundurkan diri.' },
    ],
    answer: 'b',
    explanation:
      'UU 20/2023 Pasal 59 ayat (3) mewajibkan Pegawai ASN yang mencalonkan diri sebagai anggota DPR mundur secara tertulis sejak ditetapkan sebagai calon. UU 7/2017 Pasal 240 ayat (1) huruf k menjadikan surat pengunduran diri yang tidak dapat ditarik kembali sebagai syarat bakal calon, dan PKPU 10/2023 Pasal 14 meminta surat itu diserahkan saat partai mengajukan bakal calon. Dengan menyerahkannya saat pendaftaran, kedua aturan terpenuhi.',
  },
  {
    id: 'g-karier-26',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-59-ayat-3', 'uu-10-2016/pasal-7-ayat-2-huruf-t'],
    stem:
      'Bu Halimah, PNS di Kantor Kementerian Agama, maju sebagai calon wakil bupati. Setelah KPU menetapkannya sebagai pasangan calon, ia tetap bekerja sebagai PNS dan menunda surat pengunduran dirinya sampai hasil pemungutan suara diketahui. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 20/2023 Pasal 59 ayat (3) mewajibkan Pegawai ASN yang mencalonkan diri sebagai wakil bupati menyatakan pengunduran diri secara tertulis sejak ditetapkan sebagai calon, dan UU 10/2016 Pasal 7 ayat (2) huruf t mewajibkan calon yang berstatus PNS menyatakan pengunduran dirinya sejak ditetapkan sebagai pasangan calon. Menunggu hasil pemungutan suara melanggar keduanya.',
  },
  {
    id: 'g-karier-27',
    area: 'karier',
    type: 'ordering',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['pkpu-10-2023/pasal-14', 'uu-7-2017/pasal-240-ayat-1-huruf-k'],
    stem:
      'Urutkan langkah seorang PNS yang diajukan partai sebagai bakal calon anggota DPRD dalam Pemilu 2024, dari yang paling awal.',
    items: [
      { id: 'surat', text: 'Menyampaikan surat pengunduran diri yang tidak dapat ditarik kembali kepada pejabat yang berwenang dan mendapat tanda terima' },
      { id: 'ajukan', text: 'Partai mengajukan bakal calon ke KPU dengan melampirkan surat dan tanda terima itu' },
      { id: 'keputusan', text: 'Menyerahkan keputusan pemberhentian paling lambat akhir masa pencermatan rancangan DCT' },
      { id: 'dct', text: 'Namanya ditetapkan dalam daftar calon tetap' },
    ],
    explanation:
      'UU 7/2017 Pasal 240 ayat (1) huruf k menjadikan surat pengunduran diri syarat bakal calon, sehingga surat itu harus ada sebelum partai mengajukannya. PKPU 10/2023 Pasal 14 meminta surat beserta tanda terimanya diserahkan saat pengajuan bakal calon, lalu keputusan pemberhentian paling lambat akhir masa pencermatan rancangan DCT; penetapan DCT menyusul sesudahnya.',
  },
] satisfies QuestionInput[];
