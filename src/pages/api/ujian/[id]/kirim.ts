import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { submitAttempt } from '../../../../server/exam.ts';

/** Submit an attempt: `{ responses: { <questionId>: response } }`. Submitting twice is harmless. */
export const POST: APIRoute = ({ params, request, cookies }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const body = await readJson(request, 64 * 1024);
    return json(await submitAttempt(learner, String(params.id), body.responses ?? {}));
  });
