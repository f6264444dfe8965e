/**
 * Test helper: turns an issued certificate into one of an older course version, as the server
 * would have issued it when that version was current: the stored record says the version and the
 * column mirrors it. The QR token signs number, name, date and score only, so it stays as it is.
 */
import type { Db } from '../../src/server/db/index.ts';
import type { CertificateClaims } from '../../src/lib/cert-token.ts';

export async function makeOldVersion(db: Db, number: string, version: string): Promise<void> {
  const row = await db.selectFrom('certificates').select(['id', 'claims']).where('number', '=', number).executeTakeFirstOrThrow();
  const claims: CertificateClaims = { ...(JSON.parse(row.claims) as CertificateClaims), courseVersion: version };
  await db.updateTable('certificates').set({ claims: JSON.stringify(claims), course_version: version }).where('id', '=', row.id).execute();
  await db.updateTable('attempts').set({ course_version: version }).where('id', '=', (await db.selectFrom('certificates').select('attempt_id').where('id', '=', row.id).executeTakeFirstOrThrow()).attempt_id).execute();
}
