/** Graded bank, area "karier": the disciplinary procedure (summons, examination, the superior's duty, several violations). */
import type { QuestionInput } from '../types.ts';

export default [
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
