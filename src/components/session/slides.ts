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
