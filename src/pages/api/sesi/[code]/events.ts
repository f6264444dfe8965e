import type { APIRoute } from 'astro';
import { withProblems } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { requireParticipant, sessionByCode } from '../../../../server/sessions/index.ts';
import { pollResponse, resumeId, sseResponse } from '../../../../server/live/sse.ts';

/** The live channel for a participant's phone: SSE, or JSON with `?poll=1` (the fallback). */
export const GET: APIRoute = ({ params, request, cookies, url }) =>
  withProblems(async () => {
    const s = await sessionByCode(params.code);
    await requireParticipant(s, await requireLearner(cookies));
    if (url.searchParams.get('poll') === '1') return pollResponse(s.id, resumeId(request));
    return sseResponse(request, s.id);
  });
