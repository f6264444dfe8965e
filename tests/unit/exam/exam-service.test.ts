/**
 * The exam on the server, against a real (temporary) database: what a learner and an attacker
 * can and cannot do with an attempt.
 */
import { finishModules as finishModulesOf } from '../../helpers/modules.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { identify as identifyOnly, type Learner } from '../../../src/server/learners.ts';
import { COURSE_MODULES } from '../../../src/lib/course-modules.ts';
import { examStatus, getAttempt, getResult, saveResponse, startAttempt, submitAttempt } from '../../../src/server/exam.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { course } from '../../../src/content/course.ts';
import { rightResponse } from '../../helpers/answers.ts';
import type { DbHandle } from '../../../src/server/db/index.ts';
import type { PublicQuestion, Responses } from '../../../src/quizzes/engine/types.ts';

let db: TestDb;
let handle: DbHandle;
let budi: Learner;
let sari: Learner;

/** A learner who has finished every module (the final exam's module gate is tested on its own). */
async function identify(body: Record<string, unknown>): Promise<Learner> {
  const l = await identifyOnly(body);
  await finishModules(l, COURSE_MODULES.map((m) => m.id));
  return l;
}
const finishModules = (l: Learner, ids: string[]) => finishModulesOf(handle.db, l.id, ids);

beforeAll(async () => {
  db = await openTestDb();
  handle = db.handle;
  budi = await identify({ nip: '198609262015051001', name: 'Budi Santoso, S.Ag.', jabatan: 'Penyuluh Agama', unit: 'KUA Tanjung' });
  sari = await identify({ nip: '199001012019032002', name: 'Sari', jabatan: 'Guru', unit: 'MIN 1 Tabalong' });
});
afterAll(() => db?.close());

async function seedOf(attemptId: string) {
  return (await handle.db.selectFrom('attempts').select('seed').where('id', '=', attemptId).executeTakeFirstOrThrow()).seed;
}

/** Answers n questions right and the rest wrong-or-empty. */
async function answers(questions: PublicQuestion[], attemptId: string, nRight: number): Promise<Responses> {
  const seed = await seedOf(attemptId);
  const out: Responses = {};
  questions.forEach((pq, i) => {
    if (i < nRight) out[pq.id] = rightResponse(gradedBank.find((q) => q.id === pq.id)!, seed);
  });
  return out;
}

const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

describe('starting an attempt', () => {
  it('draws a balanced exam whose questions carry no key', async () => {
    const a = await startAttempt(budi, 'final');
    expect(a.questions).toHaveLength(course.examItemsPerArea * course.areas.length);
    for (const area of course.areas) expect(a.questions.filter((q) => q.area === area.id)).toHaveLength(course.examItemsPerArea);
    const text = JSON.stringify(a);
    expect(text).not.toMatch(/"(answer|explanation|feedback|cites|seed)"/);
  });

  it('starting again resumes the same open attempt', async () => {
    const a = await startAttempt(budi, 'final');
    const b = await startAttempt(budi, 'final');
    expect(b.id).toBe(a.id);
    expect(b.questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id));
  });
});

describe('saving answers', () => {
  it('keeps saved answers for a reload', async () => {
    const a = await startAttempt(budi, 'final');
    const q = a.questions.find((x) => x.type === 'single' || x.type === 'judgement')!;
    const response = q.type === 'single' ? q.options[0].id : 'boleh';
    await saveResponse(budi, a.id, q.id, response);
    expect((await getAttempt(budi, a.id)).responses[q.id]).toEqual(response);
  });

  it('rejects an unknown question, an option out of range, and another learner', async () => {
    const a = await startAttempt(budi, 'final');
    const before = await handle.db.selectFrom('attempts').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect((await problemOf(saveResponse(budi, a.id, 'g-tidak-ada', 'x'))).status).toBe(400);
    const single = a.questions.find((x) => x.type === 'single')!;
    const bad = await problemOf(saveResponse(budi, a.id, single.id, 'zzzzzz'));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/[a-z]/);
    expect((await problemOf(saveResponse(sari, a.id, single.id, single.type === 'single' ? single.options[0].id : ''))).status).toBe(404);
    expect((await problemOf(getAttempt(sari, a.id))).status).toBe(404);
    const after = await handle.db.selectFrom('attempts').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });
});

