/** Staff login for scripts and tests (the page /staf/masuk does the same for people). */
import type { APIRoute } from 'astro';
import { login, setStaffCookie } from '../../../server/auth/staff.ts';
import { clientIp, json, readJson, withProblems } from '../../../server/http.ts';

export const prerender = false;

export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const body = await readJson(context.request, 4 * 1024);
    const r = await login(body.username, body.password, clientIp(context));
    setStaffCookie(context.cookies, context.request, r.token, r.expires);
    return json({ user: r.user, csrfToken: r.csrfToken });
  });
