import type { APIRoute } from 'astro';
import { withProblems } from '../../../../../server/http.ts';
import { requireStaff } from '../../../../../server/auth/staff.ts';
import { sessionForStaff } from '../../../../../server/sessions/index.ts';
import { pollResponse, resumeId, sseResponse } from '../../../../../server/live/sse.ts';

/** The live channel for the console and the projector: SSE, or JSON with `?poll=1`. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ['admin', 'operator', 'facilitator']);
    const s = await sessionForStaff(user, String(context.params.id));
    if (context.url.searchParams.get('poll') === '1') return pollResponse(s.id, resumeId(context.request));
    return sseResponse(context.request, s.id);
  });
