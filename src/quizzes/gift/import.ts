/**
 * Plain Moodle GIFT into the bank: parse (engine/gift-parse.ts), fill in what Moodle GIFT has no
 * place for (area, cited articles, difficulty, a stable id) from a mapping, validate every
 * question against the question schema, and report per question what was imported, filled in,
 * skipped (types Netral does not have) or refused (and why). Used by `npm run gift import` and the
 * admin page that imports a bank. Pure apart from the Markdown/HTML converter.
 */
import { z } from 'zod';
import { AREA_IDS } from '../../content/course.ts';
import { ARTICLE_REF } from '../../content/schemas.ts';
import { questionSchema, type Question } from '../schema.ts';
import { fromGift, slug, type GiftImport, type GiftItem, type QuestionDraft } from '../engine/gift-parse.ts';
import { toPlainText } from './format.ts';

const defaults = z.object({
  /** Mastery area of the questions. */
  area: z.enum(AREA_IDS).optional(),
  /** Article ids that decide them (`act/article`). */
  cites: z.array(z.string().regex(ARTICLE_REF)).min(1).optional(),
  /** 1 = easy, 2 = medium, 3 = hard. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Whether the stems are cases. */
  isCase: z.boolean().optional(),
  /** Explanation for questions without general feedback (`####…`) or feedback on the right answer. */
  explanation: z.string().min(1).optional(),
});
export type GiftDefaults = z.infer<typeof defaults>;

/** How plain Moodle GIFT maps onto the bank: defaults, per category and per question. */
export const giftMappingSchema = defaults.extend({
  /** By category path as written after `$CATEGORY:` (without `$course$/top/`); the longest matching prefix wins. */
  categories: z.record(z.string(), defaults).default({}),
  /** By question id or `::title::`. */
  questions: z.record(z.string(), defaults).default({}),
  /** Prefix of the ids made for questions without a title. */
  idPrefix: z.string().regex(/^[a-z0-9-]+$/).default('moodle'),
});
export type GiftMapping = z.input<typeof giftMappingSchema>;

export interface ReportItem {
  /** Line the question starts on. */
  line: number;
  title?: string;
  id?: string;
  type?: Question['type'];
  status: 'imported' | 'skipped' | 'refused';
  /** What the import filled in and from where, e.g. `area = kampanye (bawaan)`. */
  filled: string[];
  /** Why it was skipped or refused, or what was converted. */
  notes: string[];
  question?: Question;
}

export interface GiftReport {
  items: ReportItem[];
  /** The imported questions, in file order. */
  questions: Question[];
  counts: { imported: number; skipped: number; refused: number };
  /** Problems that concern no single question (none so far; kept for callers' messages). */
  warnings: { line: number; message: string }[];
}

/** FNV-1a, 32 bits: a stable id from a question's text (same text, same id, on every import). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

export function stableId(prefix: string, type: string, stem: string): string {
  const norm = stem.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = slug(norm).split('-').filter(Boolean).slice(0, 5).join('-');
  return [prefix, words, fnv(`${type}\n${norm}`)].filter(Boolean).join('-');
}

/** One zod issue in Indonesian: "<field>: <what is wrong>", with how to fill a missing field. */
function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length ? issue.path.join('.') : 'soal';
  let value: unknown = input;
  for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const how: Record<string, string> = {
    area: ' (isi dengan --area, peta impor, atau komentar // netral)',
    cites: ' (isi dengan --cites, peta impor, atau komentar // netral)',
    difficulty: ' (isi dengan --difficulty, peta impor, atau komentar // netral)',
    explanation: ' (tulis umpan balik umum "####…" atau isi --explanation)',
  };
  if (value === undefined) return `${field} wajib diisi${how[field] ?? ''}`;
  if (field === 'difficulty') return `difficulty harus 1, 2 atau 3 (tertulis "${String(value)}")`;
  switch (issue.code) {
    case 'invalid_type':
      return `${field} berjenis salah (seharusnya ${issue.expected})`;
    case 'too_small':
      return issue.origin === 'array' ? `${field} minimal ${String(issue.minimum)} butir` : `${field} tidak boleh kosong`;
    case 'invalid_format':
      return `${field} berformat tidak sah ("${String(value)}")`;
    case 'invalid_value':
      return `${field} bernilai tidak dikenal ("${String(value)}"; pilihan: ${issue.values.map(String).join(', ')})`;
    case 'invalid_union':
      return `${field} bernilai tidak sah ("${String(value)}")`;
    default:
      return `${field} tidak sah`;
  }
}

