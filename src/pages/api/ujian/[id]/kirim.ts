import type { APIRoute } from 'astro';
import { json, readJson, withProblems, HttpProblem } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { submitAttempt } from '../../../../server/exam.ts';
import { t } from '../../../../i18n/index.ts';

/** Submit an attempt: `{ responses: { <questionId>: response } }`. Submitting twice is harmless. */
export const POST: APIRoute = ({ params, request, cookies }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const body = await readJson(request, 64 * 1024);
    // A body without `responses` (a typo, a stray client) must not close the exam.
    if (!('responses' in body)) throw new HttpProblem(400, t('error.badRequest'));
    return json(await submitAttempt(learner, String(params.id), body.responses));
  });
