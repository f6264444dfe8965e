import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../server/http.ts';
import { endSession, listSessions, requireLearner } from '../../../server/accounts/index.ts';

/** The learner's open sessions (devices). */
export const GET: APIRoute = ({ cookies }) =>
  withProblems(async () => json({ sessions: await listSessions(cookies, (await requireLearner(cookies)).id) }));

/** End one other session (`?id=`) or all others (`?id=lainnya`). */
export const DELETE: APIRoute = ({ cookies, url }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const ended = await endSession(cookies, learner.id, (url.searchParams.get('id') ?? '').slice(0, 20));
    return json({ ended });
  });
