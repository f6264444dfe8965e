/**
 * Moodle GIFT import: reads GIFT text into question drafts, one per question, each with the line
 * it starts on, its `::title::` and its `$CATEGORY`. Pure (no zod: src/quizzes/gift/import.ts
 * fills in what plain Moodle GIFT lacks and validates against the question schema).
 *
 * - Our own `// netral: {json}` comment (written by toGift) restores ids, types and tags exactly;
 *   plain Moodle GIFT does not need it.
 * - `[html]` and `[markdown]` text is converted by the `convert` option (the caller brings a
 *   Markdown/HTML library; the engine stays free of them); answers and feedback inherit the
 *   question's format, as in Moodle.
 * - Multiple response keeps Moodle's weights (`weights`) unless they are Netral's own rule; a
 *   single answer with partial credit on a wrong option would change meaning and is refused.
 * - Unsupported types (short answer, numerical, essay, description) are reported with
 *   `unsupported` set, so the rest of the file still imports.
 */
import type { Question } from './types.ts';
import { findLastUnescaped, findUnescaped, giftUnescape, WEIGHT, type Meta } from './gift-text.ts';

/** A question read from GIFT, not yet validated against the schema. */
export type QuestionDraft = { [key: string]: unknown; type: Question['type'] };

/** The text formats GIFT marks with `[…]` at the start of a text. */
export type GiftFormat = 'moodle' | 'plain' | 'html' | 'markdown';

export interface GiftProblem {
  /** 1-based line in the GIFT text. */
  line: number;
  message: string;
  /** The Moodle question type Netral does not support (the question is skipped, not broken). */
  unsupported?: 'isian singkat' | 'numerik' | 'esai' | 'deskripsi';
  /** The question's title, when it has one. */
  title?: string;
  /** Line the question starts on (`line` is where the problem is). */
  start?: number;
}

export interface GiftItem {
  line: number;
  question: QuestionDraft;
  /** The `::title::`, when written. */
  title?: string;
  /** The `$CATEGORY:` in force, without Moodle's `$course$/top/` prefix. */
  category?: string;
  /** Whether the `// netral:` metadata comment was present. */
  hasMeta: boolean;
  /** Formats converted to plain text in this question. */
  converted: GiftFormat[];
}

export interface GiftImport {
  items: GiftItem[];
  errors: GiftProblem[];
  /** Accepted, but something was dropped or reinterpreted (e.g. a matching distractor). */
  warnings: GiftProblem[];
}

export interface GiftOptions {
  /** Converts `[html]` / `[markdown]` text (already unescaped) into the bank's plain text. */
  convert?: (text: string, format: 'html' | 'markdown') => string;
}

/** "Baris 12: …", the way the CLI prints a problem. */
export function formatProblem(p: GiftProblem): string {
  return `Baris ${p.line}: ${p.message}`;
}

class ParseError extends Error {
  readonly line: number;
  readonly unsupported: GiftProblem['unsupported'];
  constructor(line: number, message: string, unsupported?: GiftProblem['unsupported']) {
    super(message);
    this.line = line;
    this.unsupported = unsupported;
  }
}

interface Block {
  text: string;
  /** Line number of each line of text. */
  lines: number[];
  meta?: { raw: string; line: number };
  category?: string;
}

