import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../../../server/http.ts';
import { requireStaff } from '../../../../../server/auth/staff.ts';
import { sessionForStaff } from '../../../../../server/sessions/index.ts';
import { bundleFileName, exportBundle, ExportRefused } from '../../../../../server/fieldkit/export.ts';

export const prerender = false;

/**
 * The signed "hasil sesi" of a closed field session on this laptop, as a file to take to the
 * central server. Refused (409) while the session is open; the console's link is sent back to the
 * console with the reason instead.
 */
export const GET: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ['admin', 'operator', 'facilitator']);
    const s = await sessionForStaff(user, String(context.params.id));
    let jws;
    try {
      jws = await exportBundle(s);
    } catch (e) {
      // Clicked on the console (a navigation, not a script): back to the console, which says why.
      if (e instanceof ExportRefused && context.request.headers.get('sec-fetch-mode') === 'navigate') {
        return new Response(null, { status: 303, headers: { Location: `/staf/sesi/${s.id}?hasil-sesi=${e.fault}#lapangan-laptop`, 'Cache-Control': 'no-store' } });
      }
      throw e;
    }
    return json(jws, 200, { 'Content-Disposition': `attachment; filename="${bundleFileName(s.code)}"` });
  });
