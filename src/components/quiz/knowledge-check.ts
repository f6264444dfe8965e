/**
 * The knowledge check in the browser, without a framework: the questions are rendered to HTML at
 * build time (the same QuestionView the exam uses); this script reads the learner's answers
 * from the form, scores them with the quiz engine and shows the feedback. Passing finishes the
 * module. Practice keys may reach the browser; graded ones never do.
 */
import { reviewQuestion, scoreQuestion } from '../../quizzes/engine/score.ts';
import type { Question, QuestionResponse, ReviewQuestion } from '../../quizzes/engine/types.ts';
import { markModuleComplete, progress } from '../../stores/progress.ts';
import { fill } from '../../lib/fill.ts';

interface Data {
  moduleId: string;
  seed: string;
  passMark: number;
  questions: Question[];
  citeLabels: Record<string, string>;
  strings: Record<string, string>;
}


/** The response a fieldset holds, in the public labels it was rendered with. */
export function readResponse(fs: HTMLFieldSetElement): QuestionResponse {
  const checked = [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  switch (fs.dataset.type) {
    case 'single':
    case 'judgement':
      return checked[0] ?? null;
    case 'truefalse':
      return checked.length ? checked[0] === 'true' : null;
    case 'multiple':
      return checked;
    case 'matching': {
      const out: Record<string, string> = {};
      for (const sel of fs.querySelectorAll<HTMLSelectElement>('select[data-left]')) if (sel.value) out[sel.dataset.left!] = sel.value;
      return out;
    }
    case 'ordering':
      return fs.dataset.touched ? [...fs.querySelectorAll<HTMLElement>('li[data-item]')].map((li) => li.dataset.item!) : null;
  }
  return null;
}

/** Moves an ordering item with its ↑/↓ button, keeps focus on it and announces the new place. */
function onMove(btn: HTMLButtonElement, strings: Record<string, string>) {
  const li = btn.closest('li')!;
  const list = li.parentElement!;
  const fs = btn.closest('fieldset')!;
  const delta = Number(btn.dataset.move);
  if (delta < 0 && li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
  if (delta > 0 && li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
  const items = [...list.children];
  items.forEach((el, i) => {
    (el.querySelector('[data-move="-1"]') as HTMLButtonElement).disabled = i === 0;
    (el.querySelector('[data-move="1"]') as HTMLButtonElement).disabled = i === items.length - 1;
  });
  fs.dataset.touched = '1';
  fs.querySelector<HTMLElement>('.keep-order')?.remove();
  const text = li.querySelector('.text')?.textContent ?? '';
  fs.querySelector('.order-announce')!.textContent = fill(strings['exam.moved'], { item: text, position: items.indexOf(li) + 1, total: items.length });
  (btn.disabled ? (li.querySelector(`[data-move="${-delta}"]`) as HTMLButtonElement) : btn).focus();
}

function feedbackFor(r: ReviewQuestion, d: Data): HTMLElement {
  const s = d.strings;
  const box = document.createElement('div');
  box.className = `notice ${r.correct ? 'ok' : 'bad'}`;
  const para = (text: string, cls = '') => {
    const p = document.createElement('p');
    p.textContent = text;
    if (cls) p.className = cls;
    box.append(p);
  };
  const verdict = document.createElement('strong');
  verdict.textContent = r.correct ? s['check.right'] : r.earned > 0 ? s['check.partly'] : s['check.wrong'];
  box.append(verdict);
  if (r.type === 'single' || r.type === 'multiple') for (const o of r.options) if (o.feedback && (o.chosen || o.correct)) para(`${o.text}: ${o.feedback}`);
  if (r.type === 'matching') for (const p of r.pairs) para(`${p.left.text} → ${p.answer.text}`);
  if (r.type === 'ordering') para(`${s['result.rightOrder']} ${r.answer.map((a) => a.text).join(' → ')}`);
  para(r.explanation);
  para(`${s['check.basis']} ${r.cites.map((c) => d.citeLabels[c] ?? c).join('; ')}`, 'muted');
  return box;
}

/** Marks the right choices and the learner's wrong picks (not by colour alone: a word is added). */
function markChoices(fs: HTMLFieldSetElement, r: ReviewQuestion, s: Record<string, string>) {
  const marks: [string, boolean, boolean][] =
    r.type === 'single' || r.type === 'multiple' ? r.options.map((o) => [o.id, o.correct, o.chosen])
    : r.type === 'truefalse' || r.type === 'judgement' ? r.choices.map((c) => [String(c.value), c.correct, c.chosen])
    : [];
  for (const [value, correct, chosen] of marks) {
    const input = fs.querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
    const li = input?.closest('li');
    if (!li || (!correct && !chosen)) continue;
    li.classList.add(correct ? 'correct' : 'wrong');
    const tag = document.createElement('strong');
    tag.className = 'mark';
    tag.textContent = correct ? s['result.rightAnswer'] : s['result.yourAnswer'];
    li.append(tag);
  }
}

function init(section: HTMLElement) {
  const d = JSON.parse(section.querySelector('script.kc-data')!.textContent!) as Data;
  const s = d.strings;
  const sets = [...section.querySelectorAll<HTMLFieldSetElement>('fieldset.question')];
  const summary = section.querySelector<HTMLElement>('.kc-summary')!;
  const submit = section.querySelector<HTMLButtonElement>('.kc-submit')!;
  const retry = section.querySelector<HTMLButtonElement>('.kc-retry')!;

  submit.hidden = false;
  if (d.moduleId && progress.get()[d.moduleId]) summary.textContent = s['check.alreadyDone'];

  section.addEventListener('click', (e) => {
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!btn) return;
    if (btn.dataset.move) onMove(btn, s);
    if (btn.classList.contains('keep-order')) {
      const fs = btn.closest('fieldset')!;
      fs.dataset.touched = '1';
      fs.querySelector('.order-announce')!.textContent = s['exam.orderKept'];
      btn.remove();
    }
  });

  submit.addEventListener('click', () => {
    let earned = 0;
    sets.forEach((fs, i) => {
      const q = d.questions[i];
      const response = readResponse(fs);
      earned += scoreQuestion(q, response, d.seed).earned;
      const review = reviewQuestion(q, response, d.seed);
      markChoices(fs, review, s);
      fs.disabled = true;
      fs.parentElement!.querySelector('.kc-feedback')!.replaceChildren(feedbackFor(review, d));
    });
    const percent = Math.round((earned / sets.length) * 100);
    const passed = percent >= d.passMark;
    summary.innerHTML = '';
    const p = document.createElement('p');
    p.className = `notice ${passed ? 'ok' : 'bad'}`;
    p.textContent = fill(passed ? s['check.passed'] : s['check.failed'], { percent, passMark: d.passMark });
    summary.append(p);
    // An empty moduleId is practice that finishes no module (KnowledgeCheck.astro without a module).
    if (passed && d.moduleId) markModuleComplete(d.moduleId);
    submit.hidden = true;
    retry.hidden = passed;
    summary.focus();
  });

  retry.addEventListener('click', () => {
    for (const fs of sets) {
      fs.disabled = false;
      for (const i of fs.querySelectorAll<HTMLInputElement>('input')) i.checked = false;
      for (const sel of fs.querySelectorAll<HTMLSelectElement>('select')) sel.value = '';
      for (const li of fs.querySelectorAll('li')) li.classList.remove('correct', 'wrong');
      for (const m of fs.querySelectorAll('.mark')) m.remove();
      fs.parentElement!.querySelector('.kc-feedback')!.replaceChildren();
    }
    summary.replaceChildren();
    retry.hidden = true;
    submit.hidden = false;
    sets[0]?.querySelector<HTMLElement>('input, select, button')?.focus();
  });
}

export function initKnowledgeChecks(): void {
  for (const section of document.querySelectorAll<HTMLElement>('.knowledge-check')) init(section);
}