/** Checks the schema cannot express: unique ids, unique right-hand texts, weights on real options. */
export function crossChecks(q: Question): string[] {
  const dup = (ids: string[]) => new Set(ids).size !== ids.length;
  if ((q.type === 'single' || q.type === 'multiple') && dup(q.options.map((o) => o.id))) return ['id pilihan ganda'];
  if (q.type === 'single' && !q.options.some((o) => o.id === q.answer)) return ['jawaban tidak ada di antara pilihan'];
  if (q.type === 'multiple' && q.weights && Object.keys(q.weights).some((k) => !q.options.some((o) => o.id === k))) return ['bobot untuk pilihan yang tidak ada'];
  if (q.type === 'matching' && dup(q.pairs.map((p) => p.right))) return ['dua pasangan memiliki jawaban kanan yang sama'];
  if (q.type === 'ordering' && dup(q.items.map((i) => i.id))) return ['id butir ganda'];
  return [];
}

/** Validates a question (schema and cross checks); the reasons in Indonesian when it is not valid. */
export function validateQuestion(draft: unknown): { ok: true; question: Question } | { ok: false; reasons: string[] } {
  const r = questionSchema.safeParse(draft);
  if (!r.success) return { ok: false, reasons: r.error.issues.map((i) => issueText(i, draft)) };
  const cross = crossChecks(r.data);
  return cross.length ? { ok: false, reasons: cross } : { ok: true, question: r.data };
}

const FIELDS = ['area', 'cites', 'difficulty', 'isCase'] as const;

/** The defaults for one question: per question, then the longest category prefix, then the top level. */
function layers(m: z.infer<typeof giftMappingSchema>, item: GiftItem, id: string | undefined): [GiftDefaults, string][] {
  const out: [GiftDefaults, string][] = [];
  const byQuestion = (id && m.questions[id]) || (item.title && m.questions[item.title]);
  if (byQuestion) out.push([byQuestion, 'peta soal']);
  if (item.category) {
    const cat = Object.keys(m.categories)
      .filter((c) => item.category === c || item.category!.startsWith(`${c}/`))
      .sort((a, b) => b.length - a.length)[0];
    if (cat) out.push([m.categories[cat]!, `kategori "${cat}"`]);
    // Our own export writes ".../<area>" as the category: take the area from it.
    const last = (item.category.split('/').pop() as string).toLowerCase();
    if ((AREA_IDS as readonly string[]).includes(last)) out.push([{ area: last as GiftDefaults['area'] }, 'nama kategori']);
  }
  out.push([m, 'bawaan']);
  return out;
}

const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));

/** What the import checks questions against. */
export interface ImportContext {
  /** Ids already in the bank the questions join: a question with one of them is refused. */
  taken?: ReadonlySet<string>;
  /** Article ids of the regulations data (`act/article`): a question citing another is refused. */
  articles?: ReadonlySet<string>;
}

/** Imports GIFT text; a question whose id is taken in the bank or earlier in the file is refused. */
export function importGift(text: string, mapping: GiftMapping = {}, ctx: ImportContext = {}): GiftReport {
  return mapImport(fromGift(text, { convert: toPlainText }), mapping, ctx);
}

