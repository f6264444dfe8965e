/**
 * How staff pages and staff API endpoints check their caller, so that every one of them does it
 * the same way: session, role, pending password change, CSRF token on state changes.
 */
import type { APIContext, AstroGlobal } from 'astro';
import { HttpProblem, json, withProblems } from '../http.ts';
import { readForm } from '../hr/table-file.ts';
import { currentStaff, requireStaff, type Role, type StaffSession } from './staff.ts';
import { t } from '../../i18n/index.ts';

export interface PageGuard {
  session: StaffSession;
  /** The submitted form of a POST (CSRF already checked); absent when there is a problem. */
  form?: FormData;
  /** Why the request is refused (wrong role, bad CSRF token, oversize upload); the status is set. */
  problem?: HttpProblem;
  /** The role may not use this page at all: show the message and nothing else. */
  forbidden?: boolean;
}

/**
 * For a server-rendered staff page. Returns a redirect Response when the caller must log in or
 * change their password first; otherwise the session and, on POST, the checked form, or the
 * problem to show (its status is already set on the response; nothing must be written then).
 */
export async function guardPage(Astro: AstroGlobal, roles?: readonly Role[], opts: { allowPendingPassword?: boolean; uploadLimit?: number } = {}): Promise<PageGuard | Response> {
  Astro.response.headers.set('Cache-Control', 'private, no-store');
  const s = await currentStaff(Astro.cookies);
  if (!s) {
    const next = Astro.url.pathname + Astro.url.search;
    return Astro.redirect(`/staf/masuk?lanjut=${encodeURIComponent(next)}${Astro.request.method === 'POST' ? '&habis=1' : ''}`, 303);
  }
  if (s.user.mustChangePassword && !opts.allowPendingPassword) return Astro.redirect('/staf/sandi', 303);
  if (roles && !roles.includes(s.user.role)) {
    Astro.response.status = 403;
    return { session: s, problem: new HttpProblem(403, t('staff.forbidden')), forbidden: true };
  }
  try {
    let form: FormData | undefined;
    if (Astro.request.method === 'POST') form = await readForm(Astro.request, opts.uploadLimit);
    const session = await requireStaff(Astro, roles, { ...opts, csrfFromForm: form });
    return { session, form };
  } catch (e) {
    if (!(e instanceof HttpProblem)) throw e;
    Astro.response.status = e.status;
    return { session: s, problem: e };
  }
}

/** For a staff API endpoint: answers 401/403/4xx as JSON problems; the handler gets the session. */
export function staffApi(roles: readonly Role[] | undefined, handler: (context: APIContext, session: StaffSession) => Promise<Response>, opts: { allowPendingPassword?: boolean } = {}) {
  return (context: APIContext): Promise<Response> =>
    withProblems(async () => {
      const session = await requireStaff(context, roles, opts);
      const res = await handler(context, session);
      res.headers.set('Cache-Control', 'private, no-store');
      return res;
    });
}

export { json };
