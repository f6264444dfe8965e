/**
 * The package's launch page (index.html): connects to the LMS, restores the learner's state from
 * cmi.suspend_data, shows the lessons and the exam in a frame, and reports to the LMS. Lesson
 * pages are the site's own pages; they keep progress in localStorage as on the site, and the shell
 * copies it to the LMS (the LMS is the authority: on launch its copy replaces the device's).
 */
import { connect, type Lms } from './api.ts';
import { decodeState, emptyState, encodeState, type ExamInProgress, type ScormState } from './state.ts';
import { duration, exitPair, interactionPairs, passMarkFrom, resultPairs, type Pairs } from './cmi.ts';
import { drawExam, pickQuestions } from '../../src/quizzes/engine/draw.ts';
import { presentQuestions } from '../../src/quizzes/engine/present.ts';
import { scoreAttempt } from '../../src/quizzes/engine/score.ts';
import type { PublicQuestion, Question } from '../../src/quizzes/engine/types.ts';
import type { Host, PackageData } from './types.ts';

const PREFIX = 'netral:modul:';
const data = JSON.parse(document.getElementById('netral-data')!.textContent!) as PackageData;
const s = data.strings;
const lessonIds = data.lessons.map((l) => l.id);
const fill = (t: string, p: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));
const started = Date.now();

const drawn = new Map<string, Question[]>();
function questions(seed: string): Question[] {
  if (!drawn.has(seed)) drawn.set(seed, pickQuestions(data.bank, drawExam(data.bank, { perArea: data.rules.perArea, seed, areas: data.rules.areas })));
  return drawn.get(seed)!;
}
const present = (seed: string): PublicQuestion[] => presentQuestions(questions(seed), seed);

const lms: Lms | null = connect(data.version);
let state: ScormState = emptyState();
if (lms) {
  try { state = decodeState(lms.get('cmi.suspend_data'), lessonIds, present); } catch { state = emptyState(); }
}
const passMark = lms ? passMarkFrom(lms.version, lms.get(lms.version === '2004' ? 'cmi.scaled_passing_score' : 'cmi.student_data.mastery_score'), data.rules.passMark) : data.rules.passMark;

function setAll(pairs: Pairs) {
  if (lms) for (const [k, v] of pairs) lms.set(k, v);
}

/** Nothing left to do: passed, or no attempt left. */
function finished(): boolean {
  return (state.best !== null && state.best >= passMark) || (data.rules.attemptLimit > 0 && state.tries >= data.rules.attemptLimit);
}

/** How long a burst of answer changes (ticking boxes, moving items) waits before one commit. */
const ANSWER_COMMIT_DELAY = 1500;
let pending: ReturnType<typeof setTimeout> | null = null;

/** Commits now, taking any pending answer commit with it. */
function commitNow() {
  if (pending) { clearTimeout(pending); pending = null; }
  lms?.commit();
}

/**
 * Writes the state to the LMS. Commits are for meaningful events only: `now` for a page change,
 * a finished lesson, a submitted exam; `answer` for an answer, once its burst of changes settles.
 */
function save(extra: Pairs = [], when: 'now' | 'answer' = 'now') {
  if (!lms) return;
  setAll([...extra, ['cmi.suspend_data', encodeState(state, lessonIds, present)], exitPair(lms.version, finished())]);
  if (when === 'now') commitNow();
  else if (!pending) pending = setTimeout(commitNow, ANSWER_COMMIT_DELAY);
}

// First launch: the course is now in progress.
if (lms) {
  if (lms.version === '2004') {
    const c = lms.get('cmi.completion_status');
    if (c === 'not attempted' || c === 'unknown' || c === '') lms.set('cmi.completion_status', 'incomplete');
  } else if (['not attempted', ''].includes(lms.get('cmi.core.lesson_status'))) {
    lms.set('cmi.core.lesson_status', 'incomplete');
  }
  save();
}

// The LMS's record of finished lessons replaces whatever this device remembers.
try {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  for (const id of state.done) localStorage.setItem(PREFIX + id, new Date().toISOString());
} catch { /* storage blocked: lessons still open, their ticks are not kept */ }