/** The mapping step shared by GIFT and Moodle XML: fill in, validate, report. */
export function mapImport(parsed: GiftImport, mapping: GiftMapping = {}, ctx: ImportContext = {}): GiftReport {
  const taken = ctx.taken ?? new Set<string>();
  const m = giftMappingSchema.parse(mapping);
  const items: ReportItem[] = [];
  for (const e of parsed.errors) {
    const start = e.start ?? e.line;
    const note = start === e.line ? e.message : `baris ${e.line}: ${e.message}`;
    items.push({ line: start, ...(e.title ? { title: e.title } : {}), status: e.unsupported ? 'skipped' : 'refused', filled: [], notes: [note] });
  }
  const seen = new Map<string, number>();
  for (const item of parsed.items) {
    const draft: QuestionDraft = { ...item.question };
    const filled: string[] = [];
    const notes: string[] = item.converted.map((f) => `teks [${f}] diubah menjadi teks biasa`);
    if (draft.id === undefined) {
      draft.id = stableId(m.idPrefix, draft.type, String(draft.stem ?? ''));
      filled.push(`id = ${draft.id} (dari teks soal, karena soal tanpa judul)`);
    }
    const id = String(draft.id);
    const sources = layers(m, item, id);
    for (const f of FIELDS) {
      if (draft[f] !== undefined) continue;
      const hit = sources.find(([d]) => d[f] !== undefined);
      if (hit) {
        draft[f] = hit[0][f];
        filled.push(`${f} = ${show(hit[0][f])} (${hit[1]})`);
      } else if (f === 'isCase') {
        draft.isCase = false;
      }
    }
    if (draft.explanation === undefined) {
      const right = draft.type === 'single' ? (draft.options as { id: string; feedback?: string }[]).find((o) => o.id === draft.answer)?.feedback : undefined;
      const hit = sources.find(([d]) => d.explanation !== undefined);
      if (right) {
        draft.explanation = right;
        filled.push('explanation = umpan balik jawaban benar');
      } else if (hit) {
        draft.explanation = hit[0].explanation;
        filled.push(`explanation (${hit[1]})`);
      }
    }
    if (draft.type === 'multiple' && draft.weights) notes.push('bobot Moodle dipertahankan: nilai sebagian dihitung seperti di Moodle');
    const head = { line: item.line, ...(item.title !== undefined ? { title: item.title } : {}), id, type: draft.type };
    const v = validateQuestion(draft);
    if (!v.ok) {
      items.push({ ...head, status: 'refused', filled, notes: [...notes, `soal tidak sah: ${v.reasons.join('; ')}.`] });
      continue;
    }
    const unknown = ctx.articles ? v.question.cites.filter((c) => !ctx.articles!.has(c)) : [];
    if (unknown.length) {
      items.push({ ...head, status: 'refused', filled, notes: [...notes, `pasal yang dikutip tidak ada di data peraturan: ${unknown.join(', ')}.`] });
      continue;
    }
    if (taken.has(id)) {
      items.push({ ...head, status: 'refused', filled, notes: [...notes, `id soal "${id}" sudah ada di bank tujuan.`] });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      items.push({ ...head, status: 'refused', filled, notes: [...notes, `id soal "${id}" sudah dipakai di baris ${earlier}.`] });
      continue;
    }
    seen.set(id, item.line);
    items.push({ ...head, status: 'imported', filled, notes, question: v.question });
  }
  items.sort((a, b) => a.line - b.line);
  const count = (s: ReportItem['status']) => items.filter((i) => i.status === s).length;
  return {
    items,
    questions: items.filter((i) => i.status === 'imported').map((i) => i.question!),
    counts: { imported: count('imported'), skipped: count('skipped'), refused: count('refused') },
    warnings: parsed.warnings,
  };
}

const STATUS: Record<ReportItem['status'], string> = { imported: 'diimpor', skipped: 'dilewati', refused: 'ditolak' };

/** The report as lines of text ("Baris 12 · diimpor · …"), for the command line. */
export function reportLines(r: GiftReport): string[] {
  const lines = r.items.map((i) => {
    const name = i.title ?? i.id ?? '';
    const parts = [`Baris ${i.line}`, STATUS[i.status], ...(name ? [`"${name}"`] : []), ...(i.type ? [i.type] : [])];
    const extra = [...(i.filled.length ? [`diisi: ${i.filled.join('; ')}`] : []), ...i.notes];
    return `${parts.join(' · ')}${extra.length ? ` — ${extra.join(' | ')}` : ''}`;
  });
  for (const w of r.warnings) lines.push(`Peringatan baris ${w.line}: ${w.message}`);
  lines.push(`Ringkasan: ${r.counts.imported} diimpor, ${r.counts.skipped} dilewati, ${r.counts.refused} ditolak.`);
  return lines;
}
