/**
 * Moodle GIFT export and import of question banks.
 *
 * Mapping (our type → GIFT):
 * - single    → `{=right ~wrong}`
 * - multiple  → `{~%w%right ~%-w%wrong}` with w = 100/k for k right options: Moodle then scores it
 *               exactly like our partial-credit rule (see score.ts).
 * - truefalse → `{T}` / `{F}`
 * - judgement → two-option multiple choice `{=Boleh ~Tidak boleh}` (type kept in the metadata)
 * - matching  → `{=left -> right}`; GIFT cannot write "->" inside a left, so export refuses it.
 *               Moodle itself wants at least 3 pairs; a 2-pair question exports but Moodle rejects it.
 * - ordering  → GIFT has no ordering type: exported as matching "Posisi 1 -> first item", …,
 *               which Moodle grades per position; the metadata turns it back into ordering.
 * Per-option feedback is `#…`, the explanation is general feedback `####…`. Our metadata (id, type,
 * area, cites, difficulty, isCase and the authored option/pair/item ids) goes into a
 * `// netral: {json}` comment above the question and the id into the `::id::` title, so
 * fromGift(toGift(bank)) gives the bank back unchanged.
 *
 * fromGift does not validate against the question schema (that needs zod, which stays out of the
 * engine); scripts/gift.ts does, with the line numbers returned here. Unsupported GIFT types
 * (short answer, numerical, essay, description) are errors, so nothing is half-imported.
 */
import type { Question } from './types.ts';

const SPECIAL = '~=#{}:';
/** Moodle's own pattern for an answer weight ("%50%", "%-33.33333%"). */
const WEIGHT = /^%-*\d{1,2}\.?\d*%/;

/** Escapes text for GIFT: the special characters, the backslash and newlines. */
export function giftEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (SPECIAL.includes(ch)) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') continue;
    else out += ch;
  }
  return out;
}

/** The inverse of giftEscape; unknown escapes are kept as written (as Moodle does). */
export function giftUnescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const next = s[i + 1];
    if (ch === '\\' && next !== undefined) {
      if (next === '\\' || SPECIAL.includes(next)) out += next;
      else if (next === 'n') out += '\n';
      else out += ch + next;
      i++;
    } else out += ch;
  }
  return out;
}

function weight(k: number): string {
  return String(Number((100 / k).toFixed(5)));
}

interface Meta {
  id: string;
  type: Question['type'];
  area: string;
  cites: string[];
  difficulty: number;
  isCase: boolean;
  options?: string[];
  pairs?: string[];
  items?: string[];
  extra?: Record<string, unknown>;
}

const KNOWN_KEYS = new Set(['id', 'type', 'area', 'cites', 'difficulty', 'isCase', 'stem', 'explanation', 'options', 'answer', 'pairs', 'items']);

/** The GIFT text of a bank. Throws when a question cannot be written losslessly. */
export function toGift(questions: readonly Question[], opts: { category?: string } = {}): string {
  const root = opts.category ?? 'Netral';
  const out: string[] = [];
  let area = '';
  for (const q of questions) {
    if (q.area !== area) {
      area = q.area;
      out.push(`$CATEGORY: $course$/top/${root}/${area}`, '');
    }
    const meta: Meta = {
      id: q.id,
      type: q.type,
      area: q.area,
      cites: q.cites,
      difficulty: q.difficulty,
      isCase: q.isCase,
    };
    // Fields beyond the schema (e.g. a bank's own tags) ride along, so the round trip keeps them.
    const extra = Object.fromEntries(Object.entries(q).filter(([k]) => !KNOWN_KEYS.has(k)));
    if (Object.keys(extra).length) meta.extra = extra;
    const answers: string[] = [];
    const fb = (f: string | undefined) => (f ? ` #${giftEscape(f)}` : '');
    switch (q.type) {
      case 'single':
        meta.options = q.options.map((o) => o.id);
        for (const o of q.options) {
          // Moodle reads a weight after "~" (not after "="): a wrong option whose text starts like
          // one ("%50% …") gets an explicit %0%, so its text stays text.
          const w = o.id !== q.answer && WEIGHT.test(o.text) ? '%0%' : '';
          answers.push(`${o.id === q.answer ? '=' : '~'}${w}${giftEscape(o.text)}${fb(o.feedback)}`);
        }
        break;
      case 'multiple': {
        meta.options = q.options.map((o) => o.id);
        const w = weight(q.answer.length);
        for (const o of q.options) {
          answers.push(`~%${q.answer.includes(o.id) ? '' : '-'}${w}%${giftEscape(o.text)}${fb(o.feedback)}`);
        }
        break;
      }
      case 'truefalse':
        answers.push(q.answer ? 'T' : 'F');
        break;
      case 'judgement':
        answers.push(`${q.answer === 'boleh' ? '=' : '~'}Boleh`, `${q.answer === 'tidak' ? '=' : '~'}Tidak boleh`);
        break;
      case 'matching':
        meta.pairs = q.pairs.map((p) => p.id);
        for (const p of q.pairs) {
          if (p.left.includes('->')) throw new Error(`toGift: "${q.id}": GIFT cannot write "->" inside the left side of a pair`);
          answers.push(`=${giftEscape(p.left)} -> ${giftEscape(p.right)}`);
        }
        break;
      case 'ordering':
        meta.items = q.items.map((i) => i.id);
        q.items.forEach((it, i) => answers.push(`=Posisi ${i + 1} -> ${giftEscape(it.text)}`));
        break;
    }
    out.push(
      `// netral: ${JSON.stringify(meta)}`,
      `::${q.id}:: ${giftEscape(q.stem)} {`,
      ...answers.map((a) => '\t' + a),
      `\t####${giftEscape(q.explanation)}`,
      '}',
      '',
    );
  }
  return out.join('\n');
}

