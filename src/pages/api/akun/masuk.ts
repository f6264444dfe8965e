import type { APIRoute } from 'astro';
import { isHttps, json, readJson, withProblems } from '../../../server/http.ts';
import { clientIp, login, startLearnerSession } from '../../../server/accounts/index.ts';
import { publicProfile } from '../../../server/learners.ts';

/** Log in: `{ nip, password }`. Rate-limited per address and per NIP; failures are audit-logged. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const body = await readJson(context.request, 2 * 1024);
    const learner = await login(body, clientIp(context));
    await startLearnerSession(context.cookies, learner.id, isHttps(context.request), new Date(), undefined, { userAgent: context.request.headers.get('user-agent') });
    return json({ learner: publicProfile(learner) });
  });
