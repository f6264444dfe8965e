import type { APIRoute } from 'astro';
import { isHttps, json, readJson, withProblems } from '../../../server/http.ts';
import { clientIp, register, startLearnerSession } from '../../../server/accounts/index.ts';
import { publicProfile } from '../../../server/learners.ts';

/** Register (claim a NIP): profile fields, `password`, and `activationCode` where the unit asks for it. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const body = await readJson(context.request, 4 * 1024);
    const learner = await register(body, clientIp(context));
    await startLearnerSession(context.cookies, learner.id, isHttps(context.request), new Date(), undefined, { userAgent: context.request.headers.get('user-agent') });
    return json({ learner: publicProfile(learner) }, 201);
  });
