/**
 * What the package writes to the LMS, as (element, value) pairs in the order the SCORM runtime
 * expects them (an interaction's id and type before its response). Two data models:
 * SCORM 2004 4th edition (`cmi.completion_status`, `cmi.success_status`, `cmi.score.scaled`, …)
 * and SCORM 1.2 (`cmi.core.lesson_status`, `cmi.core.score.raw`, …). Pure.
 *
 * Responses: SCORM 2004 reports the question's authored ids (`b`, `korpri[.]korpri`). SCORM 1.2
 * allows only single characters 0–9 and a–z per part, so there every part is the POSITION of the
 * option, pair or item as authored in the bank (0 = first, …, 9, a = 11th, …, z = 36th); a judgement
 * is 0 = "Boleh", 1 = "Tidak boleh"; true/false is t/f. `responseMap12` lists every code with
 * what it stands for (build:scorm writes it next to the 1.2 package as a CSV for LMS reports).
 */
import { presentation } from '../../src/quizzes/engine/present.ts';
import type { Question, QuestionResponse } from '../../src/quizzes/engine/types.ts';
import { isUnanswered } from '../../src/quizzes/engine/present.ts';

export type ScormVersion = '2004' | '1.2';
export type Pairs = [string, string][];

/** The interaction type of a question in both models (a "boleh/tidak" judgement is a choice). */
function interactionType(q: Question): string {
  switch (q.type) {
    case 'truefalse': return 'true-false';
    case 'matching': return 'matching';
    case 'ordering': return 'sequencing';
    default: return 'choice';
  }
}

/**
 * A response in the question's authored ids (what an LMS report should show: the same for every
 * learner), as a list of parts; matching parts are [left pair id, chosen right pair id].
 */
function authoredParts(q: Question, r: QuestionResponse, seed: string): string[] | [string, string][] | null {
  if (isUnanswered(r)) return null;
  const p = presentation(q, seed);
  const back = (id: string) => p.toAuthored.get(id) ?? id;
  switch (q.type) {
    case 'single': return [back(r as string)];
    case 'multiple': return (r as string[]).map(back);
    case 'truefalse': return [String(r)];
    case 'judgement': return [r as string];
    case 'ordering': return (r as string[]).map(back);
    case 'matching': return Object.entries(r as Record<string, string>).map(([l, x]) => [back(l), back(x)] as [string, string]);
  }
}

function correctParts(q: Question): string[] | [string, string][] {
  switch (q.type) {
    case 'single': return [q.answer];
    case 'multiple': return [...q.answer];
    case 'truefalse': return [String(q.answer)];
    case 'judgement': return [q.answer];
    case 'ordering': return q.items.map((i) => i.id);
    case 'matching': return q.pairs.map((p) => [p.id, p.id] as [string, string]);
  }
}

/** SCORM 1.2's alphabet for one response part. */
const ALPHABET_12 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The authored ids of a question's choices, in the order whose positions SCORM 1.2 reports. */
function authoredIds(q: Question): string[] {
  switch (q.type) {
    case 'single': case 'multiple': return q.options.map((o) => o.id);
    case 'judgement': return ['boleh', 'tidak'];
    case 'matching': return q.pairs.map((p) => p.id);
    case 'ordering': return q.items.map((i) => i.id);
    case 'truefalse': return ['true', 'false'];
  }
}

/** The single 1.2 character of an authored id (its position), or throws for a 37th choice. */
function code12(q: Question, id: string): string {
  if (q.type === 'truefalse') return id === 'true' ? 't' : 'f';
  const i = authoredIds(q).indexOf(id);
  const c = ALPHABET_12[i];
  if (i < 0 || !c) throw new Error(`SCORM 1.2: "${q.id}" has no single-character code for "${id}"`);
  return c;
}

/** One row of the map from SCORM 1.2 response codes back to the bank. */
export interface ResponseCode12 {
  question: string;
  code: string;
  /** The authored id the code stands for. */
  id: string;
  /** Its text as the learner saw it (for a matching pair: "left -> right"). */
  text: string;
}

