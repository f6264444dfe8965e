/** Practice, module 07 (mixed cases and the declaration). */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-07-6',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['uu-7-2017/pasal-72', 'se-mendagri-900-1-9-9095-2022/izin-asn-badan-ad-hoc'],
    stem:
      'Bu Nurul, guru madrasah PPPK di sebuah desa terpencil, mendaftar sebagai anggota KPPS dengan surat izin dari kepala madrasahnya. Selama bertugas ia melayani semua pemilih sama baiknya. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. UU 7/2017 Pasal 72 tidak melarang ASN menjadi anggota PPK, PPS, atau KPPS, dan SE Mendagri 900.1.9/9095/SJ meminta kepala daerah memberi kesempatan kepada ASN, terutama di daerah 3T. Yang dilarang adalah berpihak saat bertugas.',
  },
  {
    id: 'p-07-5',
    area: 'partai',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['se-menpanrb-18-2023/yang-boleh', 'se-menpanrb-18-2023/yang-dilarang'],
    stem:
      'Suami Bu Aisyah, penghulu PNS, mencalonkan diri sebagai anggota DPRD. Pilih semua yang BOLEH dilakukan Bu Aisyah menurut SE MenPAN-RB 18/2023.',
    options: [
      { id: 'a', text: 'Mendampingi suaminya saat pendaftaran di KPU.', feedback: 'Boleh.' },
      { id: 'b', text: 'Menghadiri kampanye suaminya tanpa peran aktif dan tanpa atribut.', feedback: 'Boleh.' },
      { id: 'c', text: 'Berorasi di panggung kampanye suaminya.', feedback: 'Tidak boleh: ASN pasangan calon tidak boleh berbicara dalam kegiatan kampanye.' },
      { id: 'd', text: 'Membagikan video kampanye suaminya di Facebook.', feedback: 'Tidak boleh: berkampanye di media sosial dilarang.' },
    ],
    answer: ['a', 'b'],
    explanation:
      'SE MenPAN-RB 18/2023 membolehkan ASN mendampingi pasangannya saat pendaftaran di KPU dan pengenalan calon, serta menghadiri kampanye tanpa peran aktif. Memakai atribut, berkampanye di media sosial, dan berbicara dalam kegiatan kampanye tetap dilarang.',
  },
  {
    id: 'p-07-1',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-7-2017/pasal-283'],
    stem:
      'Pak Ridwan, PNS penyuluh agama, menutup ceramahnya di sebuah majelis taklim dengan pesan, "Pada Pemilu nanti, pilihlah calon presiden nomor urut sekian." Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan terhadap calon, termasuk ajakan dan seruan kepada masyarakat. UU 7/2017 Pasal 283 memuat larangan serupa bagi ASN dalam Pemilu, sebelum, selama, dan sesudah masa kampanye.',
  },
  {
    id: 'p-07-3',
    area: 'karier',
    type: 'multiple',
    difficulty: 1,
    cites: ['pp-42-2004/pasal-11-huruf-c', 'uu-20-2023/pasal-9-ayat-2', 'skb-2022/lampiran-ii-kode-etik-butir-4', 'uu-7-2017/pasal-280-ayat-3'],
    stem: 'Anda akan menandatangani deklarasi netralitas. Pilih semua komitmen yang sejalan dengan aturan.',
    options: [
      {
        id: 'a',
        text: 'Menghindari konflik kepentingan pribadi, kelompok, maupun golongan.',
        feedback: 'Sejalan. Ini rumusan Pasal 11 huruf c PP 42/2004.',
      },
      {
        id: 'b',
        text: 'Boleh menjadi tim sukses, asalkan hanya di luar jam kerja.',
        feedback: 'Tidak sejalan. ASN dilarang menjadi pelaksana atau tim kampanye, kapan pun.',
      },
      {
        id: 'c',
        text: 'Tidak memberi like, komentar, atau share pada akun pemenangan bakal calon.',
        feedback: 'Sejalan. Lampiran II SKB 2022 menyebut perbuatan itu sebagai pelanggaran.',
      },
      {
        id: 'd',
        text: 'Bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
        feedback: 'Sejalan. Ini rumusan Pasal 9 ayat (2) UU 20/2023.',
      },
    ],
    answer: ['a', 'c', 'd'],
    explanation:
      'PP 42/2004 Pasal 11 huruf c meminta PNS menghindari konflik kepentingan pribadi, kelompok, maupun golongan. UU 20/2023 Pasal 9 ayat (2) mewajibkan Pegawai ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik. Lampiran II SKB 2022 menyebut posting, comment, share, like, dan follow pada akun pemenangan bakal calon sebagai pelanggaran. Menjadi pelaksana atau tim kampanye Pemilu dilarang bagi ASN kapan pun (UU 7/2017 Pasal 280 ayat (3)).',
  },
  {
    id: 'p-07-2',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-20-2023/pasal-9-ayat-2'],
    stem:
      'Seorang anggota tim sukses menjanjikan promosi jabatan kepada Pak Tono (PNS) jika ia berhasil mengajak rekan-rekan sekantornya mendukung calon tertentu. Sikap yang tepat adalah…',
    options: [
      {
        id: 'a',
        text: 'Menerima tawaran itu, asalkan ajakan disampaikan lewat pesan pribadi, bukan di rapat kantor.',
        feedback: 'Tidak tepat. Ajakan kepada PNS di unit kerja tetap dilarang, di mana pun disampaikan.',
      },
      {
        id: 'b',
        text: 'Menolak, karena mengajak rekan PNS di unit kerjanya mendukung calon dilarang dan ASN harus bebas dari pengaruh politik.',
        feedback: 'Benar. Ini larangan Pasal 5 huruf n angka 6 PP 94/2021, sejalan dengan Pasal 9 ayat (2) UU 20/2023.',
      },
      {
        id: 'c',
        text: 'Menerima, tetapi hanya mengajak rekan yang berstatus PPPK.',
        feedback: 'Tidak tepat. PPPK juga Pegawai ASN yang wajib netral, dan ajakan itu sendiri sudah dilarang.',
      },
      {
        id: 'd',
        text: 'Menunda jawaban sampai calon itu terpilih.',
        feedback: 'Tidak tepat. Menggantungkan karier pada kemenangan calon berarti membiarkan diri dipengaruhi politik.',
      },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan, termasuk ajakan dan seruan kepada PNS dalam lingkungan unit kerjanya. UU 20/2023 Pasal 9 ayat (2) mewajibkan Pegawai ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik; jabatan tidak boleh menjadi imbalan dukungan politik.',
  },
  {
    id: 'p-07-4',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-280-ayat-3', 'uu-20-2023/pasal-1-angka-1'],
    stem:
      'Pernyataan: Karena hukuman disiplin bagi PPPK diatur dalam PP 49/2018, Pak Rahmat, penyuluh agama PPPK, tidak terkena larangan UU 7/2017 untuk ikut serta sebagai pelaksana atau tim kampanye Pemilu.',
    answer: false,
    explanation:
      'Salah. UU 7/2017 Pasal 280 ayat (3) melarang aparatur sipil negara ikut serta sebagai pelaksana dan tim kampanye Pemilu. Menurut UU 20/2023 Pasal 1 angka 1, ASN adalah profesi bagi PNS dan PPPK, sehingga larangan itu juga berlaku bagi Pak Rahmat. PP 49/2018 mengatur antara lain disiplin dan pemberhentian PPPK; peraturan pemerintah itu tidak menghapus larangan dalam undang-undang.',
  },
] satisfies QuestionInput[];
