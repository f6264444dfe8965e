/**
 * GIFT's `[markdown]` and `[html]` texts converted to the bank's text format (plain text: the
 * quiz shows stems, options and explanations as text). Markdown goes through `marked` to HTML,
 * HTML through `html-to-text`; both are maintained, pure-JS libraries, so tags, entities, lists
 * and emphasis are handled as a browser would show them, not by regexes.
 */
import { marked } from 'marked';
import { convert } from 'html-to-text';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

export function toPlainText(text: string, format: 'html' | 'markdown'): string {
  const html = format === 'markdown' ? marked.parse(text, { async: false, gfm: true }) : text;
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...headings,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
