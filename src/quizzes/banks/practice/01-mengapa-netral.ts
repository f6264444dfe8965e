/** Practice, module 01 (why neutrality): the asas, the position and role of ASN, PNS and PPPK alike. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-01-1',
    area: 'karier',
    type: 'truefalse',
    difficulty: 1,
    cites: ['uu-20-2023/pasal-2-huruf-f'],
    stem: 'Pernyataan: Netralitas termasuk asas yang tercantum dalam Pasal 2 UU 20/2023 tentang Aparatur Sipil Negara.',
    answer: true,
    explanation:
      'Benar. Pasal 2 UU 20/2023 memuat 13 asas (huruf a sampai m), dan asas pada huruf f adalah netralitas.',
  },
  {
    id: 'p-01-2',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-12', 'uu-20-2023/penjelasan-pasal-2-huruf-f'],
    stem:
      'Dalam sebuah pembinaan pegawai, seorang peserta bertanya, "Mengapa kita tidak boleh ikut memenangkan calon yang paling mendukung program kantor kita? Bukankah itu demi kebaikan instansi?" Jawaban mana yang paling sesuai dengan UU 20/2023?',
    options: [
      {
        id: 'a',
        text: 'Boleh saja, asalkan dukungan diberikan di luar jam kerja.',
        feedback: 'Tidak tepat. Kewajiban netral tidak dibatasi jam kerja, dan kepentingan instansi bukan alasan untuk memihak.',
      },
      {
        id: 'b',
        text: 'ASN berperan melaksanakan kebijakan dan pelayanan publik yang profesional dan bebas dari intervensi politik, serta tidak memihak kepentingan lain di luar kepentingan bangsa dan negara.',
        feedback: 'Benar. Inilah rumusan Pasal 12 dan penjelasan asas netralitas dalam UU 20/2023.',
      },
      {
        id: 'c',
        text: 'Karena instansi baru boleh memihak setelah calon itu dilantik.',
        feedback: 'Tidak tepat. Tidak ada saat ketika instansi boleh memihak calon atau partai.',
      },
      {
        id: 'd',
        text: 'Karena dukungan hanya dilarang jika calon itu berasal dari partai politik.',
        feedback: 'Tidak tepat. Netralitas berlaku terhadap semua calon, dari jalur mana pun.',
      },
    ],
    answer: 'b',
    explanation:
      'UU 20/2023 Pasal 12 menetapkan peran Pegawai ASN melalui pelaksanaan kebijakan dan pelayanan publik "yang profesional, bebas dari intervensi politik, serta bersih dari praktik korupsi, kolusi, dan nepotisme". Penjelasan Pasal 2 huruf f menjelaskan bahwa Pegawai ASN tidak memihak kepada kepentingan lain di luar kepentingan bangsa dan negara. Kepentingan instansi pun bukan alasan untuk memihak calon.',
  },
  {
    id: 'p-01-3',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/ruang-lingkup', 'skb-2022/lampiran-ii-kode-etik-butir-6', 'uu-20-2023/pasal-9-ayat-2'],
    stem:
      'Bu Indah, PPPK tenaga administrasi di sebuah madrasah, diminta partai politik di desanya menjadi koordinator kegiatan sosialisasi bakal calon bupati yang diusung partai itu. Ia menerima karena mengira aturan netralitas hanya untuk PNS. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. SKB 2022 berlaku bagi Pegawai ASN, yaitu PNS dan PPPK, dan Lampiran II-nya menyebut ikut dalam kegiatan kampanye, sosialisasi, atau pengenalan bakal calon sebagai pelanggaran. UU 20/2023 Pasal 9 ayat (2) juga mewajibkan setiap Pegawai ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
  },
  {
    id: 'p-01-4',
    area: 'karier',
    type: 'multiple',
    difficulty: 1,
    cites: ['uu-20-2023/pasal-9-ayat-2', 'uu-20-2023/pasal-12', 'uu-20-2023/pasal-5'],
    stem: 'Pilih semua pernyataan yang sesuai dengan UU 20/2023.',
    options: [
      {
        id: 'a',
        text: 'Netralitas hanya wajib dijaga selama masa kampanye.',
        feedback: 'Tidak tepat. Pasal 9 ayat (2) dan Pasal 12 tidak dibatasi waktu.',
      },
      {
        id: 'b',
        text: 'Pelayanan publik oleh Pegawai ASN harus profesional dan bebas dari intervensi politik.',
        feedback: 'Benar. Ini bagian dari rumusan Pasal 12.',
      },
      {
        id: 'c',
        text: 'Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
        feedback: 'Benar. Ini bunyi Pasal 9 ayat (2).',
      },
      {
        id: 'd',
        text: 'Kewajiban netral hanya mengikat PNS, tidak PPPK.',
        feedback: 'Tidak tepat. Pasal 5: Pegawai ASN terdiri atas PNS dan PPPK.',
      },
    ],
    answer: ['b', 'c'],
    explanation:
      'UU 20/2023 Pasal 9 ayat (2) mewajibkan Pegawai ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik, dan Pasal 12 menuntut pelayanan publik yang profesional dan bebas dari intervensi politik. Keduanya berlaku setiap saat dan bagi seluruh Pegawai ASN, yang menurut Pasal 5 terdiri atas PNS dan PPPK.',
  },
] satisfies QuestionInput[];
