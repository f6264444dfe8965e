/** Logout (POST from the staff menu, with the session's CSRF token). */
import type { APIRoute } from 'astro';
import { currentStaff, logout, requireStaff } from '../../server/auth/staff.ts';
import { readForm } from '../../server/hr/table-file.ts';
import { HttpProblem, problem } from '../../server/http.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  try {
    if (!(await currentStaff(context.cookies))) return context.redirect('/staf/masuk', 303);
    const form = await readForm(context.request, 4 * 1024);
    await requireStaff(context, undefined, { allowPendingPassword: true, csrfFromForm: form });
    await logout(context.cookies);
    return context.redirect('/staf/masuk?keluar=1', 303);
  } catch (e) {
    if (e instanceof HttpProblem) return problem(e.status, e.message);
    throw e;
  }
};
