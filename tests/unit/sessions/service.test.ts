/**
 * Live sessions against a real database (SQLite, or PostgreSQL with DATABASE_URL): joining once,
 * answering once, closed questions, scoring into normal attempts and certificates, the
 * declaration, the report; and the event bus (two instances on PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { createBus, getBus, setBus, type LiveEvent } from '../../../src/server/live/bus.ts';
import { forPhones, pollResponse, sseResponse } from '../../../src/server/live/sse.ts';
import {
  answer, control, createSession, freshSession, joinSession, participantView, removeParticipant, reportData, sessionByCode, sign, staffView, testQuestions, testSeed,
  type Participant, type SessionRow,
} from '../../../src/server/sessions/index.ts';
import { forgetUnits } from '../../../src/server/hr/unit-tree.ts';
import { missesPerAddress, sessionByCodeFrom } from '../../../src/server/sessions/guard.ts';
import { attendanceSheet, csv, reportCsv, reportPdf } from '../../../src/server/sessions/report.ts';
import type { StaffUser } from '../../../src/server/auth/staff.ts';
import type { QuestionResponse } from '../../../src/quizzes/engine/types.ts';
import { course } from '../../../src/content/course.ts';

let db: TestDb;
let s: SessionRow;
const facilitator: StaffUser = { id: 'f-1', username: 'fasil', displayName: 'Drs. H. Fasilitator', role: 'facilitator', unitId: 'KAB-TABALONG', mustChangePassword: false, disabled: false };
const outsider: StaffUser = { ...facilitator, id: 'f-2', unitId: 'KAB-LAIN' };
const people = [
  { nip: '198609262015051001', name: 'Budi Santoso, S.Ag.', jabatan: 'Penyuluh Agama Islam' },
  { nip: '199001012019032002', name: 'Sari Wulandari', jabatan: 'Guru MIN' },
  { nip: '198512122010011003', name: 'Ahmad Fauzi', jabatan: 'Penghulu' },
];
const joined: Participant[] = [];

const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

beforeAll(async () => {
  db = await openTestDb();
  await setBus(undefined);
  const now = new Date().toISOString();
  await db.handle.db.insertInto('units').values([
    { id: 'KAB-TABALONG', name: 'Kantor Kementerian Agama Kabupaten Tabalong', parent_id: null, created_at: now },
    { id: 'KAB-LAIN', name: 'Kankemenag Lain', parent_id: null, created_at: now },
  ]).execute();
  for (const u of [facilitator, outsider]) {
    await db.handle.db.insertInto('staff_users').values({ id: u.id, username: u.username + u.id, display_name: u.displayName, password_hash: 'x', role: u.role, unit_id: u.unitId, must_change_password: 0, failed_logins: 0, locked_until: null, created_at: now }).execute();
  }
});
afterAll(async () => {
  await setBus(undefined);
  await db?.close();
});

describe('creating a session', () => {
  it('refuses a unit outside the facilitator scope and names the wrong fields', async () => {
    const e = await problemOf(createSession(facilitator, { title: 'x', day: 'kemarin', place: '', unitId: 'KAB-LAIN', withPre: true, withPost: true }));
    expect(e.status).toBe(422);
    expect(Object.keys(e.fields!).sort()).toEqual(['day', 'place', 'title', 'unitId']);
  });
  it('creates a session with a code, a balanced pre-test and a post-test shaped like the final exam', async () => {
    s = await createSession(facilitator, { title: 'Pembinaan Netralitas ASN', day: new Date().toISOString().slice(0, 10), place: 'Aula Kankemenag Tabalong', unitId: 'KAB-TABALONG', withPre: true, withPost: true });
    expect(s.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const pre = JSON.parse(s.pre_items) as string[];
    const post = JSON.parse(s.post_items) as string[];
    expect(pre).toHaveLength(course.preTestItemsPerArea * course.areas.length);
    expect(post).toHaveLength(course.examItemsPerArea * course.areas.length);
    expect(pre.filter((id) => post.includes(id))).toEqual([]);
    expect((await sessionByCode(s.code.toLowerCase())).id).toBe(s.id);
    expect((await problemOf(sessionByCode('ZZZZZZ'))).status).toBe(404);
  });
  it('the code expires two days after the session date', async () => {
    const later = new Date(Date.parse(`${s.day}T00:00:00Z`) + 2 * 86_400_000 + 1000);
    expect((await problemOf(sessionByCode(s.code, { forJoin: true, now: later }))).status).toBe(410);
    expect((await problemOf(joinSession(s, people[0], later))).status).toBe(410);
    expect((await sessionByCode(s.code, { forJoin: true })).id).toBe(s.id);
  });
  it('another unit\'s facilitator cannot see it', async () => {
    const { sessionForStaff } = await import('../../../src/server/sessions/index.ts');
    expect((await problemOf(sessionForStaff(outsider, s.id))).status).toBe(404);
  });
});

describe('joining', () => {
  it('validates the NIP and records attendance once, however often a person joins', async () => {
    const bad = await problemOf(joinSession(s, { nip: '1.98609E+17', name: 'Budi', jabatan: 'Guru' }));
    expect(bad.status).toBe(422);
    expect(bad.fields!.nip).toBeTruthy();
    for (const p of people) joined.push((await joinSession(s, p)).participant);
    const again = await joinSession(s, { ...people[0], name: 'Budi Santoso, S.Ag., M.Pd.' });
    expect(again.already).toBe(true);
    expect(again.participant.id).toBe(joined[0].id);
    const view = await staffView(s);
    expect(view.participants).toHaveLength(3);
    expect(view.participants[0].name).toBe('Budi Santoso, S.Ag., M.Pd.');
    const learner = await db.handle.db.selectFrom('learners').selectAll().where('nip', '=', people[0].nip).executeTakeFirstOrThrow();
    expect(learner.unit_id).toBe('KAB-TABALONG');
  });
  it('checks the roster when the unit has one', async () => {
    await db.handle.db.insertInto('roster_entries').values({ nip: people[0].nip, unit_id: 'KAB-TABALONG', name: 'Budi', jabatan: null, imported_at: new Date().toISOString(), imported_by: null }).execute();
    const e = await problemOf(joinSession(s, { nip: '199202022020121004', name: 'Orang Luar', jabatan: 'Staf' }));
    expect(e.status).toBe(422);
    expect(e.fields!.nip).toMatch(/khusus untuk pegawai Kantor Kementerian Agama Kabupaten Tabalong/);
    // Already-joined people are checked again too; people on the roster pass.
    expect((await joinSession(s, people[0])).already).toBe(true);
    await db.handle.db.deleteFrom('roster_entries').execute();
  });
  it('accepts the roster of a unit below the session unit and refuses another tree, naming the unit', async () => {
    const at = new Date().toISOString();
    await db.handle.db.insertInto('units').values({ id: 'KUA-TANJUNG', name: 'KUA Kecamatan Tanjung', parent_id: 'KAB-TABALONG', created_at: at }).execute();
    forgetUnits();
    const entry = (nip: string, unit_id: string) => ({ nip, unit_id, name: 'X', jabatan: null, imported_at: at, imported_by: null });
    await db.handle.db.insertInto('roster_entries').values([entry('199404042022031006', 'KUA-TANJUNG'), entry('199505052023031007', 'KAB-LAIN')]).execute();
    const below = await joinSession(s, { nip: '199404042022031006', name: 'Pegawai KUA', jabatan: 'Penghulu' });
    expect(below.already).toBe(false);
    const e = await problemOf(joinSession(s, { nip: '199505052023031007', name: 'Pegawai Lain', jabatan: 'Staf' }));
    expect(e.status).toBe(422);
    expect(e.message).toContain('Kantor Kementerian Agama Kabupaten Tabalong');
    await removeParticipant(facilitator, s, below.participant.id);
    await db.handle.db.deleteFrom('roster_entries').execute();
  });
  it('slows down code guessing per address (even a right code then waits) but not other addresses', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 30; i++) expect((await problemOf(sessionByCodeFrom(ip, 'ZZZZZZ'))).status).toBe(404);
    const over = await problemOf(sessionByCodeFrom(ip, 'ZZZZZZ'));
    expect(over.status).toBe(429);
    expect(over.retryAfter).toBeGreaterThan(0);
    expect((await problemOf(sessionByCodeFrom(ip, s.code))).status).toBe(429);
    expect((await sessionByCodeFrom('203.0.113.8', s.code)).id).toBe(s.id);
    await missesPerAddress.reset(ip);
  });
  it('a closed or expired code answers 410 with nothing about the session', async () => {
    const e = await problemOf(sessionByCodeFrom('203.0.113.9', s.code, { forJoin: true, now: new Date(Date.parse(s.expires_at) + 1000) }));
    expect(e.status).toBe(410);
    expect(e.message).not.toContain(s.title);
    expect(e.fields).toBeUndefined();
  });
  it('removing a wrong entry deletes it and its answers', async () => {
    const wrong = (await joinSession(s, { nip: '199303032021012005', name: 'Salah Ketik', jabatan: 'Staf' })).participant;
    await removeParticipant(facilitator, s, wrong.id);
    expect((await staffView(s)).participants.map((p) => p.id)).not.toContain(wrong.id);
  });
});

function right(test: 'pre' | 'post', qid: string): QuestionResponse {
  const { byId } = testQuestions(s, test);
  return rightResponse(byId.get(qid)!.q, testSeed(s, test));
}

describe('the live pre-test', () => {
  it('takes answers only for open questions; a second answer replaces the first, stored once', async () => {
    let state = await control(facilitator, s, { action: 'next', test: 'pre' });
    const q1 = state.pre.open[0];
    const e = await problemOf(answer(s, joined[0], 'pre', JSON.parse(s.pre_items)[1], null));
    expect(e.status).toBe(409);
    expect(e.message).toMatch(/sudah ditutup/);
    // A wrong option first, then the right one: one row, the last answer counts.
    const view = testQuestions(s, 'pre').byId.get(q1)!.pub;
    const wrongPick = view.type === 'single' || view.type === 'multiple' ? (view.type === 'single' ? view.options.find((o) => o.id !== right('pre', q1))!.id : [view.options[0].id]) : right('pre', q1);
    await answer(s, joined[0], 'pre', q1, wrongPick);
    await answer(s, joined[0], 'pre', q1, right('pre', q1));
    await Promise.all([answer(s, joined[1], 'pre', q1, right('pre', q1)), answer(s, joined[1], 'pre', q1, right('pre', q1))]);
    const rows = await db.handle.db.selectFrom('live_answers').selectAll().where('question_id', '=', q1).execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.participant_id === joined[0].id)!.changes).toBe(1);
    state = await control(facilitator, s, { action: 'closeQuestions', test: 'pre' });
    const closed = await problemOf(answer(s, joined[2], 'pre', q1, right('pre', q1)));
    expect(closed.status).toBe(409);
    const results = (await staffView(s)).tests.pre!;
    expect(results.questions[0].answered).toBe(2);
    expect(results.questions[0].percentCorrect).toBe(100);
    expect(results.questions[0].options.some((o) => o.correct === true)).toBe(true);
  });
  it('keys stay hidden while a question is open; the phone sees only public views', async () => {
    const state = await control(facilitator, s, { action: 'openAll', test: 'pre' });
    const results = (await staffView(s)).tests.pre!;
    expect(results.questions.filter((q) => q.open).every((q) => q.options.every((o) => o.correct === null))).toBe(true);
    // As the phone's request reads it: the session as it is now.
    const phone = await participantView(await freshSession(s.id), joined[2]);
    expect(phone.test!.questions).toHaveLength(state.pre.revealed.length);
    expect(JSON.stringify(phone)).not.toMatch(/"answer"|explanation|"seed"/);
  });
  it('finishing scores once and creates the learners\' pre-test attempts', async () => {
    const ids = JSON.parse(s.pre_items) as string[];
    for (const id of ids) await answer(s, joined[2], 'pre', id, right('pre', id));
    await answer(s, joined[1], 'pre', ids[1], right('pre', ids[1]));
    await control(facilitator, s, { action: 'finish', test: 'pre' });
    expect((await problemOf(control(facilitator, s, { action: 'finish', test: 'pre' }))).status).toBe(409);
    const results = await db.handle.db.selectFrom('live_results').selectAll().where('session_id', '=', s.id).execute();
    expect(results).toHaveLength(3);
    expect(results.find((r) => r.participant_id === joined[2].id)!.score).toBe(100);
    const attempts = await db.handle.db.selectFrom('attempts').selectAll().where('kind', '=', 'pre').execute();
    expect(attempts).toHaveLength(3);
    expect(attempts.every((a) => a.status === 'submitted')).toBe(true);
    expect((await participantView(await freshSession(s.id), joined[2])).results).toEqual([expect.objectContaining({ test: 'pre', score: 100 })]);
  });
});

describe('the live post-test', () => {
  it('a complete post-test counts as the final exam (certificate when passed); a partial one does not', async () => {
    await control(facilitator, s, { action: 'openAll', test: 'post' });
    const ids = JSON.parse(s.post_items) as string[];
    for (const id of ids) await answer(s, joined[2], 'post', id, right('post', id));
    for (const id of ids.slice(0, 3)) await answer(s, joined[1], 'post', id, right('post', id));
    await control(facilitator, s, { action: 'finish', test: 'post' });
    const finals = await db.handle.db.selectFrom('attempts').selectAll().where('kind', '=', 'final').execute();
    expect(finals).toHaveLength(1);
    expect(finals[0].passed).toBe(1);
    const cert = await db.handle.db.selectFrom('certificates').selectAll().where('attempt_id', '=', finals[0].id).executeTakeFirst();
    expect(cert).toBeTruthy();
    const view = await staffView(s);
    expect(view.gain).toMatchObject({ n: 2 });
    const data = await reportData(s);
    expect(data.rows.find((r) => r.nip === people[2].nip)).toMatchObject({ pre: 100, post: 100, postCounted: true });
    expect(data.rows.find((r) => r.nip === people[1].nip)).toMatchObject({ postCounted: false });
  });
  it("an account holder who joined by NIP only: the post-test does not become their final exam", async () => {
    const t = await createSession(facilitator, { title: 'Pembinaan kedua', day: new Date().toISOString().slice(0, 10), place: 'Aula', unitId: 'KAB-TABALONG', withPre: false, withPost: true });
    const holder = { nip: '197702022003121004', name: 'Rudi Hartono', jabatan: 'Pengawas' };
    const { participant, learner } = await joinSession(t, holder);
    // The NIP has an account (its owner never logged in here): someone typed NIP and name.
    await db.handle.db.updateTable('learners').set({ password_hash: 'scrypt$placeholder' }).where('id', '=', learner.id).execute();
    await control(facilitator, t, { action: 'openAll', test: 'post' });
    const ids = JSON.parse(t.post_items) as string[];
    for (const id of ids) {
      const { byId } = testQuestions(t, 'post');
      await answer(t, participant, 'post', id, rightResponse(byId.get(id)!.q, testSeed(t, 'post')));
    }
    await control(facilitator, t, { action: 'finish', test: 'post' });
    expect(await db.handle.db.selectFrom('attempts').select('id').where('learner_id', '=', learner.id).execute()).toEqual([]);
    expect(await db.handle.db.selectFrom('certificates').select('id').where('learner_id', '=', learner.id).execute()).toEqual([]);
    expect((await reportData(t)).rows.find((r) => r.nip === holder.nip)).toMatchObject({ post: 100, postCounted: false });
  });

  it('a participant whose result became an exam record can no longer be removed', async () => {
    expect((await problemOf(removeParticipant(facilitator, s, joined[2].id))).status).toBe(409);
  });
});

describe('the declaration and the closing documents', () => {
  it('signing needs the declaration open, the matching name and the confirmation; it is recorded once', async () => {
    expect((await problemOf(sign(s, joined[0], people[0].name, true))).status).toBe(409);
    await control(facilitator, s, { action: 'stage', stage: 'declaration' });
    const bad = await problemOf(sign(s, joined[0], 'Budi', false));
    expect(Object.keys(bad.fields!).sort()).toEqual(['confirm', 'name']);
    const first = await sign(s, joined[0], 'budi santoso sag', true);
    const second = await sign(s, joined[0], 'Budi Santoso, S.Ag.', true);
    expect(second).toEqual({ signedAt: first.signedAt, already: true });
    expect(await db.handle.db.selectFrom('live_signatures').selectAll().execute()).toHaveLength(1);
  });
  it('closing stops the code; the report carries the facts, averages and the lists', async () => {
    await control(facilitator, s, { action: 'close' });
    expect((await problemOf(sessionByCode(s.code, { forJoin: true }))).status).toBe(410);
    expect((await problemOf(answer(s, joined[0], 'post', JSON.parse(s.post_items)[0], null))).status).toBe(409);
    const data = await reportData(s);
    const text = csv(attendanceSheet(data));
    expect(text.startsWith('\uFEFF')).toBe(true);
    // The NIP in its official grouping: text for Excel and LibreOffice alike.
    expect(text).toContain(`;${people[0].nip.slice(0, 8)} ${people[0].nip.slice(8, 14)} ${people[0].nip[14]} ${people[0].nip.slice(15)};`);
    expect(text).toMatch(/;Budi Santoso, S\.Ag\.;Penyuluh Agama Islam;.*;\d{2}-\d{2}-\d{4} \d{2}\.\d{2} WI(B|TA|T)\r\n/);
    expect(reportCsv(data)).toContain('Rata-rata pre-test');
    const pdf = await reportPdf(data);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
  });
});

describe('the live bus', () => {
  it('persists events with increasing ids and replays them after a Last-Event-ID', async () => {
    const bus = getBus();
    const got: LiveEvent[] = [];
    const off = bus.subscribe('bus-test', (e) => got.push(e));
    const a = await bus.publish('bus-test', 'state', { n: 1 });
    const b = await bus.publish('bus-test', 'state', { n: 2 });
    await new Promise((r) => setTimeout(r, 300));
    off();
    expect(b.id).toBeGreaterThan(a.id);
    expect(got.map((e) => e.id)).toEqual([a.id, b.id]);
    expect((await bus.since('bus-test', a.id)).map((e) => e.data)).toEqual([{ n: 2 }]);
  });
  it('the SSE stream resumes after Last-Event-ID, then delivers live events', async () => {
    const bus = getBus();
    const first = await bus.publish('sse-test', 'state', { n: 1 });
    await bus.publish('sse-test', 'state', { n: 2 });
    const ac = new AbortController();
    const res = sseResponse(new Request('http://x/events', { headers: { 'last-event-id': String(first.id) }, signal: ac.signal }), 'sse-test', { bus, heartbeatMs: 50 });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    const readUntil = async (re: RegExp) => {
      while (!re.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await readUntil(/"n":2/);
    expect(text).not.toMatch(/"n":1/);
    await bus.publish('sse-test', 'state', { n: 3 });
    await readUntil(/"n":3/);
    await readUntil(/: ping/);
    ac.abort();
    await reader.cancel();
  });
  it("a phone's channel carries what a phone acts on (new state, its removal), not the console's nudges; polling still moves past them", async () => {
    const bus = getBus();
    const before = await bus.publish('phone-test', 'state', { n: 0 });
    await bus.publish('phone-test', 'answers', null);
    await bus.publish('phone-test', 'attendance', null);
    const removed = await bus.publish('phone-test', 'attendance', { removed: 'p-1' });
    const nudge = await bus.publish('phone-test', 'signatures', null);
    const polled = (await (await pollResponse('phone-test', before.id, bus, forPhones)).json()) as { events: LiveEvent[]; next: number };
    expect(polled.events.map((e) => e.id)).toEqual([removed.id]);
    expect(polled.next).toBe(nudge.id);
    const ac = new AbortController();
    const res = sseResponse(new Request('http://x/events', { headers: { 'last-event-id': String(before.id) }, signal: ac.signal }), 'phone-test', { bus, heartbeatMs: 50, only: forPhones });
    const reader = res.body!.getReader();
    let text = '';
    const readUntil = async (re: RegExp) => {
      while (!re.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await bus.publish('phone-test', 'answers', null);
    await bus.publish('phone-test', 'state', { n: 9 });
    await readUntil(/"n":9/);
    expect(text).toContain('"removed":"p-1"');
    expect(text).not.toMatch(/"type":"(answers|signatures)"|"type":"attendance","data":null/);
    ac.abort();
    await reader.cancel();
  });
  it.runIf(!!process.env.DATABASE_URL)('on PostgreSQL, an event published by one instance reaches a subscriber of another', async () => {
    const one = createBus({ databaseUrl: process.env.DATABASE_URL });
    const two = createBus({ databaseUrl: process.env.DATABASE_URL });
    expect(two.kind).toBe('postgres');
    await Promise.all([one.ready(), two.ready()]);
    const got: LiveEvent[] = [];
    const off = two.subscribe('cross', (e) => got.push(e));
    const big = 'x'.repeat(9000); // over the NOTIFY payload limit: announced by id and read back
    const e1 = await one.publish('cross', 'state', { hello: 'dari instans satu' });
    const e2 = await one.publish('cross', 'state', { big });
    for (let i = 0; i < 50 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    off();
    expect(got.map((e) => e.id)).toEqual([e1.id, e2.id]);
    expect(got[0].data).toEqual({ hello: 'dari instans satu' });
    expect((got[1].data as { big: string }).big).toHaveLength(9000);
    await one.close();
    await two.close();
  });
  it.runIf(!process.env.DATABASE_URL)('on SQLite the bus is in-process', () => {
    expect(getBus().kind).toBe('memory');
  });
});