function idFor(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `o${i + 1}`;
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const FORMAT = /^\s*\[(html|moodle|plain|markdown)\]/i;

interface Answer {
  prefix: '=' | '~';
  /** Raw (still escaped) text, format marker included. */
  raw: string;
  feedback?: string;
  weight?: number;
  offset: number;
}

const TYPE_NAMES: Record<Question['type'], string> = {
  single: 'pilihan ganda',
  multiple: 'pilihan jamak',
  truefalse: 'benar/salah',
  judgement: 'boleh/tidak boleh',
  matching: 'menjodohkan',
  ordering: 'mengurutkan',
};

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
const pct = (n: number) => `${Number(n.toFixed(2))}%`;

function parseBlock(block: Block, warnings: GiftProblem[], opts: GiftOptions): { draft: QuestionDraft; title?: string; converted: GiftFormat[] } {
  const { text } = block;
  const lineAt = (offset: number) => block.lines[text.slice(0, offset).split('\n').length - 1] ?? block.lines[0] ?? 1;
  const first = block.lines[0] ?? 1;

  let meta: Partial<Meta> = {};
  if (block.meta) {
    try {
      const parsed: unknown = JSON.parse(block.meta.raw);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
      meta = parsed as Partial<Meta>;
    } catch {
      throw new ParseError(block.meta.line, 'komentar "// netral:" harus berisi objek JSON yang sah.');
    }
  }

  let pos = 0;
  let title: string | undefined;
  const lead = text.length - text.trimStart().length;
  if (text.startsWith('::', lead)) {
    const end = findUnescaped(text, '::', lead + 2);
    if (end === -1) throw new ParseError(lineAt(lead), 'judul soal "::" tidak ditutup dengan "::".');
    title = giftUnescape(text.slice(lead + 2, end)).trim();
    pos = end + 2;
  }
  const fail = (line: number, message: string, unsupported?: GiftProblem['unsupported']) => new ParseError(line, message, unsupported);
  const open = findUnescaped(text, '{', pos);
  if (open === -1) throw fail(first, 'soal deskripsi (teks tanpa bagian jawaban { … }) tidak didukung; soal ini dilewati.', 'deskripsi');
  const close = findUnescaped(text, '}', open + 1);
  if (close === -1) throw fail(lineAt(open), 'kurung kurawal "{" tidak ditutup dengan "}".');
  const afterRaw = text.slice(close + 1);
  const nextOpen = findUnescaped(afterRaw, '{');
  if (nextOpen !== -1) {
    // A second answer block on a later line is almost always the next question with no blank line before it.
    const nl = afterRaw.indexOf('\n');
    if (nl !== -1 && nl < nextOpen) {
      const startNext = close + 1 + nl + 1 + (afterRaw.slice(nl + 1).length - afterRaw.slice(nl + 1).trimStart().length);
      throw fail(first, `soal berikutnya (baris ${lineAt(startNext)}) tidak dipisahkan baris kosong dari soal di baris ${first}; Moodle memisahkan soal dengan satu baris kosong. Sisipkan baris kosong sebelum baris ${lineAt(startNext)}.`);
    }
    throw fail(lineAt(close + 1), 'satu soal hanya boleh memiliki satu bagian jawaban { … }.');
  }

  // The question's format (its marker, else Moodle's default) applies to answers and feedback too.
  const stemRaw = text.slice(pos, open);
  const qFormat = ((FORMAT.exec(stemRaw)?.[1] ?? 'moodle').toLowerCase()) as GiftFormat;
  const converted = new Set<GiftFormat>();
  /** Unescaped, converted text of a raw piece (its own format marker wins over the question's). */
  const read = (raw: string): string => {
    const m = FORMAT.exec(raw);
    const format = ((m?.[1] ?? qFormat).toLowerCase()) as GiftFormat;
    const body = giftUnescape(m ? raw.slice(m[0].length) : raw).trim();
    if ((format === 'html' || format === 'markdown') && body) {
      converted.add(format);
      return opts.convert ? opts.convert(body, format).trim() : body;
    }
    return body;
  };

  let stem = read(stemRaw);
  const after = afterRaw.trim();
  if (after) stem = `${stem} _____ ${read(FORMAT.test(after) ? after : `[${qFormat}]${after}`)}`.trim(); // Moodle's "missing word" form

  let body = text.slice(open + 1, close);
  const bodyOffset = open + 1;
  let explanation: string | undefined;
  const gf = findLastUnescaped(body, '####'); // the last one, as Moodle does
  if (gf !== -1) {
    explanation = read(body.slice(gf + 4)) || undefined;
    body = body.slice(0, gf);
  }

  // Split the body into a head (text before the first answer) and answers at unescaped = and ~.
  const answers: Answer[] = [];
  let head = '';
  let current: { prefix: '=' | '~'; raw: string; offset: number } | null = null;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch === '=' || ch === '~') {
      if (current) answers.push(toAnswer(current));
      current = { prefix: ch, raw: '', offset: bodyOffset + i };
      continue;
    }
    let piece = ch;
    if (ch === '\\' && i + 1 < body.length) piece += body[++i];
    if (current) current.raw += piece;
    else head += piece;
  }
  if (current) answers.push(toAnswer(current));

  function toAnswer(a: { prefix: '=' | '~'; raw: string; offset: number }): Answer {
    let raw = a.raw.trim();
    let w: number | undefined;
    const m = a.prefix === '~' ? WEIGHT.exec(raw) : null;
    if (m) {
      w = Number(m[0].slice(1, -1).replace(/^-+/, '-'));
      raw = raw.slice(m[0].length);
    }
    const hash = findUnescaped(raw, '#');
    const ans: Answer = { prefix: a.prefix, raw: hash === -1 ? raw : raw.slice(0, hash), offset: a.offset };
    const feedback = hash === -1 ? undefined : read(raw.slice(hash + 1)) || undefined;
    if (feedback) ans.feedback = feedback;
    if (w !== undefined) ans.weight = w;
    return ans;
  }

  const base: QuestionDraft = { type: 'single' };
  if (meta.extra && typeof meta.extra === 'object') Object.assign(base, meta.extra);
  const id = meta.id ?? (title ? slug(title) || undefined : undefined);
  if (id !== undefined) base.id = id;
  for (const key of ['area', 'cites', 'difficulty', 'isCase'] as const) if (meta[key] !== undefined) base[key] = meta[key];
  base.stem = stem;
  if (explanation !== undefined) base.explanation = explanation;

  const headText = head.trim();
  let draft: QuestionDraft;
  if (answers.length === 0) {
    if (headText === '') throw fail(lineAt(open), 'soal esai (jawaban kosong { }) tidak didukung; soal ini dilewati.', 'esai');
    if (headText.startsWith('#')) throw fail(lineAt(open), 'soal numerik ({#…}) tidak didukung; soal ini dilewati.', 'numerik');
    const tf = /^(T|F|TRUE|FALSE)\s*(#.*)?$/is.exec(headText);
    if (!tf) throw fail(lineAt(open), `bagian jawaban "${headText.slice(0, 40)}" tidak dikenali.`);
    if (tf[2]) warnings.push({ line: lineAt(open), message: 'umpan balik per jawaban pada soal benar/salah diabaikan.' });
    draft = { ...base, type: 'truefalse', answer: (tf[1] as string).toUpperCase().startsWith('T') };
  } else {
    if (headText !== '') throw fail(lineAt(open), `teks "${headText.slice(0, 40)}" sebelum jawaban pertama tidak dikenali.`);
    // Moodle's order: any "~" makes a multiple choice; otherwise "->" makes a matching question.
    const isPair = (a: Answer) => a.prefix === '=' && findUnescaped(a.raw, '->') !== -1;
    if (answers.every((a) => a.prefix === '=') && answers.some(isPair)) {
      const bad = answers.find((a) => !isPair(a));
      if (bad) throw fail(lineAt(bad.offset), 'soal menjodohkan: setiap baris harus berbentuk "=kiri -> kanan".');
      const pairs: { left: string; right: string; offset: number }[] = [];
      for (const a of answers) {
        const arrow = findUnescaped(a.raw, '->');
        const left = read(a.raw.slice(0, arrow));
        const right = read(a.raw.slice(arrow + 2));
        if (!left) {
          warnings.push({ line: lineAt(a.offset), message: `pilihan pengecoh "${right}" tanpa pasangan diabaikan.` });
          continue;
        }
        pairs.push({ left, right, offset: a.offset });
      }
      const ids = meta.pairs ?? pairs.map((_, i) => idFor(i));
      if (ids.length !== pairs.length) throw fail(first, 'jumlah "pairs" di komentar netral tidak sama dengan jumlah pasangan.');
      draft = { ...base, type: 'matching', pairs: pairs.map((p, i) => ({ id: ids[i], left: p.left, right: p.right })) };
    } else if (answers.every((a) => a.prefix === '=')) {
      throw fail(lineAt(open), 'soal isian singkat (hanya jawaban "=") tidak didukung; soal ini dilewati.', 'isian singkat');
    } else {
      const ids = meta.options ?? answers.map((_, i) => idFor(i));
      if (ids.length !== answers.length) throw fail(first, 'jumlah "options" di komentar netral tidak sama dengan jumlah pilihan.');
      const options = answers.map((a, i) => {
        const o: { id: string | undefined; text: string; feedback?: string } = { id: ids[i], text: read(a.raw) };
        if (a.feedback) o.feedback = a.feedback;
        return o;
      });
      const rights = answers.filter((a) => a.prefix === '=');
      if (rights.length > 1) {
        throw fail(lineAt((rights[1] as Answer).offset), 'lebih dari satu jawaban ditandai "="; untuk pilihan jamak gunakan bobot "~%50%".');
      }
      if (rights.length === 1) {
        const partial = answers.find((a) => a.prefix === '~' && a.weight !== undefined && a.weight !== 0);
        if (partial) {
          throw fail(
            lineAt(partial.offset),
            `pilihan "${read(partial.raw).slice(0, 40)}" bernilai sebagian (${pct(partial.weight as number)}), padahal soal ini punya satu jawaban "=". Netral menilai pilihan ganda benar atau salah saja, jadi makna nilainya akan berubah; soal ditolak. Hapus bobotnya, atau tulis semua jawaban dengan bobot "~%…%" (pilihan jamak).`,
          );
        }
        draft = { ...base, type: 'single', options, answer: ids[answers.indexOf(rights[0] as Answer)] };
      } else {
        const right = answers.filter((a) => (a.weight ?? 0) > 0);
        if (right.length === 0) throw fail(lineAt(open), 'tidak ada jawaban benar (bobot positif seperti "~%50%").');
        const total = right.reduce((s, a) => s + (a.weight as number), 0);
        if (!near(total, 100)) {
          throw fail(lineAt(open), `bobot positif pilihan jamak berjumlah ${pct(total)}, bukan 100% seperti yang diminta Moodle; soal ditolak.`);
        }
        draft = { ...base, type: 'multiple', options, answer: right.map((a) => ids[answers.indexOf(a)]) };
        // Netral's own rule is +100/k and −100/k; any other weights are kept and scored as Moodle does.
        const k = right.length;
        const own = answers.every((a) => near(a.weight ?? 0, (a.weight ?? 0) > 0 ? 100 / k : -100 / k));
        if (!own) draft.weights = Object.fromEntries(answers.map((a, i) => [ids[i], a.weight ?? 0]));
      }
    }
  }

  // The metadata's type restores the types GIFT has no syntax for.
  if (meta.type !== undefined && meta.type !== draft.type) {
    if (meta.type === 'judgement' && draft.type === 'single') {
      const options = draft.options as { text: string }[];
      const texts = options.map((o) => o.text.trim().toLowerCase());
      if (texts.length !== 2 || texts[0] !== 'boleh' || texts[1] !== 'tidak boleh') {
        throw fail(first, 'soal boleh/tidak boleh harus memiliki tepat dua pilihan: "Boleh" lalu "Tidak boleh".');
      }
      const answer = draft.answer === (draft.options as { id: string }[])[0]?.id ? 'boleh' : 'tidak';
      draft = { ...base, type: 'judgement', answer };
    } else if (meta.type === 'ordering' && draft.type === 'matching') {
      const pairs = draft.pairs as { left: string; right: string }[];
      const ids = meta.items ?? pairs.map((_, i) => idFor(i));
      if (ids.length !== pairs.length) throw fail(first, 'jumlah "items" di komentar netral tidak sama dengan jumlah butir.');
      pairs.forEach((p, i) => {
        if (p.left !== `Posisi ${i + 1}`) throw fail(first, `soal mengurutkan: baris ke-${i + 1} harus diawali "Posisi ${i + 1}".`);
      });
      draft = { ...base, type: 'ordering', items: pairs.map((p, i) => ({ id: ids[i], text: p.right })) };
    } else {
      throw fail(block.meta?.line ?? first, `tipe "${String(meta.type)}" di komentar netral tidak cocok dengan soal ${TYPE_NAMES[draft.type]} ini.`);
    }
  }
  return { draft, ...(title !== undefined ? { title } : {}), converted: [...converted] };
}

