import type { APIRoute } from 'astro';
import { HttpProblem, json, readJson, withProblems } from '../../../../../server/http.ts';
import { requireStaff } from '../../../../../server/auth/staff.ts';
import { control, sessionForStaff, staffView } from '../../../../../server/sessions/index.ts';
import { parseAction } from '../../../../../server/sessions/state.ts';
import { t } from '../../../../../i18n/index.ts';

const ROLES = ['admin', 'operator', 'facilitator'] as const;

/** Everything the console and the projector show: attendance, state, live results, gain. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ROLES);
    return json(await staffView(await sessionForStaff(user, String(context.params.id))));
  });

/** A facilitator action: `{ action: 'next' | 'openAll' | 'closeQuestions' | 'finish' | 'show' | 'stage' | 'close', … }`. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ROLES);
    const s = await sessionForStaff(user, String(context.params.id));
    const action = parseAction(await readJson(context.request, 1024));
    if (!action) throw new HttpProblem(400, t('session.badAction'));
    return json({ state: await control(user, s, action) });
  });
