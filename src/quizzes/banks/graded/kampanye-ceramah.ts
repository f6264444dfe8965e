/** Graded bank, area "kampanye": sermons, pengajian, majelis taklim and other religious gatherings. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-kampanye-30',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i', 'se-menag-9-2023/pedoman-ceramah'],
    stem:
      'Ustaz Mahfud, PNS penyuluh agama, menjadi khatib salat Jumat di desanya. Di akhir khutbah ia berpesan, "Pilihlah calon bupati nomor satu, karena beliau yang paling peduli pada umat." Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Seruan memilih calon tertentu kepada jamaah adalah kegiatan yang mengarah kepada keberpihakan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6, dengan hukuman disiplin berat (Pasal 14 huruf i). SE Menteri Agama 9/2023 juga meminta ceramah keagamaan tidak dijadikan sarana kampanye politik.',
  },
  {
    id: 'g-kampanye-31',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'se-menag-9-2023/pedoman-ceramah', 'skb-2022/ruang-lingkup'],
    stem:
      'Bu Zahra, PPPK penyuluh agama, mengisi kajian rutin majelis taklim sepekan sebelum pemungutan suara. Jamaah bertanya siapa yang sebaiknya dipilih. Jawaban mana yang sesuai dengan kewajiban netralitasnya?',
    options: [
      { id: 'a', text: '"Pilih yang sering datang ke majelis kita, Ibu-ibu tahu siapa orangnya."' },
      { id: 'b', text: '"Gunakan hak pilih Ibu sesuai hati nurani; saya sebagai ASN tidak boleh mengarahkan pilihan."' },
      { id: 'c', text: '"Saya tidak boleh menyebut nama, tetapi kalender yang dibagikan tadi bisa jadi petunjuk."' },
      { id: 'd', text: '"Nanti saya kirim nomor calon pilihan saya lewat WhatsApp."' },
    ],
    answer: 'b',
    explanation:
      'Pegawai ASN dilarang mengadakan kegiatan yang mengarah kepada keberpihakan, termasuk ajakan dan imbauan kepada masyarakat (PP 94/2021 Pasal 5 huruf n angka 6; pedoman SKB 2022 berlaku juga bagi PPPK), dan SE Menteri Agama 9/2023 meminta ceramah tidak dipakai untuk kampanye. Mengajak menggunakan hak pilih tanpa mengarahkan kepada calon mana pun tidak memihak; sindiran, petunjuk, dan pesan pribadi tetap mengarahkan.',
  },
  {
    id: 'g-kampanye-32',
    area: 'kampanye',
    type: 'truefalse',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['se-menag-9-2023/pedoman-ceramah'],
    stem: 'Pernyataan: SE Menteri Agama Nomor 9 Tahun 2023 tentang Pedoman Ceramah Keagamaan meminta agar ceramah tidak digunakan untuk kampanye politik.',
    answer: true,
    explanation:
      'Benar. SE Menteri Agama Nomor 9 Tahun 2023 (27 September 2023) memuat pedoman ceramah keagamaan, antara lain agar ceramah tidak dijadikan sarana kampanye politik.',
  },
  {
    id: 'g-kampanye-33',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Pak Darman, PNS staf Kantor Kementerian Agama, menjadi tuan rumah pengajian rutin warga di rumahnya. Kali ini ia mengundang seorang calon anggota DPRD sebagai "penceramah tamu" yang kemudian memaparkan programnya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Mengadakan pertemuan dengan masyarakat yang menghadirkan calon untuk memaparkan programnya adalah kegiatan yang mengarah kepada keberpihakan, yang dilarang PP 94/2021 Pasal 5 huruf n angka 6 sebelum, selama, dan sesudah masa kampanye. Pasal 14 huruf i menetapkan hukuman disiplin berat. Tempatnya di rumah pribadi tidak mengubah hal itu.',
  },
  {
    id: 'g-kampanye-34',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i', 'skb-2022/lampiran-ii-disiplin-butir-8'],
    stem:
      'Bu Salma, PNS guru madrasah, adalah ketua sebuah majelis taklim. Ia membagikan paket sembako bergambar calon anggota DPR kepada anggota majelis seusai pengajian. Tingkat hukuman disiplin untuk perbuatan ini adalah…',
    options: [
      { id: 'a', text: 'Ringan.' },
      { id: 'b', text: 'Sedang.' },
      { id: 'c', text: 'Berat.' },
      { id: 'd', text: 'Tidak ada, karena sembako adalah sedekah.' },
    ],
    answer: 'c',
    explanation:
      'Pemberian barang kepada masyarakat yang mengarah kepada keberpihakan terhadap calon dilarang PP 94/2021 Pasal 5 huruf n angka 6, dan Pasal 14 huruf i menetapkan hukuman disiplin berat. Daftar disiplin SKB 2022 untuk kegiatan yang mengarah kepada keberpihakan juga sejalan dengan tingkat berat.',
  },
  {
    id: 'g-kampanye-35',
    area: 'kampanye',
    type: 'multiple',
    difficulty: 2,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan. Bentuk kegiatan mana saja yang disebutkannya? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Pertemuan.' },
      { id: 'b', text: 'Ajakan, himbauan, atau seruan.' },
      { id: 'c', text: 'Pemberian barang.' },
      { id: 'd', text: 'Menggunakan hak pilih di TPS.' },
      { id: 'e', text: 'Kepada PNS di unit kerjanya, anggota keluarga, dan masyarakat.' },
    ],
    answer: ['a', 'b', 'c', 'e'],
    explanation:
      'Pasal 5 huruf n angka 6 PP 94/2021 menyebut pertemuan, ajakan, himbauan, seruan, atau pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat, sebelum, selama, dan sesudah masa kampanye. Menggunakan hak pilih adalah hak setiap ASN dan bukan keberpihakan.',
  },
  {
    id: 'g-kampanye-36',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-7-2017/pasal-280-ayat-1-huruf-h'],
    stem:
      'Dalam peringatan Maulid Nabi di masjid yang diketuai Pak Hadi (PNS penghulu), panitia memberi waktu sambutan kepada seorang calon anggota DPD. Pak Hadi sendiri yang mengusulkan dan memperkenalkannya sebagai "calon kita". Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Masjid adalah tempat ibadah yang tidak boleh dipakai untuk kampanye Pemilu (UU 7/2017 Pasal 280 ayat (1) huruf h). Memperkenalkan calon sebagai "calon kita" di depan jamaah adalah seruan yang mengarah kepada keberpihakan, yang dilarang PP 94/2021 Pasal 5 huruf n angka 6.',
  },
  {
    id: 'g-kampanye-37',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['skb-2022/lampiran-ii-disiplin-butir-6', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
    stem:
      'Di grup WhatsApp keluarga besar, Pak Amir (PNS staf KUA) meneruskan video kampanye seorang calon gubernur dengan tulisan, "Ayo keluarga kita kompak pilih beliau." Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Ajakan memilih calon kepada anggota keluarga termasuk kegiatan yang mengarah kepada keberpihakan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6. Membagikan konten kampanye juga masuk daftar disiplin SKB 2022 (posting, comment, share, like, follow) dengan tingkat berat. Grup keluarga tidak membuatnya urusan pribadi.',
  },
  {
    id: 'g-kampanye-38',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'skb-2022/lampiran-ii-kode-etik-butir-4'],
    stem:
      'Seorang kerabat menambahkan Bu Yuni (PNS guru madrasah) ke grup WhatsApp "Keluarga Pemenangan" seorang calon bupati. Apa yang sebaiknya ia lakukan?',
    options: [
      { id: 'a', text: 'Tetap di grup tetapi tidak pernah menulis apa pun.' },
      { id: 'b', text: 'Keluar dari grup itu dan, bila perlu, menjelaskan dengan sopan bahwa ia wajib netral.' },
      { id: 'c', text: 'Tetap di grup dan menambahkan rekan-rekan guru agar informasinya merata.' },
      { id: 'd', text: 'Mengganti nama grup menjadi "Keluarga" agar tidak terlihat sebagai grup kampanye.' },
    ],
    answer: 'b',
    explanation:
      'Daftar kode etik SKB 2022 memuat bergabung atau follow dalam grup atau akun pemenangan calon sebagai pelanggaran, sehingga tetap menjadi anggota grup saja sudah bermasalah. Menambahkan rekan guru adalah ajakan kepada PNS lain yang dilarang PP 94/2021 Pasal 5 huruf n angka 6.',
  },
  {
    id: 'g-kampanye-39',
    area: 'kampanye',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['skb-2022/lampiran-ii-kode-etik-butir-5', 'skb-2022/lampiran-ii-disiplin-butir-7'],
    stem:
      'Setelah pengajian akbar, Bu Rina (PPPK di Kantor Kementerian Agama) berfoto dengan seorang calon wakil bupati yang kebetulan hadir. Calon itu mengajak semua berpose dengan dua jari, dan Bu Rina ikut berpose lalu mengunggah fotonya ke Instagram. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Daftar kode etik SKB 2022 memuat memposting foto bersama calon sambil menunjukkan simbol keberpihakan seperti gerakan tangan, dan daftar disiplinnya menggolongkan posting foto bersama calon sebagai pelanggaran berat. Pedoman ini berlaku bagi PNS dan PPPK.',
  },
  {
    id: 'g-kampanye-40',
    area: 'kampanye',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'se-menag-9-2023/pedoman-ceramah'],
    stem:
      'Anda, PNS penyuluh agama, diminta panitia pengajian menyisipkan pesan dukungan untuk seorang calon ke dalam ceramah Anda. Apa yang paling tepat?',
    options: [
      { id: 'a', text: 'Menyisipkannya secara halus tanpa menyebut nama, agar panitia tidak kecewa.' },
      { id: 'b', text: 'Menolak, menjelaskan bahwa ASN wajib netral dan ceramah bukan sarana kampanye, lalu berceramah tanpa mengarahkan pilihan.' },
      { id: 'c', text: 'Membacakan pesan itu sebagai "pengumuman panitia" di akhir ceramah.' },
      { id: 'd', text: 'Menerimanya, karena permintaan datang dari panitia, bukan dari diri sendiri.' },
    ],
    answer: 'b',
    explanation:
      'Pesan dukungan dalam ceramah, terang-terangan maupun tersirat, adalah seruan yang mengarah kepada keberpihakan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6, dan SE Menteri Agama 9/2023 meminta ceramah tidak dipakai untuk kampanye. Siapa pun yang meminta, yang menyampaikannya tetap Anda.',
  },
] satisfies QuestionInput[];
