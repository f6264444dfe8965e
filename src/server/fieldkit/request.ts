/**
 * Reading a "hasil sesi" upload, shared by the API (`POST /api/staf/sesi/<id>/hasil`) and the
 * session page's form: a raw JSON body (the flattened JWS) or a multipart form with the file in
 * `file`; `terima=sebagian` (query or form field) asks to skip the rows with a problem.
 */
import type { APIContext } from 'astro';
import { HttpProblem, jsonFromBytes, readBody } from '../http.ts';
import { limiter } from '../rate-limit.ts';
import { readForm } from '../hr/table-file.ts';
import { currentStaff, requireStaff, type Role, type StaffSession } from '../auth/staff.ts';
import { MAX_BUNDLE_BYTES } from './format.ts';
import { t } from '../../i18n/index.ts';

/** Room for the multipart envelope and the other fields around the file. */
const FORM_OVERHEAD = 64 * 1024;
export const BUNDLE_FORM_LIMIT = MAX_BUNDLE_BYTES + FORM_OVERHEAD;

export const tooLargeMessage = () => t('field.upload.tooLarge', { max: Math.round(MAX_BUNDLE_BYTES / (1024 * 1024)) });

/** Uploads per staff member: verifying and merging is heavy, and a real one happens once per session. */
export const uploadsPerUser = limiter('field-upload', [{ points: 30, seconds: 600 }]);

/** Whether a form or the URL asks to import the rest and skip the rows with a problem. */
export function wantsPartial(url: URL, form?: FormData): boolean {
  return url.searchParams.get('terima') === 'sebagian' || form?.get('terima') === 'sebagian';
}

/** The bundle file of a form's `file` field, parsed as JSON (400 when it is not). */
export async function bundleFromForm(form: FormData): Promise<unknown> {
  const f = form.get('file');
  if (!f || typeof f === 'string' || f.size === 0) throw new HttpProblem(400, t('field.upload.missing'), { file: t('field.upload.missing') });
  if (f.size > MAX_BUNDLE_BYTES) throw new HttpProblem(413, tooLargeMessage());
  return parseBundle(new Uint8Array(await f.arrayBuffer()));
}

const parseBundle = (bytes: Uint8Array): unknown => jsonFromBytes(bytes, () => new HttpProblem(400, t('field.bundle.unreadable')));

/** A declared size over the limit is refused before a byte of the body is read. */
export function refuseOversize(request: Request, limit: number) {
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw new HttpProblem(413, tooLargeMessage());
}

/**
 * The staff session and the bundle of an API upload. The session is checked before the body is
 * read; the CSRF token comes from the X-CSRF-Token header or, in a form, the `csrf` field.
 */
export async function readBundleRequest(context: APIContext, roles: readonly Role[]): Promise<{ staff: StaffSession; file: unknown; partial: boolean }> {
  const { request } = context;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const isForm = type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
  if (!isForm && !type.startsWith('application/json')) throw new HttpProblem(415, t('error.notJson'));
  // Who is asking first: a stranger's 8 MB is not read at all.
  if (!(await currentStaff(context.cookies))) throw new HttpProblem(401, t('staff.required'));
  // A raw JSON body must carry the token in the header; a form may carry it in its `csrf` field.
  let staff = !isForm || request.headers.has('x-csrf-token') ? await requireStaff(context, roles) : undefined;
  if (staff) await uploadsPerUser.take(staff.user.id, t('field.upload.tooMany'));
  refuseOversize(request, isForm ? BUNDLE_FORM_LIMIT : MAX_BUNDLE_BYTES);
  if (!isForm) {
    const file = parseBundle(await readBody(request, MAX_BUNDLE_BYTES, tooLargeMessage()));
    return { staff: staff!, file, partial: wantsPartial(new URL(request.url)) };
  }
  const form = await readForm(request, BUNDLE_FORM_LIMIT);
  if (!staff) {
    staff = await requireStaff(context, roles, { csrfFromForm: form });
    await uploadsPerUser.take(staff.user.id, t('field.upload.tooMany'));
  }
  return { staff, file: await bundleFromForm(form), partial: wantsPartial(new URL(request.url), form) };
}
