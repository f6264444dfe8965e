import type { APIRoute } from 'astro';
import { json, readJson } from '../../../../server/http.ts';
import { staffApi } from '../../../../server/auth/guard.ts';
import { accountState, issueResetCode, releaseClaim } from '../../../../server/accounts/index.ts';
import { HttpProblem } from '../../../../server/http.ts';
import { t } from '../../../../i18n/index.ts';

/** A learner's account state (claimed, reset pending, devices), for the person page. */
export const GET: APIRoute = staffApi(['admin', 'operator'], async ({ params }, { user }) => json(await accountState(user, String(params.id))));

/**
 * `{ action: "release", reason }`: release a wrong claim (returns a new activation code where
 * the unit uses them); `{ action: "reset-code" }`: a one-time reset code, shown once.
 */
export const POST: APIRoute = staffApi(['admin', 'operator'], async ({ params, request }, { user }) => {
  const body = await readJson(request, 2 * 1024);
  if (body.action === 'release') return json(await releaseClaim(user, String(params.id), body.reason));
  if (body.action === 'reset-code') return json(await issueResetCode(user, String(params.id)));
  throw new HttpProblem(400, t('error.badRequest'));
});
