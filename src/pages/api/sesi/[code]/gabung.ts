import type { APIRoute } from 'astro';
import { isHttps, json, readJson, withProblems } from '../../../../server/http.ts';
import { startLearnerSession } from '../../../../server/learners.ts';
import { joinSession, participantView } from '../../../../server/sessions/index.ts';
import { countJoin, sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';
import { clientAddress } from '../../../../server/auth/staff.ts';

/** Join with NIP, name and jabatan: creates or updates the learner, records attendance once. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request, cookies } = context;
    await countJoin(clientAddress(context));
    const s = await sessionByCodeFrom(clientAddress(context), params.code, { forJoin: true });
    const body = await readJson(request, 4 * 1024);
    const { learner, participant, already } = await joinSession(s, body);
    await startLearnerSession(cookies, learner.id, isHttps(request));
    return json({ already, view: await participantView(s, participant) }, 200, LIVE_JSON);
  });
