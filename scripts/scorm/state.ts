/**
 * The learner's state inside a SCORM package, kept by the LMS in `cmi.suspend_data`.
 * SCORM 1.2 allows only 4,096 characters there, so the state is encoded compactly:
 * finished lessons as a bit string in course order, and an exam in progress as its seed plus
 * one short code per question (positions in the order the learner saw, not the option labels).
 * Pure: used by the package's shell in the browser and by the unit tests.
 */
import type { PublicQuestion, QuestionResponse, Responses } from '../../src/quizzes/engine/types.ts';

/** SCORM 1.2's limit for cmi.suspend_data (SCORM 2004 allows 64,000). */
export const SUSPEND_LIMIT = 4096;

export interface ExamInProgress {
  /** Attempt seed: the draw, the order and the labels all follow from it. */
  seed: string;
  responses: Responses;
  /** Question on screen. */
  index: number;
}

export interface ScormState {
  /** Ids of the finished lessons. */
  done: string[];
  /** Submitted exam attempts. */
  tries: number;
  /** Best exam score (percent), or null before the first submission. */
  best: number | null;
  exam: ExamInProgress | null;
}

export const emptyState = (): ScormState => ({ done: [], tries: 0, best: null, exam: null });

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const digit = (i: number) => DIGITS[i] ?? '';
const index = (c: string) => DIGITS.indexOf(c);

/** One response as a short code relative to how the question was presented. */
export function encodeResponse(pq: PublicQuestion, r: QuestionResponse): string {
  if (r === null || r === undefined) return '';
  switch (pq.type) {
    case 'single': {
      const i = pq.options.findIndex((o) => o.id === r);
      return i < 0 ? '' : digit(i);
    }
    case 'multiple':
      return Array.isArray(r) ? r.map((id) => digit(pq.options.findIndex((o) => o.id === id))).join('') : '';
    case 'truefalse':
      return r === true ? 't' : r === false ? 'f' : '';
    case 'judgement':
      return r === 'boleh' ? 'y' : r === 'tidak' ? 'n' : '';
    case 'matching': {
      if (typeof r !== 'object' || Array.isArray(r)) return '';
      const m = r as Record<string, string>;
      if (!Object.keys(m).length) return '';
      return pq.lefts.map((l) => (m[l.id] ? digit(pq.rights.findIndex((x) => x.id === m[l.id])) : '-')).join('');
    }
    case 'ordering':
      return Array.isArray(r) && r.length ? r.map((id) => digit(pq.items.findIndex((i) => i.id === id))).join('') : '';
  }
}

/** The response a code stands for (undefined when empty or not valid for the question). */
export function decodeResponse(pq: PublicQuestion, code: string): QuestionResponse {
  if (!code) return undefined;
  const at = <T>(list: T[], c: string): T | undefined => list[index(c)];
  switch (pq.type) {
    case 'single':
      return at(pq.options, code)?.id;
    case 'multiple':
      return [...code].map((c) => at(pq.options, c)?.id).filter((x): x is string => Boolean(x));
    case 'truefalse':
      return code === 't' ? true : code === 'f' ? false : undefined;
    case 'judgement':
      return code === 'y' ? 'boleh' : code === 'n' ? 'tidak' : undefined;
    case 'matching': {
      const out: Record<string, string> = {};
      [...code].forEach((c, i) => {
        const left = pq.lefts[i];
        const right = c === '-' ? undefined : at(pq.rights, c);
        if (left && right) out[left.id] = right.id;
      });
      return out;
    }
    case 'ordering':
      return [...code].map((c) => at(pq.items, c)?.id).filter((x): x is string => Boolean(x));
  }
}

/**
 * Encodes the state. `lessons` are the lesson ids in course order; `present(seed)` gives the
 * exam's questions as presented for a seed (the draw is deterministic).
 */
export function encodeState(s: ScormState, lessons: readonly string[], present: (seed: string) => PublicQuestion[]): string {
  const out: (string | number)[] = [1, lessons.map((id) => (s.done.includes(id) ? '1' : '0')).join(''), s.tries, s.best ?? ''];
  if (s.exam) {
    const qs = present(s.exam.seed);
    out.push(s.exam.seed, s.exam.index, qs.map((q) => encodeResponse(q, s.exam!.responses[q.id])).join(','));
  }
  return out.join('|');
}

/** Decodes what encodeState wrote; anything unreadable gives the empty state (a fresh start). */
export function decodeState(text: string, lessons: readonly string[], present: (seed: string) => PublicQuestion[]): ScormState {
  const parts = (text || '').split('|');
  if (parts[0] !== '1') return emptyState();
  const [, bits = '', tries = '0', best = '', seed, idx, codes] = parts;
  const state: ScormState = {
    done: lessons.filter((_, i) => bits[i] === '1'),
    tries: Math.max(0, Number.parseInt(tries, 10) || 0),
    best: best === '' || Number.isNaN(Number(best)) ? null : Number(best),
    exam: null,
  };
  if (seed) {
    try {
      const qs = present(seed);
      const list = (codes ?? '').split(',');
      const responses: Responses = {};
      qs.forEach((q, i) => {
        const r = decodeResponse(q, list[i] ?? '');
        if (r !== undefined) responses[q.id] = r;
      });
      state.exam = { seed, responses, index: Math.min(Math.max(0, Number(idx) || 0), qs.length - 1) };
    } catch {
      state.exam = null; // a seed from another version of the bank: start the exam afresh
    }
  }
  return state;
}
