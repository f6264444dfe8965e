/** What the session page needs of the field kit: the upload form's handling and the merge summary. */
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import type { StaffUser } from '../auth/staff.ts';
import { isExpired, type SessionRow } from '../sessions/common.ts';
import { fieldImportOf, receiveBundle, RowsProblem, type MergeSummary } from './receive.ts';
import { bundleFromForm, tooLargeMessage, uploadsPerUser, wantsPartial } from './request.ts';
import type { RowProblem } from './merge.ts';
import { t } from '../../i18n/index.ts';

export interface PageOutcome {
  ok: boolean;
  message: string;
  rows?: RowProblem[];
  status?: number;
}

/** Merges the file of the page's upload form; a refusal becomes the message (and rows) to show. */
export async function postBundle(user: StaffUser, s: SessionRow, form: FormData, url: URL): Promise<PageOutcome> {
  try {
    await uploadsPerUser.take(user.id, t('field.upload.tooMany'));
    const r = await receiveBundle(user, s, await bundleFromForm(form), { partial: wantsPartial(url, form) });
    return { ok: true, message: t(r.merged ? 'field.upload.done' : 'field.upload.already') };
  } catch (e) {
    if (e instanceof RowsProblem) return { ok: false, message: e.message, rows: e.rows, status: e.status };
    if (e instanceof HttpProblem) return { ok: false, message: e.message, status: e.status };
    throw e;
  }
}

/** A form the page refused before reading it (oversize, expired CSRF token), said for a bundle. */
export function refusedUpload(p: HttpProblem): PageOutcome {
  return { ok: false, message: p.status === 413 ? tooLargeMessage() : p.message, status: p.status };
}

/** The field-kit state of a session: why no package can be made now, and the merge, if any. */
export async function fieldKitOf(s: SessionRow, db: Db = getDb()): Promise<{ packageBlocked: string | null; merged?: MergeSummary }> {
  const merged = (await fieldImportOf(s.id, db))?.parsed;
  const packageBlocked = merged ? t('field.package.merged') : isExpired(s) ? t('field.package.closed') : null;
  return { packageBlocked, ...(merged ? { merged } : {}) };
}
