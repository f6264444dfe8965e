import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { getResult } from '../../../../server/exam.ts';

/** The scored result with the review of every question. */
export const GET: APIRoute = ({ params, cookies }) =>
  withProblems(async () => json(await getResult(await requireLearner(cookies), String(params.id))));
