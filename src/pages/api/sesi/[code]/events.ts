import type { APIRoute } from 'astro';
import { clientIp, withProblems } from '../../../../server/http.ts';
import { requireLiveLearner } from '../../../../server/learners.ts';
import { requireParticipant } from '../../../../server/sessions/index.ts';
import { sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { forPhones, pollResponse, resumeId, sseResponse } from '../../../../server/live/sse.ts';

/** The live channel for a participant's phone: SSE, or JSON with `?poll=1` (the fallback). */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request, cookies, url } = context;
    const s = await sessionByCodeFrom(clientIp(context), params.code);
    await requireParticipant(s, await requireLiveLearner(cookies, s.id));
    if (url.searchParams.get('poll') === '1') return pollResponse(s.id, resumeId(request), undefined, forPhones);
    return sseResponse(request, s.id, { only: forPhones });
  });
