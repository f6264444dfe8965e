/**
 * Importing a "paket sesi" on the facilitator's laptop (issue 18, laptop half). The package is
 * checked first (pure: readPackage, checkKey), then written in ONE transaction: the units (ids,
 * names, parents, time zones kept), the package's roster entries (upsert), the live session with
 * the central id, code, seed and questions, and the session key. Nothing else of the laptop's data
 * is touched; importing the same package again changes no row but the roster's.
 */
import { FlattenedSign, flattenedVerify, importJWK, type JWK } from 'jose';
import { course } from '../../content/course.ts';
import { gradedBank } from '../../quizzes/banks/graded/index.ts';
import { t } from '../../i18n/index.ts';
import { DEFAULT_TIME_ZONE, isTimeZoneId, localDateTime } from '../../lib/local-time.ts';
import { getDb, type Db } from '../db/index.ts';
import { isConflictOn } from '../db/errors.ts';
import { isPostgres } from '../db/engine.ts';
import { HttpProblem, jsonFromBytes } from '../http.ts';
import { inScope, loadScope } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import { audit } from '../hr/audit.ts';
import { forgetUnits } from '../hr/unit-tree.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { initialState } from '../sessions/state.ts';
import { limiter } from '../rate-limit.ts';
import { packageSchema, PACKAGE_FORMAT, type FieldPackage } from './format.ts';
import { chunks } from '../../lib/chunks.ts';

/** Imports per staff member: a laptop imports a package or two per session; more is someone scripting. */
export const importsPerUser = limiter('field-import', [{ points: 30, seconds: 600 }]);

/** Largest package file the laptop reads (50,000 roster rows take about 6 MB). */
export const MAX_PACKAGE_BYTES = 12 * 1024 * 1024;

/** What the laptop needs to know to accept a package (pure input of readPackage). */
export interface PackageContext {
  /** This install's course version (course.version). */
  courseVersion: string;
  /** Ids of the graded questions this install has. */
  questionIds: ReadonlySet<string>;
  now: Date;
}

export function packageContext(now = new Date()): PackageContext {
  return { courseVersion: course.version, questionIds: new Set(gradedBank.map((q) => q.id)), now };
}

/** The bytes of an uploaded file as JSON; 422 when it is not JSON at all. */
export const parsePackageBytes = (bytes: Uint8Array): unknown => jsonFromBytes(bytes, () => new HttpProblem(422, t('fieldkit.import.notJson')));

/**
 * Checks a package against its schema and this install (pure). Throws an HttpProblem with an
 * Indonesian message: a file that is no package, a broken one, another course version, an expired
 * package, questions or units the package itself does not hold.
 */
export function readPackage(raw: unknown, ctx: PackageContext): FieldPackage {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PACKAGE_FORMAT) {
    // A results bundle (a JWS) brought to the wrong page is the likeliest mix-up: say so.
    const isBundle = typeof raw === 'object' && raw !== null && 'signature' in raw && 'payload' in raw;
    throw new HttpProblem(422, t(isBundle ? 'fieldkit.import.isBundle' : 'fieldkit.import.notPackage'));
  }
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success) {
    const where = [...new Set(parsed.error.issues.slice(0, 5).map((i) => i.path.join('.') || '(berkas)'))].join(', ');
    throw new HttpProblem(422, t('fieldkit.import.broken', { where }));
  }
  const pkg = parsed.data;
  if (pkg.courseVersion !== ctx.courseVersion) {
    throw new HttpProblem(422, t('fieldkit.import.otherVersion', { package: pkg.courseVersion, here: ctx.courseVersion }));
  }
  const unit = pkg.units.find((u) => u.id === pkg.session.unitId);
  const zone = isTimeZoneId(unit?.timeZone) ? unit.timeZone : DEFAULT_TIME_ZONE;
  if (ctx.now.getTime() >= Date.parse(pkg.expiresAt)) throw new HttpProblem(422, t('fieldkit.import.expired', { at: localDateTime(pkg.expiresAt, zone) }));
  if (!unit) throw new HttpProblem(422, t('fieldkit.import.broken', { where: 'session.unitId' }));
  // A join code that already ended cannot run the session here.
  if (ctx.now.getTime() > Date.parse(pkg.session.expiresAt)) throw new HttpProblem(422, t('fieldkit.import.codeEnded', { at: localDateTime(pkg.session.expiresAt, zone) }));
  const unitIds = new Set(pkg.units.map((u) => u.id));
  if (unitIds.size !== pkg.units.length) throw new HttpProblem(422, t('fieldkit.import.broken', { where: 'units' }));
  const strayUnits = [...new Set(pkg.roster.filter((r) => !unitIds.has(r.unitId)).map((r) => r.unitId))];
  if (strayUnits.length) throw new HttpProblem(422, t('fieldkit.import.broken', { where: `roster (${strayUnits.slice(0, 5).join(', ')})` }));
  const missing = [...pkg.session.preItems, ...pkg.session.postItems].filter((id) => !ctx.questionIds.has(id));
  if (missing.length) throw new HttpProblem(422, t('fieldkit.import.unknownQuestions', { ids: missing.slice(0, 10).join(', '), count: missing.length }));
  if (pkg.session.withPre !== pkg.session.preItems.length > 0 || pkg.session.withPost !== pkg.session.postItems.length > 0) {
    throw new HttpProblem(422, t('fieldkit.import.broken', { where: 'session.preItems/postItems' }));
  }
  return pkg;
}

