import type { APIRoute } from 'astro';
import { json, readBody, withProblems } from '../../../../server/http.ts';
import { requireStaff } from '../../../../server/auth/staff.ts';
import { formFile, readForm } from '../../../../server/hr/table-file.ts';
import { importPackageFile, importsPerUser, MAX_PACKAGE_BYTES } from '../../../../server/fieldkit/install.ts';
import { t } from '../../../../i18n/index.ts';

export const prerender = false;

/**
 * Imports a "paket sesi" on a field laptop: the package as `application/json`, or a multipart
 * form with the field `file`. 201 `{ sessionId, code, title, units, roster, again }`.
 */
export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { user } = await requireStaff(context, ['admin', 'operator', 'facilitator']);
    await importsPerUser.take(user.id, t('fieldkit.import.tooMany'));
    const type = context.request.headers.get('content-type') ?? '';
    const tooLarge = t('fieldkit.import.tooLarge', { max: Math.floor(MAX_PACKAGE_BYTES / 1024 / 1024) });
    const bytes = /^application\/json/i.test(type)
      ? await readBody(context.request, MAX_PACKAGE_BYTES, tooLarge)
      : await formFile(await readForm(context.request, MAX_PACKAGE_BYTES + 64 * 1024), 'file');
    const r = await importPackageFile(user, bytes);
    return json(r, r.again ? 200 : 201);
  });
