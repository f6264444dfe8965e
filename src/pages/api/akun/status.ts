import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../server/http.ts';
import { requireLearner } from '../../../server/learners.ts';
import { journey } from '../../../server/journey.ts';

/** Who is logged in on this browser, where they stand and their next step (header, home page). */
export const GET: APIRoute = ({ cookies }) => withProblems(async () => json(await journey(await requireLearner(cookies))));
