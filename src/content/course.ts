/**
 * The course configuration: the one typed place for every course rule.
 * Components, the quiz engine and the server read these values; nothing else hard-codes them.
 * Values are validated at import time, so a typo fails the build instead of a learner.
 */
import { z } from 'zod';

/** The four mastery areas, after how Kemenag frames the measurement of neutrality (seed 004). */
export const AREA_IDS = ['karier', 'partai', 'kampanye', 'pelayanan'] as const;
export type AreaId = (typeof AREA_IDS)[number];

const predikatBand = z.object({
  /** Lowest score (percent, inclusive) that earns this predikat. */
  min: z.number().min(0).max(100),
  /** The predikat printed on the certificate, e.g. "Baik". */
  label: z.string().min(1),
});

const reviewOptions = z.object({
  /** The total score, pass/fail and predikat. */
  score: z.boolean(),
  /** Mastery per area. */
  areas: z.boolean(),
  /** For each question, whether it was right. */
  correctness: z.boolean(),
  /** The learner's own answers. */
  responses: z.boolean(),
  /** The correct options. */
  rightAnswer: z.boolean(),
  /** The explanation of each question and its options' feedback (shown only with rightAnswer). */
  explanation: z.boolean(),
  /** The articles that decide each question. */
  cites: z.boolean(),
});

const SEMVER = /^\d+\.\d+\.\d+$/;

/** One entry of the course changelog: a released version of the content. */
const courseVersionSchema = z.object({
  /** Semantic version: major.minor.patch (a patch fixes wording; a minor adds or changes law taught). */
  version: z.string().regex(SEMVER),
  /** Release date, yyyy-mm-dd. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** One sentence, in Indonesian, on what the version is. */
  summary: z.string().min(1),
  /** What changed since the previous version, each with the articles behind it and where it is taught. */
  changes: z
    .array(
      z.object({
        /** What changed, in Indonesian, for the learner. */
        text: z.string().min(1),
        /** Article ids (src/content/regulations) of the change. */
        cites: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).min(1),
        /** The lesson sections that teach it: module id and the `##` heading, exactly as written. */
        sections: z.array(z.object({ module: z.string().regex(/^\d{2}-[a-z0-9-]+$/), heading: z.string().min(1) })).min(1),
      }),
    )
    .default([]),
  /**
   * Holders of a certificate of any older version must update: HR sees them per unit, and they get
   * the short update path (the changed sections and the update quiz). Set it when the law taught
   * changed in a way a certified learner must know.
   */
  requiresUpdate: z.boolean().default(false),
  /**
   * Until when (yyyy-mm-dd, inclusive, in WIB) a certificate of THIS version stays valid once a later
   * version requires an update; null = it stays valid. After the date it verifies as expired.
   */
  validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /** The short update quiz that brings a holder of an older version to this one (when requiresUpdate). */
  updateQuiz: z
    .object({
      /** Graded questions carrying any of these tags form the quiz (the bank tags them). */
      tags: z.array(z.string().min(1)).min(1),
      /** Questions drawn, spread over the mastery areas as evenly as the tagged questions allow. */
      items: z.number().int().positive(),
    })
    .optional(),
});
export type CourseVersion = z.infer<typeof courseVersionSchema>;

