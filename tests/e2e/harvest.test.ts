/**
 * The harvest test (issue 12): ten fresh accounts submit blank and random attempts and fetch every
 * page and API answer a learner can reach. Until an account passes (or has no attempt left, when
 * the full review is due by design), not one graded key may reach it. The detector itself is
 * proven by the last step, where a key is due and must be found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { identify, nipFor, startExam, type Client, type Reply } from '../helpers/bad-input.ts';
import { keysIn } from '../helpers/learner.ts';
import { course } from '../../src/content/course.ts';
import type { PublicQuestion, QuestionResponse } from '../../src/quizzes/engine/types.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A random (mostly wrong) answer a harvester would send. */
function randomAnswer(q: PublicQuestion): QuestionResponse {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];
  switch (q.type) {
    case 'single': return pick(q.options).id;
    case 'multiple': return [pick(q.options).id];
    case 'truefalse': return Math.random() < 0.5;
    case 'judgement': return pick(q.choices).value;
    case 'matching': return Object.fromEntries(q.lefts.map((l, i) => [l.id, q.rights[i % q.rights.length].id]));
    case 'ordering': return [...q.items].reverse().map((i) => i.id);
  }
}

describe('harvesting the answer keys with throwaway accounts', () => {
  it('10 fresh accounts, blank and random attempts: 0 keys reach the client before a pass', async () => {
    const received: { what: string; reply: Reply }[] = [];
    const get = async (c: Client, what: string, url: string) => received.push({ what, reply: await c.request('GET', url) });
    const pages = ['/', '/ujian', '/ujian/akhir', '/ujian/pre-test', '/profil', '/sertifikat', '/api/ujian', '/api/akun/status', '/api/peserta'];
    for (let i = 0; i < 10; i++) {
      const c = await identify(server.url, nipFor(500 + i), `Pemanen ${i + 1}`);
      for (const p of pages) await get(c, `${i} ${p}`, p);
      // The pre-test, blank or random.
      const pre = await startExam(c, 'pre');
      const preBody = i % 2 ? Object.fromEntries(pre.questions.map((q) => [q.id, randomAnswer(q)])) : {};
      received.push({ what: `${i} submit pre`, reply: await c.request('POST', `/api/ujian/${pre.id}/kirim`, { body: { responses: preBody } }) });
      await get(c, `${i} pre result api`, `/api/ujian/${pre.id}/hasil`);
      await get(c, `${i} pre result page`, `/hasil/${pre.id}`);
      // Every final attempt but the last, blank or random; each result read every way.
      for (let k = 0; k < course.attemptLimit - 1; k++) {
        const a = await startExam(c, 'final');
        received.push({ what: `${i} attempt ${k} resume`, reply: await c.request('GET', `/api/ujian/${a.id}`) });
        const body = (i + k) % 2 ? Object.fromEntries(a.questions.map((q) => [q.id, randomAnswer(q)])) : {};
        const submit = await c.request('POST', `/api/ujian/${a.id}/kirim`, { body: { responses: body } });
        if (submit.json?.passed) throw new Error('a random attempt passed; rerun');
        received.push({ what: `${i} submit final ${k}`, reply: submit });
        await get(c, `${i} final ${k} result api`, `/api/ujian/${a.id}/hasil`);
        await get(c, `${i} final ${k} result page`, `/hasil/${a.id}`);
        await get(c, `${i} final ${k} only wrong`, `/hasil/${a.id}?salah=1`);
        for (const p of pages) await get(c, `${i} after ${k} ${p}`, p);
      }
    }
    expect(received.filter((r) => /submit final/.test(r.what) && r.reply.status === 200)).toHaveLength(10 * (course.attemptLimit - 1));
    expect(received.every((r) => r.reply.status < 500)).toBe(true);
    const leaks = received.flatMap((r) => keysIn(r.reply.text).map((k) => `${r.what}: ${k}`));
    expect(leaks).toEqual([]);
    // The failed reviews did say what to reread: they are not simply empty.
    const failed = received.find((r) => r.what.endsWith('final 0 result api'))!.reply.json;
    expect(failed.review.length).toBe(course.examItemsPerArea * course.areas.length);
    expect(failed.review.every((x: { cites?: string[]; correct?: boolean }) => x.cites!.length > 0 && typeof x.correct === 'boolean')).toBe(true);
  });

  it('the detector finds the keys once they are due: the full review after the last attempt', async () => {
    const c = await identify(server.url, nipFor(600), 'Pemanen Terakhir');
    let last = '';
    for (let k = 0; k < course.attemptLimit; k++) {
      const a = await startExam(c, 'final');
      const r = await c.request('POST', `/api/ujian/${a.id}/kirim`, { body: { responses: {} } });
      // The submit answers with the score; the review (and, once due, the keys) is the result's.
      expect(r.status).toBe(200);
      expect(keysIn(r.text)).toEqual([]);
      const result = await c.request('GET', `/api/ujian/${a.id}/hasil`);
      expect(keysIn(result.text).length > 0).toBe(k === course.attemptLimit - 1);
      last = a.id;
    }
    const page = await c.request('GET', `/hasil/${last}`);
    expect(keysIn(page.text)).toContain('label "Jawaban benar"');
  });
});
