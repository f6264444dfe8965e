import type { APIRoute } from 'astro';
import { isHttps, json, readJson, withProblems, HttpProblem } from '../../server/http.ts';
import { currentLearner, endLearnerSession, identify, publicProfile, startLearnerSession } from '../../server/learners.ts';
import { t } from '../../i18n/index.ts';

/** The learner of this browser, if identified. */
export const GET: APIRoute = ({ cookies }) =>
  withProblems(async () => {
    const learner = await currentLearner(cookies);
    if (!learner) throw new HttpProblem(401, t('learner.required'));
    return json({ learner: publicProfile(learner) });
  });

/** Identify with NIP and profile: creates or updates the learner and starts a session. */
export const POST: APIRoute = ({ request, cookies }) =>
  withProblems(async () => {
    const body = await readJson(request, 4 * 1024);
    const learner = await identify(body, new Date(), undefined, (await currentLearner(cookies))?.id);
    await startLearnerSession(cookies, learner.id, isHttps(request));
    return json({ learner: publicProfile(learner) });
  });

/** Forget this browser's session ("Bukan Anda? Keluar"). */
export const DELETE: APIRoute = ({ cookies }) =>
  withProblems(async () => {
    await endLearnerSession(cookies);
    return json({ ok: true });
  });