export const courseSchema = z.object({
  /** Course title shown on the site, in the exam and on the certificate. */
  title: z.string().min(1),
  /** Course version; printed on certificates so a verifier knows which content was tested. Must be the newest of `versions`. */
  version: z.string().regex(SEMVER),
  /** The changelog: every released version, oldest first. */
  versions: z.array(courseVersionSchema).min(1),
  /** Minutes of learning per JP. 45 is a common convention, not a confirmed official rule. */
  minutesPerJp: z.number().int().positive(),
  /**
   * Rates that turn the content into time (src/lib/lesson-length.ts): the course's minutes and JP
   * are computed from the lessons' words, the knowledge-check items and the exam, never typed in.
   */
  length: z.object({
    /** Words a learner reads per minute, carefully (legal text, on a phone). */
    wordsPerMinute: z.number().positive(),
    /** Minutes per knowledge-check item (read, answer, read the feedback). */
    minutesPerCheckItem: z.number().positive(),
    /** Minutes per final-exam item. */
    minutesPerExamItem: z.number().positive(),
  }),
  /** Items shown in each module's knowledge check (the first ones of its practice bank). */
  checkItemsPerModule: z.number().int().positive(),
  /** Final-exam pass mark, percent (a score equal to it passes). */
  passMark: z.number().min(0).max(100),
  /** Predikat bands, highest first; the first band whose min the score reaches applies. */
  predikat: z.array(predikatBand).min(1),
  /** Attempts allowed at the final exam; 0 means unlimited. */
  attemptLimit: z.number().int().min(0),
  /** Optional time limit for the final exam, in minutes; 0 means none. */
  examTimeLimitMinutes: z.number().int().min(0),
  /** Questions drawn per mastery area for the final exam. */
  examItemsPerArea: z.number().int().positive(),
  /** Whether learners are offered the pre-test. */
  preTestEnabled: z.boolean(),
  /** Questions per area in the pre-test. */
  preTestItemsPerArea: z.number().int().positive(),
  /** Whether a module counts as finished only after its knowledge check is passed. */
  requireCheckToFinishModule: z.boolean(),
  /** Share of a knowledge check that must be right (percent) to pass it. */
  checkPassMark: z.number().min(0).max(100),
  /** The mastery areas, with their Indonesian labels, in display order. */
  areas: z
    .array(z.object({ id: z.enum(AREA_IDS), label: z.string().min(1), short: z.string().min(1) }))
    .length(AREA_IDS.length),
  /**
   * What a learner sees after submitting, like Moodle's review options: one set of options per
   * state (see src/quizzes/engine/policy.ts). `finalOpen` = failed with attempts left;
   * `finalClosed` = passed, or no attempt left.
   */
  review: z.object({ pre: reviewOptions, finalOpen: reviewOptions, finalClosed: reviewOptions }),
  /** Whether the final exam opens only once every module is finished (as recorded on the server). */
  requireModulesBeforeFinal: z.boolean(),
  /** Who a learner turns to after the last failed attempt (or for a forgotten password). */
  contact: z.string().min(1),
})
  .superRefine((c, ctx) => {
    const last = c.versions[c.versions.length - 1];
    if (last.version !== c.version) ctx.addIssue({ code: 'custom', path: ['version'], message: `version ${c.version} is not the newest changelog entry (${last.version})` });
    for (const v of c.versions) {
      if (v.requiresUpdate && !v.updateQuiz) ctx.addIssue({ code: 'custom', path: ['versions'], message: `${v.version} requires an update but has no updateQuiz` });
    }
  });

export type Course = z.infer<typeof courseSchema>;

