/** Graded bank, area "partai": an ASN nominated by a party, and when the resignation is due. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-partai-08',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-59-ayat-3', 'uu-7-2017/pasal-240-ayat-1-huruf-k', 'pkpu-10-2023/pasal-14'],
    tags: ['pembaruan-1.1'],
    stem:
      'Pak Hasan, PPPK di sebuah madrasah aliyah negeri, dicalonkan sebuah partai politik sebagai calon anggota DPR. Apa yang wajib ia lakukan menurut UU 20/2023?',
    options: [
      {
        id: 'a',
        text: 'Tidak ada; kewajiban mundur hanya berlaku bagi PNS.',
        feedback: 'Tidak tepat. Pasal 59 ayat (3) ditujukan kepada Pegawai ASN, termasuk PPPK.',
      },
      {
        id: 'b',
        text: 'Mengambil cuti selama masa kampanye, lalu kembali bekerja jika tidak terpilih.',
        feedback: 'Tidak tepat. Undang-undang mewajibkan pengunduran diri, bukan cuti.',
      },
      {
        id: 'c',
        text: 'Menyatakan pengunduran diri secara tertulis sebagai Pegawai ASN sejak ditetapkan sebagai calon.',
        feedback: 'Benar. Inilah kewajiban dalam Pasal 59 ayat (3) UU 20/2023.',
      },
      {
        id: 'd',
        text: 'Mengundurkan diri hanya jika kelak terpilih dan dilantik sebagai anggota DPR.',
        feedback: 'Tidak tepat. Kewajiban mundur muncul jauh sebelum pelantikan.',
      },
    ],
    answer: 'c',
    explanation:
      'UU 20/2023 Pasal 59 ayat (3) mewajibkan Pegawai ASN, baik PNS maupun PPPK, yang mencalonkan diri antara lain sebagai anggota DPR menyatakan pengunduran diri secara tertulis sebagai Pegawai ASN sejak ditetapkan sebagai calon. Perhatikan bahwa untuk calon anggota DPR dan DPRD, UU Pemilu menjadikan surat pengunduran diri yang tidak dapat ditarik kembali sebagai syarat pencalonan (UU 7/2017 Pasal 240 ayat (1) huruf k), dan PKPU 10/2023 Pasal 14 meminta surat itu diserahkan ketika partai mengajukan bakal calon. Jadi dalam praktik Pak Hasan harus menyiapkannya sejak pendaftaran.',
  },
  {
    id: 'g-partai-16',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-56'],
    stem:
      'Pak Bowo, pejabat pimpinan tinggi pratama di sebuah kantor wilayah, diusung gabungan partai politik sebagai calon wakil gubernur. Menurut UU 20/2023, ia wajib…',
    options: [
      {
        id: 'a',
        text: 'melepaskan jabatannya saja dan kembali menjadi PNS tanpa jabatan selama pencalonan.',
        feedback: 'Tidak tepat. Pasal 56 mewajibkan pengunduran diri sebagai PNS, bukan hanya dari jabatan.',
      },
      {
        id: 'b',
        text: 'mengajukan cuti di luar tanggungan negara sejak mendaftar.',
        feedback: 'Tidak tepat. Pasal 56 mewajibkan pengunduran diri dari PNS, bukan cuti; patokannya pun penetapan sebagai calon, bukan pendaftaran.',
      },
      {
        id: 'c',
        text: 'mengundurkan diri secara tertulis dari PNS sejak ditetapkan sebagai calon.',
        feedback: 'Benar. Inilah ketentuan Pasal 56 UU 20/2023.',
      },
      {
        id: 'd',
        text: 'mengundurkan diri hanya jika ia terpilih.',
        feedback: 'Tidak tepat. Kewajiban mundur muncul sejak penetapan sebagai calon, bukan setelah terpilih.',
      },
    ],
    answer: 'c',
    explanation:
      'UU 20/2023 Pasal 56 mewajibkan pejabat pimpinan tinggi madya dan pejabat pimpinan tinggi pratama yang mencalonkan diri sebagai gubernur, bupati, atau wali kota, atau wakilnya, mengundurkan diri secara tertulis dari PNS sejak ditetapkan sebagai calon.',
  },
  {
    id: 'g-partai-17',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-59-ayat-3', 'uu-7-2017/pasal-240-ayat-1-huruf-k'],
    tags: ['pembaruan-1.1'],
    stem:
      'Pak Yahya, PNS guru madrasah, dicalonkan sebuah partai politik sebagai anggota DPR. Saat partai mendaftarkannya, ia menyerahkan surat pengunduran diri sebagai Pegawai ASN yang tidak dapat ditarik kembali. Setelah ditetapkan sebagai calon dan tidak lagi berstatus Pegawai ASN, ia berkampanye untuk dirinya sendiri. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. UU 7/2017 Pasal 240 ayat (1) huruf k menjadikan surat pengunduran diri yang tidak dapat ditarik kembali sebagai syarat bakal calon anggota DPR, dan UU 20/2023 Pasal 59 ayat (3) mewajibkan Pegawai ASN yang mencalonkan diri mundur secara tertulis. Pak Yahya menempuh jalan itu, sehingga ia berkampanye bukan lagi sebagai Pegawai ASN.',
  },
] satisfies QuestionInput[];
