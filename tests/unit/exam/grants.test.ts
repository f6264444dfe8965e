/** What HR grants changes who may start the final exam: extra attempts, a retake after revocation (pure). */
import { describe, expect, it } from 'vitest';
import { startBlocker } from '../../../src/server/exam.ts';
import type { AttemptTable } from '../../../src/server/db/schema.ts';
import { course } from '../../../src/content/course.ts';

const attempt = (submittedAt: string, passed: boolean): AttemptTable => ({
  id: submittedAt, learner_id: 'l', kind: 'final', seed: 's', items: '[]', responses: '{}', status: 'submitted',
  started_at: submittedAt, deadline_at: null, submitted_at: submittedAt, score: passed ? 90 : 40, passed: passed ? 1 : 0, result: null, course_version: '1',
});
const failed = Array.from({ length: course.attemptLimit }, (_, i) => attempt(`2026-11-0${i + 1}T10:00:00.000Z`, false));

describe('extra attempts and retakes', () => {
  it('the limit grows by the attempts HR granted', () => {
    expect(startBlocker('final', failed)).toContain(`Batas ${course.attemptLimit} kali`);
    expect(startBlocker('final', failed, { grant: { extraAttempts: 1, retakeFrom: null } })).toBeNull();
    expect(startBlocker('final', [...failed, attempt('2026-11-09T10:00:00.000Z', false)], { grant: { extraAttempts: 1, retakeFrom: null } })).toContain(`Batas ${course.attemptLimit + 1} kali`);
  });

  it('after "allow retake" earlier attempts, passed or not, no longer block', () => {
    const passedOnce = [attempt('2026-11-01T10:00:00.000Z', true)];
    expect(startBlocker('final', passedOnce)).toContain('sudah lulus');
    expect(startBlocker('final', passedOnce, { grant: { extraAttempts: 0, retakeFrom: '2026-11-20T00:00:00.000Z' } })).toBeNull();
    // A pass after the retake was allowed blocks again.
    expect(startBlocker('final', [...passedOnce, attempt('2026-11-21T10:00:00.000Z', true)], { grant: { extraAttempts: 0, retakeFrom: '2026-11-20T00:00:00.000Z' } })).toContain('sudah lulus');
    expect(startBlocker('final', failed, { grant: { extraAttempts: 0, retakeFrom: '2026-11-20T00:00:00.000Z' } })).toBeNull();
  });
});
