import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../../../server/http.ts';
import { requireLiveLearner } from '../../../../server/learners.ts';
import { requireParticipant, sessionByCode, sign } from '../../../../server/sessions/service.ts';

/** Sign the declaration: `{ name, confirm: true }`; signing twice keeps the first signature. */
export const POST: APIRoute = ({ params, request, cookies }) =>
  withProblems(async () => {
    const s = await sessionByCode(params.code);
    const p = await requireParticipant(s, await requireLiveLearner(cookies, s.id));
    const body = await readJson(request, 2 * 1024);
    return json(await sign(s, p, body.name, body.confirm));
  });
