import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../server/http.ts';
import { endLearnerSession, publicProfile, requireLearner, updateProfile } from '../../server/learners.ts';

/** The logged-in learner's profile. */
export const GET: APIRoute = ({ cookies }) =>
  withProblems(async () => json({ learner: publicProfile(await requireLearner(cookies)) }));

/** Save the logged-in learner's profile (the NIP is the account's and does not change). */
export const POST: APIRoute = ({ request, cookies }) =>
  withProblems(async () => {
    const learner = await requireLearner(cookies);
    const body = await readJson(request, 4 * 1024);
    return json({ learner: publicProfile(await updateProfile(learner, body)) });
  });

/** Log out of this browser ("Bukan Anda? Keluar"). */
export const DELETE: APIRoute = ({ cookies }) =>
  withProblems(async () => {
    await endLearnerSession(cookies);
    return json({ ok: true });
  });
