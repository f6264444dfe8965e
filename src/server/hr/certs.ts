/** Certificate actions from the HR side: the scope is checked here, then the certificate store acts (and audits). */
import { HttpProblem } from '../http.ts';
import { inScope, loadScope } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import { certificateUnit } from './dashboard.ts';
import { reissueCertificate, revokeCertificate } from '../certificates/store.ts';
import { normalizeCertificateNumber } from '../certificates/number.ts';
import { t } from '../../i18n/index.ts';

/** The normalised number of a certificate the staff member may act on; 404 otherwise (no probing). */
export async function certificateInScope(user: StaffUser, number: string): Promise<string> {
  const n = normalizeCertificateNumber(number);
  if (!n) throw new HttpProblem(404, t('staff.cert.notFound'));
  const { scope } = await loadScope(user);
  const where = await certificateUnit(n);
  if (!where.found || !inScope(scope, where.unitId)) throw new HttpProblem(404, t('staff.cert.notFound'));
  return n;
}

export async function certificateAction(user: StaffUser, number: string, action: unknown, reason: unknown): Promise<{ number: string; newNumber?: string }> {
  const n = await certificateInScope(user, number);
  if (action === 'cabut') {
    await revokeCertificate(n, reason, user.id);
    return { number: n };
  }
  if (action === 'terbitkan-ulang') {
    const fresh = await reissueCertificate(n, reason, user.id);
    return { number: n, newNumber: fresh.number };
  }
  throw new HttpProblem(400, t('staff.cert.badAction'));
}