/** Every SCORM 1.2 response code of a bank, with what it stands for. */
export function responseMap12(bank: readonly Question[]): ResponseCode12[] {
  const rows: ResponseCode12[] = [];
  for (const q of bank) {
    const texts: [string, string][] = q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => [o.id, o.text])
      : q.type === 'judgement' ? [['boleh', 'Boleh'], ['tidak', 'Tidak boleh']]
      : q.type === 'matching' ? q.pairs.map((p) => [p.id, `${p.left} -> ${p.right}`])
      : q.type === 'ordering' ? q.items.map((i) => [i.id, i.text])
      : [['true', 'Benar'], ['false', 'Salah']];
    for (const [id, text] of texts) rows.push({ question: q.id, code: code12(q, id), id, text });
  }
  return rows;
}

/** A response in a model's syntax: 2004 uses authored ids with "[,]" and "[.]"; 1.2 single characters with "," and ".". */
function format(v: ScormVersion, q: Question, parts: string[] | [string, string][]): string {
  const [sep, dot] = v === '2004' ? ['[,]', '[.]'] : [',', '.'];
  const c = (id: string) => (v === '2004' ? id : code12(q, id));
  if (q.type === 'matching') return (parts as [string, string][]).map(([a, b]) => `${c(a)}${dot}${c(b)}`).join(sep);
  return (parts as string[]).map(c).join(sep);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * SCORM 2004 time with hundredths and the device's UTC offset, e.g. 2026-11-22T09:05:07.25+07:00,
 * so an LMS anywhere reads the right instant (the model allows a zone only after the fraction), or
 * SCORM 1.2 time of day (that model has no zone).
 */
export function timestamp(v: ScormVersion, at: Date): string {
  const local = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  if (v === '1.2') return local;
  const off = -at.getTimezoneOffset();
  const zone = `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${local}.${pad(Math.floor(at.getMilliseconds() / 10))}${zone}`;
}

/**
 * `cmi.exit` (2004) or `cmi.core.exit` (1.2) for the state the learner leaves in: a normal exit
 * once nothing is left to do (passed, or no attempt left), so the LMS closes its attempt; suspend
 * otherwise, so the next launch resumes. SCORM 1.2 writes a normal exit as "".
 */
export function exitPair(v: ScormVersion, finished: boolean): [string, string] {
  return v === '2004' ? ['cmi.exit', finished ? 'normal' : 'suspend'] : ['cmi.core.exit', finished ? '' : 'suspend'];
}

/** A duration: ISO 8601 for 2004 (PT1H2M3S), HHHH:MM:SS for 1.2. */
export function duration(v: ScormVersion, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return v === '2004' ? `PT${h}H${m}M${sec}S` : `${String(h).padStart(4, '0')}:${pad(m)}:${pad(sec)}`;
}

/** The elements of interaction number `n` for one exam question. */
export function interactionPairs(v: ScormVersion, n: number, q: Question, r: QuestionResponse, seed: string, correct: boolean, at: Date): Pairs {
  const pre = `cmi.interactions.${n}.`;
  const out: Pairs = [
    [`${pre}id`, q.id],
    [`${pre}type`, interactionType(q)],
  ];
  if (v === '2004') {
    out.push([`${pre}description`, q.stem.replace(/[{}]/g, '').slice(0, 250)]);
    out.push([`${pre}timestamp`, timestamp(v, at)]);
  } else {
    out.push([`${pre}time`, timestamp(v, at)]);
  }
  out.push([`${pre}weighting`, '1']);
  out.push([`${pre}correct_responses.0.pattern`, format(v, q, correctParts(q))]);
  const given = authoredParts(q, r, seed);
  if (given && given.length) out.push([`${pre}${v === '2004' ? 'learner_response' : 'student_response'}`, format(v, q, given)]);
  out.push([`${pre}result`, correct ? 'correct' : v === '2004' ? 'incorrect' : 'wrong']);
  return out;
}

/** Score, completion and success after a submitted exam (percent 0–100). */
export function resultPairs(v: ScormVersion, percent: number, passed: boolean): Pairs {
  const raw = String(Math.round(percent * 10) / 10);
  if (v === '2004') {
    return [
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', raw],
      ['cmi.score.scaled', String(Math.round(percent * 10) / 1000)],
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', passed ? 'passed' : 'failed'],
    ];
  }
  return [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', raw],
    ['cmi.core.lesson_status', passed ? 'passed' : 'failed'],
  ];
}

/** The pass mark (percent) the LMS set from the manifest, when it did; otherwise the course's. */
export function passMarkFrom(v: ScormVersion, lmsValue: string, fallback: number): number {
  const n = Number.parseFloat(lmsValue);
  if (lmsValue === '' || !Number.isFinite(n)) return fallback;
  return v === '2004' ? n * 100 : n;
}
