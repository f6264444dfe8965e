/** Graded bank, area "karier": who must be neutral, candidacy, and the sanctions that follow. */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-karier-01',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['uu-20-2023/pasal-5', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem:
      'Bu Sari baru diangkat sebagai PPPK guru di sebuah madrasah negeri. Dalam obrolan di ruang guru, seorang rekan berkata, "Kewajiban menjaga netralitas itu hanya untuk PNS, PPPK kan pegawai kontrak." Tanggapan mana yang benar?',
    options: [
      {
        id: 'a',
        text: 'Keliru. Pegawai ASN terdiri atas PNS dan PPPK, dan kewajiban menjaga netralitas berlaku bagi setiap Pegawai ASN.',
        feedback: 'Benar. UU 20/2023 menyebut Pegawai ASN terdiri atas PNS dan PPPK, dan kewajiban menjaga netralitas ditujukan kepada Pegawai ASN.',
      },
      {
        id: 'b',
        text: 'Benar. PPPK hanya terikat pada isi perjanjian kerjanya, bukan pada kewajiban ASN.',
        feedback: 'Tidak tepat. PPPK adalah Pegawai ASN, sehingga kewajiban dalam UU 20/2023 juga mengikatnya.',
      },
      {
        id: 'c',
        text: 'Benar, kecuali PPPK yang bertugas di bidang pendidikan dan keagamaan.',
        feedback: 'Tidak tepat. Tidak ada pengecualian berdasarkan bidang tugas; justru semua Pegawai ASN wajib netral.',
      },
      {
        id: 'd',
        text: 'Keliru, tetapi PPPK baru wajib netral setelah masa kontrak pertamanya selesai.',
        feedback: 'Tidak tepat. Kewajiban menjaga netralitas berlaku sejak seseorang menjadi Pegawai ASN.',
      },
    ],
    answer: 'a',
    explanation:
      'UU 20/2023 Pasal 5 menyatakan Pegawai ASN terdiri atas PNS dan PPPK. Pasal 24 ayat (1) huruf d mewajibkan setiap Pegawai ASN menjaga netralitas. Jadi Bu Sari, sebagai PPPK, terikat kewajiban yang sama dengan rekan PNS-nya.',
  },
  {
    id: 'g-karier-02',
    area: 'karier',
    type: 'truefalse',
    difficulty: 1,
    cites: ['uu-20-2023/pasal-24-ayat-1-huruf-d', 'uu-20-2023/pasal-24-ayat-2'],
    stem:
      'Pernyataan: Menurut UU 20/2023, Pegawai ASN yang tidak menjaga netralitas melakukan pelanggaran disiplin dan dapat dijatuhi hukuman disiplin.',
    answer: true,
    explanation:
      'Benar. Menjaga netralitas adalah salah satu kewajiban Pegawai ASN dalam Pasal 24 ayat (1) huruf d UU 20/2023. Pasal 24 ayat (2) menyatakan bahwa Pegawai ASN yang tidak memenuhi kewajiban tersebut melakukan pelanggaran disiplin dan dijatuhi hukuman disiplin.',
  },
  {
    id: 'g-karier-03',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['uu-20-2023/pasal-59-ayat-3', 'uu-10-2016/pasal-7-ayat-2-huruf-t'],
    stem:
      'Pak Hendra, PNS yang menjabat kepala seksi di Kantor Kementerian Agama kabupaten, berniat maju sebagai calon bupati. Kapan ia wajib menyatakan pengunduran dirinya sebagai Pegawai ASN secara tertulis?',
    options: [
      {
        id: 'a',
        text: 'Sejak ia mendaftar ke KPU kabupaten sebagai bakal calon.',
        feedback: 'Tidak tepat. "Sejak mendaftar" adalah rumusan UU 5/2014 yang sudah dicabut.',
      },
      {
        id: 'b',
        text: 'Sejak ia ditetapkan sebagai calon.',
        feedback: 'Benar. UU 20/2023 Pasal 59 ayat (3) memakai saat "sejak ditetapkan sebagai calon".',
      },
      {
        id: 'c',
        text: 'Setelah ia terpilih dan dilantik sebagai bupati.',
        feedback: 'Tidak tepat. Kewajiban mundur muncul jauh sebelum pelantikan, yaitu sejak penetapan sebagai calon.',
      },
      {
        id: 'd',
        text: 'Ia tidak perlu mundur; cukup mengambil cuti di luar tanggungan negara selama masa kampanye.',
        feedback: 'Tidak tepat. Undang-undang mewajibkan pengunduran diri secara tertulis, bukan sekadar cuti.',
      },
    ],
    answer: 'b',
    explanation:
      'UU 20/2023 Pasal 59 ayat (3) mewajibkan Pegawai ASN yang mencalonkan diri antara lain sebagai bupati menyatakan pengunduran diri secara tertulis sebagai Pegawai ASN sejak ditetapkan sebagai calon. UU Pilkada (Pasal 7 ayat (2) huruf t UU 10/2016) sejalan: calon yang berstatus PNS menyatakan pengunduran dirinya secara tertulis sejak ditetapkan sebagai pasangan calon. Rumusan lama "sejak mendaftar" berasal dari UU 5/2014 yang sudah dicabut.',
  },
  {
    id: 'g-karier-04',
    area: 'karier',
    type: 'multiple',
    difficulty: 3,
    cites: ['uu-20-2023/pasal-59-ayat-3', 'uu-20-2023/pasal-56', 'uu-7-2017/pasal-182-huruf-k'],
    tags: ['pembaruan-1.1'],
    stem: 'Pilih semua pernyataan yang benar tentang Pegawai ASN yang mencalonkan diri dalam Pemilu atau Pilkada menurut UU 20/2023.',
    options: [
      {
        id: 'a',
        text: 'Kewajiban mengundurkan diri berlaku bagi PNS maupun PPPK.',
        feedback: 'Benar. Pasal 59 ayat (3) ditujukan kepada Pegawai ASN, yaitu PNS dan PPPK.',
      },
      {
        id: 'b',
        text: 'Pengunduran diri dinyatakan secara tertulis.',
        feedback: 'Benar. Pasal 56 dan Pasal 59 ayat (3) sama-sama mensyaratkan pernyataan tertulis.',
      },
      {
        id: 'c',
        text: 'Cukup mengambil cuti di luar tanggungan negara selama masa kampanye; pengunduran diri tidak diperlukan.',
        feedback: 'Tidak tepat. UU 20/2023 mewajibkan pengunduran diri secara tertulis, bukan cuti.',
      },
      {
        id: 'd',
        text: 'Kewajiban ini juga berlaku bagi Pegawai ASN yang mencalonkan diri sebagai anggota DPD.',
        feedback: 'Benar. DPD termasuk jabatan yang disebut dalam Pasal 59 ayat (3).',
      },
      {
        id: 'e',
        text: 'Pejabat pimpinan tinggi pratama yang maju sebagai calon gubernur cukup melepaskan jabatannya dan tetap berstatus PNS.',
        feedback: 'Tidak tepat. Pasal 56 mewajibkannya mengundurkan diri sebagai PNS, bukan hanya dari jabatan.',
      },
    ],
    answer: ['a', 'b', 'd'],
    explanation:
      'Pasal 59 ayat (3) UU 20/2023 mewajibkan Pegawai ASN (PNS dan PPPK) yang mencalonkan diri sebagai Presiden/Wakil Presiden, anggota DPR, anggota DPD, gubernur, bupati, atau wali kota (atau wakilnya) menyatakan pengunduran diri secara tertulis sejak ditetapkan sebagai calon. Pasal 56 mengatur hal serupa bagi pejabat pimpinan tinggi madya dan pratama yang maju dalam pemilihan kepala daerah: mereka mengundurkan diri sebagai PNS. Untuk calon anggota DPR, DPD, dan DPRD, UU Pemilu bahkan menjadikan surat pengunduran diri yang tidak dapat ditarik kembali sebagai syarat pendaftaran (UU 7/2017 Pasal 182 huruf k dan Pasal 240 ayat (1) huruf k), jadi surat itu diserahkan lebih awal.',
  },
  {
    id: 'g-karier-05',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-20-2023/pasal-9-ayat-2'],
    stem:
      'Pak Yusuf, PNS kepala KUA kecamatan, mengumpulkan para staf setelah apel pagi. Ia berkata bahwa staf yang ikut membantu memenangkan calon bupati tertentu "akan diperhatikan kariernya" setelah calon itu menang. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon, termasuk pertemuan, ajakan, imbauan, dan seruan kepada PNS dalam lingkungan unit kerjanya, sebelum, selama, dan sesudah masa kampanye. Mengaitkan karier staf dengan dukungan politik juga bertentangan dengan Pasal 9 ayat (2) UU 20/2023: Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
  },
  {
    id: 'g-karier-06',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    isCase: true,
    cites: ['pp-94-2021/pasal-1-angka-6'],
    stem:
      'Bu Rina, PNS di bagian keuangan, berpendapat, "Aturan disiplin hanya berlaku selama jam kantor. Di luar itu saya warga biasa." Menurut PP 94/2021, pendapat ini…',
    options: [
      {
        id: 'a',
        text: 'Benar, karena hukuman disiplin hanya untuk perbuatan saat menjalankan tugas kedinasan.',
        feedback: 'Tidak tepat. Definisi pelanggaran disiplin tidak dibatasi pada tugas kedinasan.',
      },
      {
        id: 'b',
        text: 'Benar untuk hari libur, tetapi tidak untuk hari kerja setelah pukul 16.00.',
        feedback: 'Tidak tepat. PP 94/2021 tidak membedakan hari libur dan hari kerja.',
      },
      {
        id: 'c',
        text: 'Keliru, karena pelanggaran disiplin mencakup ucapan, tulisan, atau perbuatan, baik di dalam maupun di luar jam kerja.',
        feedback: 'Benar. Inilah rumusan Pasal 1 angka 6 PP 94/2021.',
      },
      {
        id: 'd',
        text: 'Keliru, tetapi hanya untuk perbuatan, tidak untuk tulisan di media sosial.',
        feedback: 'Tidak tepat. Tulisan disebut tegas sebagai bentuk pelanggaran disiplin.',
      },
    ],
    answer: 'c',
    explanation:
      'PP 94/2021 Pasal 1 angka 6 mendefinisikan pelanggaran disiplin sebagai setiap ucapan, tulisan, atau perbuatan PNS yang tidak menaati kewajiban atau melanggar larangan, baik yang dilakukan di dalam maupun di luar jam kerja. Status "di luar jam kantor" tidak menghapus kewajiban menjaga netralitas.',
  },
  {
    id: 'g-karier-07',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    cites: ['pp-94-2021/pasal-8-ayat-4', 'uu-20-2023/pasal-52-ayat-4'],
    stem: 'Menurut PP 94/2021, jenis hukuman disiplin yang paling berat bagi PNS adalah…',
    options: [
      {
        id: 'a',
        text: 'Pemberhentian tidak dengan hormat sebagai PNS.',
        feedback: 'Tidak tepat. PP 94/2021 tidak memuat PTDH; PTDH (misalnya karena menjadi anggota partai politik) bersumber dari UU 20/2023 Pasal 52.',
      },
      {
        id: 'b',
        text: 'Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan.',
        feedback: 'Tidak tepat. Ini hukuman disiplin sedang (Pasal 8 ayat (3)).',
      },
      {
        id: 'c',
        text: 'Penurunan pangkat setingkat lebih rendah selama 3 tahun.',
        feedback: 'Tidak tepat. Jenis ini berasal dari PP 53/2010 yang sudah dicabut.',
      },
      {
        id: 'd',
        text: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.',
        feedback: 'Benar. Ini jenis terakhir hukuman disiplin berat dalam Pasal 8 ayat (4).',
      },
    ],
    answer: 'd',
    explanation:
      'PP 94/2021 Pasal 8 ayat (4) menyebut tiga jenis hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, dan pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS. Pemberhentian tidak dengan hormat (PTDH) tidak ada dalam PP ini; PTDH bagi PNS yang menjadi anggota atau pengurus partai politik bersumber dari UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4).',
  },
  {
    id: 'g-karier-13',
    area: 'karier',
    type: 'truefalse',
    difficulty: 2,
    cites: ['uu-20-2023/penjelasan-pasal-2-huruf-f', 'uu-5-2014/penjelasan-pasal-2-huruf-f'],
    stem:
      'Pernyataan: Penjelasan asas netralitas dalam UU 20/2023 berbunyi bahwa setiap Pegawai ASN "tidak memihak kepada kepentingan siapapun".',
    answer: false,
    explanation:
      'Salah. Rumusan "tidak memihak kepada kepentingan siapapun" berasal dari UU 5/2014 yang sudah dicabut. Penjelasan Pasal 2 huruf f UU 20/2023 berbunyi: setiap Pegawai ASN "tidak berpihak dari segala bentuk pengaruh manapun dan tidak memihak kepada kepentingan lain di luar kepentingan bangsa dan negara."',
  },
  {
    id: 'g-karier-14',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    cites: ['uu-20-2023/pasal-9-ayat-2'],
    stem: 'Menurut Pasal 9 ayat (2) UU 20/2023, Pegawai ASN harus…',
    options: [
      {
        id: 'a',
        text: 'bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
        feedback: 'Benar. Ini bunyi Pasal 9 ayat (2).',
      },
      {
        id: 'b',
        text: 'mendukung program partai politik yang memenangkan Pemilu.',
        feedback: 'Tidak tepat. ASN melayani pemerintahan yang sah, bukan partai politik.',
      },
      {
        id: 'c',
        text: 'bebas dari pengaruh partai politik hanya selama masa kampanye.',
        feedback: 'Tidak tepat. Pasal 9 ayat (2) tidak dibatasi waktu.',
      },
      {
        id: 'd',
        text: 'memberitahukan pilihan politiknya kepada atasan agar tidak terjadi konflik kepentingan.',
        feedback: 'Tidak tepat. Tidak ada kewajiban semacam itu; yang diwajibkan adalah bebas dari pengaruh dan intervensi politik.',
      },
    ],
    answer: 'a',
    explanation:
      'Pasal 9 ayat (2) UU 20/2023 menyatakan: "Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik." Ketentuan ini tidak dibatasi pada masa kampanye.',
  },
  {
    id: 'g-karier-15',
    area: 'karier',
    type: 'multiple',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-6', 'uu-20-2023/pasal-9-ayat-2', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem:
      'Pak Rudi, PNS pelaksana, diberi tahu atasannya, "Kalau kamu tidak ikut menggerakkan warga untuk calon kita, jabatanmu tahun depan bisa dievaluasi." Pilih semua sikap yang sesuai dengan aturan netralitas.',
    options: [
      {
        id: 'a',
        text: 'Tetap menolak ikut menggerakkan dukungan untuk calon mana pun.',
        feedback: 'Benar. Kewajiban menjaga netralitas tetap berlaku walaupun ada tekanan dari atasan.',
      },
      {
        id: 'b',
        text: 'Ikut membantu secara diam-diam agar kariernya aman, asalkan tidak memakai seragam.',
        feedback: 'Tidak tepat. Menggerakkan dukungan tetap melanggar, dengan atau tanpa seragam.',
      },
      {
        id: 'c',
        text: 'Menyadari bahwa ajakan atasan kepada PNS di unit kerjanya untuk mendukung calon juga merupakan pelanggaran.',
        feedback: 'Benar. Ajakan kepada PNS dalam lingkungan unit kerja termasuk larangan Pasal 5 huruf n angka 6 PP 94/2021.',
      },
      {
        id: 'd',
        text: 'Menganggap perintah atasan sebagai perintah dinas yang harus dipatuhi.',
        feedback: 'Tidak tepat. Ajakan memihak calon bukan tugas kedinasan; ASN harus bebas dari intervensi politik.',
      },
    ],
    answer: ['a', 'c'],
    explanation:
      'Setiap Pegawai ASN wajib menjaga netralitas (UU 20/2023 Pasal 24 ayat (1) huruf d) dan harus bebas dari pengaruh dan intervensi semua golongan dan partai politik (Pasal 9 ayat (2)). Ajakan atau seruan atasan kepada PNS di unit kerjanya untuk berpihak kepada calon termasuk kegiatan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6. Tekanan atasan tidak menjadikan keberpihakan itu sah.',
  },
  {
    id: 'g-karier-16',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-43'],
    stem:
      'Andi masih berstatus CPNS di sebuah Kantor Kementerian Agama. Ia mengira larangan dalam PP 94/2021 baru mengikatnya setelah diangkat menjadi PNS. Menurut PP 94/2021…',
    options: [
      {
        id: 'a',
        text: 'Andi benar; CPNS belum tunduk pada aturan disiplin PNS.',
        feedback: 'Tidak tepat. PP 94/2021 menyatakan dirinya berlaku juga bagi CPNS.',
      },
      {
        id: 'b',
        text: 'Larangan netralitas bagi CPNS baru berlaku setelah ia lulus pelatihan dasar.',
        feedback: 'Tidak tepat. Tidak ada syarat semacam itu dalam PP 94/2021.',
      },
      {
        id: 'c',
        text: 'CPNS hanya terikat kode etik, sehingga sanksinya paling berat sanksi moral.',
        feedback: 'Tidak tepat. Aturan disiplin PP 94/2021 juga berlaku bagi CPNS.',
      },
      {
        id: 'd',
        text: 'PP 94/2021 berlaku secara mutatis mutandis bagi CPNS.',
        feedback: 'Benar. Ini ketentuan Pasal 43 PP 94/2021.',
      },
    ],
    answer: 'd',
    explanation:
      'PP 94/2021 Pasal 43 menyatakan bahwa ketentuan PP ini berlaku secara mutatis mutandis bagi CPNS. Larangan memberikan dukungan kepada calon dalam Pasal 5 huruf n, beserta hukumannya, juga berlaku bagi Andi.',
  },
] satisfies QuestionInput[];
