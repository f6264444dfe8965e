import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { getAttempt } from '../../../../server/exam.ts';

/** An attempt of the learner (questions without keys, saved answers) to resume it. */
export const GET: APIRoute = ({ params, cookies }) =>
  withProblems(async () => json(await getAttempt(await requireLearner(cookies), String(params.id))));
