/**
 * Builds projector slides from a rendered lesson, in the browser, by measuring: every slide is a
 * 16:9 box whose type scales with its height, so the same module splits the same way on any
 * 16:9 screen (1920×1080, 1280×720) and nothing ever scrolls. Works on any lesson content:
 *  - a new slide at every `##` heading; a section too long for one slide continues on the next
 *    ("(lanjutan)"), split between blocks — paragraphs, lists (item by item), tables (row by row,
 *    header repeated), containers (child by child) — and, for a paragraph taller than a slide,
 *    between sentences (never in mid-sentence); a sub-heading is never left at the bottom;
 *  - a case ("Boleh atau tidak?") becomes a question slide and an answer slide;
 *  - each slide carries speaker notes (hidden on the projector): the answer of a case, and the
 *    text of the articles cited on the slide.
 * Only an element that cannot be split and still does not fit is set in smaller type.
 */
import { sentenceBreaks } from './slides.ts';

export interface DeckLabels {
  continued: string;
  caseQuestion: string;
  caseAnswer: string;
  notesCases: string;
  notesCites: string;
}

const HEADING = /^H[3-6]$/;

export function buildDeck(source: HTMLElement, stage: HTMLElement, labels: DeckLabels, before: HTMLElement[] = [], after: HTMLElement[] = []): HTMLElement[] {
  const slides: HTMLElement[] = [];
  let slide!: HTMLElement;
  let body!: HTMLElement;
  let notes!: HTMLElement;
  let section: string | null = null;

  const fits = () => slide.scrollHeight <= slide.clientHeight + 1 && slide.scrollWidth <= slide.clientWidth + 1;
  const hasContent = () => [...body.children].some((c) => !c.classList.contains('slide-heading'));

  function newSlide(kind = '') {
    if (slide) slide.hidden = true;
    slide = document.createElement('section');
    slide.className = `slide ${kind}`.trim();
    body = document.createElement('div');
    body.className = 'slide-body';
    notes = document.createElement('aside');
    notes.className = 'slide-notes';
    notes.hidden = true;
    slide.append(body, notes);
    stage.append(slide);
    slides.push(slide);
  }
  function continueSection() {
    // A sub-heading left last on the full slide moves with what follows it.
    const last = body.lastElementChild;
    const carry = last && HEADING.test(last.tagName) && body.children.length > 1 ? last : null;
    carry?.remove();
    newSlide();
    if (section) {
      const h = document.createElement('h2');
      h.className = 'slide-heading';
      h.textContent = `${section} ${labels.continued}`;
      body.append(h);
    }
    if (carry) body.append(carry);
  }

  /** Places `el` on the current slide or the next; splits or shrinks it when it fits on none. */
  function place(el: HTMLElement) {
    body.append(el);
    if (fits()) return;
    el.remove();
    if (hasContent()) {
      continueSection();
      body.append(el);
      if (fits()) return;
      el.remove();
    }
    if (split(el)) return;
    body.append(el);
    for (let scale = 0.9; !fits() && scale >= 0.55; scale -= 0.05) el.style.fontSize = `${scale.toFixed(2)}em`;
  }

  /** Fills copies of `shell` with `kids`, as many per slide as fit. False when there is nothing to split. */
  function fill(kids: Node[], shell: (first: number) => HTMLElement, target: (box: HTMLElement) => HTMLElement = (b) => b): boolean {
    if (kids.length < 2) return false;
    let box = shell(0);
    body.append(box);
    kids.forEach((kid, i) => {
      target(box).append(kid);
      if (fits()) return;
      kid.parentNode?.removeChild(kid);
      if (target(box).childNodes.length === 0) box.remove();
      continueSection();
      box = shell(i);
      body.append(box);
      target(box).append(kid);
      // A single item taller than a slide: smaller type for it alone.
      for (let scale = 0.9; !fits() && scale >= 0.55 && kid instanceof HTMLElement; scale -= 0.05) kid.style.fontSize = `${scale.toFixed(2)}em`;
    });
    return true;
  }

  function split(el: HTMLElement): boolean {
    const tag = el.tagName;
    if (tag === 'UL' || tag === 'OL') {
      const items = [...el.children];
      const start = Number(el.getAttribute('start') ?? 1);
      return fill(items, (first) => {
        const c = el.cloneNode(false) as HTMLElement;
        if (tag === 'OL') c.setAttribute('start', String(start + first));
        return c;
      });
    }
    if (tag === 'TABLE') {
      const rows = [...el.querySelectorAll(':scope > tbody > tr')];
      const head = el.querySelector(':scope > thead');
      const caption = el.querySelector(':scope > caption');
      return fill(rows, () => {
        const c = el.cloneNode(false) as HTMLElement;
        if (caption) c.append(caption.cloneNode(true));
        if (head) c.append(head.cloneNode(true));
        c.append(document.createElement('tbody'));
        return c;
      }, (box) => box.querySelector('tbody')!);
    }
    if (tag === 'P') return fill(sentences(el), () => el.cloneNode(false) as HTMLElement);
    if (tag === 'DETAILS') {
      (el as HTMLDetailsElement).open = true;
      return false;
    }
    // Any other container taller than a slide: its children are placed one by one, unwrapped (a
    // table or a list inside it is then split in turn).
    const kids = [...el.children] as HTMLElement[];
    const onlyElements = [...el.childNodes].every((n) => n.nodeType !== Node.TEXT_NODE || !n.textContent!.trim());
    if (kids.length >= 1 && onlyElements && !['PRE', 'svg', 'BLOCKQUOTE'].includes(tag)) {
      for (const kid of kids) place(kid);
      return true;
    }
    if (tag === 'BLOCKQUOTE' && kids.length >= 2) return fill(kids, () => el.cloneNode(false) as HTMLElement);
    return false;
  }

  /** The paragraph's sentences, each as a span keeping its inline markup (links, emphasis, citations). */
  function sentences(p: HTMLElement): Node[] {
    const text = p.textContent ?? '';
    const cuts = [0, ...sentenceBreaks(text), text.length];
    if (cuts.length < 3) return [];
    const at = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      let last: Node = p;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (offset <= seen + len) return [n, offset - seen];
        seen += len;
        last = n;
      }
      return [last, last.textContent?.length ?? 0];
    };
    const spans: Node[] = [];
    for (let i = 1; i < cuts.length; i++) {
      const range = document.createRange();
      range.setStart(...at(cuts[i - 1]!));
      range.setEnd(...at(cuts[i]!));
      const span = document.createElement('span');
      span.className = 'sentence';
      span.append(range.cloneContents());
      spans.push(span);
    }
    return spans;
  }

  function addNote(title: string, html: string | Node) {
    const h = document.createElement('h3');
    h.textContent = title;
    const div = document.createElement('div');
    if (typeof html === 'string') div.innerHTML = html;
    else div.append(html);
    notes.append(h, div);
  }

  /** A case: the situation as a question slide, the verdict and its reasons on the next slide. */
  function caseSlides(card: HTMLElement) {
    const title = card.querySelector('.scenario-title')?.textContent ?? '';
    const situation = card.querySelector('.scenario-situation');
    const answer = card.querySelector('.scenario-answer');
    const explanation = card.querySelector('.scenario-explanation');
    const basis = card.querySelector('.scenario-basis');
    newSlide('case-question');
    const h = document.createElement('h2');
    h.textContent = title;
    const q = document.createElement('p');
    q.className = 'case-ask';
    q.textContent = labels.caseQuestion;
    body.append(h);
    if (situation) place(situation.cloneNode(true) as HTMLElement);
    place(q);
    addNote(labels.notesCases, [answer, explanation].filter(Boolean).map((e) => e!.outerHTML).join(''));
    newSlide('case-answer');
    const h2 = document.createElement('h2');
    h2.textContent = labels.caseAnswer;
    body.append(h2);
    for (const part of [answer, explanation, basis]) if (part) place(part.cloneNode(true) as HTMLElement);
    section = null;
    continueAfterCase = true;
  }

  let continueAfterCase = false;
  for (const s of before) {
    newSlide(s.className);
    for (const n of [...s.querySelectorAll('.slide-notes')]) {
      notes.append(...n.childNodes);
      n.remove();
    }
    for (const c of [...s.children] as HTMLElement[]) place(c);
  }
  for (const el of [...source.children] as HTMLElement[]) {
    if (el.tagName === 'H2') {
      section = el.textContent?.trim() ?? null;
      continueAfterCase = false;
      newSlide();
      el.classList.add('slide-heading');
      body.append(el);
      continue;
    }
    if (el.matches('.scenario') || el.querySelector(':scope > .scenario')) {
      const card = el.matches('.scenario') ? el : el.querySelector<HTMLElement>(':scope > .scenario')!;
      const keepSection: string | null = section;
      caseSlides(card);
      section = keepSection;
      continue;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    if (continueAfterCase || !slide) {
      continueAfterCase = false;
      continueSection();
    }
    place(el);
  }
  for (const s of after) {
    newSlide(s.className);
    section = null;
    for (const c of [...s.children] as HTMLElement[]) place(c);
  }
  // Notes: the articles cited on each slide (their text is in the citation's popover).
  for (const sl of slides) {
    const cites = [...sl.querySelectorAll('.slide-body .cite')];
    if (!cites.length) continue;
    const list = document.createElement('ul');
    const seen = new Set<string>();
    for (const c of cites) {
      const label = c.querySelector('.cite-button')?.textContent?.trim() ?? '';
      if (!label || seen.has(label)) continue;
      seen.add(label);
      const li = document.createElement('li');
      const b = document.createElement('strong');
      b.textContent = label;
      const text = c.querySelector('.cite-popover')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      li.append(b, document.createTextNode(text ? ` — ${text}` : ''));
      list.append(li);
    }
    const n = sl.querySelector<HTMLElement>('.slide-notes')!;
    const h = document.createElement('h3');
    h.textContent = labels.notesCites;
    n.append(h, list);
  }
  for (const sl of slides) sl.hidden = true;
  return slides;
}
