/** Practice, module 04 (social media): posting, liking, following, photos and hand signs. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-04-1',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-2', 'skb-2022/lampiran-ii-disiplin-butir-2', 'pp-94-2021/pasal-1-angka-6'],
    stem:
      'Pada Minggu malam, dari ponsel pribadinya, Bu Nia (PNS) mengganti foto profil WhatsApp dan Instagram-nya dengan bingkai foto (twibbon) bertuliskan dukungan untuk seorang bakal calon bupati. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Lampiran II SKB 2022 menyebut melakukan sosialisasi atau kampanye di media sosial atau media daring bagi bakal calon sebagai pelanggaran, baik dalam daftar kode etik maupun daftar disiplin. Foto profil bertuliskan dukungan adalah sosialisasi bakal calon di media sosial. Waktu dan perangkat pribadi tidak menentukan: PP 94/2021 Pasal 1 angka 6 mencakup ucapan, tulisan, atau perbuatan di dalam maupun di luar jam kerja.',
  },
  {
    id: 'p-04-2',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-5'],
    stem:
      'Pak Bima (PNS) bertemu seorang bakal calon wali kota di pasar, lalu berfoto bersamanya dan mengunggah foto itu ke Facebook. Unsur mana dalam foto itu yang membuatnya masuk daftar pelanggaran Lampiran II SKB 2022?',
    options: [
      {
        id: 'a',
        text: 'Foto itu diambil dengan ponsel pribadi.',
        feedback: 'Tidak tepat. Alat yang dipakai tidak menentukan.',
      },
      {
        id: 'b',
        text: 'Keduanya berpose dengan gerakan tangan khas tim pemenangan sang bakal calon.',
        feedback: 'Benar. Gerakan tangan seperti ini adalah simbol keberpihakan yang disebut SKB.',
      },
      {
        id: 'c',
        text: 'Foto itu diunggah pada hari Minggu.',
        feedback: 'Tidak tepat. Hari pengunggahan tidak menentukan.',
      },
      {
        id: 'd',
        text: 'Akun Facebook-nya tidak mencantumkan nama instansi.',
        feedback: 'Tidak tepat. Ada atau tidaknya nama instansi tidak menentukan.',
      },
    ],
    answer: 'b',
    explanation:
      'Lampiran II SKB 2022 menyebut memposting di media sosial foto bersama bakal calon atau tim sukses dengan menunjukkan atau memperagakan simbol keberpihakan, misalnya gerakan tangan, memakai atribut partai, berlatar gambar partai atau calon, atau bersama alat peraga. Gerakan tangan khas tim pemenangan adalah simbol keberpihakan.',
  },
  {
    id: 'p-04-3',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 1,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-4'],
    stem:
      'Pernyataan: Mengikuti (follow) akun pemenangan bakal calon bukan pelanggaran, selama ASN tidak memberi like atau komentar.',
    answer: false,
    explanation:
      'Salah. Lampiran II SKB 2022 menyebut bergabung/follow dalam grup atau akun pemenangan bakal calon sebagai pelanggaran tersendiri, di samping posting, comment, share, dan like.',
  },
  {
    id: 'p-04-4',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-4', 'skb-2022/lampiran-ii-kode-etik-butir-5'],
    stem: 'Bu Sinta (PNS) aktif di media sosial selama tahapan Pemilu. Pilih semua perbuatannya yang termasuk pelanggaran menurut Lampiran II SKB 2022.',
    options: [
      {
        id: 'a',
        text: 'Menjadi admin grup Facebook pemenangan seorang bakal calon anggota DPD.',
        feedback: 'Pelanggaran. Bergabung dalam grup pemenangan bakal calon, apalagi mengelolanya, disebut dalam SKB.',
      },
      {
        id: 'b',
        text: 'Mengunggah foto bersama bakal calon dengan latar baliho partai pengusungnya.',
        feedback: 'Pelanggaran. Foto bersama bakal calon berlatar gambar partai disebut dalam SKB.',
      },
      {
        id: 'c',
        text: 'Mengikuti akun resmi Bawaslu untuk memantau informasi pengawasan Pemilu.',
        feedback: 'Bukan pelanggaran. Bawaslu adalah pengawas Pemilu, bukan akun pemenangan calon.',
      },
    ],
    answer: ['a', 'b'],
    explanation:
      'Lampiran II SKB 2022 menyebut sebagai pelanggaran: posting, comment, share, like, atau bergabung/follow dalam grup atau akun pemenangan bakal calon, serta memposting foto bersama bakal calon atau tim sukses dengan simbol keberpihakan, atribut partai, atau latar gambar partai atau calon. Mengikuti akun pengawas Pemilu tidak memberikan dukungan kepada calon mana pun.',
  },
] satisfies QuestionInput[];
