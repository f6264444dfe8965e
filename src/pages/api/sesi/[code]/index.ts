import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../../server/http.ts';
import { currentLearner } from '../../../../server/learners.ts';
import { participantOf, participantView, sessionByCode } from '../../../../server/sessions/index.ts';

/** The phone's view of a session: stage, revealed questions (public views only) and own answers. */
export const GET: APIRoute = ({ params, cookies }) =>
  withProblems(async () => {
    const s = await sessionByCode(params.code);
    const p = await participantOf(s, await currentLearner(cookies));
    return json(await participantView(s, p));
  });
