/**
 * Splitting a module into slides for the projector: one idea per screen, a new slide at every
 * level-2 heading (`##`). Pure; used by the presentation page (on the rendered DOM) and testable
 * on the Markdown source.
 */

/** Groups items into slides: a new group starts at each heading; items before the first heading form the opening slide. */
export function splitAt<T>(items: readonly T[], isHeading: (item: T) => boolean): T[][] {
  const slides: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (isHeading(item) && current.length > 0) {
      slides.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) slides.push(current);
  return slides;
}

export interface MarkdownSlide {
  /** The `##` heading, or null for the opening slide. */
  title: string | null;
  /** The slide's Markdown lines (heading included). */
  lines: string[];
}

/** Slides of a Markdown/MDX body: split at `## ` lines outside fenced code; empty slides dropped. */
export function markdownSlides(body: string): MarkdownSlide[] {
  let fenced = false;
  const lines = body.split(/\r?\n/).map((text) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    return { text, heading: !fenced && /^##\s+\S/.test(text) };
  });
  return splitAt(lines, (l) => l.heading)
    .map((group) => ({
      title: group[0]!.heading ? group[0]!.text.replace(/^##\s+/, '').trim() : null,
      lines: group.map((l) => l.text),
    }))
    .filter((s) => s.title !== null || s.lines.some((l) => l.trim() !== '' && !/^(import|export)\s/.test(l)));
}

/** The slide to show after a key press, or null when the key does not navigate. */
export function slideForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Where a text may be split between sentences: the offsets just after ". ", "? ", "! " (and the
 * same before a closing quote or bracket) when the next word starts with a capital letter, a digit
 * or a quote — but not after common abbreviations and titles ("S.Ag.", "No.", "dr.", "Drs.",
 * "huruf n.") or a single letter, so a split is never in mid-sentence.
 */
export function sentenceBreaks(text: string): number[] {
  const out: number[] = [];
  const re = /([.?!…])(["'”’)\]]*)(\s+)(?=["'“‘(]?[A-Z0-9À-Ý])/g;
  const ABBR = /(?:^|[\s(])(?:[A-Za-z]|No|Nomor|dr|Dr|Drs|Dra|Ir|H|Hj|Prof|Jl|Kec|Kab|Kel|dll|dsb|dkk|yth|Yth|hlm|ayat|huruf|angka|Tbk|S\.[A-Za-z]+|M\.[A-Za-z]+|[A-Z]\.[A-Z]?)$/;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(0, m.index);
    if (m[1] === '.' && ABBR.test(before)) continue;
    out.push(m.index + m[1]!.length + m[2]!.length + m[3]!.length);
  }
  return out;
}

/**
 * Greedy packing of consecutive items into groups whose total size stays within `capacity`
 * (an item larger than the capacity gets a group of its own). Pure: the deck uses measured heights.
 */
export function pack(sizes: readonly number[], capacity: number): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let used = 0;
  sizes.forEach((size, i) => {
    if (current.length && used + size > capacity) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += size;
  });
  if (current.length) groups.push(current);
  return groups;
}
