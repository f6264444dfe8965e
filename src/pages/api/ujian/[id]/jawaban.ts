import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { saveResponse } from '../../../../server/exam.ts';

/** Save one answer while the attempt is open: `{ questionId, response }`. */
export const PUT: APIRoute = ({ params, request, cookies }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const body = await readJson(request, 8 * 1024);
    await saveResponse(learner, String(params.id), body.questionId, body.response);
    return json({ ok: true });
  });
