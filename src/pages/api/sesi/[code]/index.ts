import type { APIRoute } from 'astro';
import { t } from '../../../../i18n/index.ts';
import { clientIp, HttpProblem, json, withProblems } from '../../../../server/http.ts';
import { liveLearner } from '../../../../server/learners.ts';
import { isExpired, participantOf, participantView } from '../../../../server/sessions/index.ts';
import { sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';

/** The phone's view of a session: stage, revealed questions (public views only) and own answers. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { params, cookies } = context;
    const s = await sessionByCodeFrom(clientIp(context), params.code);
    const p = await participantOf(s, await liveLearner(cookies, s.id));
    // A closed or expired code tells a stranger nothing about the session.
    if (!p && isExpired(s)) throw new HttpProblem(410, t('session.codeExpired'));
    return json(await participantView(s, p), 200, LIVE_JSON);
  });
