/**
 * Test helper: turns an issued certificate into one of an older course version, signed with the
 * issuer key of its DATA_DIR, exactly as the server issued certificates when that version was
 * current (the claims say the version, the token signs them, the column mirrors it).
 */
import type { IssuerKeys } from '../../src/server/certificates/keys.ts';
import { issueToken } from '../../src/server/certificates/sign.ts';
import type { Db } from '../../src/server/db/index.ts';
import type { CertificateClaims } from '../../src/lib/cert-token.ts';

/** `keys`: the issuer keys that signed it (the server's: loadIssuerKeys({ dataDir }) for a server in another process). */
export async function makeOldVersion(db: Db, number: string, version: string, keys: IssuerKeys): Promise<void> {
  const row = await db.selectFrom('certificates').select(['id', 'claims']).where('number', '=', number).executeTakeFirstOrThrow();
  const claims: CertificateClaims = { ...(JSON.parse(row.claims) as CertificateClaims), courseVersion: version };
  const token = issueToken(claims, keys);
  await db.updateTable('certificates').set({ claims: JSON.stringify(claims), token, course_version: version }).where('id', '=', row.id).execute();
  await db.updateTable('attempts').set({ course_version: version }).where('id', '=', (await db.selectFrom('certificates').select('attempt_id').where('id', '=', row.id).executeTakeFirstOrThrow()).attempt_id).execute();
}