describe('submitting', () => {
  it('fails below the pass mark, then a retry draws fresh questions and passes; submitting twice records one attempt', async () => {
    const first = await startAttempt(budi, 'final');
    const total = first.questions.length;
    const failing = await answers(first.questions, first.id, Math.floor(total / 2));
    const submitted = await submitAttempt(budi, first.id, failing);
    // The submit's answer carries the score; the review is the result page's (getResult).
    expect(submitted).not.toHaveProperty('review');
    const r1 = await getResult(budi, first.id);
    expect(submitted).toEqual({ ...r1, review: undefined, score: { ...r1.score, items: undefined } });
    expect(r1.score.passed).toBe(false);
    expect(r1.review).toHaveLength(total);
    // Failed with attempts left: whether each was right and what to reread, but no key.
    expect(r1.state).toBe('finalOpen');
    expect(r1.review.every((x) => x.cites!.length > 0 && typeof x.correct === 'boolean' && x.explanation === undefined && !x.options && !x.pairs && !x.order)).toBe(true);
    expect(JSON.stringify([r1.review, r1.score])).not.toMatch(/"(answer|explanation|feedback|inPlace)"|"correct":true[^{}]*"text"|"text"[^{}]*"correct":true/);

    // A second submit (double tap, retry after a timeout) changes nothing.
    const again = await submitAttempt(budi, first.id, await answers(first.questions, first.id, total));
    expect(again).toEqual(submitted);
    expect((await problemOf(saveResponse(budi, first.id, first.questions[0].id, null))).status).toBe(409);

    const second = await startAttempt(budi, 'final');
    expect(second.id).not.toBe(first.id);
    const overlap = second.questions.filter((q) => first.questions.some((f) => f.id === q.id)).length;
    expect(overlap).toBeLessThan(total);
    const r2 = await submitAttempt(budi, second.id, await answers(second.questions, second.id, total));
    expect(r2.score.percent).toBe(100);
    expect(r2.score.passed).toBe(true);
    // Passed: the full review, also of the failed attempt.
    expect(r2.state).toBe('finalClosed');
    const full = await getResult(budi, first.id);
    expect(full.state).toBe('finalClosed');
    expect(full.review.every((x) => (x.explanation ?? '').length > 0 && (x.options ?? x.pairs ?? x.order) !== undefined)).toBe(true);
    const rows = await handle.db.selectFrom('attempts').select(['id', 'status']).where('learner_id', '=', budi.id).where('kind', '=', 'final').execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.status === 'submitted')).toBe(true);
    expect((await problemOf(startAttempt(budi, 'final'))).status).toBe(409);
  });

  it('passes exactly at the pass mark', async () => {
    const ani = await identify({ nip: '198501012010012003', name: 'Ani', jabatan: 'Analis', unit: 'Kanwil' });
    const a = await startAttempt(ani, 'final');
    const total = a.questions.length;
    const need = Math.ceil((course.passMark / 100) * total);
    const atMark = (need / total) * 100 >= course.passMark && ((need - 1) / total) * 100 < course.passMark;
    expect(atMark).toBe(true);
    const r = await submitAttempt(ani, a.id, await answers(a.questions, a.id, need));
    expect(r.score.passed).toBe(true);
  });

  it('enforces the attempt limit', async () => {
    const dedi = await identify({ nip: '197805052005011004', name: 'Dedi', jabatan: 'Pelaksana', unit: 'Kankemenag' });
    for (let i = 0; i < course.attemptLimit; i++) {
      const a = await startAttempt(dedi, 'final');
      await submitAttempt(dedi, a.id, {});
    }
    const e = await problemOf(startAttempt(dedi, 'final'));
    expect(e.status).toBe(409);
    expect(e.message).toContain(String(course.attemptLimit));
  });

  it('after the time limit, answers are refused and only those saved in time count', async () => {
    const eko = await identify({ nip: '198202022008011005', name: 'Eko', jabatan: 'Pengawas', unit: 'Kankemenag' });
    const a = await startAttempt(eko, 'final');
    const seed = await seedOf(a.id);
    const first = a.questions[0];
    await saveResponse(eko, a.id, first.id, rightResponse(gradedBank.find((q) => q.id === first.id)!, seed));
    // The clock is the server's: put the deadline well in the past.
    await handle.db.updateTable('attempts').set({ deadline_at: new Date(Date.now() - 10 * 60_000).toISOString() }).where('id', '=', a.id).execute();
    const late = await problemOf(saveResponse(eko, a.id, a.questions[1].id, null));
    expect(late.status).toBe(409);
    expect(late.message).toMatch(/waktu/i);
    const r = await submitAttempt(eko, a.id, await answers(a.questions, a.id, a.questions.length));
    expect(r.score.earned).toBe(1);
  });

  it('shows a result only to its learner and only after submit', async () => {
    const a = await startAttempt(sari, 'pre');
    expect((await problemOf(getResult(sari, a.id))).status).toBe(409);
    await submitAttempt(sari, a.id, {});
    const pre = await getResult(sari, a.id);
    expect(pre.kind).toBe('pre');
    // The pre-test shows the score per area only.
    expect(pre.score.perArea).toBeDefined();
    expect(pre.score.items).toBeUndefined();
    expect(pre.review.every((x) => x.correct === undefined && !x.options && !x.cites && !x.explanation)).toBe(true);
    expect((await problemOf(getResult(budi, a.id))).status).toBe(404);
    expect((await problemOf(startAttempt(sari, 'pre'))).status).toBe(409);
  });
});

