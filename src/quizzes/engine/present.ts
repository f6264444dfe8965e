/**
 * The public view of a question and the check of a learner's response.
 *
 * The public view never carries the key: no answer, no feedback, no explanation, no cites.
 * Authors tend to put the right answer first and call it "a", so the view must not leak it
 * through ids or order either: every option, left, right and ordering item gets an opaque id
 * drawn from the attempt seed, and options, rights and items are shuffled with that seed.
 * The attempt seed must therefore stay on the server for graded questions.
 */
import { createRng, deriveSeed, randomInt, shuffle } from './rng.ts';
import {
  JUDGEMENT_CHOICES,
  TRUE_FALSE_CHOICES,
  type PublicChoice,
  type PublicQuestion,
  type Question,
  type QuestionResponse,
} from './types.ts';

const LABEL_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LABEL_LENGTH = 6;

/** How a question is presented under a seed, with the mapping back to the authored ids. */
export interface Presentation {
  view: PublicQuestion;
  /** Public id → authored id (options, pair ids for lefts and for rights, item ids). */
  toAuthored: Map<string, string>;
  /** Authored id → public id (for lefts of matching, the key is `left:` + pair id). */
  toPublic: Map<string, string>;
}

/** Opaque, distinct labels for `ids`, none equal to any authored id of the question. */
function makeLabels(ids: readonly string[], avoid: ReadonlySet<string>, seed: string): string[] {
  const rng = createRng(seed);
  const used = new Set<string>();
  return ids.map(() => {
    for (;;) {
      let label = '';
      for (let i = 0; i < LABEL_LENGTH; i++) label += LABEL_ALPHABET[randomInt(rng, LABEL_ALPHABET.length)];
      if (!used.has(label) && !avoid.has(label)) {
        used.add(label);
        return label;
      }
    }
  });
}

function authoredIds(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'matching':
      return q.pairs.map((p) => p.id);
    case 'ordering':
      return q.items.map((i) => i.id);
    default:
      return [];
  }
}

/**
 * Recent presentations. A presentation is pure in (question, seed) and one request asks for it
 * several times (the view that checks responses, the score, the review); recomputing the labels
 * was a large part of an exam submit. Bounded: at most PRESENTATIONS_KEPT (oldest dropped first).
 * Callers must treat a presentation as read-only.
 */
const PRESENTATIONS_KEPT = 20_000;
const presentations = new Map<string, { q: Question; p: Presentation }>();

/** The full presentation of a question for an attempt seed (deterministic). */
export function presentation(q: Question, seed: string): Presentation {
  const key = `${seed}\u001e${q.id}`;
  const hit = presentations.get(key);
  // The same id may name another question object (an imported bank read afresh): compare both.
  if (hit && hit.q === q) return hit.p;
  const p = computePresentation(q, seed);
  if (presentations.size >= PRESENTATIONS_KEPT) presentations.delete(presentations.keys().next().value as string);
  presentations.set(key, { q, p });
  return p;
}

function computePresentation(q: Question, seed: string): Presentation {
  const base = { id: q.id, area: q.area, stem: q.stem };
  const qSeed = deriveSeed(seed, q.id);
  const avoid = new Set([...authoredIds(q), q.id]);
  const toAuthored = new Map<string, string>();
  const toPublic = new Map<string, string>();
  const label = (ids: string[], purpose: string, keyPrefix = ''): string[] => {
    const labels = makeLabels(ids, avoid, deriveSeed(qSeed, purpose));
    ids.forEach((id, i) => {
      const l = labels[i] as string;
      avoid.add(l); // lefts and rights of one question never share a label
      toAuthored.set(l, id);
      toPublic.set(keyPrefix + id, l);
    });
    return labels;
  };

  switch (q.type) {
    case 'single':
    case 'multiple': {
      const labels = label(q.options.map((o) => o.id), 'options');
      const options: PublicChoice[] = q.options.map((o, i) => ({ id: labels[i] as string, text: o.text }));
      return { view: { ...base, type: q.type, options: shuffle(options, deriveSeed(qSeed, 'order')) }, toAuthored, toPublic };
    }
    case 'truefalse':
      return { view: { ...base, type: 'truefalse', choices: TRUE_FALSE_CHOICES.map((c) => ({ ...c })) }, toAuthored, toPublic };
    case 'judgement':
      return { view: { ...base, type: 'judgement', choices: JUDGEMENT_CHOICES.map((c) => ({ ...c })) }, toAuthored, toPublic };
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      const leftLabels = label(ids, 'lefts', 'left:');
      const rightLabels = label(ids, 'rights');
      const lefts = q.pairs.map((p, i) => ({ id: leftLabels[i] as string, text: p.left }));
      const rights = q.pairs.map((p, i) => ({ id: rightLabels[i] as string, text: p.right }));
      return {
        view: { ...base, type: 'matching', lefts, rights: shuffle(rights, deriveSeed(qSeed, 'order')) },
        toAuthored,
        toPublic,
      };
    }
    case 'ordering': {
      const labels = label(q.items.map((i) => i.id), 'items');
      // A uniform shuffle: it may leave the items in the right order, which tells the learner nothing.
      const items = q.items.map((it, i) => ({ id: labels[i] as string, text: it.text }));
      return { view: { ...base, type: 'ordering', items: shuffle(items, deriveSeed(qSeed, 'order')) }, toAuthored, toPublic };
    }
  }
}

