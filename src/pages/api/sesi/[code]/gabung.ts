import type { APIRoute } from 'astro';
import { clientIp, isHttps, json, readJson, withProblems } from '../../../../server/http.ts';
import { joinSession, participantView } from '../../../../server/sessions/index.ts';
import { countJoin, sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';
import { currentLearner, markJoinedWithAccount, openLearnerSession, setSessionCookie } from '../../../../server/accounts/sessions.ts';

/** Join with NIP, name and jabatan: records attendance once and opens this live session on the phone. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request, cookies } = context;
    await countJoin(clientIp(context));
    const s = await sessionByCodeFrom(clientIp(context), params.code, { forJoin: true });
    const body = await readJson(request, 4 * 1024);
    // Code + NIP opens this live session only (its own cookie), never the learner's account. The
    // pass is written with the attendance, in one transaction.
    const account = await currentLearner(cookies);
    const now = new Date();
    const { participant, already, extra: pass } = await joinSession(s, body, now, undefined, async (trx, joined) => {
      if (account?.id === joined.learner.id) return void (await markJoinedWithAccount(joined.participant.id, trx));
      return openLearnerSession(trx, joined.learner.id, now, { scope: `live:${s.id}`, userAgent: request.headers.get('user-agent') });
    });
    if (pass) setSessionCookie(cookies, pass, isHttps(request), true);
    return json({ already, view: await participantView(s, participant, undefined, !already) }, 200, LIVE_JSON);
  });
