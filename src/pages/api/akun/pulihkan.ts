import type { APIRoute } from 'astro';
import { isHttps, json, readJson, withProblems } from '../../../server/http.ts';
import { clientIp, resetWithCode, startLearnerSession } from '../../../server/accounts/index.ts';
import { publicProfile } from '../../../server/learners.ts';

/** A new password with the operator's one-time reset code: `{ nip, code, password }`. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const body = await readJson(context.request, 2 * 1024);
    const learner = await resetWithCode(body, clientIp(context));
    await startLearnerSession(context.cookies, learner.id, isHttps(context.request), new Date(), undefined, { userAgent: context.request.headers.get('user-agent') });
    return json({ learner: publicProfile(learner) });
  });
