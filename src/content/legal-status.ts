/**
 * The dated legal status box ("Status hukum per …"): what changed in the law since course 1.0 and
 * what is still pending. Shown on the home page and in module 2 (<LegalStatusBox />). Every item
 * cites the articles that carry it; check:content requires a module that shows the box to list
 * them in its frontmatter `cites`, like any other citation. Each sentence follows the fact sheet
 * (reference/legal-facts.md §9); update the date whenever an item changes.
 */
import { z } from 'zod';
import { ARTICLE_REF } from './schemas.ts';

const statusItem = z.object({
  /** One or two plain sentences, in Indonesian, saying what the law is now and what to do. */
  text: z.string().min(1),
  /** Articles that carry the item (ids in src/content/regulations). */
  cites: z.array(z.string().regex(ARTICLE_REF)).min(1),
});

export const legalStatusSchema = z.object({
  /** The date the status was checked (ISO yyyy-mm-dd); shown as "Status hukum per 1 Desember 2026". */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What changed since the previous course version. */
  changed: z.array(statusItem).min(1),
  /** What is still pending: instruments or bodies the law promises but that are not there yet. */
  pending: z.array(statusItem).min(1),
});

export type LegalStatus = z.infer<typeof legalStatusSchema>;

export const legalStatus: LegalStatus = legalStatusSchema.parse({
  asOf: '2026-12-01',
  changed: [
    {
      text: 'Pasal 188 UU Pilkada kini juga menyebut pejabat daerah dan anggota TNI/Polri. Ancaman pidananya tetap, dan bagi pejabat ASN isinya tidak berubah.',
      cites: ['putusan-mk-136-puu-xxii-2024/amar-putusan', 'uu-1-2015/pasal-188'],
    },
    {
      text: 'Mulai 2029 pemilu nasional (DPR, DPD, Presiden) dan pemilu lokal (DPRD, kepala daerah) dipisah. Kewajiban netralitas ASN tetap sama di keduanya.',
      cites: ['putusan-mk-135-puu-xxii-2024/amar-putusan'],
    },
    {
      text: 'ASN yang ingin menjadi calon anggota DPR, DPRD, atau DPD menyerahkan surat pengunduran diri yang tidak dapat ditarik kembali saat pendaftaran, lebih awal daripada "sejak ditetapkan sebagai calon".',
      cites: ['uu-7-2017/pasal-240-ayat-1-huruf-k', 'uu-7-2017/pasal-182-huruf-k', 'pkpu-10-2023/pasal-14'],
    },
    {
      text: 'Dalam Pemilu, keputusan yang menguntungkan atau merugikan peserta Pemilu dilarang bagi pejabat struktural dan fungsional; bagi ASN pelanggarannya ditindak sebagai disiplin berat, sedangkan dalam Pilkada pejabat ASN diancam pidana.',
      cites: ['uu-7-2017/pasal-282', 'uu-7-2017/pasal-490', 'pp-94-2021/pasal-14-huruf-i'],
    },
  ],
  pending: [
    {
      text: 'Lembaga independen pengawas netralitas dan sistem merit harus dibentuk paling lambat 16 Oktober 2027. Sampai saat itu, pengaduan netralitas ditangani BKN.',
      cites: ['putusan-mk-121-puu-xxii-2024/amar-putusan'],
    },
    {
      text: 'PP Manajemen ASN pelaksana UU 20/2023 masih ditunggu; sampai berlaku, PP 11/2017 dan PP 49/2018 tetap dipakai.',
      cites: ['uu-20-2023/pasal-75'],
    },
    {
      text: 'PP tentang Gaji dan Tunjangan masih ditunggu. PP itulah yang memberlakukan pemotongan tunjangan kinerja 25% sebagai hukuman disiplin sedang.',
      cites: ['pp-94-2021/pasal-42'],
    },
    {
      text: 'UU Pemilu dan UU Pilkada akan direvisi untuk melaksanakan pemisahan pemilu mulai 2029, sehingga nomor pasal dapat berubah.',
      cites: ['putusan-mk-135-puu-xxii-2024/amar-putusan'],
    },
  ],
});

/** Every article the box cites, for check:content (like SANCTIONS_TABLE_CITES). */
export const LEGAL_STATUS_CITES: readonly string[] = [
  ...new Set([...legalStatus.changed, ...legalStatus.pending].flatMap((i) => i.cites)),
];
