/**
 * Bank import as an API (admin): multipart with `berkas` (GIFT or Moodle XML), `versi`, `bank`
 * (graded|practice), optional defaults `area`, `cites`, `kesulitan`, and `aksi=periksa|impor`
 * (`impor` needs the `sidik` the check returned). GET: the stored imports per version, bank and area.
 */
import type { APIRoute } from 'astro';
import { staffApi } from '../../../server/auth/guard.ts';
import { readForm } from '../../../server/hr/table-file.ts';
import { HttpProblem, json } from '../../../server/http.ts';
import { BANK_FORM_LIMIT, bankRequest, importBank, importedCounts, publicReport, type BankImportResult } from '../../../server/question-bank.ts';

export const prerender = false;

export const GET: APIRoute = staffApi(['admin'], async () => json({ imported: await importedCounts() }));

export const POST: APIRoute = staffApi(['admin'], async (context, s) => {
  const form = await readForm(context.request, BANK_FORM_LIMIT);
  try {
    const r = await importBank(s.user, await bankRequest(form));
    return json(publicReport(r));
  } catch (e) {
    const result = (e as { result?: BankImportResult }).result;
    if (e instanceof HttpProblem && result) return json({ error: e.message, ...publicReport(result) }, e.status);
    throw e;
  }
});
