import type { APIRoute } from 'astro';
import { clientIp, isHttps, json, readJson, withProblems } from '../../../../server/http.ts';
import { currentLearner, startLearnerSession } from '../../../../server/learners.ts';
import { joinSession, participantView } from '../../../../server/sessions/index.ts';
import { countJoin, sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';
import { markJoinedWithAccount } from '../../../../server/accounts/sessions.ts';

/** Join with NIP, name and jabatan: records attendance once and opens this live session on the phone. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request, cookies } = context;
    await countJoin(clientIp(context));
    const s = await sessionByCodeFrom(clientIp(context), params.code, { forJoin: true });
    const body = await readJson(request, 4 * 1024);
    const { learner, participant, already } = await joinSession(s, body);
    // Code + NIP opens this live session only (its own cookie), never the learner's account.
    const account = await currentLearner(cookies);
    if (account?.id === learner.id) await markJoinedWithAccount(participant.id);
    else await startLearnerSession(cookies, learner.id, isHttps(request), new Date(), undefined, { scope: `live:${s.id}`, userAgent: request.headers.get('user-agent') });
    return json({ already, view: await participantView(s, participant, undefined, !already) }, 200, LIVE_JSON);
  });
