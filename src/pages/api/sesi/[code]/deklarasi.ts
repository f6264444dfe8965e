import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../../../server/http.ts';
import { requireLearner } from '../../../../server/learners.ts';
import { requireParticipant, sessionByCode, sign } from '../../../../server/sessions/index.ts';

/** Sign the declaration: `{ name, confirm: true }`; signing twice keeps the first signature. */
export const POST: APIRoute = ({ params, request, cookies }) =>
  withProblems(async () => {
    const s = await sessionByCode(params.code);
    const p = await requireParticipant(s, await requireLearner(cookies));
    const body = await readJson(request, 2 * 1024);
    return json(await sign(s, p, body.name, body.confirm));
  });
