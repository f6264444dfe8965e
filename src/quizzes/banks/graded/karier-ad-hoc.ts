/** Graded bank, area "karier": an ASN serving as ad hoc election staff (PPK, PPS, KPPS, Panwascam, PTPS). */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-karier-28',
    area: 'karier',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-72', 'se-mendagri-900-1-9-9095-2022/izin-asn-badan-ad-hoc'],
    stem:
      'Bu Siti, PNS guru di sebuah madrasah ibtidaiyah negeri di desa terpencil, mendaftar sebagai anggota KPPS di desanya dengan surat izin dari kepala madrasah. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. Syarat anggota PPK, PPS, dan KPPS dalam UU 7/2017 Pasal 72 tidak melarang ASN, dan SE Mendagri 900.1.9/9095/SJ meminta kepala daerah memberi kesempatan kepada ASN untuk mendaftar, terutama di daerah 3T. Bu Siti juga sudah membawa izin atasannya, seperti yang diminta KPU. Menjadi petugas ad hoc bukan pelanggaran netralitas.',
  },
  {
    id: 'g-karier-29',
    area: 'karier',
    type: 'truefalse',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-72'],
    stem: 'Pernyataan: PNS yang menjadi anggota PPS pada Pemilu otomatis melanggar netralitas, karena ia ikut mengurus pemilu.',
    answer: false,
    explanation:
      'Salah. UU 7/2017 Pasal 72 tidak melarang ASN menjadi anggota PPK, PPS, atau KPPS. Menyelenggarakan pemilu secara jujur bukan keberpihakan; yang melanggar adalah memihak peserta pemilu ketika bertugas.',
  },
  {
    id: 'g-karier-30',
    area: 'karier',
    type: 'single',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-72'],
    stem:
      'Pak Ridwan, PPPK staf tata usaha di Kantor Kementerian Agama, ingin mendaftar sebagai anggota PPS di kelurahannya. Dokumen apa yang biasanya diminta KPU dari pendaftar yang berstatus ASN?',
    options: [
      { id: 'a', text: 'Surat keputusan pemberhentian sebagai ASN.' },
      { id: 'b', text: 'Surat izin dari atasannya.' },
      { id: 'c', text: 'Surat rekomendasi dari partai politik.' },
      { id: 'd', text: 'Surat keterangan cuti di luar tanggungan negara.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 72 tidak melarang ASN menjadi anggota PPS, dan KPU meminta ASN yang mendaftar melampirkan surat izin dari atasannya. Ia tidak perlu berhenti sebagai ASN, dan rekomendasi partai justru bertentangan dengan kemandirian penyelenggara.',
  },
  {
    id: 'g-karier-31',
    area: 'karier',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-72', 'pp-94-2021/pasal-5-huruf-n-angka-6', 'pp-94-2021/pasal-14-huruf-i'],
    stem:
      'Pak Dedi, PNS penghulu di KUA, bertugas sebagai anggota KPPS. Saat membantu pemilih lanjut usia mencari nama di daftar, ia berbisik, "Pilih nomor dua saja, Bu, orangnya baik." Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. Menjadi anggota KPPS dibolehkan (UU 7/2017 Pasal 72), tetapi berpihak saat bertugas adalah pelanggaran. Ajakan kepada masyarakat untuk memilih calon tertentu termasuk kegiatan yang mengarah kepada keberpihakan yang dilarang PP 94/2021 Pasal 5 huruf n angka 6, dan Pasal 14 huruf i mengancamnya dengan hukuman disiplin berat.',
  },
  {
    id: 'g-karier-32',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-117-ayat-1'],
    stem:
      'Menurut UU 7/2017 Pasal 117 ayat (1), salah satu syarat menjadi anggota Panwaslu Kecamatan, Panwaslu Kelurahan/Desa, dan Pengawas TPS adalah…',
    options: [
      { id: 'a', text: 'berstatus PNS paling sedikit 5 tahun.' },
      { id: 'b', text: 'bersedia tidak menduduki jabatan di pemerintahan dan bekerja penuh waktu.' },
      { id: 'c', text: 'mendapat rekomendasi dari kepala desa.' },
      { id: 'd', text: 'menjadi anggota organisasi kemasyarakatan yang berbadan hukum.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 117 ayat (1) mensyaratkan anggota pengawas ad hoc antara lain bersedia tidak menduduki jabatan di pemerintahan dan bekerja penuh waktu. Karena itu ASN yang ingin menjadi pengawas harus mengatur tugasnya; dalam praktik Bawaslu meminta ASN mengambil cuti atau memilih satu honorarium saja.',
  },
  {
    id: 'g-karier-33',
    area: 'karier',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['uu-7-2017/pasal-117-ayat-1'],
    stem:
      'Bu Rahma, PNS staf di Kantor Kementerian Agama, terpilih sebagai Pengawas TPS. Ia bertanya apa yang perlu ia atur agar sesuai aturan. Saran yang tepat adalah…',
    options: [
      { id: 'a', text: 'Tidak perlu mengatur apa pun; ia dapat menjalankan dua tugas sekaligus dan menerima dua honorarium.' },
      { id: 'b', text: 'Memenuhi syarat bekerja penuh waktu sebagai pengawas, misalnya dengan mengambil cuti, dan memilih satu honorarium saja.' },
      { id: 'c', text: 'Menolak, karena ASN dilarang menjadi pengawas pemilu.' },
      { id: 'd', text: 'Meminta izin kepada partai politik di wilayahnya.' },
    ],
    answer: 'b',
    explanation:
      'UU 7/2017 Pasal 117 ayat (1) mensyaratkan pengawas ad hoc bersedia tidak menduduki jabatan di pemerintahan dan bekerja penuh waktu. Bawaslu meminta ASN yang menjadi pengawas ad hoc mengambil cuti atau memilih satu honorarium saja. Menjadi pengawas tidak dilarang; yang penting tugas dan honorariumnya tidak rangkap.',
  },
  {
    id: 'g-karier-34',
    area: 'karier',
    type: 'multiple',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: [
      'uu-7-2017/pasal-72',
      'se-mendagri-900-1-9-9095-2022/izin-asn-badan-ad-hoc',
      'pp-94-2021/pasal-5-huruf-n-angka-5',
      'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2',
    ],
    stem: 'Pilih semua pernyataan yang benar tentang ASN yang menjadi anggota PPK, PPS, atau KPPS.',
    options: [
      { id: 'a', text: 'Syarat keanggotaan dalam UU 7/2017 Pasal 72 tidak melarang ASN.' },
      { id: 'b', text: 'Mendagri pernah meminta kepala daerah memberi kesempatan ASN mendaftar, terutama di daerah 3T.' },
      { id: 'c', text: 'Menjadi anggota KPPS dengan sendirinya merupakan pelanggaran netralitas.' },
      { id: 'd', text: 'Tindakan yang menguntungkan salah satu calon saat bertugas tetap dilarang.' },
      { id: 'e', text: 'Di TPS, anggota KPPS yang berstatus ASN boleh memakai kaus partai asalkan tidak berbicara.' },
    ],
    answer: ['a', 'b', 'd'],
    explanation:
      'UU 7/2017 Pasal 72 tidak melarang ASN menjadi anggota badan ad hoc, dan SE Mendagri 900.1.9/9095/SJ mendorong kepala daerah mengizinkannya, terutama di daerah 3T. Namun status petugas tidak menghapus larangan: tindakan yang menguntungkan atau merugikan calon tetap dilarang (PP 94/2021 Pasal 5 huruf n angka 5), dan kaus partai adalah atribut partai (Penjelasan Pasal 5 huruf n angka 2).',
  },
  {
    id: 'g-karier-35',
    area: 'karier',
    type: 'judgement',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-5', 'pp-94-2021/pasal-14-huruf-i', 'uu-7-2017/pasal-72'],
    stem:
      'Pak Imron, PNS di Kantor Kementerian Agama, menjadi anggota PPK. Saat rekapitulasi, ia sengaja tidak mencatat keberatan saksi dari salah satu calon agar hasil calon pilihannya aman. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. ASN boleh menjadi anggota PPK (UU 7/2017 Pasal 72), tetapi menghilangkan keberatan saksi demi calon tertentu adalah tindakan yang menguntungkan satu calon dan merugikan yang lain. PP 94/2021 Pasal 5 huruf n angka 5 melarangnya, dan Pasal 14 huruf i mengancamnya dengan hukuman disiplin berat.',
  },
] satisfies QuestionInput[];
