/**
 * Joining a session by code + NIP (self-contained: it does not depend on learner accounts), and the
 * facilitator removing a wrong entry from the attendance list.
 */
import { randomUUID } from 'node:crypto';
import { getDb, type Db } from '../db/index.ts';
import { prepare } from '../db/prepared.ts';
import { HttpProblem } from '../http.ts';
import { identify, type Learner } from '../learners.ts';
import { normalizeNipInput, parseNip } from '../../lib/nip.ts';
import type { StaffUser } from '../auth/staff.ts';
import { isOnRosterWithin, listedKind, rosterListing, type RosterListing } from '../hr/roster.ts';
import { audit } from '../hr/audit.ts';
import { getBus } from '../live/bus.ts';
import { isExpired, nudge, unitName, type Participant, type SessionRow } from './common.ts';
import { forgetResults } from './tests.ts';
import { t } from '../../i18n/index.ts';

// ---- Joining ----

/**
 * Joins a participant: checks the NIP (and, when the unit tree has rosters, that the NIP is on one
 * of the session's unit or a unit below it),
 * creates or updates the learner, and records attendance once. Joining again is not an error: it
 * returns the same participant (`already`), so a phone that lost its cookie can come back.
 * `within`: what the caller writes with the join, in its transaction (the route: the phone's pass);
 * its result comes back as `extra`.
 */
export async function joinSession<T = undefined>(
  s: SessionRow,
  body: Record<string, unknown>,
  now = new Date(),
  db: Db = getDb(),
  within?: (trx: Db, joined: { learner: Learner; participant: Participant }) => Promise<T>,
): Promise<{ learner: Learner; participant: Participant; already: boolean; extra?: T }> {
  if (isExpired(s, now)) throw new HttpProblem(410, t('session.codeExpired'));
  const typedNip = typeof body.nip === 'string' ? body.nip : '';
  // One roster read serves the status (PNS/PPPK: how the number is read), the unit tree and the profile.
  const listed = await rosterListing(normalizeNipInput(typedNip), db);
  const nip = parseNip(typedNip, { kind: listedKind(listed) ?? 'auto', now });
  // The session's unit and every unit below it (roster.ts: isOnRosterWithin).
  if (nip.ok && !(await isOnRosterWithin(s.unit_id, nip.value.nip, db, listed))) {
    const msg = t('session.join.outsideUnit', { unit: await unitName(s, db) });
    throw new HttpProblem(422, msg, { nip: msg });
  }
  const typedUnit = typeof body.unit === 'string' && body.unit.trim() ? body.unit : null;
  const unit = typedUnit ?? (await unitName(s, db));
  // The writes of a join in one transaction: all or nothing, and one commit instead of four (a
  // hall joining at once spends its time in commits otherwise).
  const person = { nip: body.nip, name: body.name, jabatan: body.jabatan, pangkat: body.pangkat, unit };
  const { learner, participant, already, extra } = await db.transaction().execute(async (trx) => {
    const joined = await recordAttendance(trx, s, person, { now, listed, ownUnit: !typedUnit });
    return { ...joined, extra: await within?.(trx, joined) };
  });
  if (!already) nudge(s.id, 'attendance');
  return { learner, participant, already, extra };
}

/**
 * One person's attendance, inside the caller's transaction (a join, or a field laptop's results):
 * the learner found or created as every identification does (identify), placed in the session's
 * unit when they have none, and the participant recorded once per session. Recorded before, the
 * name and jabatan shown are updated (titles may have been corrected). `ownUnit`: `person.unit` is
 * the session's own unit, not one the person typed. `joinedAt`: when they joined (else `now`).
 */
export async function recordAttendance(
  trx: Db,
  s: SessionRow,
  person: Record<string, unknown>,
  opts: { now: Date; listed?: RosterListing; ownUnit: boolean; joinedAt?: string },
): Promise<{ learner: Learner; participant: Participant; already: boolean }> {
  const learner = await identify(person, opts.now, trx, opts.listed, opts.ownUnit ? s.unit_id : undefined);
  if (!learner.unit_id) {
    await trx.updateTable('learners').set({ unit_id: s.unit_id }).where('id', '=', learner.id).where('unit_id', 'is', null).execute();
  }
  const row: Participant = { id: randomUUID(), session_id: s.id, learner_id: learner.id, nip: learner.nip, name: learner.name, jabatan: learner.jabatan, joined_at: opts.joinedAt ?? opts.now.toISOString() };
  const inserted = await newParticipant(trx, row);
  if (Number(inserted.numAffectedRows ?? 0n) === 1) return { learner, participant: row, already: false };
  await trx.updateTable('live_participants').set({ name: learner.name, jabatan: learner.jabatan }).where('session_id', '=', s.id).where('learner_id', '=', learner.id).execute();
  const [participant] = (await participantQuery(trx, { sessionId: s.id, learnerId: learner.id })).rows;
  if (!participant) throw new Error(`participant of ${learner.id} in ${s.id} vanished during the join`);
  return { learner, participant, already: true };
}

/** A participant recorded once per session (prepared: a hall joins at once). */
const newParticipant = prepare((db, p: Pick<Participant, 'id' | 'session_id' | 'learner_id' | 'nip' | 'name' | 'jabatan' | 'joined_at'>) =>
  db.insertInto('live_participants').values({ id: p.id, session_id: p.session_id, learner_id: p.learner_id, nip: p.nip, name: p.name, jabatan: p.jabatan, joined_at: p.joined_at }).onConflict((oc) => oc.columns(['session_id', 'learner_id']).doNothing()),
);

/** A learner's attendance in a session (prepared: every phone request reads it). */
const participantQuery = prepare((db, p: { sessionId: string; learnerId: string }) =>
  db.selectFrom('live_participants').selectAll().where('session_id', '=', p.sessionId).where('learner_id', '=', p.learnerId),
);

export async function participantOf(s: SessionRow, learner: Learner | undefined, db: Db = getDb()): Promise<Participant | undefined> {
  if (!learner) return undefined;
  return (await participantQuery(db, { sessionId: s.id, learnerId: learner.id })).rows[0];
}

export async function requireParticipant(s: SessionRow, learner: Learner | undefined, db: Db = getDb()): Promise<Participant> {
  const p = await participantOf(s, learner, db);
  if (!p) throw new HttpProblem(403, t('session.notJoined'));
  return p;
}

/** Removes a wrong entry from the attendance list, with its answers and signature. */
export async function removeParticipant(user: StaffUser, s: SessionRow, participantId: string, now = new Date(), db: Db = getDb()) {
  const p = await db.selectFrom('live_participants').selectAll().where('id', '=', participantId).where('session_id', '=', s.id).executeTakeFirst();
  if (!p) throw new HttpProblem(404, t('session.participantNotFound'));
  const scored = await db.selectFrom('live_results').select('test').where('participant_id', '=', p.id).where('attempt_id', 'is not', null).executeTakeFirst();
  if (scored) throw new HttpProblem(409, t('session.removeScored'));
  await db.transaction().execute(async (trx) => {
    for (const table of ['live_answers', 'live_results', 'live_signatures'] as const) await trx.deleteFrom(table).where('participant_id', '=', p.id).execute();
    await trx.deleteFrom('live_participants').where('id', '=', p.id).execute();
    await audit(trx, user.id, 'session.remove-participant', s.id, { nip: p.nip, name: p.name }, now);
  });
  forgetResults(s.id);
  await getBus().publish(s.id, 'attendance', { removed: p.id });
}

