import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../../server/http.ts';
import { changeLearnerPassword, hashToken, LEARNER_COOKIE, requireLearner } from '../../../server/accounts/index.ts';

/** Change one's password: `{ current, password }`; the learner's other sessions end. */
export const POST: APIRoute = ({ cookies, request }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const body = await readJson(request, 2 * 1024);
    const token = cookies.get(LEARNER_COOKIE)?.value;
    await changeLearnerPassword(learner, body, token ? hashToken(token) : null);
    return json({ ok: true });
  });