/** The public half of an Ed25519 private JWK. */
export function publicJwkOf(privateJwk: JWK): JWK {
  return { kty: 'OKP', crv: 'Ed25519', x: privateJwk.x };
}

/** Whether the package's key signs what its public half verifies (a cut or edited key would not). */
export async function checkKey(pkg: FieldPackage): Promise<void> {
  try {
    const probe = new TextEncoder().encode(`netral:${pkg.key.kid}`);
    const jws = await new FlattenedSign(probe).setProtectedHeader({ alg: 'EdDSA' }).sign(await importJWK({ ...pkg.key.privateJwk, alg: 'EdDSA' }, 'EdDSA'));
    await flattenedVerify(jws, await importJWK({ ...publicJwkOf(pkg.key.privateJwk), alg: 'EdDSA' }, 'EdDSA'));
  } catch {
    throw new HttpProblem(422, t('fieldkit.import.badKey'));
  }
}

/**
 * The package's units with parents first, so each row's parent exists when it is written. A
 * parent neither in the package nor on the laptop cannot be kept (the column is a foreign key):
 * such a unit becomes a top unit here (`parentId` null) unless the laptop already knows its parent.
 */
export function unitsInOrder(units: FieldPackage['units'], known: ReadonlySet<string>): FieldPackage['units'] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: FieldPackage['units'] = [];
  const placed = new Set<string>();
  const visit = (id: string, path: Set<string>) => {
    const u = byId.get(id);
    if (!u || placed.has(id)) return;
    // A cycle in the package (never made by the central server) is cut at the unit that closes it.
    const parentId = u.parentId && !path.has(u.parentId) && (byId.has(u.parentId) || known.has(u.parentId)) ? u.parentId : null;
    if (parentId && byId.has(parentId)) visit(parentId, new Set([...path, id]));
    placed.add(id);
    out.push({ ...u, parentId });
  };
  for (const u of units) visit(u.id, new Set());
  return out;
}

export interface InstallResult {
  sessionId: string;
  code: string;
  title: string;
  units: number;
  roster: number;
  /** The session was on this laptop already (imported before): its live state was kept. */
  again: boolean;
}

