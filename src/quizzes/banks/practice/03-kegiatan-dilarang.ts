/** Practice, module 03 (prohibited activities): the seven forms of PP 94/2021 Pasal 5 huruf n. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'p-03-5',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'putusan-mk-65-puu-xxi-2023/amar-putusan'],
    stem:
      'Pak Rosyid, penyuluh agama PNS, menjadi ketua takmir masjid. Seorang calon anggota DPRD meminta izin menyampaikan visi dan misinya di dalam masjid setelah pengajian, tanpa spanduk dan tanpa kaus partai. Pak Rosyid mengizinkannya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Tempat ibadah tidak boleh dipakai untuk kampanye Pemilu (UU 7/2017 Pasal 280 ayat (1) huruf h), dengan atau tanpa atribut. Putusan MK 65/PUU-XXI/2023 hanya membuka fasilitas pemerintah dan tempat pendidikan, dengan izin dan tanpa atribut kampanye.',
  },
  {
    id: 'p-03-1',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Menjelang Lebaran yang jatuh pada masa kampanye Pilkada, Bu Yani (PNS) mengirim parsel ke keluarga besarnya. Di setiap parsel ia menempelkan kartu ucapan bergambar pasangan calon gubernur yang ia dukung. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon, termasuk pemberian barang kepada anggota keluarga, sebelum, selama, dan sesudah masa kampanye. Niat bersilaturahmi tidak menghapus muatan dukungan pada parsel itu.',
  },
  {
    id: 'p-03-2',
    area: 'kampanye',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-2', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2'],
    stem:
      'Sepulang kerja, Pak Umar (PNS) langsung mampir ke rapat umum kampanye seorang calon bupati tanpa mengganti seragam Korpri-nya. Bentuk larangan Pasal 5 huruf n PP 94/2021 mana yang paling tepat menggambarkan perbuatannya?',
    options: [
      {
        id: 'a',
        text: 'Angka 2: menjadi peserta kampanye dengan menggunakan atribut PNS.',
        feedback: 'Benar. Seragam Korpri adalah atribut PNS menurut penjelasan angka 2.',
      },
      {
        id: 'b',
        text: 'Angka 3: sebagai peserta kampanye dengan mengerahkan PNS lain.',
        feedback: 'Tidak tepat. Pak Umar datang sendiri, tidak mengerahkan PNS lain.',
      },
      {
        id: 'c',
        text: 'Angka 7: memberikan surat dukungan disertai fotokopi KTP.',
        feedback: 'Tidak tepat. Tidak ada surat dukungan dalam cerita ini.',
      },
      {
        id: 'd',
        text: 'Bukan pelanggaran, karena ia hadir setelah jam kerja.',
        feedback: 'Tidak tepat. Larangan ini berlaku juga di luar jam kerja.',
      },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 2 melarang PNS menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS. Penjelasannya menyebut seragam Korpri, seragam dinas, dan kendaraan dinas sebagai atribut PNS.',
  },
  {
    id: 'p-03-3',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-3', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem: 'Pak Hadi, PNS penyuluh agama, melakukan hal-hal berikut selama tahapan Pilkada. Pilih semua yang dilarang oleh Pasal 5 huruf n PP 94/2021.',
    options: [
      {
        id: 'a',
        text: 'Menolak permintaan tim sukses untuk berbicara di panggung kampanye.',
        feedback: 'Tidak dilarang. Menolak justru menjaga netralitas.',
      },
      {
        id: 'b',
        text: 'Sebagai peserta kampanye, membawa lima penyuluh PNS lain ke rapat umum pasangan calon.',
        feedback: 'Dilarang. Sebagai peserta kampanye mengerahkan PNS lain (angka 3).',
      },
      {
        id: 'c',
        text: 'Di akhir pengajian, mengajak jamaah memilih pasangan calon tertentu.',
        feedback: 'Dilarang. Ajakan kepada masyarakat yang mengarah kepada keberpihakan (angka 6).',
      },
    ],
    answer: ['b', 'c'],
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 3 melarang PNS, sebagai peserta kampanye, mengerahkan PNS lain. Angka 6 melarang kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon, termasuk ajakan dan seruan kepada masyarakat, sebelum, selama, dan sesudah masa kampanye.',
  },
  {
    id: 'p-03-4',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Sebelum masa kampanye dimulai, Pak Yoga, PNS kepala bidang, menandatangani keputusan yang memindahkan seluruh kegiatan penyuluhan kantornya ke desa-desa yang akan dikunjungi salah satu pasangan calon, agar calon itu tampak dekat dengan program pemerintah. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 5 melarang PNS membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye. Keputusan yang diambil sebelum masa kampanye pun termasuk.',
  },
] satisfies QuestionInput[];
