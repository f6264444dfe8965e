/**
 * The live state of a session and the facilitator's actions on it, as pure functions: what the
 * phones show (stage), which questions have been shown (revealed) and which still take answers
 * (open). The service stores the state as JSON and applies an action with compare-and-set, so two
 * clicks from two consoles cannot both win.
 */
export type TestKind = 'pre' | 'post';
export const TEST_KINDS: readonly TestKind[] = ['pre', 'post'];
export type Stage = 'lobby' | 'pre' | 'presentation' | 'post' | 'declaration' | 'closed';

export interface TestState {
  /** Question ids shown so far, in the order of the test. */
  revealed: string[];
  /** Question ids that take answers now. */
  open: string[];
  /** Index of the question the projector shows; null before the first. */
  current: number | null;
  /** Scored and closed for good. */
  finished: boolean;
  /** When the facilitator finished it (ISO UTC, server clock); absent in states saved before. */
  finishedAt?: string | null;
  /**
   * Question ids whose results (distribution, key, % correct) the room may see. A question is
   * added when the facilitator closes it or presses "Tampilkan hasil" (pre-test only); the
   * post-test reveals nothing per question until it is finished (then everything is revealed).
   */
  results?: string[];
  /** When the open question stops taking answers (optional countdown, ISO UTC); null without one. */
  deadline?: string | null;
}

/** Countdown bounds per question, seconds (no points for speed: it only closes the question). */
export const COUNTDOWN_MIN = 10;
export const COUNTDOWN_MAX = 600;

/** Whether the room may see the results of question `id` (see TestState.results). */
export function resultsVisible(t: TestState, id: string): boolean {
  return t.finished || (t.results ?? []).includes(id);
}

/** Whether question `id` takes answers at `now`: open, and its countdown (if any) not over. */
export function takesAnswers(t: TestState, id: string, now: Date): boolean {
  if (!t.open.includes(id)) return false;
  return !t.deadline || now.getTime() <= Date.parse(t.deadline) + 1000;
}

export interface LiveState {
  stage: Stage;
  pre: TestState;
  post: TestState;
}

export type Action =
  | { action: 'stage'; stage: 'lobby' | 'presentation' | 'declaration' }
  | { action: 'next'; test: TestKind; seconds?: number }
  | { action: 'reveal'; test: TestKind }
  | { action: 'openAll'; test: TestKind }
  | { action: 'closeQuestions'; test: TestKind }
  | { action: 'show'; test: TestKind; index: number }
  | { action: 'finish'; test: TestKind }
  | { action: 'close' };

export function initialState(): LiveState {
  const t = (): TestState => ({ revealed: [], open: [], current: null, finished: false, results: [], deadline: null });
  return { stage: 'lobby', pre: t(), post: t() };
}

/** Why an action cannot apply (Indonesian, for a 409), or null. */
export class StateError extends Error {}

function isTest(v: unknown): v is TestKind {
  return v === 'pre' || v === 'post';
}

/** Parses an action from a request body; null when it is not one. */
export function parseAction(body: Record<string, unknown>): Action | null {
  switch (body.action) {
    case 'stage':
      return body.stage === 'lobby' || body.stage === 'presentation' || body.stage === 'declaration' ? { action: 'stage', stage: body.stage } : null;
    case 'next': {
      if (!isTest(body.test)) return null;
      if (body.seconds === undefined || body.seconds === null || body.seconds === 0) return { action: 'next', test: body.test };
      const sec = body.seconds;
      return typeof sec === 'number' && Number.isInteger(sec) && sec >= COUNTDOWN_MIN && sec <= COUNTDOWN_MAX ? { action: 'next', test: body.test, seconds: sec } : null;
    }
    case 'openAll':
    case 'reveal':
    case 'closeQuestions':
    case 'finish':
      return isTest(body.test) ? ({ action: body.action, test: body.test } as Action) : null;
    case 'show':
      return isTest(body.test) && Number.isInteger(body.index) ? { action: 'show', test: body.test, index: body.index as number } : null;
    case 'close':
      return { action: 'close' };
    default:
      return null;
  }
}

/**
 * The state after an action. `items` are the question ids of each test (empty for a test the
 * session does not run). Throws StateError with an Indonesian message when it cannot apply.
 */
export function applyAction(state: LiveState, action: Action, items: Record<TestKind, readonly string[]>, now = new Date()): LiveState {
  if (state.stage === 'closed') throw new StateError('Sesi sudah ditutup.');
  const s: LiveState = structuredClone(state);
  for (const k of TEST_KINDS) {
    s[k].results ??= [];
    s[k].deadline ??= null;
  }
  // Closing questions ends their countdown; in the pre-test it also shows their results.
  const closeOpen = (k: TestKind) => {
    if (k === 'pre') for (const id of s[k].open) if (!s[k].results!.includes(id)) s[k].results!.push(id);
    s[k].open = [];
    s[k].deadline = null;
  };
  // Leaving a test stage closes its open questions (answers already given stay).
  const leaveTests = (except?: TestKind) => {
    for (const k of TEST_KINDS) if (k !== except) closeOpen(k);
  };
  if (action.action === 'close') {
    leaveTests();
    s.stage = 'closed';
    return s;
  }
  if (action.action === 'stage') {
    leaveTests();
    s.stage = action.stage;
    return s;
  }
  const test = action.test;
  const ids = items[test];
  if (ids.length === 0) throw new StateError(test === 'pre' ? 'Sesi ini tidak memakai pre-test.' : 'Sesi ini tidak memakai post-test.');
  const t = s[test];
  if (action.action === 'show') {
    if (action.index < 0 || action.index >= t.revealed.length) throw new StateError('Soal itu belum dibuka.');
    t.current = action.index;
    // Showing a question of a test brings the room to that test.
    if (s.stage !== test) {
      leaveTests(test);
      s.stage = test;
    }
    return s;
  }
  if (t.finished) throw new StateError(test === 'pre' ? 'Pre-test sudah selesai dinilai.' : 'Post-test sudah selesai dinilai.');
  if (test === 'post' && action.action !== 'finish' && items.pre.length > 0 && !s.pre.finished) {
    throw new StateError('Selesaikan pre-test dulu sebelum memulai post-test.');
  }
  if (action.action === 'reveal') {
    if (test === 'post') throw new StateError('Hasil post-test ditampilkan setelah post-test selesai, agar tidak ada yang melihat jawaban orang lain.');
    if (t.current === null) throw new StateError('Belum ada soal yang dibuka.');
  }
  leaveTests(test);
  s.stage = test;
  switch (action.action) {
    case 'next': {
      const nextId = ids.find((id) => !t.revealed.includes(id));
      if (!nextId) throw new StateError('Semua soal sudah dibuka.');
      closeOpen(test);
      t.revealed.push(nextId);
      t.open = [nextId];
      t.current = t.revealed.length - 1;
      t.deadline = action.seconds ? new Date(now.getTime() + action.seconds * 1000).toISOString() : null;
      return s;
    }
    case 'openAll': {
      t.revealed = [...ids];
      t.open = [...ids];
      t.current = t.current ?? 0;
      t.deadline = null;
      return s;
    }
    case 'reveal': {
      // Showing the results ends answering for the shown question.
      const id = t.revealed[t.current!]!;
      t.open = t.open.filter((x) => x !== id);
      if (t.open.length === 0) t.deadline = null;
      if (!t.results!.includes(id)) t.results!.push(id);
      return s;
    }
    case 'closeQuestions':
      closeOpen(test);
      return s;
    case 'finish':
      closeOpen(test);
      t.finished = true;
      t.finishedAt = now.toISOString();
      return s;
  }
}
