/** Graded bank, area "pelayanan": decisions that favour a candidate (Pasal 282 UU Pemilu, Pasal 71 and 188 UU Pilkada after MK 136/2024). */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-pelayanan-29',
    area: 'pelayanan',
    type: 'single',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-282', 'uu-7-2017/pasal-490', 'pp-94-2021/pasal-5-huruf-n-angka-5', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Dalam masa kampanye Pemilu, seorang PNS pejabat fungsional membuat keputusan yang menguntungkan salah satu Peserta Pemilu. Menurut aturan yang berlaku, akibatnya adalah…',
    options: [
      { id: 'a', text: 'Pidana penjara paling lama 1 tahun menurut Pasal 490 UU 7/2017.' },
      { id: 'b', text: 'Ia melanggar Pasal 282 UU 7/2017; bagi ASN seperti dia tidak ada pasal pidananya, tetapi ia dapat dijatuhi hukuman disiplin berat.' },
      { id: 'c', text: 'Tidak ada akibat, karena Pasal 282 hanya untuk pejabat negara.' },
      { id: 'd', text: 'Hanya sanksi moral menurut PP 42/2004.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 282 melarang pejabat struktural dan fungsional dalam jabatan negeri membuat keputusan atau tindakan yang menguntungkan atau merugikan Peserta Pemilu selama kampanye. Pasal pidananya hanya untuk kepala desa (Pasal 490) dan pejabat negara; bagi PNS, perbuatan itu adalah pelanggaran Pasal 5 huruf n angka 5 PP 94/2021 dengan hukuman disiplin berat (Pasal 14 huruf i).',
  },
  {
    id: 'g-pelayanan-30',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-282', 'uu-7-2017/pasal-490'],
    stem: 'Pernyataan: UU 7/2017 mengancam pidana setiap ASN yang melanggar Pasal 282 (keputusan atau tindakan yang menguntungkan Peserta Pemilu selama kampanye).',
    answer: false,
    explanation:
      'Salah. Pasal pidana untuk Pasal 282 hanya menjangkau kepala desa (Pasal 490) dan pejabat negara. Tidak ada pasal pidana UU 7/2017 bagi ASN lain yang melanggar Pasal 282; bagi mereka pelanggaran itu diproses sebagai pelanggaran disiplin.',
  },
  {
    id: 'g-pelayanan-31',
    area: 'pelayanan',
    type: 'single',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-490'],
    stem: 'Siapa yang diancam pidana penjara paling lama 1 tahun dan denda paling banyak Rp12.000.000 oleh Pasal 490 UU 7/2017 karena melanggar Pasal 282?',
    options: [
      { id: 'a', text: 'Kepala desa.' },
      { id: 'b', text: 'Setiap PNS.' },
      { id: 'c', text: 'Guru PPPK.' },
      { id: 'd', text: 'Penyuluh agama.' },
    ],
    answer: 'a',
    explanation:
      'UU 7/2017 Pasal 490 mengancam kepala desa yang membuat keputusan atau tindakan yang menguntungkan atau merugikan Peserta Pemilu selama kampanye dengan pidana penjara paling lama 1 tahun dan denda paling banyak Rp12.000.000. Pasal ini tidak berlaku bagi ASN.',
  },
  {
    id: 'g-pelayanan-32',
    area: 'pelayanan',
    type: 'single',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-1-2015/pasal-71-ayat-1', 'uu-1-2015/pasal-188', 'uu-7-2017/pasal-282', 'uu-7-2017/pasal-490', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Pak Rizal, pejabat ASN di Kantor Kementerian Agama, dengan sengaja memberi prioritas layanan kepada pendukung seorang calon. Apa bedanya akibat hukum jika hal itu terjadi dalam Pilkada dan dalam Pemilu?',
    options: [
      { id: 'a', text: 'Tidak ada bedanya; keduanya hanya urusan disiplin.' },
      { id: 'b', text: 'Dalam Pilkada ia juga diancam pidana (Pasal 71 jo. Pasal 188 UU Pilkada); dalam Pemilu tidak ada pasal pidana baginya, tetapi ia tetap melanggar disiplin.' },
      { id: 'c', text: 'Dalam Pemilu ia diancam pidana, dalam Pilkada tidak.' },
      { id: 'd', text: 'Keduanya diancam pidana kurungan paling lama 1 tahun.' },
    ],
    answer: 'b',
    explanation:
      'Dalam Pilkada, UU 1/2015 Pasal 71 ayat (1) melarang pejabat ASN membuat keputusan atau tindakan yang menguntungkan atau merugikan pasangan calon, dan Pasal 188 menjadikannya tindak pidana bila disengaja. Dalam Pemilu, larangan serupa ada di UU 7/2017 Pasal 282, tetapi pidananya hanya untuk kepala desa dan pejabat negara. Dalam keduanya, PNS melanggar PP 94/2021 Pasal 5 huruf n angka 5.',
  },
  {
    id: 'g-pelayanan-33',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-136-puu-xxii-2024/amar-putusan', 'uu-1-2015/pasal-188'],
    stem:
      'Pernyataan: Putusan MK 136/PUU-XXII/2024 menambahkan pejabat daerah dan anggota TNI/Polri ke dalam Pasal 188 UU Pilkada, sedangkan ancaman pidananya tetap.',
    answer: true,
    explanation:
      'Benar. Putusan MK 136/PUU-XXII/2024 (14 November 2024) menyatakan Pasal 188 inkonstitusional bersyarat kecuali juga mencakup pejabat daerah dan anggota TNI/Polri. Ancaman pidananya tetap: penjara 1 sampai 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000.',
  },
  {
    id: 'g-pelayanan-34',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['putusan-mk-136-puu-xxii-2024/amar-putusan', 'uu-1-2015/pasal-188'],
    stem:
      'Seorang pegawai bertanya dalam pembinaan: "Apa arti Putusan MK 136/PUU-XXII/2024 bagi kami, ASN di Kantor Kementerian Agama?" Jawaban yang tepat adalah…',
    options: [
      { id: 'a', text: 'ASN kini dibebaskan dari Pasal 188, karena pasal itu dialihkan kepada pejabat daerah.' },
      { id: 'b', text: 'Bagi ASN isinya tetap: pejabat ASN yang dengan sengaja melanggar Pasal 71 tetap diancam pidana yang sama; putusan itu menambah pejabat daerah dan TNI/Polri.' },
      { id: 'c', text: 'Ancaman pidana bagi ASN naik menjadi paling lama 1 tahun.' },
      { id: 'd', text: 'Putusan itu menghapus Pasal 188 seluruhnya.' },
    ],
    answer: 'b',
    explanation:
      'Putusan MK 136/PUU-XXII/2024 memperluas Pasal 188 UU Pilkada dengan menambahkan pejabat daerah dan anggota TNI/Polri di samping pejabat negara, pejabat ASN, dan kepala desa/lurah. Ancaman pidananya tidak berubah, sehingga bagi ASN tidak ada perubahan isi.',
  },
  {
    id: 'g-pelayanan-35',
    area: 'pelayanan',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-1-2015/pasal-71-ayat-1'],
    stem:
      'Pernyataan: Larangan Pasal 71 ayat (1) UU Pilkada bagi pejabat ASN untuk membuat keputusan yang menguntungkan pasangan calon hanya berlaku selama masa kampanye.',
    answer: false,
    explanation:
      'Salah. Rumusan asli UU 1/2015 memang membatasi larangan itu "selama masa Kampanye", tetapi UU 10/2016 menghapus batasan tersebut. Kini larangan Pasal 71 ayat (1) berlaku tanpa dibatasi masa kampanye.',
  },
  {
    id: 'g-pelayanan-36',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-282', 'pp-94-2021/pasal-5-huruf-n-angka-5', 'uu-20-2023/pasal-12'],
    stem:
      'Dalam masa kampanye Pemilu, Pak Hasyim, PNS kepala KUA, menunda pencatatan nikah pasangan yang diketahui memasang spanduk calon lawan dari calon yang ia sukai. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Menunda layanan karena pilihan politik warga adalah tindakan yang merugikan Peserta Pemilu, yang dilarang UU 7/2017 Pasal 282 dan PP 94/2021 Pasal 5 huruf n angka 5 (hukuman disiplin berat). UU 20/2023 Pasal 12 menuntut pelayanan publik yang profesional dan bebas dari intervensi politik.',
  },
  {
    id: 'g-pelayanan-37',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-282', 'pp-94-2021/pasal-5-huruf-n-angka-5', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Dalam masa kampanye Pemilu, seorang kepala seksi di Kantor Kementerian Agama menjadwalkan penyerahan bantuan sarana madrasah di panggung kampanye seorang calon anggota DPR, agar calon itu yang menyerahkannya. Penilaian yang tepat adalah…',
    options: [
      { id: 'a', text: 'Boleh, karena bantuan tetap sampai kepada madrasah.' },
      { id: 'b', text: 'Dilarang; ini tindakan yang menguntungkan Peserta Pemilu, yang bagi PNS merupakan pelanggaran disiplin berat.' },
      { id: 'c', text: 'Boleh, asalkan semua calon diundang.' },
      { id: 'd', text: 'Dilarang hanya jika bantuan itu berasal dari dana pribadi calon.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 282 melarang pejabat struktural membuat keputusan atau tindakan yang menguntungkan Peserta Pemilu selama kampanye. Bagi PNS, perbuatan ini melanggar PP 94/2021 Pasal 5 huruf n angka 5 dan diancam hukuman disiplin berat (Pasal 14 huruf i). Bantuan negara yang diserahkan calon memberi kesan bantuan itu dari calon.',
  },
  {
    id: 'g-pelayanan-38',
    area: 'pelayanan',
    type: 'matching',
    difficulty: 3,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-490', 'pp-94-2021/pasal-14-huruf-i', 'uu-1-2015/pasal-188', 'uu-7-2017/pasal-494'],
    stem: 'Pasangkan setiap perbuatan dengan akibat hukumnya.',
    pairs: [
      { id: 'kades', left: 'Kepala desa membuat keputusan yang menguntungkan Peserta Pemilu selama kampanye', right: 'Pidana penjara paling lama 1 tahun dan denda paling banyak Rp12.000.000 (Pasal 490 UU 7/2017)' },
      { id: 'pns-282', left: 'PNS pejabat fungsional membuat keputusan yang menguntungkan Peserta Pemilu', right: 'Hukuman disiplin berat (Pasal 14 huruf i PP 94/2021)' },
      { id: 'pilkada', left: 'Pejabat ASN sengaja melanggar Pasal 71 UU Pilkada', right: 'Penjara 1 sampai 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000 (Pasal 188)' },
      { id: 'tim', left: 'ASN ikut serta sebagai tim kampanye Pemilu', right: 'Kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000 (Pasal 494 UU 7/2017)' },
    ],
    explanation:
      'Pasal 490 UU 7/2017 menjangkau kepala desa; bagi PNS, pelanggaran Pasal 282 adalah pelanggaran disiplin berat (PP 94/2021 Pasal 5 huruf n angka 5 jo. Pasal 14 huruf i). Dalam Pilkada, Pasal 188 mengancam pejabat ASN yang sengaja melanggar Pasal 71. ASN yang menjadi tim kampanye Pemilu diancam Pasal 494.',
  },
  {
    id: 'g-pelayanan-39',
    area: 'pelayanan',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['uu-1-2015/pasal-71-ayat-1', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
    stem:
      'Tiga bulan sebelum masa kampanye Pilkada, Kepala Seksi Pendidikan Madrasah menerbitkan edaran yang meminta madrasah memasang foto bupati petahana, yang akan maju lagi, di samping program bantuan kabupaten. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. UU 1/2015 Pasal 71 ayat (1) melarang pejabat ASN membuat keputusan atau tindakan yang menguntungkan salah satu pasangan calon, dan sejak UU 10/2016 larangan itu tidak terbatas pada masa kampanye. PP 94/2021 Pasal 5 huruf n angka 5 juga melarangnya sebelum, selama, dan sesudah masa kampanye.',
  },
  {
    id: 'g-pelayanan-40',
    area: 'pelayanan',
    type: 'single',
    difficulty: 2,
    cites: ['uu-1-2015/pasal-71-ayat-4', 'uu-1-2015/pasal-71-ayat-2-dan-3'],
    stem: 'Menurut UU Pilkada, larangan dalam Pasal 71 juga berlaku bagi…',
    options: [
      { id: 'a', text: 'penjabat (misalnya penjabat kepala daerah).' },
      { id: 'b', text: 'pemilih yang bukan ASN.' },
      { id: 'c', text: 'anggota partai politik.' },
      { id: 'd', text: 'pemantau pemilihan.' },
    ],
    answer: 'a',
    explanation:
      'UU 1/2015 Pasal 71 ayat (4) menyatakan larangan dalam Pasal 71 berlaku juga bagi penjabat. Ayat (2) dan (3) memuat larangan khusus bagi petahana sejak 6 bulan sebelum penetapan pasangan calon.',
  },
] satisfies QuestionInput[];
