/** Signing the neutrality declaration in a session (the text itself: declaration.ts). */
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { nudge, stateOf, type Participant, type SessionRow } from './common.ts';
import { sameName } from './declaration.ts';
import { t } from '../../i18n/index.ts';

/** Signs the declaration: the typed name must match the attendance list, and the box be ticked. Once. */
export async function sign(s: SessionRow, p: Participant, typedName: unknown, confirmed: unknown, now = new Date(), db: Db = getDb()): Promise<{ signedAt: string; already: boolean }> {
  const fresh = await db.selectFrom('live_sessions').select(['state', 'status']).where('id', '=', s.id).executeTakeFirstOrThrow();
  const existing = await db.selectFrom('live_signatures').selectAll().where('session_id', '=', s.id).where('participant_id', '=', p.id).executeTakeFirst();
  if (existing) return { signedAt: existing.signed_at, already: true };
  if (fresh.status === 'closed' || stateOf(fresh).stage !== 'declaration') throw new HttpProblem(409, t('session.declarationClosed'));
  const fields: Record<string, string> = {};
  if (!sameName(typedName, p.name)) fields.name = t('session.sign.nameMismatch', { name: p.name });
  if (confirmed !== true) fields.confirm = t('session.sign.confirmRequired');
  if (Object.keys(fields).length) throw new HttpProblem(422, t('session.sign.invalid'), fields);
  const at = now.toISOString();
  await db.insertInto('live_signatures').values({ session_id: s.id, participant_id: p.id, name: p.name, signed_at: at }).onConflict((oc) => oc.columns(['session_id', 'participant_id']).doNothing()).execute();
  const row = await db.selectFrom('live_signatures').selectAll().where('session_id', '=', s.id).where('participant_id', '=', p.id).executeTakeFirstOrThrow();
  nudge(s.id, 'signatures');
  return { signedAt: row.signed_at, already: row.signed_at !== at };
}

