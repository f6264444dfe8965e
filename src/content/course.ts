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

const person = z.object({
  /** Full name with titles, as it must appear on the certificate. */
  name: z.string().min(1),
  /** NIP of the signatory (printed under the name); empty when not applicable. */
  nip: z.string().default(''),
  /** Position, e.g. "Kepala Biro Kepegawaian". */
  title: z.string().min(1),
});

export const courseSchema = z.object({
  /** Course title shown on the site, in the exam and on the certificate. */
  title: z.string().min(1),
  /** Course version; printed on certificates so a verifier knows which content was tested. */
  version: z.string().min(1),
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
  /** The issuing organisation printed on certificates. */
  issuer: z.object({
    /** Name of the issuing organisation. */
    name: z.string().min(1),
    /** City printed before the date of the certificate ("Jakarta, 22 November 2026"). */
    city: z.string().min(1),
  }),
  /** Who signs the certificates. */
  signatory: person,
});

export type Course = z.infer<typeof courseSchema>;

export const course: Course = courseSchema.parse({
  title: 'Netralitas ASN dalam Pemilu dan Pilkada',
  version: '1.0.0',
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
  issuer: { name: 'Netral — Pelatihan Netralitas ASN', city: 'Jakarta' },
  signatory: { name: 'Penanggung Jawab Pelatihan', nip: '', title: 'Penyelenggara Pelatihan' },
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