describe('the module gate', () => {
  it('keeps the final exam closed until every module is finished on the server, naming the missing ones', async () => {
    const fajar = await identifyOnly({ nip: '198703032011011006', name: 'Fajar', jabatan: 'Penghulu', unit: 'KUA Tanjung' });
    await finishModules(fajar, COURSE_MODULES.slice(0, -1).map((m) => m.id));
    const e = await problemOf(startAttempt(fajar, 'final'));
    expect(e.status).toBe(409);
    const status = await examStatus(fajar);
    expect(status.final.blocker).toBe(e.message);
    expect(status.missingModules.map((m) => m.id)).toEqual([COURSE_MODULES.at(-1)!.id]);
    // The pre-test needs no module.
    expect((await startAttempt(fajar, 'pre')).kind).toBe('pre');
    await finishModules(fajar, [COURSE_MODULES.at(-1)!.id]);
    expect((await examStatus(fajar)).final.blocker).toBeNull();
    expect((await startAttempt(fajar, 'final')).kind).toBe('final');
  });
});

describe('the draw across attempts', () => {
  it('never draws a pre-test question into the final exam, and retries draw unseen questions', async () => {
    const gita = await identify({ nip: '199104042015032007', name: 'Gita', jabatan: 'Guru', unit: 'MIN 1 Tabalong' });
    const pre = await startAttempt(gita, 'pre');
    await submitAttempt(gita, pre.id, {});
    const preIds = new Set(pre.questions.map((q) => q.id));
    const seen = new Set<string>();
    for (let i = 0; i < course.attemptLimit; i++) {
      const a = await startAttempt(gita, 'final');
      expect(a.questions.filter((q) => preIds.has(q.id))).toEqual([]);
      // Unseen questions first: an area repeats only as many as it lacks fresh ones.
      for (const area of course.areas) {
        const fresh = gradedBank.filter((q) => q.area === area.id && !preIds.has(q.id) && !seen.has(q.id)).length;
        const repeated = a.questions.filter((q) => q.area === area.id && seen.has(q.id)).length;
        expect(repeated).toBe(Math.max(0, course.examItemsPerArea - fresh));
      }
      for (const q of a.questions) seen.add(q.id);
      await submitAttempt(gita, a.id, {});
    }
  });
});
