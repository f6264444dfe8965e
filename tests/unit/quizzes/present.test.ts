import { describe, expect, it } from 'vitest';
import { presentation, presentQuestion, validateResponse, validateResponses } from '../../../src/quizzes/engine/present.ts';
import type { PublicQuestion } from '../../../src/quizzes/engine/types.ts';
import type { Question } from '../../../src/quizzes/schema.ts';
import { everyType, matching, multiple, ordering, single, specialChars } from './fixtures.ts';

/** Every key and every string value anywhere in a value. */
function walk(value: unknown, keys: Set<string>, strings: Set<string>): void {
  if (typeof value === 'string') strings.add(value);
  else if (Array.isArray(value)) for (const v of value) walk(v, keys, strings);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      walk(v, keys, strings);
    }
  }
}

function authoredIds(q: Question): string[] {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => o.id);
  if (q.type === 'matching') return q.pairs.map((p) => p.id);
  if (q.type === 'ordering') return q.items.map((i) => i.id);
  return [];
}

function secrets(q: Question): string[] {
  const out = [q.explanation, ...q.cites];
  if (q.type === 'single' || q.type === 'multiple') for (const o of q.options) if (o.feedback) out.push(o.feedback);
  return out;
}

describe('the public view of a question', () => {
  const seeds = Array.from({ length: 30 }, (_, i) => `attempt-${i}`);

  it.each([...everyType, ...specialChars].map((q) => [q.type, q.id, q] as const))(
    '%s (%s) carries no key, feedback, explanation or cites, and no authored id',
    (_type, _id, q) => {
      for (const seed of seeds) {
        const keys = new Set<string>();
        const strings = new Set<string>();
        walk(presentQuestion(q, seed), keys, strings);
        for (const k of ['answer', 'feedback', 'explanation', 'cites', 'pairs', 'difficulty', 'isCase']) expect(keys.has(k)).toBe(false);
        for (const s of secrets(q)) expect(strings.has(s)).toBe(false);
        for (const id of authoredIds(q)) expect(strings.has(id)).toBe(false);
      }
    },
  );

  it('shows every option text once, with distinct opaque ids', () => {
    const view = presentQuestion(single, 'seed');
    if (view.type !== 'single') throw new Error('type');
    expect(view.options.map((o) => o.text).sort()).toEqual(single.type === 'single' ? single.options.map((o) => o.text).sort() : []);
    expect(new Set(view.options.map((o) => o.id)).size).toBe(4);
    for (const o of view.options) expect(o.id).toMatch(/^[a-z0-9]{6}$/);
  });

  it('does not keep the right answer in the authored position: it lands in every position across attempts', () => {
    const positions = new Set<number>();
    for (let i = 0; i < 100; i++) {
      const p = presentation(single, `s${i}`);
      if (p.view.type !== 'single') throw new Error('type');
      positions.add(p.view.options.findIndex((o) => p.toAuthored.get(o.id) === 'a'));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it('gives different labels in different attempts and the same labels for the same attempt', () => {
    expect(presentQuestion(multiple, 'one')).toEqual(presentQuestion(multiple, 'one'));
    const a = presentQuestion(multiple, 'one') as { options: { id: string }[] };
    const b = presentQuestion(multiple, 'two') as { options: { id: string }[] };
    expect(a.options.map((o) => o.id)).not.toEqual(b.options.map((o) => o.id));
  });

  it('keeps the lefts of a matching question in order and shuffles the rights', () => {
    const orders = new Set<string>();
    for (const seed of seeds) {
      const view = presentQuestion(matching, seed);
      if (view.type !== 'matching' || matching.type !== 'matching') throw new Error('type');
      expect(view.lefts.map((l) => l.text)).toEqual(matching.pairs.map((p) => p.left));
      expect([...view.rights.map((r) => r.text)].sort()).toEqual(matching.pairs.map((p) => p.right).sort());
      const leftIds = new Set(view.lefts.map((l) => l.id));
      for (const r of view.rights) expect(leftIds.has(r.id)).toBe(false);
      orders.add(view.rights.map((r) => r.text).join('|'));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles ordering items', () => {
    const orders = new Set(seeds.map((s) => (presentQuestion(ordering, s) as { items: { text: string }[] }).items.map((i) => i.text).join('|')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('offers the fixed choices Benar/Salah and Boleh/Tidak boleh', () => {
    const tf = presentQuestion(everyType[2]!, 's');
    const judge = presentQuestion(everyType[3]!, 's');
    expect(tf.type === 'truefalse' && tf.choices.map((c) => c.label)).toEqual(['Benar', 'Salah']);
    expect(judge.type === 'judgement' && judge.choices.map((c) => [c.value, c.label])).toEqual([
      ['boleh', 'Boleh'],
      ['tidak', 'Tidak boleh'],
    ]);
  });
});

describe('validating a response', () => {
  const view = <T extends PublicQuestion['type']>(q: Question) => presentQuestion(q, 'v') as Extract<PublicQuestion, { type: T }>;
  const s = view<'single'>(single);
  const m = view<'multiple'>(multiple);
  const tf = view<'truefalse'>(everyType[2]!);
  const j = view<'judgement'>(everyType[3]!);
  const mt = view<'matching'>(matching);
  const o = view<'ordering'>(ordering);

  it('accepts well-formed answers and unanswered questions', () => {
    expect(validateResponse(s, s.options[0]!.id)).toBeNull();
    expect(validateResponse(m, [m.options[0]!.id, m.options[2]!.id])).toBeNull();
    expect(validateResponse(m, [])).toBeNull();
    expect(validateResponse(tf, false)).toBeNull();
    expect(validateResponse(j, 'tidak')).toBeNull();
    expect(validateResponse(mt, { [mt.lefts[0]!.id]: mt.rights[1]!.id })).toBeNull();
    expect(validateResponse(o, o.items.map((i) => i.id).reverse())).toBeNull();
    for (const v of [s, m, tf, j, mt, o]) {
      expect(validateResponse(v, undefined)).toBeNull();
      expect(validateResponse(v, null)).toBeNull();
    }
  });

  it('rejects the authored ids: only the labels of this attempt count', () => {
    expect(validateResponse(s, 'a')).toBe('Pilihan jawaban tidak dikenal.');
    expect(validateResponse(m, ['a', 'b'])).toBe('Pilihan jawaban tidak dikenal.');
  });

  it('rejects wrong shapes with an Indonesian reason', () => {
    expect(validateResponse(s, [s.options[0]!.id])).toMatch(/harus berupa satu pilihan/);
    expect(validateResponse(s, 3)).toMatch(/harus berupa satu pilihan/);
    expect(validateResponse(m, m.options[0]!.id)).toMatch(/harus berupa daftar pilihan/);
    expect(validateResponse(tf, 'true')).toMatch(/Benar.*Salah/);
    expect(validateResponse(j, 'ya')).toMatch(/Boleh/);
    expect(validateResponse(mt, [mt.rights[0]!.id])).toMatch(/pasangan/);
    expect(validateResponse(o, 'x')).toMatch(/daftar butir/);
    expect(validateResponse(s, 'x'.repeat(1000))).toMatch(/harus berupa satu pilihan/);
  });

  it('rejects duplicates', () => {
    const id = m.options[0]!.id;
    expect(validateResponse(m, [id, id])).toBe('Pilihan yang sama dikirim lebih dari sekali.');
    const r = mt.rights[0]!.id;
    expect(validateResponse(mt, { [mt.lefts[0]!.id]: r, [mt.lefts[1]!.id]: r })).toBe('Satu jawaban dipasangkan lebih dari sekali.');
    const items = o.items.map((i) => i.id);
    expect(validateResponse(o, [items[0], items[0], items[1], items[2]])).toBe('Butir yang sama dikirim lebih dari sekali.');
  });

  it('rejects unknown labels and out-of-range answers', () => {
    expect(validateResponse(m, [...m.options.map((x) => x.id), 'zzzzzz'])).toMatch(/melebihi/);
    expect(validateResponse(mt, { nope: mt.rights[0]!.id })).toMatch(/tidak dikenal/);
    expect(validateResponse(mt, { [mt.lefts[0]!.id]: mt.lefts[1]!.id })).toMatch(/tidak dikenal/);
    expect(validateResponse(o, o.items.slice(0, 3).map((i) => i.id))).toMatch(/semua butir/);
    expect(validateResponse(o, [...o.items.map((i) => i.id).slice(0, 3), 'zzzzzz'])).toMatch(/tidak dikenal/);
  });

  it('checks a whole attempt and names the question number', () => {
    const pubs = [s, tf];
    expect(validateResponses(pubs, { [s.id]: s.options[1]!.id, [tf.id]: true })).toBeNull();
    expect(validateResponses(pubs, {})).toBeNull();
    expect(validateResponses(pubs, { [tf.id]: 'ya' })).toMatch(/^Soal 2: /);
    expect(validateResponses(pubs, { 'soal-lain': true })).toMatch(/tidak ada dalam ujian/);
    expect(validateResponses(pubs, [true])).toMatch(/daftar jawaban/);
    expect(validateResponses(pubs, JSON.parse('{"__proto__": {"x": 1}}'))).toMatch(/tidak ada dalam ujian/);
  });
});