/** Picks up lessons finished in the frame (their pages write localStorage). */
function readLessons() {
  let changed = false;
  for (const id of lessonIds) {
    let done = false;
    try { done = Boolean(localStorage.getItem(PREFIX + id)); } catch { /* blocked */ }
    if (done && !state.done.includes(id)) {
      state.done = lessonIds.filter((x) => x === id || state.done.includes(x));
      changed = true;
    }
  }
  if (changed) {
    const measure: Pairs = lms?.version === '2004' && state.tries === 0 ? [['cmi.progress_measure', String(Math.round((state.done.length / (lessonIds.length + 1)) * 100) / 100)]] : [];
    save(measure);
    renderMenu();
  }
}
addEventListener('storage', (e) => { if (!e.key || e.key.startsWith(PREFIX)) readLessons(); });

const host: Host = {
  connected: Boolean(lms),
  strings: s,
  rules: { ...data.rules, passMark },
  state: () => state,
  present,
  blocker() {
    if (state.best !== null && state.best >= passMark) return fill(s['offline.scormPassed'], {});
    if (data.rules.attemptLimit > 0 && state.tries >= data.rules.attemptLimit) return fill(s['offline.scormLimit'], { limit: data.rules.attemptLimit });
    return null;
  },
  startExam() {
    if (!state.exam) {
      const seed = Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => (b % 36).toString(36)).join('');
      state.exam = { seed, responses: {}, index: 0 };
      save();
    }
    return state.exam;
  },
  saveExam(exam: ExamInProgress) {
    // A copy made in this window: objects from the exam's frame have that frame's prototypes,
    // which the engine's plain-object checks would reject.
    const pageChange = state.exam?.index !== exam.index;
    state.exam = JSON.parse(JSON.stringify(exam)) as ExamInProgress;
    save([], pageChange ? 'now' : 'answer');
  },
  submitExam() {
    const exam = state.exam;
    if (!exam) throw new Error('no exam in progress');
    const qs = questions(exam.seed);
    const score = scoreAttempt(qs, exam.responses, exam.seed, { passMark, predikat: data.rules.predikat });
    const now = new Date();
    const pairs: Pairs = [];
    if (lms) {
      const n0 = Number.parseInt(lms.get('cmi.interactions._count'), 10) || 0;
      qs.forEach((q, i) => pairs.push(...interactionPairs(lms.version, n0 + i, q, exam.responses[q.id], exam.seed, score.items[i]!.correct, now)));
      pairs.push(...resultPairs(lms.version, score.percent, score.passed));
      pairs.push([lms.version === '2004' ? 'cmi.session_time' : 'cmi.core.session_time', duration(lms.version, Date.now() - started)]);
      if (lms.version === '2004') pairs.push(['cmi.progress_measure', '1']);
    }
    state = { ...state, exam: null, tries: state.tries + 1, best: Math.max(state.best ?? 0, score.percent) };
    save(pairs);
    renderMenu();
    return { percent: score.percent, passed: score.passed };
  },
};
(window as unknown as { netral: Host }).netral = host;

function renderMenu() {
  for (const a of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = state.done.includes(a.dataset.lesson!);
    a.querySelector('.tick')!.textContent = done ? ` (${s['progress.done']})` : '';
  }
}

const frame = document.getElementById('isi') as HTMLIFrameElement;
frame.addEventListener('load', readLessons);
if (!lms) document.getElementById('no-lms')!.hidden = false;
renderMenu();
// Resume where the learner was: the exam in progress, else the first unfinished lesson.
const next = data.lessons.find((l) => !state.done.includes(l.id));
frame.src = state.exam ? 'ujian/akhir.html' : (next ?? data.lessons[0]!).href;

let closed = false;
function close() {
  if (!lms || closed) return;
  closed = true;
  readLessons();
  setAll([[lms.version === '2004' ? 'cmi.session_time' : 'cmi.core.session_time', duration(lms.version, Date.now() - started)], exitPair(lms.version, finished())]);
  commitNow();
  lms.finish();
}
addEventListener('pagehide', close);
addEventListener('beforeunload', close);
