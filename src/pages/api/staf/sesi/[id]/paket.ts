/**
 * The "paket sesi" for running this session on a laptop with no internet (field mode, issue 18):
 * a JSON attachment with the session, the rosters of its unit tree and a new session key.
 * POST only (it issues a key): CSRF token in X-CSRF-Token or, from the page's form, the `csrf` field.
 */
import type { APIRoute } from 'astro';
import { HttpProblem, json, requestOrigin, withProblems } from '../../../../../server/http.ts';
import { config } from '../../../../../server/config.ts';
import { readForm } from '../../../../../server/hr/table-file.ts';
import { currentStaff, requireStaff } from '../../../../../server/auth/staff.ts';
import { sessionForStaff } from '../../../../../server/sessions/manage.ts';
import { makePackage, packageFileName } from '../../../../../server/fieldkit/package.ts';
import { t } from '../../../../../i18n/index.ts';

export const prerender = false;

const ROLES = ['admin', 'operator', 'facilitator'] as const;

export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { request } = context;
    if (!(await currentStaff(context.cookies))) throw new HttpProblem(401, t('staff.required'));
    const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(request.headers.get('content-type') ?? '');
    const form = isForm && !request.headers.has('x-csrf-token') ? await readForm(request, 16 * 1024) : undefined;
    const { user } = await requireStaff(context, ROLES, { csrfFromForm: form });
    const s = await sessionForStaff(user, String(context.params.id));
    const origin = config.publicOriginSet ? config.publicOrigin : requestOrigin(request);
    const pkg = await makePackage(user, s, origin);
    return json(pkg, 200, { 'Content-Disposition': `attachment; filename="${packageFileName(s)}"` });
  });
