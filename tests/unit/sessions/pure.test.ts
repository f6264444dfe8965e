/**
 * The pure parts of live sessions: join codes, the facilitator's state machine, answer
 * distributions, averages and gain, slides and the declaration text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, displayCode, generateCode, normalizeCode } from '../../../src/server/sessions/code.ts';
import { applyAction, initialState, parseAction, resultsVisible, StateError, takesAnswers } from '../../../src/server/sessions/state.ts';
import { questionStats, sessionGain, testSummary } from '../../../src/server/sessions/stats.ts';
import { extractDeclaration, sameName } from '../../../src/server/sessions/declaration.ts';
import { markdownSlides, pack, sentenceBreaks, slideForKey, splitAt } from '../../../src/components/session/slides.ts';
import { presentation } from '../../../src/quizzes/engine/present.ts';
import { course } from '../../../src/content/course.ts';
import type { Question } from '../../../src/quizzes/schema.ts';

describe('join codes', () => {
  it('are 6 characters a person cannot misread: no 0/O, no 1/I', () => {
    expect(CODE_ALPHABET).not.toMatch(/[0O1I]/);
    const codes = Array.from({ length: 2000 }, () => generateCode());
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });
  it('uses every symbol (no bias towards a part of the alphabet)', () => {
    const seen = new Set(Array.from({ length: 500 }, () => generateCode()).join(''));
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });
  it('accepts the code as people type it and rejects what cannot be a code', () => {
    expect(normalizeCode('abc 234')).toBe('ABC234');
    expect(normalizeCode(' ABC-234 ')).toBe('ABC234');
    expect(normalizeCode('ABC0O4')).toBeNull();
    expect(normalizeCode('ABC23')).toBeNull();
    expect(normalizeCode(42)).toBeNull();
    expect(displayCode('ABC234')).toBe('ABC 234');
  });
});

describe('the facilitator state machine', () => {
  const items = { pre: ['p1', 'p2', 'p3'], post: ['q1', 'q2'] };
  it('hides results while a question is open; closing or "Tampilkan hasil" reveals them in the pre-test', () => {
    let s = applyAction(initialState(), { action: 'next', test: 'pre' }, items);
    expect(resultsVisible(s.pre, 'p1')).toBe(false);
    s = applyAction(s, { action: 'reveal', test: 'pre' }, items);
    expect(resultsVisible(s.pre, 'p1')).toBe(true);
    expect(s.pre.open).toEqual([]);
    s = applyAction(s, { action: 'next', test: 'pre' }, items);
    expect(resultsVisible(s.pre, 'p2')).toBe(false);
    s = applyAction(s, { action: 'closeQuestions', test: 'pre' }, items);
    expect(resultsVisible(s.pre, 'p2')).toBe(true);
  });
  it('reveals nothing of the post-test per question until it is finished', () => {
    let s = applyAction(applyAction(initialState(), { action: 'openAll', test: 'pre' }, items), { action: 'finish', test: 'pre' }, items);
    s = applyAction(s, { action: 'next', test: 'post' }, items);
    expect(() => applyAction(s, { action: 'reveal', test: 'post' }, items)).toThrow(/setelah post-test selesai/);
    s = applyAction(s, { action: 'next', test: 'post' }, items);
    expect(resultsVisible(s.post, 'q1')).toBe(false);
    s = applyAction(s, { action: 'closeQuestions', test: 'post' }, items);
    expect(resultsVisible(s.post, 'q2')).toBe(false);
    s = applyAction(s, { action: 'finish', test: 'post' }, items);
    expect(resultsVisible(s.post, 'q1') && resultsVisible(s.post, 'q2')).toBe(true);
  });
  it('a countdown stops answers when it ends (no points for speed, it only closes)', () => {
    const t0 = new Date('2026-12-06T10:00:00Z');
    const s = applyAction(initialState(), { action: 'next', test: 'pre', seconds: 30 }, items, t0);
    expect(s.pre.deadline).toBe('2026-12-06T10:00:30.000Z');
    expect(takesAnswers(s.pre, 'p1', new Date('2026-12-06T10:00:29Z'))).toBe(true);
    expect(takesAnswers(s.pre, 'p1', new Date('2026-12-06T10:00:32Z'))).toBe(false);
    expect(parseAction({ action: 'next', test: 'pre', seconds: 5 })).toBeNull();
    expect(parseAction({ action: 'next', test: 'pre', seconds: 60 })).toEqual({ action: 'next', test: 'pre', seconds: 60 });
  });
  it('opens one question at a time, closing the previous one', () => {
    let s = applyAction(initialState(), { action: 'next', test: 'pre' }, items);
    expect(s.stage).toBe('pre');
    expect(s.pre.open).toEqual(['p1']);
    s = applyAction(s, { action: 'next', test: 'pre' }, items);
    expect(s.pre.open).toEqual(['p2']);
    expect(s.pre.revealed).toEqual(['p1', 'p2']);
    expect(s.pre.current).toBe(1);
    s = applyAction(s, { action: 'closeQuestions', test: 'pre' }, items);
    expect(s.pre.open).toEqual([]);
  });
  it('refuses the post-test before the pre-test is finished, and anything after finishing or closing', () => {
    const s = initialState();
    expect(() => applyAction(s, { action: 'next', test: 'post' }, items)).toThrow(StateError);
    const finished = applyAction(applyAction(s, { action: 'openAll', test: 'pre' }, items), { action: 'finish', test: 'pre' }, items);
    expect(finished.pre.finished).toBe(true);
    expect(finished.pre.open).toEqual([]);
    expect(() => applyAction(finished, { action: 'next', test: 'pre' }, items)).toThrow(/sudah selesai/);
    const post = applyAction(finished, { action: 'openAll', test: 'post' }, items);
    expect(post.post.open).toEqual(['q1', 'q2']);
    const closed = applyAction(post, { action: 'close' }, items);
    expect(closed.post.open).toEqual([]);
    expect(() => applyAction(closed, { action: 'stage', stage: 'lobby' }, items)).toThrow(/ditutup/);
  });
  it('switching to the declaration closes open questions', () => {
    const s = applyAction(applyAction(initialState(), { action: 'openAll', test: 'pre' }, items), { action: 'stage', stage: 'declaration' }, items);
    expect(s.stage).toBe('declaration');
    expect(s.pre.open).toEqual([]);
  });
  it('parses only known actions', () => {
    expect(parseAction({ action: 'next', test: 'pre' })).toEqual({ action: 'next', test: 'pre' });
    expect(parseAction({ action: 'next', test: 'final' })).toBeNull();
    expect(parseAction({ action: 'stage', stage: 'closed' })).toBeNull();
    expect(parseAction({ action: 'drop table' })).toBeNull();
  });
});

const single: Question = {
  id: 'g-karier-90', area: 'karier', type: 'single', difficulty: 1, stem: 'Pilih satu.',
  options: [{ id: 'a', text: 'Benar' }, { id: 'b', text: 'Salah satu' }, { id: 'c', text: 'Salah dua' }],
  answer: 'a', explanation: 'Karena.', cites: ['uu-20-2023/pasal-9-ayat-2'],
} as Question;
const tf: Question = { id: 'g-partai-90', area: 'partai', type: 'truefalse', difficulty: 1, stem: 'Benar?', answer: true, explanation: 'Ya.', cites: ['uu-20-2023/pasal-9-ayat-2'] } as Question;

describe('live results', () => {
  const seed = 'sesi-uji';
  const p = presentation(single, seed);
  const pub = (id: string) => p.toPublic.get(id)!;
  it('counts answers per option and marks the key only when asked to', () => {
    const responses = [pub('a'), pub('a'), pub('b'), null, pub('c'), pub('a')];
    const open = questionStats(single, seed, responses, false);
    expect(open.answered).toBe(5);
    expect(open.options.map((o) => o.correct)).toEqual([null, null, null]);
    expect(Object.fromEntries(open.options.map((o) => [o.label, o.count]))).toEqual({ Benar: 3, 'Salah satu': 1, 'Salah dua': 1 });
    const closed = questionStats(single, seed, responses, true);
    expect(closed.percentCorrect).toBe(60);
    expect(closed.options.find((o) => o.correct)!.label).toBe('Benar');
  });
  it('averages participants who answered, with mastery per area', () => {
    const answers = new Map([
      ['x', { [single.id]: pub('a'), [tf.id]: true }],
      ['y', { [single.id]: pub('b'), [tf.id]: true }],
      ['z', {}],
    ]);
    const s = testSummary([single, tf], seed, answers, course);
    expect(s.scores.size).toBe(2);
    expect(s.scores.get('x')!.percent).toBe(100);
    expect(s.scores.get('y')!.percent).toBe(50);
    expect(s.average).toBe(75);
    expect(s.perArea).toEqual([{ area: 'karier', percent: 50 }, { area: 'partai', percent: 100 }]);
  });
  it('computes the gain over participants who took both tests', () => {
    const g = sessionGain(new Map([['x', 40], ['y', 60], ['z', 100], ['w', 50]]), new Map([['x', 70], ['y', 80], ['z', 100]]));
    expect(g.n).toBe(3);
    expect(g.excluded).toBe(1);
    expect(g.meanOfGains).toBeCloseTo((0.5 + 0.5) / 2, 6);
  });
});

describe('slides', () => {
  it('splits a module at ## headings, not ### and not inside code', () => {
    const body = ['import X from "y";', '', 'Pembuka.', '## Satu', 'a', '### Sub', 'b', '```', '## bukan', '```', '## Dua', 'c'].join('\n');
    const slides = markdownSlides(body);
    expect(slides.map((s) => s.title)).toEqual([null, 'Satu', 'Dua']);
    expect(slides[1]!.lines).toContain('### Sub');
    expect(slides[1]!.lines).toContain('## bukan');
  });
  it('gives one slide per ## section of every real module', () => {
    const body = readFileSync('src/content/modules/07-studi-kasus-komitmen.mdx', 'utf8').replace(/^---[\s\S]*?---/, '');
    const titles = markdownSlides(body).map((s) => s.title);
    expect(titles).toContain('Deklarasi netralitas');
    expect(titles.filter((t) => t !== null)).toHaveLength((body.match(/^## /gm) ?? []).length);
  });
  it('groups generic items and navigates with the keyboard within bounds', () => {
    expect(splitAt(['h', 'a', 'h', 'b'], (x) => x === 'h')).toEqual([['h', 'a'], ['h', 'b']]);
    expect(slideForKey('ArrowRight', 0, 3)).toBe(1);
    expect(slideForKey('ArrowRight', 2, 3)).toBe(2);
    expect(slideForKey('ArrowLeft', 0, 3)).toBe(0);
    expect(slideForKey('End', 0, 3)).toBe(2);
    expect(slideForKey('Home', 2, 3)).toBe(0);
    expect(slideForKey('x', 1, 3)).toBeNull();
  });
});

describe('the declaration', () => {
  it('is read from module 7 (one source), with its eight points', () => {
    const d = extractDeclaration(readFileSync('src/content/modules/07-studi-kasus-komitmen.mdx', 'utf8'));
    expect(d.title).toBe('Deklarasi Netralitas Aparatur Sipil Negara');
    expect(d.intro).toMatch(/^Saya, Pegawai Aparatur Sipil Negara/);
    expect(d.items).toHaveLength(8);
    expect(d.items[0]).toMatch(/^menjaga netralitas/);
    expect(d.items.join(' ')).not.toMatch(/\n|\s{2}/);
    expect(d.closing).toMatch(/^Demikian pernyataan ini/);
  });
  it('accepts the typed name regardless of case, spacing and punctuation, and nothing else', () => {
    expect(sameName('dr hj nuraini sag mpdi', "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.")).toBe(true);
    expect(sameName("dr. hj.  nur'aini, s.ag., m.pd.i.", "Dr. Hj. Nur'aini, S.Ag., M.Pd.I.")).toBe(true);
    expect(sameName('Budi Santoso', 'Budi Santosa')).toBe(false);
    expect(sameName('', 'Budi')).toBe(false);
    expect(sameName(null, 'Budi')).toBe(false);
  });
  it('splits paragraphs only between sentences, never after a title or an abbreviation', () => {
    const text = 'Drs. H. Ahmad, S.Ag. hadir. Ia membaca Pasal 5 huruf n. Angka 4 melarang kampanye! "Itu jelas," kata dia. Sudah?';
    const parts = [0, ...sentenceBreaks(text), text.length].reduce<string[]>((acc, at, i, all) => (i ? [...acc, text.slice(all[i - 1], at).trim()] : acc), []);
    expect(parts).toEqual(['Drs. H. Ahmad, S.Ag. hadir.', 'Ia membaca Pasal 5 huruf n. Angka 4 melarang kampanye!', '"Itu jelas," kata dia.', 'Sudah?']);
    expect(sentenceBreaks('Tanpa titik di akhir')).toEqual([]);
  });
  it('packs measured blocks into slides without exceeding the height', () => {
    expect(pack([300, 300, 300, 900, 100, 1200, 50], 1000)).toEqual([[0, 1, 2], [3, 4], [5], [6]]);
  });
});