/** Reads GIFT text. Every question comes back with the line it starts on. */
export function fromGift(source: string, opts: GiftOptions = {}): GiftImport {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let pendingMeta: Block['meta'];
  let category: string | undefined;
  const flush = () => {
    if (cur) {
      if (cur.text === '' && cur.meta) pendingMeta = cur.meta; // a metadata line followed by a blank line
      else if (cur.text !== '') blocks.push(cur);
    }
    cur = null;
  };
  lines.forEach((line, i) => {
    const no = i + 1;
    const t = line.trim();
    if (t === '') return flush();
    if (t.startsWith('$CATEGORY:')) {
      flush();
      category = t.slice('$CATEGORY:'.length).trim().replace(/^\$\w+\$\/top\//, '').replace(/^top\//, '') || undefined;
      return;
    }
    if (!cur) cur = { text: '', lines: [], ...(pendingMeta ? { meta: pendingMeta } : {}), ...(category ? { category } : {}) };
    pendingMeta = undefined;
    if (t.startsWith('//')) {
      const m = /^\/\/\s*netral:\s*(.*)$/.exec(t);
      if (m) cur.meta = { raw: m[1] as string, line: no };
      return;
    }
    cur.text = cur.lines.length ? `${cur.text}\n${line}` : line;
    cur.lines.push(no);
  });
  flush();

  const result: GiftImport = { items: [], errors: [], warnings: [] };
  for (const block of blocks) {
    try {
      const { draft, title, converted } = parseBlock(block, result.warnings, opts);
      const item: GiftItem = { line: block.meta?.line ?? block.lines[0] ?? 1, question: draft, hasMeta: Boolean(block.meta), converted };
      if (title !== undefined) item.title = title;
      if (block.category) item.category = block.category;
      result.items.push(item);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      const p: GiftProblem = { line: e.line, message: e.message, start: block.meta?.line ?? block.lines[0] ?? e.line };
      if (e.unsupported) p.unsupported = e.unsupported;
      const title = /^\s*::((?:\\.|[^:\\]|:(?!:))*)::/.exec(block.text)?.[1];
      if (title) p.title = giftUnescape(title).trim();
      result.errors.push(p);
    }
  }
  return result;
}
