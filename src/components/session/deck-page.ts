/**
 * The presentation page at run time: builds the deck on a virtual 16:9 stage (type = 1/24 of its
 * height) scaled to the window, shows one slide, navigates by keyboard and buttons, and keeps the projector window and
 * the speaker view of the same module on the same slide (BroadcastChannel).
 */
import { buildDeck, type DeckLabels } from './deck.ts';
import { slideForKey } from './slides.ts';

/** Lines of body text a slide is designed for: the type is the stage height divided by this. */
export const LINES_PER_SLIDE = 24;
/**
 * Slides are laid out on a virtual 16:9 stage of this size and scaled to the window, so the
 * projector (any size) and the speaker view split a module into exactly the same slides.
 */
const VIRTUAL = { width: 1280, height: 720 };

export function startDeck(app: HTMLElement) {
  const stage = app.querySelector<HTMLElement>('#stage')!;
  const frame = stage.parentElement!;
  const labels = JSON.parse(app.dataset.labels!) as DeckLabels;
  const counter = app.querySelector<HTMLElement>('#counter')!;
  const counterText = app.dataset.counter ?? '{n} / {total}';

  /** Lays the stage out at the virtual size and scales it to fit its frame, centred. */
  function sizeStage(el: HTMLElement, box: HTMLElement) {
    const k = Math.min(box.clientWidth / VIRTUAL.width, box.clientHeight / VIRTUAL.height);
    el.style.width = `${VIRTUAL.width}px`;
    el.style.height = `${VIRTUAL.height}px`;
    el.style.setProperty('--slide-font', `${VIRTUAL.height / LINES_PER_SLIDE}px`);
    el.style.transform = `scale(${k})`;
    el.style.left = `${Math.max(0, (box.clientWidth - VIRTUAL.width * k) / 2)}px`;
    el.style.top = `${Math.max(0, (box.clientHeight - VIRTUAL.height * k) / 2)}px`;
  }

  sizeStage(stage, frame);
  const source = app.querySelector<HTMLElement>('#source')!;
  const before = [...app.querySelectorAll<HTMLElement>('#before > section')];
  const after = [...app.querySelectorAll<HTMLElement>('#after > section')];
  const slides = buildDeck(source, stage, labels, before, after);
  source.remove();

  const nextStage = app.querySelector<HTMLElement>('#next-stage');
  if (nextStage) sizeStage(nextStage, nextStage.parentElement!);
  const notes = app.querySelector<HTMLElement>('#notes');
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`netral-slides:${app.dataset.module}`);

  let current = 0;
  function show(i: number, opts: { focus?: boolean; broadcast?: boolean } = {}) {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, j) => (s.hidden = j !== current));
    counter.textContent = counterText.replace('{n}', String(current + 1)).replace('{total}', String(slides.length));
    history.replaceState(null, '', `#${current + 1}`);
    if (nextStage) {
      nextStage.replaceChildren();
      const next = slides[current + 1];
      if (next) {
        const copy = next.cloneNode(true) as HTMLElement;
        copy.hidden = false;
        // The copy is a picture of the next slide: no duplicate ids, nothing focusable.
        for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
        for (const el of copy.querySelectorAll<HTMLElement>('a, button, [tabindex], details, summary')) el.setAttribute('tabindex', '-1');
        copy.setAttribute('inert', '');
        nextStage.append(copy);
      }
    }
    if (notes) {
      const n = slides[current]!.querySelector('.slide-notes');
      notes.replaceChildren(...(n && n.childNodes.length ? [...n.childNodes].map((c) => c.cloneNode(true)) : []));
      if (!notes.childNodes.length) notes.textContent = '–';
    }
    if (opts.focus) {
      const h = slides[current]!.querySelector<HTMLElement>('h1, h2');
      if (h) {
        h.tabIndex = -1;
        h.focus({ preventScroll: true });
      }
    }
    if (opts.broadcast !== false) channel?.postMessage({ slide: current });
  }
  channel?.addEventListener('message', (e: MessageEvent<{ slide?: number }>) => {
    if (typeof e.data?.slide === 'number' && e.data.slide !== current) show(e.data.slide, { broadcast: false });
  });

  const start = Number(location.hash.slice(1));
  show(Number.isInteger(start) && start >= 1 && start <= slides.length ? start - 1 : 0, { broadcast: false });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (e.key === ' ' && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY')) return;
    const next = slideForKey(e.key, current, slides.length);
    if (next === null) return;
    e.preventDefault();
    if (next !== current) show(next);
  });
  app.querySelector('#prev-slide')!.addEventListener('click', () => show(current - 1, { focus: true }));
  app.querySelector('#next-slide')!.addEventListener('click', () => show(current + 1, { focus: true }));
  // A resized window keeps the same slides; only the scale changes.
  addEventListener('resize', () => {
    sizeStage(stage, frame);
    if (nextStage) sizeStage(nextStage, nextStage.parentElement!);
  });
}
