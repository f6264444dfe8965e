import type { APIRoute } from 'astro';
import { t } from '../../../../i18n/index.ts';
import { HttpProblem, json, withProblems } from '../../../../server/http.ts';
import { currentLearner } from '../../../../server/learners.ts';
import { isExpired, participantOf, participantView } from '../../../../server/sessions/index.ts';
import { sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';
import { clientAddress } from '../../../../server/auth/staff.ts';

/** The phone's view of a session: stage, revealed questions (public views only) and own answers. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { params, cookies } = context;
    const s = await sessionByCodeFrom(clientAddress(context), params.code);
    const p = await participantOf(s, await currentLearner(cookies));
    // A closed or expired code tells a stranger nothing about the session.
    if (!p && isExpired(s)) throw new HttpProblem(410, t('session.codeExpired'));
    return json(await participantView(s, p), 200, LIVE_JSON);
  });
