/**
 * Learners: the profile, identification for live sessions, and module progress. Accounts
 * (password, login, reset) live in ./accounts/, sessions in ./accounts/sessions.ts.
 */
import { randomUUID } from 'node:crypto';
import { normalizeNipInput, parseNip } from '../lib/nip.ts';
import { listedKind, loadUnitIndex, rosterListing, unitHasRoster, type RosterListing } from './hr/roster.ts';
import { validatePerson } from '../lib/person.ts';
import { getDb, type Db } from './db/index.ts';
import { prepare } from './db/prepared.ts';
import type { LearnerTable } from './db/schema.ts';
import { HttpProblem } from './http.ts';
import { newLearnerSummary, refreshLearnerSummary } from './learner-summary.ts';
import { t } from '../i18n/index.ts';

export type Learner = LearnerTable;
export {
  LEARNER_COOKIE, currentLearner, requireLearner, liveLearner, requireLiveLearner, startLearnerSession, endLearnerSession,
} from './accounts/sessions.ts';

/** What a learner may see of their own record (sent to the browser). */
export function publicProfile(l: Learner) {
  return { nip: l.nip, kind: l.kind, name: l.name, jabatan: l.jabatan, pangkat: l.pangkat, unit: l.unit_name };
}

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
 * Validates an identification (NIP and profile) for joining a live session in the room, and
 * finds or creates the learner. A NIP is not a secret, so this never touches an account: a
 * learner who has an account keeps their profile as it is, and a NIP already known is only
 * accepted with the name on record (titles aside).
 * Nothing is written unless every field is valid. `sessionUnit`: the unit of the session joined,
 * taken as the unit of a NIP on no roster instead of resolving a typed unit name (a join's form
 * asks for none; resolving read every unit and alias of the ministry on each join).
 */
export async function identify(body: Record<string, unknown>, now = new Date(), db: Db = getDb(), listing?: RosterListing, sessionUnit?: string): Promise<Learner> {
  const { nip, person, listed } = await checkIdentity(body, now, db, listing);
  const [existing] = (await learnerByNip(db, { nip: nip.nip })).rows;
  if (existing && nameCore(existing.name) !== nameCore(person.name)) {
    throw new HttpProblem(409, t('learner.invalid'), { name: t('learner.nameMismatch') });
  }
  const at = now.toISOString();
  if (existing?.password_hash) return existing;
  if (existing) {
    // No account yet: the latest spelling typed in the room is kept (titles may be corrected).
    // Most people come back as they were: then nothing is written (a hall of returning
    // participants joins without 300 updates).
    const values = await profileValues(db, nip, person, at, listed, sessionUnit);
    const { updated_at: _, ...profile } = values;
    if ((Object.keys(profile) as (keyof typeof profile)[]).every((k) => existing[k] === profile[k])) return existing;
    await db.updateTable('learners').set(values).where('id', '=', existing.id).where('password_hash', 'is', null).execute();
    return { ...existing, ...values };
  }
  const learner: Learner = { id: randomUUID(), nip: nip.nip, created_at: at, ...(await profileValues(db, nip, person, at, listed, sessionUnit)) };
  // Two first identifications of one NIP at once: the unique index on learners.nip decides, the
  // other one is told to try again (409), never a 500.
  const inserted = await newLearner(db, learner);
  if (Number(inserted.numAffectedRows ?? 0) !== 1) throw new HttpProblem(409, t('deploy.nipTaken'), { nip: t('deploy.nipTaken') });
  return learner;
}

// Prepared: a hall identifies hundreds of people at once.
const learnerByNip = prepare((db, p: { nip: string }) => db.selectFrom('learners').selectAll().where('nip', '=', p.nip));
type NewLearner = Pick<Learner, 'id' | 'nip' | 'created_at' | 'unit_id' | 'kind' | 'name' | 'jabatan' | 'pangkat' | 'unit_name' | 'updated_at'>;
const newLearner = prepare((db, p: NewLearner) =>
  db
    .insertInto('learners')
    .values({ id: p.id, nip: p.nip, created_at: p.created_at, unit_id: p.unit_id, kind: p.kind, name: p.name, jabatan: p.jabatan, pangkat: p.pangkat, unit_name: p.unit_name, updated_at: p.updated_at, ...newLearnerSummary(p.nip) })
    .onConflict((oc) => oc.column('nip').doNothing()),
);

