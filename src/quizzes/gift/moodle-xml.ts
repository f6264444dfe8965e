/**
 * Moodle XML export and import: the format Moodle's own question bank exports and imports with
 * full fidelity. Mapping (our type → Moodle question type):
 * - single / multiple → `multichoice` (`<single>true|false</single>`); multiple answers carry the
 *   same fractions as the GIFT export (+100/k, −100/k) or the question's own Moodle weights;
 * - truefalse → `truefalse`; matching → `matching` (subquestions);
 * - ordering → `ordering` (Moodle ≥ 4.4 standard type; graded "longest ordered subset", the
 *   closest of its grading types to Netral's rule);
 * - judgement → `multichoice` "Boleh" / "Tidak boleh".
 * Netral's metadata travels in `<idnumber>` (the id) and tags (`netral-area:…`, `netral-cite:…`,
 * `netral-difficulty:…`, `netral-case:…`, `netral-type:…`, `netral-ids:…` for option ids,
 * `netral-extra:{json}`), which Moodle keeps. Texts are written as plain text.
 * Import reads those types back (and plain Moodle exports, through the same mapping step as GIFT);
 * other types are skipped with their line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Question } from '../schema.ts';
import type { GiftImport, GiftItem, GiftProblem, QuestionDraft } from '../engine/gift-parse.ts';
import { mapImport, type GiftMapping, type GiftReport, type ImportContext } from './import.ts';
import { toPlainText } from './format.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (tag: string, s: string, attrs = ' format="plain_text"') => `<${tag}${attrs}><text>${xml(s)}</text></${tag}>`;
const fraction = (n: number) => String(Number(n.toFixed(7)));
const KNOWN = new Set(['id', 'type', 'area', 'cites', 'difficulty', 'isCase', 'stem', 'explanation', 'options', 'answer', 'weights', 'pairs', 'items']);

function tags(q: Question): string[] {
  const out = [`netral-area:${q.area}`, ...q.cites.map((c) => `netral-cite:${c}`), `netral-difficulty:${q.difficulty}`, `netral-case:${q.isCase}`, `netral-type:${q.type}`];
  if (q.type === 'single' || q.type === 'multiple') out.push(`netral-ids:${q.options.map((o) => o.id).join(' ')}`);
  if (q.type === 'matching') out.push(`netral-ids:${q.pairs.map((p) => p.id).join(' ')}`);
  if (q.type === 'ordering') out.push(`netral-ids:${q.items.map((i) => i.id).join(' ')}`);
  const extra = Object.fromEntries(Object.entries(q).filter(([k]) => !KNOWN.has(k)));
  if (Object.keys(extra).length) out.push(`netral-extra:${JSON.stringify(extra)}`);
  return out;
}

function answersOf(q: Question): string[] {
  const fb = (f?: string) => (f ? text('feedback', f) : '');
  switch (q.type) {
    case 'single':
      return q.options.map((o) => `<answer fraction="${o.id === q.answer ? 100 : 0}" format="plain_text"><text>${xml(o.text)}</text>${fb(o.feedback)}</answer>`);
    case 'multiple': {
      const k = q.answer.length;
      return q.options.map((o) => {
        const f = q.weights ? (q.weights[o.id] ?? 0) : (q.answer.includes(o.id) ? 100 : -100) / k;
        return `<answer fraction="${fraction(f)}" format="plain_text"><text>${xml(o.text)}</text>${fb(o.feedback)}</answer>`;
      });
    }
    case 'judgement':
      return [['boleh', 'Boleh'], ['tidak', 'Tidak boleh']].map(([id, label]) => `<answer fraction="${q.answer === id ? 100 : 0}" format="plain_text"><text>${label}</text></answer>`);
    case 'truefalse':
      return [`<answer fraction="${q.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>`, `<answer fraction="${q.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text></answer>`];
    case 'matching':
      return q.pairs.map((p) => `<subquestion format="plain_text"><text>${xml(p.left)}</text><answer><text>${xml(p.right)}</text></answer></subquestion>`);
    case 'ordering':
      return q.items.map((i, n) => `<answer fraction="${n + 1}" format="plain_text"><text>${xml(i.text)}</text></answer>`);
  }
}

const MOODLE_TYPE: Record<Question['type'], string> = { single: 'multichoice', multiple: 'multichoice', judgement: 'multichoice', truefalse: 'truefalse', matching: 'matching', ordering: 'ordering' };

/** The Moodle XML of a bank (a category per area, as in the GIFT export). */
export function toMoodleXml(questions: readonly Question[], opts: { category?: string } = {}): string {
  const root = opts.category ?? 'Netral';
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let area = '';
  for (const q of questions) {
    if (q.area !== area) {
      area = q.area;
      out.push(`  <question type="category"><category><text>$course$/top/${xml(root)}/${xml(area)}</text></category></question>`);
    }
    const typeSpecific =
      MOODLE_TYPE[q.type] === 'multichoice'
        ? [`<single>${q.type === 'multiple' ? 'false' : 'true'}</single>`, '<shuffleanswers>true</shuffleanswers>', '<answernumbering>abc</answernumbering>']
        : q.type === 'matching'
          ? ['<shuffleanswers>true</shuffleanswers>']
          : q.type === 'ordering'
            ? ['<layouttype>VERTICAL</layouttype>', '<selecttype>ALL</selecttype>', '<selectcount>0</selectcount>', '<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>', '<showgrading>SHOW</showgrading>', '<numberingstyle>none</numberingstyle>']
            : [];
    out.push(
      `  <question type="${MOODLE_TYPE[q.type]}">`,
      `    <name><text>${xml(q.id)}</text></name>`,
      `    ${text('questiontext', q.stem)}`,
      `    ${text('generalfeedback', q.explanation)}`,
      '    <defaultgrade>1</defaultgrade>',
      '    <penalty>0</penalty>',
      '    <hidden>0</hidden>',
      `    <idnumber>${xml(q.id)}</idnumber>`,
      ...typeSpecific.map((l) => `    ${l}`),
      ...answersOf(q).map((a) => `    ${a}`),
      `    <tags>${tags(q).map((t) => `<tag><text>${xml(t)}</text></tag>`).join('')}</tags>`,
      '  </question>',
    );
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['question', 'answer', 'tag', 'subquestion'].includes(name),
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/** The text of a `<x format="…"><text>…</text></x>` element, converted to plain text. */
function readText(node: unknown): string {
  if (!node || typeof node !== 'object') return typeof node === 'string' ? node : '';
  const n = node as Node;
  const raw = typeof n.text === 'string' ? n.text : n.text === undefined ? '' : String(n.text);
  const format = String(n['@format'] ?? 'moodle_auto_format');
  if (!raw.trim()) return '';
  return (format === 'html' ? toPlainText(raw, 'html') : format === 'markdown' ? toPlainText(raw, 'markdown') : raw).trim();
}

const UNSUPPORTED: Record<string, GiftProblem['unsupported']> = { shortanswer: 'isian singkat', numerical: 'numerik', essay: 'esai', description: 'deskripsi' };

/** Parses Moodle XML into the same drafts as GIFT (then mapped by mapImport). Throws on malformed XML. */
export function parseMoodleXml(source: string): GiftImport {
  // XMLValidator is marked deprecated in favour of a separate package; it still checks well-formedness.
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new Error(`XML tidak sah di baris ${valid.err.line}, kolom ${valid.err.col} (tag tidak ditutup atau karakter terlarang). Ekspor ulang dari Moodle.`);
  const doc = parser.parse(source) as { quiz?: { question?: Node[] } };
  if (!doc.quiz) throw new Error('XML ini bukan ekspor soal Moodle (tidak ada elemen <quiz>).');
  // Line of each <question …> start tag, in document order (the parser keeps no positions).
  const starts = [...source.matchAll(/<question\b/g)].map((m) => source.slice(0, m.index).split('\n').length);
  const result: GiftImport = { items: [], errors: [], warnings: [] };
  let category: string | undefined;
  (doc.quiz.question ?? []).forEach((qn, i) => {
    const line = starts[i] ?? 1;
    const type = String(qn['@type'] ?? '');
    if (type === 'category') {
      category = readText((qn.category as Node) ?? {}).replace(/^\$\w+\$\/top\//, '').replace(/^top\//, '') || undefined;
      return;
    }
    const title = readText(qn.name);
    const tagList = (((qn.tags as Node | undefined)?.tag as Node[] | undefined) ?? []).map((t) => readText(t));
    const tag = (k: string) => tagList.filter((t) => t.startsWith(`netral-${k}:`)).map((t) => t.slice(k.length + 8));
    const fail = (message: string, unsupported?: GiftProblem['unsupported']) => result.errors.push({ line, message, ...(unsupported ? { unsupported } : {}), ...(title ? { title } : {}) });
    if (UNSUPPORTED[type] || !['multichoice', 'truefalse', 'matching', 'ordering'].includes(type)) {
      fail(`soal Moodle bertipe "${type}" tidak didukung; soal ini dilewati.`, UNSUPPORTED[type] ?? 'deskripsi');
      return;
    }
    const draft: QuestionDraft = { type: 'single' };
    const extra = tag('extra')[0];
    if (extra) {
      try { Object.assign(draft, JSON.parse(extra) as object); } catch { /* a broken extra tag is ignored */ }
    }
    const idnumber = readText(qn.idnumber ? { text: qn.idnumber } : undefined);
    const idFromTitle = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (idnumber || idFromTitle) draft.id = idnumber || idFromTitle;
    const area = tag('area')[0];
    if (area) draft.area = area;
    const cites = tag('cite');
    if (cites.length) draft.cites = cites;
    const difficulty = tag('difficulty')[0];
    if (difficulty) draft.difficulty = Number(difficulty);
    const isCase = tag('case')[0];
    if (isCase) draft.isCase = isCase === 'true';
    draft.stem = readText(qn.questiontext);
    const explanation = readText(qn.generalfeedback);
    if (explanation) draft.explanation = explanation;
    const ids = tag('ids')[0]?.split(' ');
    const idAt = (n: number) => ids?.[n] ?? (n < 26 ? String.fromCharCode(97 + n) : `o${n + 1}`);
    const answers = (qn.answer as Node[] | undefined) ?? [];
    const frac = (a: Node) => Number(a['@fraction'] ?? 0);
    const ourType = tag('type')[0];
    let q: QuestionDraft;
    if (type === 'truefalse') {
      const right = answers.find((a) => frac(a) > 0);
      q = { ...draft, type: 'truefalse', answer: readText(right).toLowerCase() === 'true' };
    } else if (type === 'matching') {
      const subs = ((qn.subquestion as Node[] | undefined) ?? []).filter((s) => readText(s) !== '');
      q = { ...draft, type: 'matching', pairs: subs.map((s, n) => ({ id: idAt(n), left: readText(s), right: readText((s.answer as Node[] | undefined)?.[0]) })) };
    } else if (type === 'ordering') {
      const sorted = [...answers].sort((a, b) => frac(a) - frac(b));
      q = { ...draft, type: 'ordering', items: sorted.map((a, n) => ({ id: idAt(n), text: readText(a) })) };
    } else {
      const options = answers.map((a, n) => {
        const o: { id: string; text: string; feedback?: string } = { id: idAt(n), text: readText(a) };
        const f = readText(a.feedback);
        if (f) o.feedback = f;
        return o;
      });
      const single = String(qn.single ?? 'true') !== 'false';
      if (ourType === 'judgement') {
        q = { ...draft, type: 'judgement', answer: frac(answers[0] ?? {}) > 0 ? 'boleh' : 'tidak' };
      } else if (single) {
        const partial = answers.find((a) => frac(a) > 0 && frac(a) < 100);
        if (partial) {
          fail(`pilihan "${readText(partial).slice(0, 40)}" bernilai sebagian (${frac(partial)}%); Netral menilai pilihan ganda benar atau salah saja, jadi makna nilainya akan berubah; soal ditolak.`);
          return;
        }
        const right = answers.findIndex((a) => frac(a) >= 100);
        q = { ...draft, type: 'single', options, answer: right < 0 ? undefined : idAt(right) };
      } else {
        const rights = answers.map((a, n) => [a, n] as const).filter(([a]) => frac(a) > 0);
        q = { ...draft, type: 'multiple', options, answer: rights.map(([, n]) => idAt(n)) };
        const k = rights.length;
        const own = answers.every((a) => Math.abs(frac(a) - (frac(a) > 0 ? 100 / k : -100 / k)) < 0.01);
        if (!own) q.weights = Object.fromEntries(answers.map((a, n) => [idAt(n), Number(frac(a).toFixed(5))]));
      }
    }
    const item: GiftItem = { line, question: q, hasMeta: tagList.length > 0, converted: [] };
    if (title) item.title = title;
    if (category) item.category = category;
    result.items.push(item);
  });
  return result;
}

/** Imports Moodle XML through the same mapping and report as GIFT. */
export function fromMoodleXml(source: string, mapping: GiftMapping = {}, ctx: ImportContext = {}): GiftReport {
  return mapImport(parseMoodleXml(source), mapping, ctx);
}
