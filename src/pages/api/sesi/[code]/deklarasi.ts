import type { APIRoute } from 'astro';
import { clientIp, json, readJson, withProblems } from '../../../../server/http.ts';
import { requireLiveLearner } from '../../../../server/learners.ts';
import { requireParticipant, sign } from '../../../../server/sessions/index.ts';
import { sessionByCodeFrom } from '../../../../server/sessions/guard.ts';
import { LIVE_JSON } from '../../../../server/live/sse.ts';

/** Sign the declaration: `{ name, confirm: true }`; signing twice keeps the first signature. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { params, request, cookies } = context;
    const s = await sessionByCodeFrom(clientIp(context), params.code);
    const p = await requireParticipant(s, await requireLiveLearner(cookies, s.id));
    const body = await readJson(request, 2 * 1024);
    return json(await sign(s, p, body.name, body.confirm), 200, LIVE_JSON);
  });
