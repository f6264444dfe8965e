import type { APIRoute } from 'astro';
import { isHttps, json, readJson, withProblems } from '../../../../server/http.ts';
import { startLearnerSession } from '../../../../server/learners.ts';
import { joinSession, participantView, sessionByCode } from '../../../../server/sessions/index.ts';

/** Join with NIP, name and jabatan: creates or updates the learner, records attendance once. */
export const POST: APIRoute = ({ params, request, cookies }) =>
  withProblems(async () => {
    const s = await sessionByCode(params.code, { forJoin: true });
    const body = await readJson(request, 4 * 1024);
    const { learner, participant, already } = await joinSession(s, body);
    await startLearnerSession(cookies, learner.id, isHttps(request));
    return json({ already, view: await participantView(s, participant) });
  });
