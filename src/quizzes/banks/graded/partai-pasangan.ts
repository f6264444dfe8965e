/** Graded bank, area "partai": an ASN whose husband or wife is a candidate (SE MenPAN-RB 18/2023). */
import type { QuestionInput } from '../types.ts';

export default [
  {
    id: 'g-partai-18',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-boleh'],
    stem:
      'Bu Nurul, PNS guru di sebuah madrasah aliyah negeri, mendampingi suaminya saat mendaftar sebagai calon anggota DPRD di kantor KPU kabupaten. Ia berpakaian biasa, tanpa atribut apa pun, dan tidak berbicara kepada wartawan. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. SE MenPAN-RB Nomor 18 Tahun 2023 membolehkan ASN yang suami atau istrinya menjadi calon mendampingi pasangannya saat pendaftaran di KPU. Bu Nurul tetap netral karena tidak memakai atribut dan tidak berkampanye.',
  },
  {
    id: 'g-partai-19',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-dilarang', 'skb-2022/lampiran-ii-disiplin-butir-6'],
    stem:
      'Suami Bu Nurul (PNS guru madrasah) menjadi calon anggota DPRD. Bu Nurul meneruskan poster kampanye suaminya ke grup WhatsApp keluarga besar dengan pesan, "Mohon doa dan dukungannya, ya." Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. SE MenPAN-RB Nomor 18 Tahun 2023 melarang ASN yang pasangannya menjadi calon berkampanye di media sosial, termasuk membuat posting dan membagikan konten kampanye. Menurut daftar disiplin SKB 2022, posting dan share untuk calon diancam hukuman disiplin berat. Status sebagai istri calon tidak menghapus kewajiban netralitasnya.',
  },
  {
    id: 'g-partai-20',
    area: 'partai',
    type: 'judgement',
    difficulty: 1,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-dilarang'],
    stem:
      'Pak Hamdan, PNS penyuluh agama, diminta panitia memberi sambutan singkat di panggung kampanye istrinya yang maju sebagai calon anggota DPD. Ia naik panggung dan memperkenalkan program istrinya. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. SE MenPAN-RB Nomor 18 Tahun 2023 melarang ASN yang pasangannya menjadi calon berbicara atau berorasi dalam kegiatan kampanye. Ia boleh hadir tanpa peran aktif, tetapi memberi sambutan adalah peran aktif.',
  },
  {
    id: 'g-partai-21',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-boleh'],
    stem:
      'Pada acara pengenalan calon kepada publik, Bu Ani (PPPK di Kantor Kementerian Agama) berdiri di samping suaminya, seorang calon bupati, dan ikut difoto wartawan. Ia tidak mengacungkan jari atau membuat gerakan tangan apa pun. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. SE MenPAN-RB Nomor 18 Tahun 2023 membolehkan ASN mendampingi pasangannya pada pengenalan calon kepada publik dan tampil dalam foto bersamanya asalkan tanpa simbol keberpihakan, misalnya gerakan tangan. Bu Ani memenuhi syarat itu.',
  },
  {
    id: 'g-partai-22',
    area: 'partai',
    type: 'single',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-dilarang', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-2', 'pp-94-2021/pasal-13-huruf-g'],
    stem:
      'Istri Pak Karim (PNS, kepala seksi di Kantor Kementerian Agama) adalah calon anggota DPRD provinsi. Pak Karim datang ke rapat kampanye istrinya dengan memakai seragam dinas karena langsung dari kantor. Bagaimana menilai perbuatannya?',
    options: [
      { id: 'a', text: 'Boleh, karena ia hadir sebagai suami, bukan sebagai pegawai.' },
      { id: 'b', text: 'Tidak boleh, karena seragam dinas adalah atribut PNS, dan ASN pasangan calon dilarang memakai atribut instansi.' },
      { id: 'c', text: 'Boleh, asalkan ia tidak ikut berfoto.' },
      { id: 'd', text: 'Tidak boleh, karena ASN dilarang menghadiri kegiatan apa pun yang berkaitan dengan pasangannya.' },
    ],
    answer: 'b',
    explanation:
      'SE MenPAN-RB Nomor 18 Tahun 2023 melarang ASN pasangan calon memakai atribut instansi, partai, atau calon. Penjelasan Pasal 5 huruf n angka 2 PP 94/2021 menyebut seragam dinas sebagai atribut PNS, dan menjadi peserta kampanye dengan atribut PNS diancam hukuman disiplin sedang (Pasal 13 huruf g). Kehadiran tanpa peran aktif dan tanpa atribut sendiri tidak dilarang oleh surat edaran itu.',
  },
  {
    id: 'g-partai-23',
    area: 'partai',
    type: 'single',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-boleh', 'skb-2022/lampiran-ii-kode-etik-butir-7', 'uu-20-2023/pasal-53-ayat-1-huruf-c'],
    stem:
      'Bu Wati, PNS di sebuah KUA, ingin menemani suaminya, calon bupati, di banyak kegiatan selama masa kampanye. Langkah paling aman yang dapat ia tempuh adalah…',
    options: [
      { id: 'a', text: 'Mengajukan cuti di luar tanggungan negara (CLTN) selama ia mendampingi suaminya.' },
      { id: 'b', text: 'Cukup meminta izin lisan kepada kepala KUA setiap kali akan hadir.' },
      { id: 'c', text: 'Hadir dengan seragam Korpri agar jelas ia tidak mewakili partai.' },
      { id: 'd', text: 'Mengelola akun media sosial kampanye suaminya dari rumah agar tidak terlihat di lapangan.' },
    ],
    answer: 'a',
    explanation:
      'BKN menyatakan PNS dapat mengambil CLTN untuk mendampingi pasangannya, dan PNS yang menjalani CLTN diberhentikan sementara (UU 20/2023 Pasal 53 ayat (1) huruf c). Daftar kode etik SKB 2022 menggolongkan mengikuti deklarasi atau kampanye pasangan tanpa CLTN sebagai pelanggaran kode etik. Seragam Korpri adalah atribut PNS, dan mengelola akun kampanye adalah kampanye di media sosial yang dilarang SE MenPAN-RB 18/2023.',
  },
  {
    id: 'g-partai-24',
    area: 'partai',
    type: 'truefalse',
    difficulty: 1,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/asn-pasangan-calon', 'uu-20-2023/pasal-24-ayat-1-huruf-d'],
    stem: 'Pernyataan: ASN yang suami atau istrinya menjadi calon dibebaskan dari kewajiban netralitas selama masa kampanye.',
    answer: false,
    explanation:
      'Salah. Setiap Pegawai ASN wajib menjaga netralitas (UU 20/2023 Pasal 24 ayat (1) huruf d), dan SE MenPAN-RB Nomor 18 Tahun 2023 menegaskan kewajiban itu tetap berlaku bagi ASN yang pasangannya menjadi calon. Surat edaran itu hanya menjelaskan apa yang boleh dan tidak boleh mereka lakukan.',
  },
  {
    id: 'g-partai-25',
    area: 'partai',
    type: 'multiple',
    difficulty: 2,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-boleh', 'se-menpanrb-18-2023/yang-dilarang'],
    stem: 'Menurut SE MenPAN-RB Nomor 18 Tahun 2023, mana saja yang boleh dilakukan ASN yang pasangannya menjadi calon? Pilih semua yang benar.',
    options: [
      { id: 'a', text: 'Mendampingi pasangan saat pendaftaran di KPU.' },
      { id: 'b', text: 'Mendampingi pasangan pada pengenalan calon kepada publik.' },
      { id: 'c', text: 'Berorasi di panggung kampanye pasangannya.' },
      { id: 'd', text: 'Menyukai (like) unggahan kampanye pasangannya.' },
      { id: 'e', text: 'Tampil dalam foto bersama pasangan tanpa gerakan tangan yang menunjukkan keberpihakan.' },
    ],
    answer: ['a', 'b', 'e'],
    explanation:
      'SE MenPAN-RB Nomor 18 Tahun 2023 membolehkan mendampingi pasangan saat pendaftaran dan pengenalan calon, hadir tanpa peran aktif, dan berfoto tanpa simbol keberpihakan. Yang dilarang adalah memakai atribut, berkampanye di media sosial (posting, komentar, share, like), dan berbicara dalam kegiatan kampanye.',
  },
  {
    id: 'g-partai-26',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-dilarang', 'skb-2022/ruang-lingkup'],
    stem:
      'Pak Umar, PPPK penyuluh agama, istrinya calon anggota DPR. Setiap malam ia memberi "like" dan komentar "Mantap, Bunda!" pada unggahan kampanye istrinya di Facebook. Boleh atau tidak?',
    answer: 'tidak',
    explanation:
      'Tidak boleh. SE MenPAN-RB Nomor 18 Tahun 2023 melarang ASN yang pasangannya menjadi calon berkampanye di media sosial, termasuk menyukai dan mengomentari konten kampanye. Pak Umar adalah PPPK, dan pedoman netralitas SKB 2022 berlaku bagi PNS maupun PPPK.',
  },
  {
    id: 'g-partai-27',
    area: 'partai',
    type: 'single',
    difficulty: 3,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['pp-94-2021/pasal-5-huruf-n-angka-4', 'pp-94-2021/pasal-14-huruf-i', 'se-menpanrb-18-2023/yang-dilarang'],
    stem:
      'Bu Sarah, kepala KUA kecamatan, suaminya calon bupati. Pada hari Minggu ia memakai mobil dinas KUA untuk mengantar suaminya ke lokasi kampanye dan ikut duduk di barisan depan. Menurut PP 94/2021, yang paling berat dari perbuatannya adalah…',
    options: [
      { id: 'a', text: 'Menggunakan fasilitas negara sebagai peserta kampanye, yang diancam hukuman disiplin berat.' },
      { id: 'b', text: 'Tidak ada pelanggaran, karena hari Minggu bukan hari kerja.' },
      { id: 'c', text: 'Hanya pelanggaran kode etik, karena ia mengantar suaminya sendiri.' },
      { id: 'd', text: 'Hukuman ringan, karena mobil itu dikembalikan pada hari yang sama.' },
    ],
    answer: 'a',
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 4 melarang PNS menjadi peserta kampanye dengan menggunakan fasilitas negara, dan Pasal 14 huruf i menetapkan hukuman disiplin berat. Mobil dinas juga atribut instansi yang dilarang dipakai ASN pasangan calon menurut SE MenPAN-RB 18/2023. Hubungan suami-istri dan hari libur tidak mengubahnya.',
  },
  {
    id: 'g-partai-28',
    area: 'partai',
    type: 'judgement',
    difficulty: 2,
    isCase: true,
    tags: ['pembaruan-1.1'],
    cites: ['se-menpanrb-18-2023/yang-boleh'],
    stem:
      'Pak Rahman, PNS guru madrasah, menghadiri kampanye terbuka istrinya yang menjadi calon anggota DPRD. Ia duduk di antara hadirin, tidak memakai atribut, tidak berbicara, dan tidak mengunggah apa pun. Sebelumnya ia sudah menjalani cuti di luar tanggungan negara. Boleh atau tidak?',
    answer: 'boleh',
    explanation:
      'Boleh. SE MenPAN-RB Nomor 18 Tahun 2023 membolehkan ASN menghadiri kampanye pasangannya tanpa peran aktif, dan Pak Rahman tidak memakai atribut serta tidak berkampanye. Ia juga menjalani CLTN, yang menurut BKN dapat diambil PNS untuk mendampingi pasangannya; itulah jalan yang paling aman.',
  },
] satisfies QuestionInput[];
