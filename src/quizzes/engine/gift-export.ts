/**
 * Moodle GIFT export of a question bank.
 *
 * Mapping (our type → GIFT):
 * - single    → `{=right ~wrong}`
 * - multiple  → `{~%w%right ~%-w%wrong}` with w = 100/k for k right options: Moodle then scores it
 *               exactly like our partial-credit rule (see score.ts); a question imported from Moodle
 *               with its own `weights` is written with those weights.
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
 */
import type { Question } from './types.ts';
import { giftEscape, WEIGHT, type Meta } from './gift-text.ts';

function weight(k: number): string {
  return String(Number((100 / k).toFixed(5)));
}


const KNOWN_KEYS = new Set(['id', 'type', 'area', 'cites', 'difficulty', 'isCase', 'stem', 'explanation', 'options', 'answer', 'weights', 'pairs', 'items']);

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
          const own = q.weights ? String(q.weights[o.id] ?? 0) : `${q.answer.includes(o.id) ? '' : '-'}${w}`;
          answers.push(`~%${own}%${giftEscape(o.text)}${fb(o.feedback)}`);
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
