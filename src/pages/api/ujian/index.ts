import type { APIRoute } from 'astro';
import { json, readJson, withProblems, HttpProblem } from '../../../server/http.ts';
import { requireLearner } from '../../../server/learners.ts';
import { EXAM_KINDS, examStatus, startAttempt, type ExamKind } from '../../../server/exam.ts';
import { t } from '../../../i18n/index.ts';
import { limitExamStart } from '../../../server/public-limits.ts';

/** The learner's attempts and what they may start. */
export const GET: APIRoute = ({ cookies }) =>
  withProblems(async () => json(await examStatus(await requireLearner(cookies))));

/** Start (or resume) an attempt: `{ kind: "pre" | "final" }`. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { request, cookies } = context;
    const learner = await requireLearner(cookies);
    await limitExamStart(context, learner.id);
    const { kind } = await readJson(request, 1024);
    if (!EXAM_KINDS.includes(kind as ExamKind)) throw new HttpProblem(400, t('exam.badKind'));
    return json(await startAttempt(learner, kind as ExamKind));
  });
