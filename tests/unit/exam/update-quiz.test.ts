/**
 * The update path on the server, against a real (temporary) database: only a holder of an older
 * version that needs an update may take the update quiz; passing it issues a certificate of the
 * current version while the old one stays valid; HR then counts the holder as current.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/db.ts';
import { makeOldVersion } from '../../helpers/old-version.ts';
import { rightResponse } from '../../helpers/answers.ts';
import { finishModules } from '../../helpers/modules.ts';
import { identify, type Learner } from '../../../src/server/learners.ts';
import { examStatus, startAttempt, submitAttempt } from '../../../src/server/exam.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { course } from '../../../src/content/course.ts';
import { updatePath } from '../../../src/lib/course-versions.ts';
import { versionReport } from '../../../src/server/hr/versions.ts';
import type { PublicQuestion, Responses } from '../../../src/quizzes/engine/types.ts';

let db: TestDb;
let holder: Learner;
let newcomer: Learner;
let oldNumber: string;

const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

async function allRight(attemptId: string, questions: PublicQuestion[]): Promise<Responses> {
  const { seed } = await db.handle.db.selectFrom('attempts').select('seed').where('id', '=', attemptId).executeTakeFirstOrThrow();
  return Object.fromEntries(questions.map((pq) => [pq.id, rightResponse(gradedBank.find((g) => g.id === pq.id)!, seed)]));
}

beforeAll(async () => {
  db = await openTestDb();
  await db.handle.db.insertInto('units').values({ id: 'KUA-TJG', name: 'KUA Tanjung', parent_id: null, created_at: new Date().toISOString() }).execute();
  holder = await identify({ nip: '198609262015051001', name: 'Budi Santoso, S.Ag.', jabatan: 'Penyuluh Agama', unit: 'KUA Tanjung' });
  newcomer = await identify({ nip: '199001012019032002', name: 'Sari', jabatan: 'Guru', unit: 'MIN 1 Tabalong' });
  // Budi passed the final exam when the course was 1.0.0.
  await finishModules(db.handle.db, holder.id);
  const final = await startAttempt(holder, 'final');
  const result = await submitAttempt(holder, final.id, await allRight(final.id, final.questions));
  oldNumber = result.certificateNumber!;
  await makeOldVersion(db.handle.db, oldNumber, '1.0.0');
});
afterAll(() => db?.close());

describe('who may take the update quiz', () => {
  it('someone without a certificate is refused with 409 and an Indonesian message, and nothing is stored', async () => {
    const e = await problemOf(startAttempt(newcomer, 'update'));
    expect(e.status).toBe(409);
    expect(e.message).toMatch(/hanya untuk pemegang sertifikat versi lama/);
    expect(await db.handle.db.selectFrom('attempts').select('id').where('learner_id', '=', newcomer.id).execute()).toEqual([]);
    expect((await examStatus(newcomer)).update.blocker).toMatch(/hanya untuk pemegang sertifikat versi lama/);
  });

  it('before the update, HR sees the 1.0.0 holder in their unit as needing it', async () => {
    const report = await versionReport({ all: true }, '2026-12-06', db.handle.db);
    expect(report.units).toEqual([{ unitId: 'KUA-TJG', unitName: 'KUA Tanjung', current: 0, outdated: 1, expired: 0 }]);
    expect(report.holders.map((h) => [h.name, h.version, h.validUntil])).toEqual([['Budi Santoso, S.Ag.', '1.0.0', '2027-06-30']]);
  });

  it('a holder of 1.0.0 may; the quiz is the configured size, every question tagged for the update, no keys', async () => {
    const status = await examStatus(holder);
    expect(status.update.blocker).toBeNull();
    // The final exam, passed under 1.0.0, points to the update path instead.
    expect(status.final.blocker).toMatch(/sertifikat versi 1\.0\.0.*jalur pembaruan/);
    const a = await startAttempt(holder, 'update');
    const path = updatePath('1.0.0', course.versions)!;
    expect(a.questions).toHaveLength(path.quiz.items);
    for (const pq of a.questions) expect(gradedBank.find((g) => g.id === pq.id)!.tags).toEqual(expect.arrayContaining(path.quiz.tags));
    expect(JSON.stringify(a)).not.toMatch(/"(answer|explanation|feedback|cites|seed)"/);
  });
});

describe('passing the update quiz', () => {
  it('issues a certificate of the current version; the 1.0.0 one stays valid; a second update is refused', async () => {
    const a = await startAttempt(holder, 'update');
    const result = await submitAttempt(holder, a.id, await allRight(a.id, a.questions));
    expect(result.score.passed).toBe(true);
    expect(result.certificateNumber).not.toBe(oldNumber);
    const certs = await db.handle.db.selectFrom('certificates').select(['number', 'course_version', 'revoked_at', 'claims']).where('learner_id', '=', holder.id).orderBy('issued_at').execute();
    expect(certs.map((c) => [c.course_version, c.revoked_at])).toEqual([['1.0.0', null], [course.version, null]]);
    expect(JSON.parse(certs[1].claims).courseVersion).toBe(course.version);
    const again = await problemOf(startAttempt(holder, 'update'));
    expect(again.status).toBe(409);
    expect(again.message).toContain(course.version);
  });

  it('HR counts the holder as current in their unit', async () => {
    const report = await versionReport({ all: true }, '2026-12-06', db.handle.db);
    expect(report.holders.find((h) => h.learnerId === holder.id)).toBeUndefined();
    expect(report.units).toEqual([{ unitId: 'KUA-TJG', unitName: 'KUA Tanjung', current: 1, outdated: 0, expired: 0 }]);
    // Another unit's staff do not see them at all.
    expect((await versionReport({ all: false, units: ['MIN-1'] }, '2026-12-06', db.handle.db)).units).toEqual([]);
  });

  it('the database refuses a second valid certificate of the same version for one learner', async () => {
    const c = await db.handle.db.selectFrom('certificates').selectAll().where('learner_id', '=', holder.id).where('course_version', '=', course.version).executeTakeFirstOrThrow();
    await expect(db.handle.db.insertInto('certificates').values({ ...c, id: 'dup-id', number: 'NTR-2026-DUPL-ICAT' }).execute()).rejects.toThrow();
  });
});
