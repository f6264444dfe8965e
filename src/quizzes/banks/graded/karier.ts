/** Graded bank, area "karier": neutrality duties, candidacy, discipline procedure and sanctions. */
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
    id: 'g-karier-08',
    area: 'karier',
    type: 'ordering',
    difficulty: 2,
    cites: ['pp-94-2021/pasal-26', 'pp-94-2021/pasal-27', 'pp-94-2021/pasal-37-ayat-3', 'pp-94-2021/pasal-38'],
    stem: 'Urutkan langkah penanganan dugaan pelanggaran disiplin PNS menurut PP 94/2021, dari yang pertama sampai yang terakhir.',
    items: [
      { id: 'panggil', text: 'Atasan langsung memanggil PNS yang diduga melanggar secara tertulis.' },
      { id: 'periksa', text: 'PNS diperiksa secara tertutup dan hasilnya dituangkan dalam berita acara pemeriksaan.' },
      { id: 'keputusan', text: 'Keputusan hukuman disiplin disampaikan kepada PNS yang bersangkutan.' },
      { id: 'berlaku', text: 'Keputusan hukuman disiplin mulai berlaku pada hari ke-15 setelah diterima, jika tidak diajukan upaya administratif.' },
    ],
    explanation:
      'PP 94/2021 Pasal 26 mewajibkan atasan langsung memanggil PNS yang diduga melanggar secara tertulis. Pasal 27 mengatur pemeriksaan secara tertutup dan pencatatannya dalam berita acara pemeriksaan. Pasal 37 ayat (3) mengatur penyampaian keputusan hukuman disiplin, dan Pasal 38 menetapkan bahwa keputusan itu berlaku pada hari ke-15 setelah diterima, kecuali diajukan upaya administratif.',
  },
  {
    id: 'g-karier-09',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-26', 'pp-94-2021/pasal-27', 'pp-94-2021/pasal-28'],
    stem:
      'Pak Anton, kepala subbagian tata usaha, menerima tangkapan layar yang menunjukkan seorang stafnya (PNS) menyebarkan materi kampanye calon anggota DPR di grup percakapan. Ia memutuskan tidak berbuat apa-apa sampai ada pengaduan resmi dari masyarakat. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Menurut PP 94/2021 Pasal 26 dan 27, atasan langsung wajib memanggil secara tertulis dan memeriksa PNS yang diduga melakukan pelanggaran disiplin, tanpa menunggu pengaduan. Pasal 28 menegaskan bahwa atasan langsung yang tidak memanggil, tidak memeriksa, atau tidak melaporkan dugaan pelanggaran itu justru dijatuhi hukuman disiplin yang lebih berat setelah diperiksa.',
  },
  {
    id: 'g-karier-10',
    area: 'karier',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-24'],
    stem:
      'Seorang kepala kantor berwenang menghukum bawahannya yang terbukti melanggar larangan Pasal 5 huruf n PP 94/2021. Karena "sudah lama bersahabat", ia sengaja tidak menjatuhkan hukuman apa pun. Apa akibatnya menurut PP 94/2021?',
    options: [
      {
        id: 'a',
        text: 'Tidak ada akibat, karena penjatuhan hukuman disiplin adalah diskresi penuh pejabat yang berwenang.',
        feedback: 'Tidak tepat. PP 94/2021 mewajibkan pejabat yang berwenang menjatuhkan hukuman.',
      },
      {
        id: 'b',
        text: 'Pejabat itu sendiri dijatuhi hukuman disiplin oleh atasannya.',
        feedback: 'Benar. Pasal 24 mengatur bahwa pejabat yang tidak menjatuhkan hukuman disiplin dijatuhi hukuman oleh atasannya.',
      },
      {
        id: 'c',
        text: 'Bawahannya otomatis diberhentikan dengan hormat tidak atas permintaan sendiri.',
        feedback: 'Tidak tepat. Tidak ada hukuman yang jatuh otomatis; hukuman dijatuhkan melalui pemeriksaan.',
      },
      {
        id: 'd',
        text: 'Kasusnya gugur karena sudah lewat masa kampanye.',
        feedback: 'Tidak tepat. PP 94/2021 tidak mengenal gugurnya kewajiban menghukum karena masa kampanye berakhir.',
      },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 24 mewajibkan pejabat yang berwenang menghukum menjatuhkan hukuman disiplin kepada PNS yang melanggar. Pejabat yang tidak melakukannya dijatuhi hukuman disiplin oleh atasannya, dan pejabat yang menjatuhkan hukuman yang tidak sesuai dengan pelanggarannya dijatuhi hukuman yang lebih berat.',
  },
  {
    id: 'g-karier-11',
    area: 'karier',
    type: 'matching',
    difficulty: 2,
    cites: [
      'pp-94-2021/pasal-13-huruf-g',
      'pp-94-2021/pasal-14-huruf-i',
      'uu-20-2023/pasal-52-ayat-4',
      'pp-42-2004/pasal-15',
    ],
    stem: 'Pasangkan setiap perbuatan PNS dengan akibat yang ditetapkan peraturannya.',
    pairs: [
      {
        id: 'seragam',
        left: 'Menjadi peserta kampanye dengan memakai seragam dinas',
        right: 'Hukuman disiplin sedang (PP 94/2021 Pasal 13 huruf g)',
      },
      {
        id: 'ktp',
        left: 'Memberikan surat dukungan disertai fotokopi KTP kepada calon',
        right: 'Hukuman disiplin berat (PP 94/2021 Pasal 14 huruf i)',
      },
      {
        id: 'partai',
        left: 'Menjadi anggota partai politik',
        right: 'Pemberhentian tidak dengan hormat (UU 20/2023 Pasal 52)',
      },
      {
        id: 'etik',
        left: 'Melanggar kode etik PNS',
        right: 'Sanksi moral berupa pernyataan secara tertutup atau terbuka (PP 42/2004 Pasal 15)',
      },
    ],
    explanation:
      'PP 94/2021 Pasal 13 huruf g menetapkan hukuman disiplin sedang untuk PNS yang menjadi peserta kampanye dengan atribut partai atau atribut PNS (Pasal 5 huruf n angka 2); seragam dinas termasuk atribut PNS. Pasal 14 huruf i menetapkan hukuman disiplin berat antara lain untuk pemberian surat dukungan disertai fotokopi KTP (angka 7). Keanggotaan partai politik berujung pemberhentian tidak dengan hormat berdasarkan UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4). Pelanggaran kode etik dikenai sanksi moral menurut PP 42/2004 Pasal 15.',
  },
  {
    id: 'g-karier-12',
    area: 'karier',
    type: 'single',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-35', 'pp-94-2021/pasal-13-huruf-g', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Dalam satu pemeriksaan, Pak Dedi (PNS) terbukti melakukan dua pelanggaran: ia datang ke kampanye memakai kaus partai (hukuman disiplin sedang) dan ia mengerahkan lima staf PNS di seksinya untuk ikut kampanye itu (hukuman disiplin berat). Bagaimana hukumannya dijatuhkan menurut PP 94/2021?',
    options: [
      {
        id: 'a',
        text: 'Dua hukuman dijatuhkan sekaligus, satu sedang dan satu berat.',
        feedback: 'Tidak tepat. Untuk beberapa pelanggaran hanya dijatuhkan satu hukuman.',
      },
      {
        id: 'b',
        text: 'Hanya satu hukuman, yaitu yang paling berat.',
        feedback: 'Benar. Inilah aturan Pasal 35 PP 94/2021.',
      },
      {
        id: 'c',
        text: 'Hanya satu hukuman, yaitu yang paling ringan, karena ini pelanggaran pertamanya.',
        feedback: 'Tidak tepat. Yang dipilih adalah hukuman yang paling berat.',
      },
      {
        id: 'd',
        text: 'Hukuman sedang dijatuhkan dulu; hukuman berat menunggu pelanggaran berikutnya.',
        feedback: 'Tidak tepat. PP 94/2021 tidak mengenal penundaan semacam itu.',
      },
    ],
    answer: 'b',
    explanation:
      'PP 94/2021 Pasal 35 mengatur bahwa PNS yang melakukan beberapa pelanggaran disiplin hanya dijatuhi satu hukuman disiplin, yaitu yang paling berat; pelanggaran yang diulang dijatuhi hukuman yang lebih berat; dan satu pelanggaran tidak dihukum dua kali. Memakai atribut partai saat kampanye diancam hukuman sedang (Pasal 13 huruf g), sedangkan mengerahkan PNS lain diancam hukuman berat (Pasal 14 huruf i), sehingga yang dijatuhkan adalah satu hukuman disiplin berat.',
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
  {
    id: 'g-karier-17',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    cites: ['pp-94-2021/pasal-27'],
    stem:
      'Seorang staf PNS yang bertugas di KUA terpencil diduga menjadi peserta kampanye dengan memakai seragam dinas. Atasan langsungnya, Pak Burhan, memeriksanya melalui rapat video dalam sesi tertutup, lalu menuangkan hasilnya dalam berita acara pemeriksaan. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. PP 94/2021 Pasal 27 mewajibkan atasan langsung memeriksa PNS yang diduga melanggar disiplin secara tertutup, baik tatap muka maupun secara virtual, dan menuangkan hasilnya dalam berita acara pemeriksaan. Pemeriksaan Pak Burhan memenuhi ketentuan itu.',
  },
  {
    id: 'g-karier-18',
    area: 'karier',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    cites: ['pp-94-2021/pasal-26'],
    stem:
      'Bu Rosa (PNS) diduga memberikan surat dukungan disertai fotokopi KTP kepada seorang calon. Ia tidak hadir pada panggilan tertulis pertama, dan tetap tidak hadir pada panggilan kedua yang dikirim dalam 7 hari kerja berikutnya. Hukuman disiplin lalu dijatuhkan berdasarkan alat bukti yang ada, tanpa pemeriksaan. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. PP 94/2021 Pasal 26 mengatur bahwa jika PNS tidak hadir pada panggilan pertama, dilakukan panggilan kedua paling lama 7 hari kerja kemudian; jika ia tetap tidak hadir, hukuman disiplin dijatuhkan berdasarkan alat bukti yang ada tanpa pemeriksaan. Menghindari panggilan tidak menunda hukuman.',
  },
] satisfies QuestionInput[];
