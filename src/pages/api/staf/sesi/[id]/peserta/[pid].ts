import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../../../../server/http.ts';
import { requireStaff } from '../../../../../../server/auth/staff.ts';
import { removeParticipant, sessionForStaff } from '../../../../../../server/sessions/index.ts';

/** Remove a wrong entry from the attendance list. */
export const DELETE: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ['admin', 'operator', 'facilitator']);
    const s = await sessionForStaff(user, String(context.params.id));
    await removeParticipant(user, s, String(context.params.pid));
    return json({ ok: true });
  });