export const course: Course = courseSchema.parse({
  title: 'Netralitas ASN dalam Pemilu dan Pilkada',
  version: '1.1.0',
  versions: [
    {
      version: '1.0.0',
      date: '2026-11-22',
      summary: 'Versi pertama pelatihan.',
      // Certificates of 1.0.0 stay valid until mid-2027, long enough for everyone to take the update.
      validUntil: '2027-06-30',
    },
    {
      version: '1.1.0',
      date: '2026-12-01',
      summary: 'Hukum per 1 Desember 2026: pencalonan, pidana Pilkada setelah Putusan MK, tempat kampanye, petugas ad hoc, dan ASN yang pasangannya menjadi calon.',
      requiresUpdate: true,
      updateQuiz: { tags: ['pembaruan-1.1'], items: 8 },
      changes: [
        {
          text: 'Pasal pidana Pilkada (Pasal 188) kini juga menyebut pejabat daerah dan anggota TNI/Polri (Putusan MK 136/PUU-XXII/2024); bagi pejabat ASN ancamannya tetap.',
          cites: ['putusan-mk-136-puu-xxii-2024/amar-putusan', 'uu-1-2015/pasal-188'],
          sections: [{ module: '02-dasar-hukum', heading: 'UU Pemilu dan UU Pilkada: kapan menjadi pidana?' }],
        },
        {
          text: 'Calon anggota DPR, DPRD, dan DPD menyerahkan surat pengunduran diri yang tidak dapat ditarik kembali saat pendaftaran, lebih awal daripada "sejak ditetapkan sebagai calon".',
          cites: ['uu-7-2017/pasal-240-ayat-1-huruf-k', 'uu-7-2017/pasal-182-huruf-k', 'pkpu-10-2023/pasal-14'],
          sections: [{ module: '02-dasar-hukum', heading: 'Mencalonkan diri: kapan harus mundur?' }],
        },
        {
          text: 'Keputusan yang menguntungkan peserta Pemilu (Pasal 282 UU Pemilu) tidak dipidana bagi ASN, tetapi berhukuman disiplin berat; mulai 2029 pemilu nasional dan lokal dipisah.',
          cites: ['uu-7-2017/pasal-282', 'uu-7-2017/pasal-490', 'putusan-mk-135-puu-xxii-2024/amar-putusan'],
          sections: [
            { module: '02-dasar-hukum', heading: 'UU Pemilu dan UU Pilkada: kapan menjadi pidana?' },
            { module: '02-dasar-hukum', heading: 'Mulai 2029: pemilu nasional dan lokal dipisah' },
          ],
        },
        {
          text: 'Tempat ibadah tidak boleh dipakai untuk kampanye; madrasah dan sekolah tetap terlarang dalam Pilkada. Ceramah, pengajian, relawan, dan pembagian barang.',
          cites: ['uu-7-2017/pasal-280-ayat-1-huruf-h', 'uu-1-2015/pasal-69-huruf-i', 'putusan-mk-69-puu-xxii-2024/amar-putusan', 'se-menag-9-2023/pedoman-ceramah'],
          sections: [
            { module: '03-kegiatan-dilarang', heading: 'Masjid, madrasah, dan sekolah bukan tempat kampanye' },
            { module: '03-kegiatan-dilarang', heading: 'Ceramah, khutbah, dan pengajian' },
            { module: '03-kegiatan-dilarang', heading: 'Relawan dan pemberian barang' },
          ],
        },
        {
          text: 'Daftar disiplin SKB 2022 dengan tingkatnya, termasuk yang belum seragam (mendekati partai tanpa CLTN: anggap berat).',
          cites: ['skb-2022/lampiran-ii-disiplin-butir-3', 'skb-2022/lampiran-ii-disiplin-butir-9'],
          sections: [{ module: '05-sanksi', heading: 'Daftar disiplin SKB 2022' }],
        },
        {
          text: 'ASN boleh menjadi petugas PPK, PPS, atau KPPS; ASN yang suami atau istrinya menjadi calon mengikuti SE MenPAN-RB 18/2023.',
          cites: ['uu-7-2017/pasal-72', 'uu-7-2017/pasal-117-ayat-1', 'se-menpanrb-18-2023/yang-boleh', 'se-menpanrb-18-2023/yang-dilarang'],
          sections: [
            { module: '07-studi-kasus-komitmen', heading: 'ASN sebagai petugas ad hoc pemilu' },
            { module: '07-studi-kasus-komitmen', heading: 'Suami atau istri Anda menjadi calon' },
          ],
        },
      ],
    },
  ],
  minutesPerJp: 45,
  length: { wordsPerMinute: 150, minutesPerCheckItem: 0.75, minutesPerExamItem: 1 },
  checkItemsPerModule: 4,
  passMark: 70,
  predikat: [
    { min: 90, label: 'Sangat Baik' },
    { min: 80, label: 'Baik' },
    { min: 70, label: 'Cukup' },
    { min: 0, label: 'Belum Lulus' },
  ],
  attemptLimit: 3,
  examTimeLimitMinutes: 0,
  examItemsPerArea: 5,
  preTestEnabled: true,
  preTestItemsPerArea: 3,
  requireCheckToFinishModule: true,
  checkPassMark: 60,
  areas: [
    { id: 'karier', label: 'Netralitas dalam karier ASN', short: 'Karier ASN' },
    { id: 'partai', label: 'Netralitas dalam hubungan dengan partai politik', short: 'Partai politik' },
    { id: 'kampanye', label: 'Netralitas dalam kegiatan kampanye', short: 'Kampanye' },
    { id: 'pelayanan', label: 'Netralitas dalam pelayanan publik', short: 'Pelayanan publik' },
  ],
  review: {
    // The pre-test measures the starting point: the score per area, nothing per question.
    pre: { score: true, areas: true, correctness: false, responses: false, rightAnswer: false, explanation: false, cites: false },
    // A failed attempt with tries left: what to reread, not the key to memorise.
    finalOpen: { score: true, areas: true, correctness: true, responses: false, rightAnswer: false, explanation: false, cites: true },
    // Passed or no attempt left: the full review.
    finalClosed: { score: true, areas: true, correctness: true, responses: true, rightAnswer: true, explanation: true, cites: true },
  },
  requireModulesBeforeFinal: true,
  contact: 'operator kepegawaian (admin SDM) di unit kerja Anda',
});

/** The predikat for a score, from the configured bands. */
export function predikatFor(score: number, bands = course.predikat): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1]).label;
}

/** JP for a number of minutes of learning, rounded to the nearest whole JP (at least 1). */
export function jpFor(minutes: number, minutesPerJp = course.minutesPerJp): number {
  return Math.max(1, Math.round(minutes / minutesPerJp));
}
