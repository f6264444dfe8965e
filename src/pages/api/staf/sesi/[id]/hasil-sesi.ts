import type { APIRoute } from 'astro';
import { withProblems } from '../../../../../server/http.ts';
import { requireStaff } from '../../../../../server/auth/staff.ts';
import { sessionForStaff } from '../../../../../server/sessions/index.ts';
import { bundleFileName, exportBundle } from '../../../../../server/fieldkit/export.ts';

export const prerender = false;

/** The signed "hasil sesi" of a closed field session on this laptop, as a file to take to the central server. */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ['admin', 'operator', 'facilitator']);
    const s = await sessionForStaff(user, String(context.params.id));
    const jws = await exportBundle(s);
    return new Response(JSON.stringify(jws), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${bundleFileName(s.code)}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
