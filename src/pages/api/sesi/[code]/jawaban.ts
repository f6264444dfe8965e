import type { APIRoute } from 'astro';
import { clientIp, json, readJson, withProblems } from '../../../../server/http.ts';
import { requireLiveLearner } from '../../../../server/learners.ts';
import { answer, requireParticipant } from '../../../../server/sessions/index.ts';
import { sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';

/** One answer to an open question: `{ test, questionId, response }`. A closed question answers 409. */
export const PUT: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request, cookies } = context;
    const s = await sessionByCodeFrom(clientIp(context), params.code);
    const p = await requireParticipant(s, await requireLiveLearner(cookies, s.id));
    const body = await readJson(request, 8 * 1024);
    await answer(s, p, body.test, body.questionId, body.response);
    return json({ ok: true }, 200, LIVE_JSON);
  });
