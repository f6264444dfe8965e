/** Graded bank, area "kampanye": places of worship, madrasah, schools and offices as campaign venues. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-kampanye-18',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-1-2015/pasal-69-huruf-i', 'putusan-mk-69-puu-xxii-2024/amar-putusan', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Menjelang Pilkada, tim kampanye seorang calon bupati meminta izin memakai lapangan sebuah madrasah tsanawiyah negeri untuk kampanye pada hari Minggu, ketika tidak ada kegiatan belajar. Kepala madrasah (PNS) mengizinkannya asalkan tidak ada atribut kampanye. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 1/2015 Pasal 69 huruf i melarang kampanye Pilkada di tempat ibadah dan tempat pendidikan. Putusan MK 69/PUU-XXII/2024 hanya mengecualikan perguruan tinggi; madrasah dan sekolah tetap terlarang, meskipun tanpa atribut dan di hari libur. Memberi izin juga merupakan tindakan yang menguntungkan satu calon (PP 94/2021 Pasal 5 huruf n angka 5).',
  },
  {
    id: 'g-kampanye-19',
    area: 'kampanye',
    type: 'single',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'putusan-mk-65-puu-xxi-2023/amar-putusan'],
    stem: 'Dalam Pemilu (DPR, DPD, DPRD, Presiden), bolehkah masjid dipakai untuk kampanye?',
    options: [
      { id: 'a', text: 'Boleh, dengan izin takmir dan tanpa atribut kampanye.' },
      { id: 'b', text: 'Boleh, asalkan di luar waktu salat.' },
      { id: 'c', text: 'Tidak boleh; tempat ibadah tetap terlarang untuk kampanye Pemilu.' },
      { id: 'd', text: 'Boleh, jika semua calon diberi kesempatan yang sama.' },
    ],
    answer: 'c',
    explanation:
      'UU 7/2017 Pasal 280 ayat (1) huruf h, sebagaimana dimaknai Putusan MK 65/PUU-XXI/2023, hanya membuka fasilitas pemerintah dan tempat pendidikan dengan izin penanggung jawab dan tanpa atribut kampanye. Tempat ibadah tetap tidak boleh dipakai untuk kampanye, dengan syarat apa pun.',
  },
  {
    id: 'g-kampanye-20',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'putusan-mk-65-puu-xxi-2023/amar-putusan'],
    stem:
      'Setelah Putusan MK 65/PUU-XXI/2023, dengan syarat apa sekolah atau madrasah boleh dipakai untuk kampanye Pemilu (bukan Pilkada)?',
    options: [
      { id: 'a', text: 'Dengan izin penanggung jawab tempat itu dan tanpa atribut kampanye.' },
      { id: 'b', text: 'Cukup memberi tahu Bawaslu tiga hari sebelumnya.' },
      { id: 'c', text: 'Hanya pada jam pelajaran agar siswa ikut mendengar.' },
      { id: 'd', text: 'Tanpa syarat, karena larangannya sudah dihapus seluruhnya.' },
    ],
    answer: 'a',
    explanation:
      'Putusan MK 65/PUU-XXI/2023 memaknai Pasal 280 ayat (1) huruf h UU 7/2017 sehingga fasilitas pemerintah dan tempat pendidikan boleh dipakai untuk kampanye Pemilu hanya dengan izin penanggung jawab tempat dan tanpa atribut kampanye. Aturan ini berbeda untuk Pilkada, yang hanya mengecualikan perguruan tinggi.',
  },
  {
    id: 'g-kampanye-21',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-69-puu-xxii-2024/amar-putusan', 'uu-1-2015/pasal-69-huruf-i'],
    stem:
      'Pernyataan: Setelah Putusan MK 69/PUU-XXII/2024, madrasah aliyah boleh dipakai untuk kampanye Pilkada asalkan ada izin kepala madrasah dan tanpa atribut kampanye.',
    answer: false,
    explanation:
      'Salah. Putusan MK 69/PUU-XXII/2024 hanya mengecualikan perguruan tinggi dari larangan kampanye Pilkada di tempat pendidikan (UU 1/2015 Pasal 69 huruf i). Madrasah aliyah bukan perguruan tinggi, sehingga tetap terlarang.',
  },
  {
    id: 'g-kampanye-22',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-69-puu-xxii-2024/amar-putusan'],
    stem:
      'Pernyataan: Dalam Pilkada, kampus perguruan tinggi boleh dipakai untuk kampanye dengan izin penanggung jawabnya dan tanpa atribut kampanye.',
    answer: true,
    explanation:
      'Benar. Putusan MK 69/PUU-XXII/2024 mengecualikan perguruan tinggi dari larangan kampanye Pilkada di tempat pendidikan, dengan syarat ada izin penanggung jawab dan tanpa atribut kampanye. Pegawai ASN di kampus itu tetap tidak boleh ikut berkampanye.',
  },
  {
    id: 'g-kampanye-23',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'pp-94-2021/pasal-5-huruf-n-angka-6', 'se-menag-9-2023/pedoman-ceramah'],
    stem:
      'Pak Jamal, PNS penyuluh agama, adalah ketua takmir masjid di kampungnya. Seorang calon anggota DPR meminta waktu menyampaikan program kampanyenya di masjid seusai salat Jumat. Pak Jamal menyetujuinya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Tempat ibadah tetap terlarang untuk kampanye Pemilu (UU 7/2017 Pasal 280 ayat (1) huruf h sebagaimana dimaknai Putusan MK 65/PUU-XXI/2023). Sebagai PNS, Pak Jamal juga dilarang mengadakan kegiatan yang mengarah kepada keberpihakan kepada masyarakat (PP 94/2021 Pasal 5 huruf n angka 6), dan SE Menteri Agama 9/2023 meminta ceramah tidak dijadikan sarana kampanye.',
  },
  {
    id: 'g-kampanye-24',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['uu-1-2015/pasal-69-huruf-i', 'putusan-mk-69-puu-xxii-2024/amar-putusan'],
    stem: 'Dalam Pilkada, tempat mana saja yang tetap tidak boleh dipakai untuk kampanye? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Masjid.' },
      { id: 'b', text: 'Madrasah ibtidaiyah negeri.' },
      { id: 'c', text: 'Sekolah menengah atas.' },
      { id: 'd', text: 'Kampus universitas Islam negeri, dengan izin rektor dan tanpa atribut kampanye.' },
      { id: 'e', text: 'Gereja.' },
    ],
    answer: ['a', 'b', 'c', 'e'],
    explanation:
      'UU 1/2015 Pasal 69 huruf i melarang kampanye Pilkada di tempat ibadah dan tempat pendidikan. Putusan MK 69/PUU-XXII/2024 hanya mengecualikan perguruan tinggi, dengan izin dan tanpa atribut kampanye. Masjid dan gereja (tempat ibadah) serta madrasah dan sekolah tetap terlarang.',
  },
  {
    id: 'g-kampanye-25',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'pp-94-2021/pasal-5-huruf-n-angka-3', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Dalam Pemilu, sebuah partai mendapat izin memakai aula madrasah aliyah negeri untuk kampanye tanpa atribut. Kepala madrasah (PNS) ikut menyambut calon di panggung dan mewajibkan para guru hadir. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Untuk Pemilu, tempat pendidikan memang dapat dipakai dengan izin penanggung jawab dan tanpa atribut (UU 7/2017 Pasal 280 ayat (1) huruf h sebagaimana dimaknai Putusan MK 65/PUU-XXI/2023). Namun sebagai PNS, kepala madrasah tidak boleh ikut berkampanye, apalagi mengerahkan guru: PP 94/2021 Pasal 5 huruf n angka 3 melarangnya, dengan hukuman disiplin berat (Pasal 14 huruf i).',
  },
  {
    id: 'g-kampanye-26',
    area: 'kampanye',
    type: 'matching',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: [
      'uu-7-2017/pasal-280-ayat-1-huruf-h',
      'putusan-mk-65-puu-xxi-2023/amar-putusan',
      'uu-1-2015/pasal-69-huruf-i',
      'putusan-mk-69-puu-xxii-2024/amar-putusan',
    ],
    stem: 'Pasangkan setiap tempat dengan aturan kampanyenya.',
    pairs: [
      { id: 'masjid-pemilu', left: 'Masjid, dalam Pemilu', right: 'Terlarang, dengan syarat apa pun' },
      { id: 'sekolah-pemilu', left: 'Aula sekolah, dalam Pemilu', right: 'Boleh dengan izin penanggung jawab dan tanpa atribut (Putusan MK 65/PUU-XXI/2023)' },
      { id: 'madrasah-pilkada', left: 'Madrasah, dalam Pilkada', right: 'Terlarang; pengecualian hanya untuk perguruan tinggi' },
      { id: 'kampus-pilkada', left: 'Kampus, dalam Pilkada', right: 'Boleh dengan izin penanggung jawab dan tanpa atribut (Putusan MK 69/PUU-XXII/2024)' },
    ],
    explanation:
      'Untuk Pemilu, Putusan MK 65/PUU-XXI/2023 membuka fasilitas pemerintah dan tempat pendidikan dengan izin dan tanpa atribut, sedangkan tempat ibadah tetap terlarang (UU 7/2017 Pasal 280 ayat (1) huruf h). Untuk Pilkada, tempat ibadah dan tempat pendidikan terlarang (UU 1/2015 Pasal 69 huruf i), kecuali perguruan tinggi menurut Putusan MK 69/PUU-XXII/2024.',
  },
  {
    id: 'g-kampanye-27',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'skb-2022/lampiran-ii-disiplin-butir-1'],
    stem:
      'Seorang calon anggota DPRD menyumbang karpet untuk masjid yang diketuai Pak Rosyid (PNS guru madrasah), lalu meminta agar spanduk bergambar dirinya dan nomor urutnya dipasang di pagar masjid. Sikap yang tepat bagi Pak Rosyid adalah…',
    options: [
      { id: 'a', text: 'Memasang spanduk itu sebagai ucapan terima kasih.' },
      { id: 'b', text: 'Memasangnya hanya sampai hari pemungutan suara.' },
      { id: 'c', text: 'Menolak pemasangan spanduk itu di masjid.' },
      { id: 'd', text: 'Memasangnya di dalam masjid agar tidak terlihat dari jalan.' },
    ],
    answer: 'c',
    explanation:
      'Tempat ibadah tidak boleh dipakai untuk kampanye Pemilu (UU 7/2017 Pasal 280 ayat (1) huruf h). Selain itu, daftar disiplin SKB 2022 menggolongkan memasang spanduk, baliho, atau alat peraga calon sebagai pelanggaran berat bagi ASN. Sumbangan tidak mengubah kedua larangan itu.',
  },
  {
    id: 'g-kampanye-28',
    area: 'kampanye',
    type: 'single',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Dalam masa kampanye Pemilu, sebuah partai meminta izin memakai aula KUA untuk kampanye. Menurut aturan tempat kampanye Pemilu setelah Putusan MK 65/PUU-XXI/2023, fasilitas pemerintah seperti aula itu…',
    options: [
      { id: 'a', text: 'sama sekali tidak boleh dipakai, seperti tempat ibadah.' },
      { id: 'b', text: 'hanya boleh dipakai dengan izin penanggung jawabnya dan tanpa atribut kampanye, dan keputusan izin tidak boleh menguntungkan satu peserta.' },
      { id: 'c', text: 'boleh dipakai siapa saja tanpa izin karena milik negara.' },
      { id: 'd', text: 'boleh dipakai asalkan kepala KUA ikut memandu acara.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 280 ayat (1) huruf h, sebagaimana dimaknai Putusan MK 65/PUU-XXI/2023, membolehkan fasilitas pemerintah dipakai untuk kampanye Pemilu hanya dengan izin penanggung jawab tempat dan tanpa atribut kampanye. Sebagai PNS, kepala KUA tidak boleh membuat keputusan yang menguntungkan atau merugikan salah satu peserta (PP 94/2021 Pasal 5 huruf n angka 5), dan ia tidak boleh ikut serta dalam acaranya.',
  },
  {
    id: 'g-kampanye-29',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-1-2015/pasal-69-huruf-i', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Saat Pilkada, seorang guru PNS di madrasah aliyah negeri mengundang calon wali kota ke upacara hari Senin untuk "memberi motivasi" kepada siswa, lalu calon itu menyinggung programnya bila terpilih. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Madrasah termasuk tempat pendidikan yang tidak boleh dipakai untuk kampanye Pilkada (UU 1/2015 Pasal 69 huruf i; pengecualian hanya untuk perguruan tinggi). Mengundang calon untuk tampil di depan warga madrasah adalah kegiatan yang mengarah kepada keberpihakan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6.',
  },
] satisfies QuestionInput[];
