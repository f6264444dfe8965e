/**
 * An admin's bank import against a real (temporary) database: checked without writing, stored
 * on confirmation for one course version and bank, drawn by the exam with its keys kept on the
 * server, and bad files refused with the bank unchanged.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { nipFor } from '../../helpers/bad-input.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { examBank, importBank, importedCounts, importedQuestions, type BankImportRequest } from '../../../src/server/question-bank.ts';
import { identify } from '../../../src/server/learners.ts';
import { getResult, startAttempt, submitAttempt } from '../../../src/server/exam.ts';
import { finishModules } from '../../helpers/modules.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { course } from '../../../src/content/course.ts';
import type { Question } from '../../../src/quizzes/schema.ts';
import { toMoodleXml } from '../../../src/quizzes/gift/moodle-xml.ts';
import { everyType } from './fixtures.ts';

let db: TestDb;
const admin = { id: 'admin-test' };
const moodle = readFileSync('tests/unit/quizzes/fixtures/moodle-lengkap.gift');
const request = (over: Partial<BankImportRequest> = {}): BankImportRequest => ({
  bytes: moodle,
  name: 'moodle-lengkap.gift',
  version: course.version,
  bank: 'graded',
  cites: 'pp-94-2021/pasal-5-huruf-n',
  difficulty: '2',
  apply: false,
  ...over,
});
const rows = async () => (await db.handle.db.selectFrom('imported_questions').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
async function refused(p: Promise<unknown>): Promise<HttpProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpProblem) return e;
    throw e;
  }
  throw new Error('expected an HttpProblem');
}

beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db?.close());

describe('bank import', () => {
  it('a check reports per question and adds nothing to a bank', async () => {
    const r = await importBank(admin, request(), new Date(), db.handle.db);
    expect(r.applied).toBe(false);
    // "Kata hilang" and an untitled true/false have no explanation and no default for one: refused with the reason.
    expect(r.report.counts).toEqual({ imported: 9, skipped: 4, refused: 4 });
    expect(r.report.items.find((i) => i.line === 47)!.notes.at(-1)).toMatch(/explanation wajib diisi/);
    expect(Number(await rows())).toBe(0);
  });

  it('bad input: a binary file, a huge file, no supported question, bad defaults — 4xx in Indonesian, the bank unchanged', async () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x01]);
    expect(await refused(importBank(admin, request({ bytes: binary }), new Date(), db.handle.db))).toMatchObject({ status: 415, message: expect.stringMatching(/bukan teks GIFT/) });
    const huge = new TextEncoder().encode(`::a:: Soal {T}\n\n`.repeat(1_300_000));
    expect(huge.length).toBeGreaterThan(20_000_000);
    expect(await refused(importBank(admin, request({ bytes: huge }), new Date(), db.handle.db))).toMatchObject({ status: 413, message: expect.stringMatching(/terlalu besar/) });
    const none = new TextEncoder().encode('::Esai:: Jelaskan. {}\n\n::Numerik:: Berapa? {#3}\n');
    const e = await refused(importBank(admin, request({ bytes: none }), new Date(), db.handle.db));
    expect(e).toMatchObject({ status: 422, message: expect.stringMatching(/Tidak ada soal yang dapat diimpor/) });
    expect((e as unknown as { result: { report: { counts: unknown } } }).result.report.counts).toEqual({ imported: 0, skipped: 2, refused: 0 });
    expect(await refused(importBank(admin, request({ difficulty: '7' }), new Date(), db.handle.db))).toMatchObject({ status: 422, message: expect.stringMatching(/tingkat kesulitan/) });
    expect(await refused(importBank(admin, request({ version: '0.0.9' }), new Date(), db.handle.db))).toMatchObject({ status: 422 });
    expect(await refused(importBank(admin, request({ bank: 'rahasia' }), new Date(), db.handle.db))).toMatchObject({ status: 422 });
    expect(Number(await rows())).toBe(0);
  });

  it('a confirmation names the checked draft and its digest, then stores the questions all together', async () => {
    const check = await importBank(admin, request(), new Date(), db.handle.db);
    expect(check.draft).toMatch(/^[0-9a-f-]{36}$/);
    const confirm = (over: Partial<BankImportRequest>) => importBank(admin, request({ bytes: new Uint8Array(), name: '', apply: true, draft: check.draft, digest: check.digest, ...over }), new Date(), db.handle.db);
    expect(await refused(confirm({ digest: 'f'.repeat(64) }))).toMatchObject({ status: 409, message: expect.stringMatching(/berbeda dari berkas yang diperiksa/) });
    // Another admin cannot confirm someone else's check.
    expect(await refused(importBank({ id: 'admin-lain' }, request({ bytes: new Uint8Array(), apply: true, draft: check.draft, digest: check.digest }), new Date(), db.handle.db))).toMatchObject({ status: 409 });
    expect(Number(await rows())).toBe(0);
    const done = await confirm({});
    expect(done.applied).toBe(true);
    expect(Number(await rows())).toBe(9);
    // The draft is used up: confirming it again changes nothing.
    expect(await refused(confirm({}))).toMatchObject({ status: 409, message: expect.stringMatching(/sudah tidak tersedia/) });
    expect(Number(await rows())).toBe(9);
    const stored = await importedQuestions(db.handle.db, course.version, 'graded');
    expect(stored.map((q) => q.id)).toEqual(check.report.questions.map((q) => q.id).sort());
    expect(await importedCounts(db.handle.db)).toEqual([{ version: course.version, bank: 'graded', area: 'kampanye', count: 9 }]);
    const log = await db.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'bank.import').execute();
    expect(log).toHaveLength(1);
  });

  it('a check may also be confirmed by sending the same file again with its digest', async () => {
    const text = '::Satu lagi:: ASN wajib netral. {T####Pasal 9 ayat (2) UU 20/2023.}\n';
    const bytes = new TextEncoder().encode(text);
    const check = await importBank(admin, request({ bytes, area: 'karier', bank: 'practice' }), new Date(), db.handle.db);
    const crlf = new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
    const done = await importBank(admin, request({ bytes: crlf, area: 'karier', bank: 'practice', apply: true, digest: check.digest }), new Date(), db.handle.db);
    expect(done.applied).toBe(true);
    expect((await importedQuestions(db.handle.db, course.version, 'practice')).map((q) => q.id)).toEqual(['satu-lagi']);
    // Practice questions do not join the exam.
    expect((await examBank(db.handle.db, course.version)).some((q) => q.id === 'satu-lagi')).toBe(false);
  });

  it('takes Moodle XML too (by its name or its content)', async () => {
    const xml = new TextEncoder().encode(toMoodleXml(everyType));
    const r = await importBank(admin, request({ bytes: xml, name: 'ekspor-moodle.xml', bank: 'practice' }), new Date(), db.handle.db);
    expect(r.report.counts).toEqual({ imported: everyType.length, skipped: 0, refused: 0 });
    expect(r.report.questions).toEqual(everyType);
    const unnamed = await importBank(admin, request({ bytes: xml, name: 'bank', bank: 'practice' }), new Date(), db.handle.db);
    expect(unnamed.report.counts.imported).toBe(everyType.length);
  });

  it('importing the same bank again imports nothing and changes nothing', async () => {
    const again = await refused(importBank(admin, request(), new Date(), db.handle.db));
    expect(again.status).toBe(422);
    const report = (again as unknown as { result: { report: { items: { status: string; notes: string[] }[] } } }).result.report;
    expect(report.items.filter((i) => i.status === 'refused').some((i) => /sudah ada di bank tujuan/.test(i.notes.at(-1)!))).toBe(true);
    expect(Number(await rows())).toBe(10);
  });
});

describe('the exam draws imported graded questions, and keeps their keys', () => {
  it('examBank is the built-in bank plus the version’s imported graded questions', async () => {
    const bank = await examBank(db.handle.db, course.version);
    expect(bank.length).toBe(gradedBank.length + 9);
    expect((await examBank(db.handle.db, 'versi-lain')).length).toBe(gradedBank.length);
  });

  it('attempts draw them, never send their keys, and score them', async () => {
    const imported = new Set((await importedQuestions(db.handle.db, course.version, 'graded')).map((q) => q.id));
    const bank = await examBank(db.handle.db, course.version);
    let seenImported = false;
    for (let i = 0; i < 12 && !seenImported; i++) {
      const learner = await identify({ nip: nipFor(500 + i), name: `Peserta ${i}`, jabatan: 'Penyuluh', unit: 'KUA Tanjung' }, new Date(), db.handle.db);
      await finishModules(db.handle.db, learner.id);
      const attempt = await startAttempt(learner, 'final', new Date(), db.handle.db);
      const mine = attempt.questions.filter((q) => imported.has(q.id));
      if (!mine.length) continue;
      seenImported = true;
      const json = JSON.stringify(attempt);
      for (const key of ['"answer"', '"explanation"', '"weights"', '"feedback"', '"cites"']) expect(json).not.toContain(key);
      const seed = (await db.handle.db.selectFrom('attempts').select('seed').where('id', '=', attempt.id).executeTakeFirstOrThrow()).seed;
      const responses = Object.fromEntries(attempt.questions.map((pq) => [pq.id, rightResponse(bank.find((q) => q.id === pq.id) as Question, seed)]));
      const result = await submitAttempt(learner, attempt.id, responses, new Date(), db.handle.db);
      expect(result.score.percent).toBe(100);
      const review = (await getResult(learner, attempt.id, db.handle.db)).review;
      expect(review.filter((r) => imported.has(r.id)).length).toBe(mine.length);
    }
    expect(seenImported).toBe(true);
  });
});
