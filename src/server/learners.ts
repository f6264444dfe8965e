/**
 * Learners: identification with NIP and profile, and the learner session (an HttpOnly cookie
 * holding a random token; the database keeps only its hash).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { normalizeNipInput, parseNip } from '../lib/nip.ts';
import { loadUnitIndex, rosterKindOf } from './hr/roster.ts';
import { validatePerson } from '../lib/person.ts';
import { getDb, type Db } from './db/index.ts';
import type { LearnerTable } from './db/schema.ts';
import { HttpProblem } from './http.ts';
import { refreshLearnerSummary } from './learner-summary.ts';
import { t } from '../i18n/index.ts';

export const LEARNER_COOKIE = 'netral_peserta';
const SESSION_DAYS = 180;

export type Learner = LearnerTable;

/** What a learner may see of their own record (sent to the browser). */
export function publicProfile(l: Learner) {
  return { nip: l.nip, kind: l.kind, name: l.name, jabatan: l.jabatan, pangkat: l.pangkat, unit: l.unit_name };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The core of a name for comparing two spellings of the same person: titles before the name
 * ("Dr.", "Hj.") and after the first comma (", S.Ag.") dropped, case and punctuation ignored.
 */
export function nameCore(name: string): string {
  const beforeComma = name.split(',')[0];
  const words = beforeComma.split(/\s+/).filter((w) => w && !/^[A-Za-z]{1,4}\.$/.test(w));
  return words.join('').toLowerCase().normalize('NFKD').replace(/[^\p{L}]/gu, '');
}

/**
 * Validates the identification form and creates or updates the learner. Errors name the field
 * that is wrong, in Indonesian; nothing is written unless every field is valid.
 *
 * A NIP is not a secret, so a NIP that is already registered is only taken over by a new
 * browser when the name matches the one on record (titles aside): otherwise anyone who knows a
 * colleague's NIP could read their results and rename them. `sessionLearnerId` is the learner of
 * the request's own session, who may always update their profile.
 */
export async function identify(body: Record<string, unknown>, now = new Date(), db: Db = getDb(), sessionLearnerId?: string): Promise<Learner> {
  const fields: Record<string, string> = {};
  const typedNip = typeof body.nip === 'string' ? body.nip : '';
  // The roster's status (PNS/PPPK) decides the kind of number over the learner's choice.
  const listedKind = await rosterKindOf(normalizeNipInput(typedNip), db);
  const nip = parseNip(typedNip, {
    kind: listedKind ?? (body.kind === 'pppk' ? 'pppk' : body.kind === 'pns' ? 'pns' : 'auto'),
    now,
  });
  if (!nip.ok) fields.nip = nip.error.message;
  const person = validatePerson({ name: body.name, jabatan: body.jabatan, pangkat: body.pangkat, unit: body.unit });
  if (!person.ok) Object.assign(fields, person.errors);
  if (!nip.ok || !person.ok) throw new HttpProblem(422, t('learner.invalid'), fields);

  const unitId = await rosterUnit(db, nip.value.nip, person.value.unit);
  const at = now.toISOString();
  const values = {
    unit_id: unitId,
    kind: nip.value.kind,
    name: person.value.name,
    jabatan: person.value.jabatan,
    pangkat: person.value.pangkat ?? null,
    unit_name: person.value.unit,
    updated_at: at,
  };
  const existing = await db.selectFrom('learners').selectAll().where('nip', '=', nip.value.nip).executeTakeFirst();
  if (existing && existing.id !== sessionLearnerId && nameCore(existing.name) !== nameCore(person.value.name)) {
    throw new HttpProblem(409, t('learner.invalid'), { name: t('learner.nameMismatch') });
  }
  if (existing) {
    await db.updateTable('learners').set(values).where('id', '=', existing.id).execute();
    return { ...existing, ...values };
  }
  const learner: Learner = { id: randomUUID(), nip: nip.value.nip, created_at: at, ...values };
  // Two first identifications of one NIP at once: the unique index on learners.nip decides, the
  // other one is told to try again (409), never a 500.
  const inserted = await db.insertInto('learners').values(learner).onConflict((oc) => oc.column('nip').doNothing()).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new HttpProblem(409, t('deploy.nipTaken'), { nip: t('deploy.nipTaken') });
  await refreshLearnerSummary(db, { learnerIds: [learner.id] });
  return learner;
}

/**
 * The unit a learner belongs to: the unit whose roster lists the NIP (HR's data wins over what was
 * typed); otherwise the unit whose code or name the learner typed, unless that unit has a roster
 * (then the NIP must be on it: 422 on the unit field); otherwise none.
 */
async function rosterUnit(db: Db, nip: string, typedUnit: string): Promise<string | null> {
  const listed = await db.selectFrom('roster_entries').select('unit_id').where('nip', '=', nip).executeTakeFirst();
  if (listed) return listed.unit_id;
  const typed = typedUnit.trim();
  // By code, name (normalised) or alias, as the roster importer reads it.
  const found = typed ? (await loadUnitIndex(db)).resolve(typed) : { unknown: true as const };
  if (!('unit' in found)) return null;
  const claimed = found.unit;
  const hasRoster = await db.selectFrom('roster_entries').select('nip').where('unit_id', '=', claimed.id).limit(1).executeTakeFirst();
  if (hasRoster) throw new HttpProblem(422, t('learner.invalid'), { unit: t('staff.rosterRequired') });
  return claimed.id;
}

/** Starts a learner session and sets its cookie. */
export async function startLearnerSession(cookies: AstroCookies, learnerId: string, secure: boolean, now = new Date(), db: Db = getDb()) {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insertInto('learner_sessions').values({ id: hashToken(token), learner_id: learnerId, created_at: now.toISOString(), expires_at: expires.toISOString() }).execute();
  cookies.set(LEARNER_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}

/** The learner of this request's session cookie, or undefined. */
export async function currentLearner(cookies: AstroCookies, now = new Date(), db: Db = getDb()): Promise<Learner | undefined> {
  const token = cookies.get(LEARNER_COOKIE)?.value;
  if (!token || token.length > 100) return undefined;
  const row = await db
    .selectFrom('learner_sessions')
    .innerJoin('learners', 'learners.id', 'learner_sessions.learner_id')
    .selectAll('learners')
    .where('learner_sessions.id', '=', hashToken(token))
    .where('learner_sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row;
}

/** Like currentLearner, but answers 401 when there is none. */
export async function requireLearner(cookies: AstroCookies): Promise<Learner> {
  const learner = await currentLearner(cookies);
  if (!learner) throw new HttpProblem(401, t('learner.required'));
  return learner;
}

export async function endLearnerSession(cookies: AstroCookies, db: Db = getDb()) {
  const token = cookies.get(LEARNER_COOKIE)?.value;
  if (token) await db.deleteFrom('learner_sessions').where('id', '=', hashToken(token)).execute();
  cookies.delete(LEARNER_COOKIE, { path: '/' });
}

/** Records modules finished on the device (synced when online); returns all finished on the server. */
export async function syncProgress(learnerId: string, modules: Record<string, string>, validIds: ReadonlySet<string>, db: Db = getDb()) {
  let recorded = 0;
  for (const [moduleId, at] of Object.entries(modules)) {
    if (!validIds.has(moduleId) || Number.isNaN(Date.parse(at))) continue;
    const r = await db
      .insertInto('module_progress')
      .values({ learner_id: learnerId, module_id: moduleId, completed_at: new Date(at).toISOString() })
      .onConflict((oc) => oc.columns(['learner_id', 'module_id']).doNothing())
      .executeTakeFirst();
    recorded += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  if (recorded) await refreshLearnerSummary(db, { learnerIds: [learnerId] });
  const rows = await db.selectFrom('module_progress').select(['module_id', 'completed_at']).where('learner_id', '=', learnerId).execute();
  return Object.fromEntries(rows.map((r) => [r.module_id, r.completed_at]));
}
