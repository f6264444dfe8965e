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
}

export interface LiveState {
  stage: Stage;
  pre: TestState;
  post: TestState;
}

export type Action =
  | { action: 'stage'; stage: 'lobby' | 'presentation' | 'declaration' }
  | { action: 'next'; test: TestKind }
  | { action: 'openAll'; test: TestKind }
  | { action: 'closeQuestions'; test: TestKind }
  | { action: 'show'; test: TestKind; index: number }
  | { action: 'finish'; test: TestKind }
  | { action: 'close' };

export function initialState(): LiveState {
  const t = (): TestState => ({ revealed: [], open: [], current: null, finished: false });
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
    case 'next':
    case 'openAll':
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
export function applyAction(state: LiveState, action: Action, items: Record<TestKind, readonly string[]>): LiveState {
  if (state.stage === 'closed') throw new StateError('Sesi sudah ditutup.');
  const s: LiveState = structuredClone(state);
  // Leaving a test stage closes its open questions (answers already given stay).
  const leaveTests = (except?: TestKind) => {
    for (const k of TEST_KINDS) if (k !== except) s[k].open = [];
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
    return s;
  }
  if (t.finished) throw new StateError(test === 'pre' ? 'Pre-test sudah selesai dinilai.' : 'Post-test sudah selesai dinilai.');
  if (test === 'post' && action.action !== 'finish' && items.pre.length > 0 && !s.pre.finished) {
    throw new StateError('Selesaikan pre-test dulu sebelum memulai post-test.');
  }
  leaveTests(test);
  s.stage = test;
  switch (action.action) {
    case 'next': {
      const nextId = ids.find((id) => !t.revealed.includes(id));
      if (!nextId) throw new StateError('Semua soal sudah dibuka.');
      t.revealed.push(nextId);
      t.open = [nextId];
      t.current = t.revealed.length - 1;
      return s;
    }
    case 'openAll': {
      t.revealed = [...ids];
      t.open = [...ids];
      t.current = t.current ?? 0;
      return s;
    }
    case 'closeQuestions':
      t.open = [];
      return s;
    case 'finish':
      t.open = [];
      t.finished = true;
      return s;
  }
}
