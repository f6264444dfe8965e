/** What the phones and the console/projector see (the key only where the facilitator revealed it). */
import { getDb, type Db } from '../db/index.ts';
import { prepare } from '../db/prepared.ts';
import { freshSession, isExpired, itemsOf, stateOf, unitName, type Participant, type SessionAsRead, type SessionRow } from './common.ts';
import { TEST_KINDS, type TestKind } from './state.ts';
import { round1, sessionGain } from './stats.ts';
import { sharedTestView, testResults, type TestResults } from './tests.ts';

// ---- What the phones and the console see ----

/**
 * The phone's view: the session, the stage, revealed questions with the participant's own answers.
 * `justJoined`: the participant was created by this request, so they have no answers, results or
 * declaration yet (a hall joining at once saves three reads per phone).
 */
export async function participantView(s: SessionAsRead, p: Participant | undefined, db: Db = getDb(), justJoined = false) {
  const own = p && !justJoined;
  const mine = { sessionId: s.id, participantId: p?.id ?? '' };
  // The session as this request read it (with its latest event id): no second read. The rest at
  // once: in a burst every request waits its turn for each query, so fewer rounds mean a shorter
  // wait (measured with the live-session bench).
  const { eventId, ...fresh } = s;
  const [answers, results, signature] = await Promise.all([
    own ? ownAnswers(db, mine).then((r) => r.rows) : [],
    own ? ownResults(db, mine).then((r) => r.rows) : [],
    own ? ownSignature(db, mine).then((r) => r.rows[0]) : undefined,
  ]);
  const state = stateOf(fresh);
  const base = {
    session: { code: fresh.code, title: fresh.title, day: fresh.day, place: fresh.place, unit: await unitName(fresh, db), closed: isExpired(fresh) },
    stage: state.stage,
    eventId,
  };
  if (!p) return { ...base, participant: null, test: null, results: [], declaration: null };
  const test = state.stage === 'pre' || state.stage === 'post' ? state.stage : null;
  const testView = test
    ? {
        ...(await sharedTestView(fresh, state, test, db)),
        answers: Object.fromEntries(answers.filter((m) => m.test === test).map((m) => [m.question_id, JSON.parse(m.response)])),
      }
    : null;
  return {
    ...base,
    participant: { name: p.name, nip: p.nip, joinedAt: p.joined_at },
    test: testView,
    results: results.map((r) => ({ test: r.test, score: r.score, attemptId: r.attempt_id })),
    declaration: { open: state.stage === 'declaration' && fresh.status !== 'closed', signedAt: signature?.signed_at ?? null },
  };
}

// A participant's own rows, prepared: every phone view reads them.
type Mine = { sessionId: string; participantId: string };
const ownAnswers = prepare((db, p: Mine) => db.selectFrom('live_answers').select(['test', 'question_id', 'response']).where('session_id', '=', p.sessionId).where('participant_id', '=', p.participantId));
const ownResults = prepare((db, p: Mine) => db.selectFrom('live_results').select(['test', 'score', 'attempt_id']).where('session_id', '=', p.sessionId).where('participant_id', '=', p.participantId));
const ownSignature = prepare((db, p: Mine) => db.selectFrom('live_signatures').select('signed_at').where('session_id', '=', p.sessionId).where('participant_id', '=', p.participantId));

/** Everything the console and the projector show. */
export async function staffView(s: SessionRow, db: Db = getDb()) {
  const { eventId, ...fresh } = await freshSession(s.id, db);
  const state = stateOf(fresh);
  const items = itemsOf(fresh);
  const kinds = TEST_KINDS.filter((k) => items[k].length);
  // Independent reads at once (on PostgreSQL they run side by side on the pool).
  const [participants, signatures, results, gain] = await Promise.all([
    db.selectFrom('live_participants').selectAll().where('session_id', '=', s.id).orderBy('joined_at').orderBy('name').execute(),
    db.selectFrom('live_signatures').selectAll().where('session_id', '=', s.id).orderBy('signed_at').execute(),
    Promise.all(kinds.map((k) => testResults(fresh, state, k, db))),
    gainOf(fresh, db),
  ]);
  const signedBy = new Map(signatures.map((x) => [x.participant_id, x.signed_at]));
  const tests: Partial<Record<TestKind, TestResults>> = Object.fromEntries(kinds.map((k, i) => [k, results[i]]));
  return {
    session: {
      id: fresh.id, code: fresh.code, title: fresh.title, day: fresh.day, place: fresh.place, unit: await unitName(fresh, db),
      facilitator: fresh.facilitator_name, status: fresh.status, expired: isExpired(fresh), withPre: fresh.with_pre === 1, withPost: fresh.with_post === 1,
    },
    state,
    eventId,
    participants: participants.map((p) => ({ id: p.id, name: p.name, nip: p.nip, jabatan: p.jabatan, joinedAt: p.joined_at, signedAt: signedBy.get(p.id) ?? null })),
    signed: signatures.length,
    tests,
    gain,
  };
}

/** Pre→post gain from the scored results (both tests finished), null before. */
async function gainOf(s: SessionRow, db: Db) {
  const rows = await db.selectFrom('live_results').select(['participant_id', 'test', 'score']).where('session_id', '=', s.id).execute();
  const pre = new Map(rows.filter((r) => r.test === 'pre').map((r) => [r.participant_id, Number(r.score)]));
  const post = new Map(rows.filter((r) => r.test === 'post').map((r) => [r.participant_id, Number(r.score)]));
  if (!pre.size || !post.size) return null;
  const g = sessionGain(pre, post);
  return { n: g.n, excluded: g.excluded, meanPre: round1(g.meanPre), meanPost: round1(g.meanPost), meanOfGains: g.meanOfGains === null ? null : Math.round(g.meanOfGains * 100) / 100 };
}