/**
 * Validates NIP and profile fields; a 422 names every wrong field, in Indonesian. Also returns the
 * NIP's roster row (`listing`, when the caller has read it already).
 */
export async function checkIdentity(body: Record<string, unknown>, now: Date, db: Db, listing?: RosterListing) {
  const fields: Record<string, string> = {};
  const typedNip = typeof body.nip === 'string' ? body.nip : '';
  const listed = listing === undefined ? await rosterListing(normalizeNipInput(typedNip), db) : listing;
  // The roster's status (PNS/PPPK) decides the kind of number over the learner's choice.
  const nip = parseNip(typedNip, {
    kind: listedKind(listed) ?? (body.kind === 'pppk' ? 'pppk' : body.kind === 'pns' ? 'pns' : 'auto'),
    now,
  });
  if (!nip.ok) fields.nip = nip.error.message;
  const person = validatePerson({ name: body.name, jabatan: body.jabatan, pangkat: body.pangkat, unit: body.unit });
  if (!person.ok) Object.assign(fields, person.errors);
  if (!nip.ok || !person.ok) throw new HttpProblem(422, t('learner.invalid'), fields);
  return { nip: nip.value, person: person.value, listed };
}

type Checked = Awaited<ReturnType<typeof checkIdentity>>;
async function profileValues(db: Db, nip: Checked['nip'], person: Checked['person'], at: string, listed: RosterListing, sessionUnit?: string) {
  return {
    unit_id: sessionUnit !== undefined && !listed ? sessionUnit : await rosterUnit(db, nip.nip, person.unit, listed),
    kind: nip.kind,
    name: person.name,
    jabatan: person.jabatan,
    pangkat: person.pangkat ?? null,
    unit_name: person.unit,
    updated_at: at,
  };
}

/**
 * Saves the profile of a logged-in learner. The NIP is the account's and cannot change here; a
 * NIP on a roster keeps the roster's name (titles may differ).
 */
export async function updateProfile(learner: Learner, body: Record<string, unknown>, now = new Date(), db: Db = getDb()): Promise<Learner> {
  const { nip, person, listed } = await checkIdentity({ ...body, nip: learner.nip, kind: body.kind ?? learner.kind }, now, db);
  const roster = await db.selectFrom('roster_entries').select('name').where('nip', '=', learner.nip).executeTakeFirst();
  if (roster && nameCore(roster.name) !== nameCore(person.name)) throw new HttpProblem(422, t('learner.invalid'), { name: t('account.rosterName') });
  const values = await profileValues(db, nip, person, now.toISOString(), listed);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('learners').set(values).where('id', '=', learner.id).execute();
    await refreshLearnerSummary(trx, { learnerIds: [learner.id] });
  });
  return { ...learner, ...values };
}

/**
 * The unit a learner belongs to: the unit whose roster lists the NIP (HR's data wins over what was
 * typed); otherwise the unit whose code or name the learner typed, unless that unit has a roster
 * (then the NIP must be on it: 422 on the unit field); otherwise none.
 */
export async function rosterUnit(db: Db, nip: string, typedUnit: string, listing?: RosterListing): Promise<string | null> {
  const listed = listing === undefined ? await rosterListing(nip, db) : listing;
  if (listed) return listed.unit_id;
  const typed = typedUnit.trim();
  // By code, name (normalised) or alias, as the roster importer reads it.
  const found = typed ? (await loadUnitIndex(db)).resolve(typed) : { unknown: true as const };
  if (!('unit' in found)) return null;
  const claimed = found.unit;
  if (await unitHasRoster(claimed.id, db)) throw new HttpProblem(422, t('learner.invalid'), { unit: t('staff.rosterRequired') });
  return claimed.id;
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
