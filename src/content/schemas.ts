/**
 * Schemas of the content collections, kept apart from `content.config.ts` so that plain
 * scripts and tests (check:content) can validate the same files without Astro.
 */
import { z } from 'zod';
import { AREA_IDS } from './course.ts';

/** An article id is `<act id>/<article slug>`, e.g. `uu-20-2023/pasal-24-ayat-1-huruf-d`. */
export const ARTICLE_REF = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export const articleSchema = z.object({
  /** Slug of the label, unique within the act: "Pasal 24 ayat (1) huruf d" → `pasal-24-ayat-1-huruf-d`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The label as lawyers write it, e.g. "Pasal 5 huruf n angka 2" or "Penjelasan Pasal 2 huruf f". */
  label: z.string().min(1),
  /** The article's text: a short quotation, or a faithful summary (see `quote`). */
  text: z.string().min(1),
  /** True when `text` quotes the regulation word for word; false for a summary. */
  quote: z.boolean().default(false),
  /** Where the fact was confirmed: P = full text of the regulation, S = secondary sources. */
  confidence: z.enum(['P', 'S']),
  /**
   * What the learner must know with this article, in teaching voice (e.g. a provision not yet in
   * force, and what to do meanwhile). Shown wherever the article is cited, lessons included, so it
   * never talks about sources: that belongs in `sourceNote`.
   */
  caveat: z.string().optional(),
  /**
   * Strength of the source, shown as the "Sumber" note on the /peraturan pages only:
   * `resmi` = checked against the official text; `sekunder` = confirmed through secondary sources
   * (news, government pages) that quote or summarise it; `diperdebatkan` = sources conflict (the
   * lesson teaches the conflict with the safe reading); `belum-terverifikasi` = could not be
   * confirmed (UNVERIFIED in the fact sheet): a graded question must never cite such an article.
   * When absent it follows `confidence` (P → resmi, S → sekunder).
   */
  sourceStrength: z.enum(['resmi', 'sekunder', 'diperdebatkan', 'belum-terverifikasi']).optional(),
  /** The research note behind `sourceStrength` (which copy, which outlets, what stays open); /peraturan only. */
  sourceNote: z.string().optional(),
});

/** The source strength of an article, defaulting from its confidence tag. */
export function sourceStrengthOf(a: Pick<Article, 'confidence' | 'sourceStrength'>): NonNullable<Article['sourceStrength']> {
  return a.sourceStrength ?? (a.confidence === 'P' ? 'resmi' : 'sekunder');
}

export const regulationSchema = z.object({
  /** Short citation, e.g. "UU 20/2023" or "PP 94/2021". */
  short: z.string().min(1),
  /** Full official title, e.g. "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara". */
  title: z.string().min(1),
  /** Kind of instrument: undang-undang, peraturan pemerintah, surat keputusan bersama, … */
  kind: z.enum(['uu', 'pp', 'skb', 'perpres', 'peraturan-bkn', 'peraturan-kpu', 'se', 'putusan-mk', 'lembaga']),
  /** Date it was enacted/promulgated (ISO yyyy-mm-dd), only where the legal facts give one. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** In force, revoked, partly revoked, or (for an institution such as KASN) dissolved. */
  status: z.enum(['berlaku', 'dicabut', 'dicabut-sebagian', 'dibubarkan']),
  /** What the status means for the course, in Indonesian (e.g. which act revoked it and where). */
  statusNote: z.string().optional(),
  /** Id of the act that revoked or replaced this one. */
  replacedBy: z.string().optional(),
  /** Amendments read together with this act, as act ids (e.g. UU 1/2015 with UU 8/2015 and UU 10/2016). */
  amendedBy: z.array(z.string()).default([]),
  /** One or two sentences, in Indonesian, on why the act matters to ASN neutrality. */
  summary: z.string().min(1),
  /** Public source of the text that was checked. */
  source: z.url().optional(),
  /** Every article the course cites. */
  articles: z.array(articleSchema).default([]),
});

export const moduleSchema = z.object({
  /** Module title, shown in navigation and as the page heading. */
  title: z.string().min(1),
  /** Position in the course (1 = first). */
  order: z.number().int().positive(),
  /** One or two sentences describing the module, shown on the home page and in search results. */
  summary: z.string().min(1),
  /** Learning objectives ("Setelah mempelajari modul ini, Anda dapat …"). */
  objectives: z.array(z.string().min(1)).min(1),
  /** Mastery areas this module teaches. */
  areas: z.array(z.enum(AREA_IDS)).min(1),
  /** Article ids the module cites (each must exist in the regulations collection). */
  cites: z.array(z.string().regex(ARTICLE_REF)).default([]),
});

export type Regulation = z.infer<typeof regulationSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ModuleMeta = z.infer<typeof moduleSchema>;
