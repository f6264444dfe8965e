/**
 * The "paket sesi" a facilitator downloads for running a planned session on a laptop with no
 * internet (issue 18): the session as stored here (same id, code, seed, items), the session's unit
 * tree and its rosters (only NIP, name, unit and kind), the course version, and a NEW session key.
 * The central server keeps only the key's public half (field_keys); the private half exists only
 * in the package, which is therefore to be kept like a password.
 */
import { randomUUID } from 'node:crypto';
import { course } from '../../content/course.ts';
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { audit } from '../hr/audit.ts';
import { unitSubtree } from '../hr/unit-tree.ts';
import { timeZoneOfUnit } from '../certificates/issuer.ts';
import type { StaffUser } from '../auth/staff.ts';
import { limiter } from '../rate-limit.ts';
import { isExpired, itemsOf, type SessionRow } from '../sessions/common.ts';
import { FIELD_KEY_DAYS, newSessionKey, packageSchema, PACKAGE_FORMAT, type FieldPackage } from './format.ts';
import { t } from '../../i18n/index.ts';

/** A package holds a key: a few per session are plenty, a stream of them is someone scripting. */
export const packagesPerUser = limiter('field-package', [{ points: 10, seconds: 600 }, { points: 40, seconds: 86_400 }]);

/** File name of a session's package. */
export const packageFileName = (s: Pick<SessionRow, 'code'>) => `paket-sesi-${s.code}.json`;

/**
 * Makes a package for session `s` (found with sessionForStaff): only while the session is open,
 * its code still valid, and nothing has been merged into it yet. Stores the key and audits.
 */
export async function makePackage(user: StaffUser, s: SessionRow, origin: string, now = new Date(), db: Db = getDb()): Promise<FieldPackage> {
  if (s.field_kid) throw new HttpProblem(409, t('field.package.onLaptop'));
  if (await db.selectFrom('field_imports').select('session_id').where('session_id', '=', s.id).executeTakeFirst()) throw new HttpProblem(409, t('field.package.merged'));
  if (isExpired(s, now)) throw new HttpProblem(409, t('field.package.closed'));
  await packagesPerUser.take(user.id, t('field.package.tooMany'));
  const tree = [...(await unitSubtree(s.unit_id, db))];
  const units = await db.selectFrom('units').select(['id', 'name', 'parent_id', 'time_zone']).where('id', 'in', tree).orderBy('id').execute();
  const roster = await db.selectFrom('roster_entries').select(['nip', 'name', 'unit_id', 'kind']).where('unit_id', 'in', tree).orderBy('nip').execute();
  // The session's unit may inherit its zone from a parent the package does not carry: give it the
  // zone it has in effect, so the laptop shows the unit's local times (WITA/WIT too).
  const sessionZone = await timeZoneOfUnit(s.unit_id, db);
  const key = await newSessionKey(randomUUID());
  const expiresAt = new Date(Date.parse(s.expires_at) + FIELD_KEY_DAYS * 86_400_000).toISOString();
  const items = itemsOf(s);
  // Parsed by the shared schema: the laptop's importer reads exactly this shape.
  const pkg = packageSchema.parse({
    format: PACKAGE_FORMAT,
    issuedAt: now.toISOString(),
    expiresAt,
    origin,
    courseVersion: course.version,
    session: {
      id: s.id,
      code: s.code,
      title: s.title,
      day: s.day,
      place: s.place,
      unitId: s.unit_id,
      facilitatorName: s.facilitator_name,
      withPre: s.with_pre === 1,
      withPost: s.with_post === 1,
      seed: s.seed,
      preItems: items.pre,
      postItems: items.post,
      expiresAt: s.expires_at,
    },
    units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parent_id, timeZone: u.time_zone ?? (u.id === s.unit_id ? sessionZone : null) })),
    roster: roster.map((r) => ({ nip: r.nip, name: r.name, unitId: r.unit_id, kind: r.kind === 'pns' || r.kind === 'pppk' ? r.kind : null })),
    key: { kid: key.kid, privateJwk: key.privateJwk },
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('field_keys').values({ kid: key.kid, session_id: s.id, public_jwk: JSON.stringify(key.publicJwk), private_jwk: null, issued_at: now.toISOString(), expires_at: expiresAt, issued_by: user.id }).execute();
    await audit(trx, user.id, 'session.field-package', s.id, { kid: key.kid, roster: roster.length, units: units.length }, now);
  });
  return pkg;
}