/** A question read from GIFT, not yet validated against the schema. */
export type QuestionDraft = { [key: string]: unknown; type: Question['type'] };

export interface GiftProblem {
  /** 1-based line in the GIFT text. */
  line: number;
  message: string;
}

export interface GiftImport {
  items: { line: number; question: QuestionDraft }[];
  errors: GiftProblem[];
  /** Accepted, but something was dropped or reinterpreted (e.g. Moodle weights on a single choice). */
  warnings: GiftProblem[];
}

/** "Baris 12: …", the way the CLI prints a problem. */
export function formatProblem(p: GiftProblem): string {
  return `Baris ${p.line}: ${p.message}`;
}

class ParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

interface Block {
  text: string;
  /** Line number of each line of text. */
  lines: number[];
  meta?: { raw: string; line: number };
}

/** Index of the first unescaped occurrence of `needle` at or after `from`, or -1. */
function findUnescaped(s: string, needle: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(needle, i)) return i;
  }
  return -1;
}

function findLastUnescaped(s: string, needle: string): number {
  let last = -1;
  for (let i = findUnescaped(s, needle); i !== -1; i = findUnescaped(s, needle, i + 1)) last = i;
  return last;
}

function idFor(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `o${i + 1}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function stripFormat(s: string): string {
  return s.replace(/^\s*\[(html|moodle|plain|markdown)\]/i, '');
}

interface Answer {
  prefix: '=' | '~';
  text: string;
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

function parseBlock(block: Block, warnings: GiftProblem[]): QuestionDraft {
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
  const open = findUnescaped(text, '{', pos);
  if (open === -1) throw new ParseError(first, 'soal tanpa bagian jawaban { … } (deskripsi) tidak didukung.');
  const close = findUnescaped(text, '}', open + 1);
  if (close === -1) throw new ParseError(lineAt(open), 'kurung kurawal "{" tidak ditutup dengan "}".');
  const after = text.slice(close + 1).trim();
  if (findUnescaped(after, '{') !== -1) throw new ParseError(lineAt(close + 1), 'satu soal hanya boleh memiliki satu bagian jawaban { … }.');
  let stem = giftUnescape(stripFormat(text.slice(pos, open))).trim();
  if (after) stem = `${stem} _____ ${giftUnescape(after)}`.trim(); // Moodle's "missing word" form

  let body = text.slice(open + 1, close);
  const bodyOffset = open + 1;
  let explanation: string | undefined;
  const gf = findLastUnescaped(body, '####'); // the last one, as Moodle does
  if (gf !== -1) {
    explanation = giftUnescape(stripFormat(body.slice(gf + 4))).trim() || undefined;
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
    const textPart = hash === -1 ? raw : raw.slice(0, hash);
    const feedback = hash === -1 ? undefined : giftUnescape(stripFormat(raw.slice(hash + 1))).trim() || undefined;
    const ans: Answer = { prefix: a.prefix, text: stripFormat(textPart).trim(), offset: a.offset };
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
    if (headText === '') throw new ParseError(lineAt(open), 'soal esai (jawaban kosong { }) tidak didukung.');
    if (headText.startsWith('#')) throw new ParseError(lineAt(open), 'soal numerik ({#…}) tidak didukung.');
    const tf = /^(T|F|TRUE|FALSE)\s*(#.*)?$/is.exec(headText);
    if (!tf) throw new ParseError(lineAt(open), `bagian jawaban "${headText.slice(0, 40)}" tidak dikenali.`);
    if (tf[2]) warnings.push({ line: lineAt(open), message: 'umpan balik per jawaban pada soal benar/salah diabaikan.' });
    draft = { ...base, type: 'truefalse', answer: (tf[1] as string).toUpperCase().startsWith('T') };
  } else {
    if (headText !== '') throw new ParseError(lineAt(open), `teks "${headText.slice(0, 40)}" sebelum jawaban pertama tidak dikenali.`);
    // Moodle's order: any "~" makes a multiple choice; otherwise "->" makes a matching question.
    const isPair = (a: Answer) => a.prefix === '=' && findUnescaped(a.text, '->') !== -1;
    if (answers.every((a) => a.prefix === '=') && answers.some(isPair)) {
      const bad = answers.find((a) => !isPair(a));
      if (bad) throw new ParseError(lineAt(bad.offset), 'soal menjodohkan: setiap baris harus berbentuk "=kiri -> kanan".');
      const pairs: { left: string; right: string; offset: number }[] = [];
      for (const a of answers) {
        const arrow = findUnescaped(a.text, '->');
        const left = giftUnescape(a.text.slice(0, arrow)).trim();
        const right = giftUnescape(a.text.slice(arrow + 2)).trim();
        if (!left) {
          warnings.push({ line: lineAt(a.offset), message: `pilihan pengecoh "${right}" tanpa pasangan diabaikan.` });
          continue;
        }
        pairs.push({ left, right, offset: a.offset });
      }
      const ids = meta.pairs ?? pairs.map((_, i) => idFor(i));
      if (ids.length !== pairs.length) throw new ParseError(first, 'jumlah "pairs" di komentar netral tidak sama dengan jumlah pasangan.');
      draft = { ...base, type: 'matching', pairs: pairs.map((p, i) => ({ id: ids[i], left: p.left, right: p.right })) };
    } else if (answers.every((a) => a.prefix === '=')) {
      throw new ParseError(lineAt(open), 'soal isian singkat (hanya jawaban "=") tidak didukung.');
    } else {
      const ids = meta.options ?? answers.map((_, i) => idFor(i));
      if (ids.length !== answers.length) throw new ParseError(first, 'jumlah "options" di komentar netral tidak sama dengan jumlah pilihan.');
      const options = answers.map((a, i) => {
        const o: { id: string | undefined; text: string; feedback?: string } = { id: ids[i], text: giftUnescape(a.text) };
        if (a.feedback) o.feedback = a.feedback;
        return o;
      });
      const rights = answers.filter((a) => a.prefix === '=');
      if (rights.length > 1) {
        throw new ParseError(lineAt((rights[1] as Answer).offset), 'lebih dari satu jawaban ditandai "="; untuk pilihan jamak gunakan bobot "~%50%".');
      }
      if (rights.length === 1) {
        const dropped = answers.find((a) => a.prefix === '~' && a.weight !== undefined && a.weight !== 0);
        if (dropped) warnings.push({ line: lineAt(dropped.offset), message: 'bobot nilai sebagian pada pilihan salah diabaikan (pilihan ganda bernilai 0 atau 1).' });
        draft = { ...base, type: 'single', options, answer: ids[answers.indexOf(rights[0] as Answer)] };
      } else {
        const right = answers.filter((a) => (a.weight ?? 0) > 0);
        if (right.length === 0) throw new ParseError(lineAt(open), 'tidak ada jawaban benar (bobot positif seperti "~%50%").');
        draft = { ...base, type: 'multiple', options, answer: right.map((a) => ids[answers.indexOf(a)]) };
      }
    }
  }

  // The metadata's type restores the types GIFT has no syntax for.
  if (meta.type !== undefined && meta.type !== draft.type) {
    if (meta.type === 'judgement' && draft.type === 'single') {
      const options = draft.options as { text: string }[];
      const texts = options.map((o) => o.text.trim().toLowerCase());
      if (texts.length !== 2 || texts[0] !== 'boleh' || texts[1] !== 'tidak boleh') {
        throw new ParseError(first, 'soal boleh/tidak boleh harus memiliki tepat dua pilihan: "Boleh" lalu "Tidak boleh".');
      }
      const answer = draft.answer === (draft.options as { id: string }[])[0]?.id ? 'boleh' : 'tidak';
      draft = { ...base, type: 'judgement', answer };
    } else if (meta.type === 'ordering' && draft.type === 'matching') {
      const pairs = draft.pairs as { left: string; right: string }[];
      const ids = meta.items ?? pairs.map((_, i) => idFor(i));
      if (ids.length !== pairs.length) throw new ParseError(first, 'jumlah "items" di komentar netral tidak sama dengan jumlah butir.');
      pairs.forEach((p, i) => {
        if (p.left !== `Posisi ${i + 1}`) throw new ParseError(first, `soal mengurutkan: baris ke-${i + 1} harus diawali "Posisi ${i + 1}".`);
      });
      draft = { ...base, type: 'ordering', items: pairs.map((p, i) => ({ id: ids[i], text: p.right })) };
    } else {
      throw new ParseError(
        block.meta?.line ?? first,
        `tipe "${String(meta.type)}" di komentar netral tidak cocok dengan soal ${TYPE_NAMES[draft.type]} ini.`,
      );
    }
  }
  return draft;
}

/** Reads GIFT text. Every question comes back with the line it starts on. */
export function fromGift(source: string): GiftImport {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let pendingMeta: Block['meta'];
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
    if (t.startsWith('$CATEGORY:')) return flush();
    if (!cur) cur = { text: '', lines: [], ...(pendingMeta ? { meta: pendingMeta } : {}) };
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
      result.items.push({ line: block.meta?.line ?? block.lines[0] ?? 1, question: parseBlock(block, result.warnings) });
    } catch (e) {
      if (e instanceof ParseError) result.errors.push({ line: e.line, message: e.message });
      else throw e;
    }
  }
  return result;
}