/** What the browser may see of a question: no key, no feedback, no explanation, no cites. */
export function presentQuestion(q: Question, seed: string): PublicQuestion {
  return presentation(q, seed).view;
}

/** Public views of an exam's questions, in the given order. */
export function presentQuestions(questions: readonly Question[], seed: string): PublicQuestion[] {
  return questions.map((q) => presentQuestion(q, seed));
}

const MAX_LABEL = 64;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isShortString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_LABEL;
}

/** True when the response means "not answered". */
export function isUnanswered(r: QuestionResponse): boolean {
  if (r === null || r === undefined) return true;
  if (Array.isArray(r)) return r.length === 0;
  if (typeof r === 'object') return Object.keys(r).length === 0;
  return false;
}

/**
 * Checks the shape of a response against the public view. Returns null when it is acceptable
 * (unanswered included), otherwise the reason in Indonesian, fit for a 400 answer.
 */
export function validateResponse(pub: PublicQuestion, r: unknown): string | null {
  if (r === null || r === undefined) return null;
  switch (pub.type) {
    case 'single': {
      if (!isShortString(r)) return 'Jawaban soal pilihan ganda harus berupa satu pilihan.';
      if (!pub.options.some((o) => o.id === r)) return 'Pilihan jawaban tidak dikenal.';
      return null;
    }
    case 'multiple': {
      if (!Array.isArray(r)) return 'Jawaban soal pilihan jamak harus berupa daftar pilihan.';
      if (r.length > pub.options.length) return 'Jumlah pilihan melebihi jumlah opsi.';
      if (!r.every(isShortString)) return 'Jawaban soal pilihan jamak harus berupa daftar pilihan.';
      if (!r.every((id) => pub.options.some((o) => o.id === id))) return 'Pilihan jawaban tidak dikenal.';
      if (new Set(r).size !== r.length) return 'Pilihan yang sama dikirim lebih dari sekali.';
      return null;
    }
    case 'truefalse':
      return typeof r === 'boolean' ? null : 'Jawaban soal benar/salah harus "Benar" atau "Salah".';
    case 'judgement':
      return r === 'boleh' || r === 'tidak' ? null : 'Jawaban harus "Boleh" atau "Tidak boleh".';
    case 'matching': {
      if (!isPlainObject(r)) return 'Jawaban soal menjodohkan harus berupa pasangan.';
      const entries = Object.entries(r);
      if (entries.length > pub.lefts.length) return 'Jumlah pasangan melebihi jumlah pernyataan.';
      for (const [left, right] of entries) {
        if (!pub.lefts.some((l) => l.id === left)) return 'Pernyataan yang dijodohkan tidak dikenal.';
        if (!isShortString(right) || !pub.rights.some((x) => x.id === right)) return 'Pasangan jawaban tidak dikenal.';
      }
      const rights = entries.map(([, right]) => right);
      if (new Set(rights).size !== rights.length) return 'Satu jawaban dipasangkan lebih dari sekali.';
      return null;
    }
    case 'ordering': {
      if (!Array.isArray(r)) return 'Jawaban soal mengurutkan harus berupa daftar butir.';
      if (r.length === 0) return null;
      if (r.length > pub.items.length * 2 || !r.every(isShortString)) return 'Jawaban soal mengurutkan harus berupa daftar butir.';
      if (!r.every((id) => pub.items.some((i) => i.id === id))) return 'Butir urutan tidak dikenal.';
      if (new Set(r).size !== r.length) return 'Butir yang sama dikirim lebih dari sekali.';
      if (r.length !== pub.items.length) return 'Urutan harus memuat semua butir tepat satu kali.';
      return null;
    }
  }
}

/**
 * Checks every response of an attempt. Returns null when all are acceptable, otherwise the first
 * reason, prefixed with the question's number as the learner sees it ("Soal 3: …").
 */
export function validateResponses(pubs: readonly PublicQuestion[], responses: unknown): string | null {
  if (!isPlainObject(responses)) return 'Jawaban harus dikirim sebagai daftar jawaban per soal.';
  const known = new Set(pubs.map((p) => p.id));
  for (const id of Object.keys(responses)) {
    if (!known.has(id)) return 'Jawaban untuk soal yang tidak ada dalam ujian ini.';
  }
  for (let i = 0; i < pubs.length; i++) {
    const pub = pubs[i] as PublicQuestion;
    const reason = validateResponse(pub, Object.hasOwn(responses, pub.id) ? responses[pub.id] : undefined);
    if (reason) return `Soal ${i + 1}: ${reason}`;
  }
  return null;
}
