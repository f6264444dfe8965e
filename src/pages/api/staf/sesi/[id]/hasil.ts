/**
 * Uploading a "hasil sesi" from a field laptop (issue 18): a raw JSON body (the flattened JWS, with
 * X-CSRF-Token) or a multipart form with the file in `file` (and `csrf`). `terima=sebagian` (query
 * or form field) imports the rest and skips the rows with a problem.
 * 200 `{ merged: true, participants, attempts, certificates, skipped, clockOffsetMs, notes, … }`;
 * 200 `{ merged: false, already: true, … }` for the same file again; 409 for a different file of a
 * merged session; 4xx `{ error }` for a file that cannot be trusted; 422 `{ error, rows }` for rows
 * with a problem (nothing stored).
 */
import type { APIRoute } from 'astro';
import { json, withProblems } from '../../../../../server/http.ts';
import { sessionForStaff } from '../../../../../server/sessions/manage.ts';
import { readBundleRequest } from '../../../../../server/fieldkit/request.ts';
import { receiveBundle } from '../../../../../server/fieldkit/receive.ts';

export const prerender = false;

const ROLES = ['admin', 'operator', 'facilitator'] as const;

export const POST: APIRoute = (context) =>
  withProblems(async () => {
    const { staff, file, partial } = await readBundleRequest(context, ROLES);
    const s = await sessionForStaff(staff.user, String(context.params.id));
    return json(await receiveBundle(staff.user, s, file, { partial }));
  });
