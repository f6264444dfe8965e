/**
 * The neutrality declaration has one source: the block quote in module 7 that starts with
 * "**Deklarasi Netralitas". The session's declaration is read from it, so the text participants
 * sign is the text the course teaches.
 */
export const DECLARATION_MODULE = '07-studi-kasus-komitmen';

export interface Declaration {
  title: string;
  intro: string;
  items: string[];
  closing: string;
}

const plain = (s: string) => s.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();

/** Reads the declaration from the module's MDX body; throws when the block quote is missing. */
export function extractDeclaration(body: string): Declaration {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => /^>\s*\*\*Deklarasi Netralitas/.test(l));
  if (start < 0) throw new Error(`declaration: no "> **Deklarasi Netralitas" block quote in module ${DECLARATION_MODULE}`);
  const quote: string[] = [];
  for (let i = start; i < lines.length && /^>/.test(lines[i]!); i++) quote.push(lines[i]!.replace(/^>\s?/, ''));
  // Paragraphs are separated by empty quote lines; list items start with "1.", continuation lines are indented.
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const l of quote) {
    if (l.trim() === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  const title = plain(blocks[0]!.join(' '));
  const items: string[] = [];
  const paragraphs: string[] = [];
  for (const block of blocks.slice(1)) {
    if (/^\d+\.\s/.test(block[0]!)) {
      for (const l of block) {
        if (/^\d+\.\s/.test(l)) items.push(l.replace(/^\d+\.\s+/, ''));
        else items[items.length - 1] += ' ' + l.trim();
      }
    } else paragraphs.push(plain(block.join(' ')));
  }
  if (items.length === 0 || paragraphs.length < 2) throw new Error('declaration: expected an intro, numbered items and a closing');
  return { title, intro: paragraphs[0]!, items: items.map(plain), closing: paragraphs[paragraphs.length - 1]! };
}

/** A typed name compared with the name on the attendance list: case, spacing and punctuation do not matter. */
export function sameName(typed: unknown, name: string): boolean {
  if (typeof typed !== 'string' || typed.length > 300) return false;
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('id').replace(/[^\p{L}\p{N}\s]+/gu, '').replace(/\s+/g, ' ').trim();
  return norm(typed) !== '' && norm(typed) === norm(name);
}
