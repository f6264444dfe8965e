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
  /** A caveat the course must show with this article (e.g. a provision not yet in force). */
  caveat: z.string().optional(),
});

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
  /** Expected reading and interaction time in minutes; the course's JP follows from the sum. */
  minutes: z.number().int().positive(),
  /** Mastery areas this module teaches. */
  areas: z.array(z.enum(AREA_IDS)).min(1),
  /** Article ids the module cites (each must exist in the regulations collection). */
  cites: z.array(z.string().regex(ARTICLE_REF)).default([]),
});

export type Regulation = z.infer<typeof regulationSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ModuleMeta = z.infer<typeof moduleSchema>;