/** Imports a checked package (see readPackage) in one transaction. */
export async function installPackage(user: StaffUser, pkg: FieldPackage, now = new Date(), db: Db = getDb()): Promise<InstallResult> {
  await checkKey(pkg);
  const at = now.toISOString();
  const s = pkg.session;
  let again = false;
  try {
    await db.transaction().execute(async (trx) => {
      let q = trx.selectFrom('live_sessions').selectAll().where('id', '=', s.id);
      if (isPostgres(trx as never)) q = q.forUpdate();
      const existing = await q.executeTakeFirst();
      // The central server's own sessions have no field key: a package never replaces one.
      if (existing && !existing.field_kid) throw new HttpProblem(409, t('fieldkit.import.notHere'));
      if (existing && (existing.seed !== s.seed || existing.pre_items !== JSON.stringify(s.preItems) || existing.post_items !== JSON.stringify(s.postItems))) {
        throw new HttpProblem(409, t('fieldkit.import.otherDraw'));
      }
      again = !!existing;

      const known = new Set((await trx.selectFrom('units').select('id').execute()).map((u) => u.id));
      for (const u of unitsInOrder(pkg.units, known)) {
        await trx
          .insertInto('units')
          .values({ id: u.id, name: u.name, parent_id: u.parentId, time_zone: u.timeZone, created_at: at })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              time_zone: eb.ref('excluded.time_zone'),
              // A parent the package could not name keeps the laptop's.
              ...(u.parentId ? { parent_id: eb.ref('excluded.parent_id') } : {}),
            })),
          )
          .execute();
      }
      if (user.role !== 'admin') {
        const { scope } = await loadScope(user, null, trx);
        if (!inScope(scope, s.unitId)) throw new HttpProblem(403, t('fieldkit.import.outOfScope'));
      }

      for (const part of chunks(pkg.roster, 400)) {
        await trx
          .insertInto('roster_entries')
          .values(part.map((r) => ({ nip: r.nip, unit_id: r.unitId, name: r.name, jabatan: null, kind: r.kind, imported_at: at, imported_by: user.id })))
          .onConflict((oc) =>
            oc.column('nip').doUpdateSet((eb) => ({
              unit_id: eb.ref('excluded.unit_id'),
              name: eb.ref('excluded.name'),
              kind: eb.ref('excluded.kind'),
              imported_at: eb.ref('excluded.imported_at'),
              imported_by: eb.ref('excluded.imported_by'),
            })),
          )
          .execute();
      }
      await refreshLearnerSummary(trx, { nips: pkg.roster.map((r) => r.nip) });

      const facilitatorName = s.facilitatorName.trim() || user.displayName;
      if (existing) {
        // Run or not, the session keeps its state; the newest key signs its results.
        await trx
          .updateTable('live_sessions')
          .set({ title: s.title, day: s.day, place: s.place, unit_id: s.unitId, facilitator_name: facilitatorName, expires_at: s.expiresAt, field_kid: pkg.key.kid })
          .where('id', '=', s.id)
          .execute();
      } else {
        await trx
          .insertInto('live_sessions')
          .values({
            id: s.id,
            code: s.code,
            title: s.title,
            day: s.day,
            place: s.place,
            unit_id: s.unitId,
            facilitator_id: user.id,
            facilitator_name: facilitatorName,
            with_pre: s.withPre ? 1 : 0,
            with_post: s.withPost ? 1 : 0,
            seed: s.seed,
            pre_items: JSON.stringify(s.preItems),
            post_items: JSON.stringify(s.postItems),
            state: JSON.stringify(initialState()),
            status: 'open',
            created_at: at,
            expires_at: s.expiresAt,
            closed_at: null,
            field_kid: pkg.key.kid,
          })
          .execute();
      }
      await trx
        .insertInto('field_keys')
        .values({
          kid: pkg.key.kid,
          session_id: s.id,
          public_jwk: JSON.stringify(publicJwkOf(pkg.key.privateJwk)),
          private_jwk: JSON.stringify(pkg.key.privateJwk),
          issued_at: pkg.issuedAt,
          expires_at: pkg.expiresAt,
          issued_by: null,
          imported_at: at,
          origin: pkg.origin,
        })
        // The same package again: the first import time stays (it is what the results report).
        .onConflict((oc) => oc.column('kid').doNothing())
        .execute();
      const key = await trx.selectFrom('field_keys').select('session_id').where('kid', '=', pkg.key.kid).executeTakeFirstOrThrow();
      if (key.session_id !== s.id) throw new HttpProblem(409, t('fieldkit.import.otherDraw'));
      await audit(trx, user.id, 'fieldkit.import', s.id, { code: s.code, kid: pkg.key.kid, units: pkg.units.length, roster: pkg.roster.length, again }, now);
    });
  } catch (e) {
    // The join code is unique: another session of this laptop holds it.
    if (isConflictOn(e, 'live_sessions_code_key', 'live_sessions.code')) throw new HttpProblem(409, t('fieldkit.import.codeTaken', { code: s.code }));
    throw e;
  }
  // Joins check the roster within the session's unit tree (cached): read the new units at once.
  forgetUnits();
  return { sessionId: s.id, code: s.code, title: s.title, units: pkg.units.length, roster: pkg.roster.length, again };
}

/** Reads, checks and imports a package file's bytes (the page, the API and the command). */
export async function importPackageFile(user: StaffUser, bytes: Uint8Array, now = new Date(), db: Db = getDb()): Promise<InstallResult> {
  if (bytes.byteLength > MAX_PACKAGE_BYTES) throw new HttpProblem(413, t('fieldkit.import.tooLarge', { max: Math.floor(MAX_PACKAGE_BYTES / 1024 / 1024) }));
  return installPackage(user, readPackage(parsePackageBytes(bytes), packageContext(now)), now, db);
}
