import type { APIRoute } from 'astro';
import { json, readJson, withProblems } from '../../../../server/http.ts';
import { requireStaff } from '../../../../server/auth/staff.ts';
import { createSession, listSessions } from '../../../../server/sessions/index.ts';

const ROLES = ['admin', 'operator', 'facilitator'] as const;

export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ROLES);
    return json({ sessions: await listSessions(user) });
  });

/** Create a session: `{ title, day, place, unitId, withPre, withPost }`. */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ROLES);
    const body = await readJson(context.request, 4 * 1024);
    const s = await createSession(user, { title: body.title, day: body.day, place: body.place, unitId: body.unitId, withPre: body.withPre, withPost: body.withPost });
    return json({ id: s.id, code: s.code }, 201);
  });
