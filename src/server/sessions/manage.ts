/** Creating sessions, listing them and finding one for a staff member (scoped to their units). */
import { randomBytes, randomUUID } from 'node:crypto';
import { course } from '../../content/course.ts';
import { gradedBank } from '../../quizzes/banks/graded/index.ts';
import { deriveSeed, drawExam } from '../../quizzes/engine/index.ts';
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { loadScope, inScope } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import { audit } from '../hr/audit.ts';
import { generateCode } from './code.ts';
import { initialState } from './state.ts';
import type { SessionRow } from './common.ts';
import { t } from '../../i18n/index.ts';

export interface CreateInput {
  title: unknown;
  day: unknown;
  place: unknown;
  unitId: unknown;
  withPre: unknown;
  withPost: unknown;
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '').slice(0, max + 1);

/** The sessions a staff member may see: in their unit scope, newest first. */
export async function listSessions(user: StaffUser, db: Db = getDb()) {
  const { scope } = await loadScope(user, null, db);
  let q = db
    .selectFrom('live_sessions')
    .leftJoin('units', 'units.id', 'live_sessions.unit_id')
    .select(['live_sessions.id', 'live_sessions.code', 'live_sessions.title', 'live_sessions.day', 'live_sessions.place', 'live_sessions.status', 'live_sessions.facilitator_name', 'units.name as unit_name'])
    .orderBy('live_sessions.created_at', 'desc')
    .limit(200);
  if (!scope.all) q = scope.units.length ? q.where('live_sessions.unit_id', 'in', scope.units) : q.where('live_sessions.unit_id', '=', ' no unit ');
  return q.execute();
}

export async function createSession(user: StaffUser, input: CreateInput, now = new Date(), db: Db = getDb()): Promise<SessionRow> {
  const fields: Record<string, string> = {};
  const title = text(input.title, 200);
  if (title.length < 3 || title.length > 200) fields.title = t('session.form.badTitle');
  const day = typeof input.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.day) && !Number.isNaN(Date.parse(input.day)) ? input.day : '';
  // A session is held today or later; yesterday is accepted for time zones east of UTC.
  if (!day) fields.day = t('session.form.badDay');
  else if (Date.parse(`${day}T00:00:00Z`) < Date.parse(now.toISOString().slice(0, 10)) - 86_400_000) fields.day = t('session.form.pastDay');
  const place = text(input.place, 200);
  if (place.length < 2 || place.length > 200) fields.place = t('session.form.badPlace');
  const unitId = typeof input.unitId === 'string' ? input.unitId : '';
  const { scope } = await loadScope(user, null, db);
  const unit = unitId ? await db.selectFrom('units').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst() : undefined;
  if (!unit || !inScope(scope, unit.id)) fields.unitId = t('session.form.badUnit');
  const withPre = input.withPre === true || input.withPre === 'on' || input.withPre === '1';
  const withPost = input.withPost === true || input.withPost === 'on' || input.withPost === '1';
  if (Object.keys(fields).length) throw new HttpProblem(422, t('session.form.invalid'), fields);

  const seed = randomBytes(16).toString('hex');
  const areas = course.areas.map((a) => a.id);
  const pre = withPre ? drawExam(gradedBank, { perArea: course.preTestItemsPerArea, seed: deriveSeed(seed, 'draw', 'pre'), areas }) : [];
  // The post-test is drawn exactly like the final exam, so a complete one can count as the final exam.
  const post = withPost ? drawExam(gradedBank, { perArea: course.examItemsPerArea, seed: deriveSeed(seed, 'draw', 'post'), areas, avoid: pre }) : [];
  const expires = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000);
  for (let tries = 0; ; tries++) {
    const row: SessionRow = {
      id: randomUUID(),
      code: generateCode(),
      title,
      day,
      place,
      unit_id: unit!.id,
      facilitator_id: user.id,
      facilitator_name: user.displayName,
      with_pre: withPre ? 1 : 0,
      with_post: withPost ? 1 : 0,
      seed,
      pre_items: JSON.stringify(pre),
      post_items: JSON.stringify(post),
      state: JSON.stringify(initialState()),
      status: 'open',
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
      closed_at: null,
    };
    // Codes of old sessions stay taken (links in reports point at them); a clash just draws again.
    const taken = await db.selectFrom('live_sessions').select('id').where('code', '=', row.code).executeTakeFirst();
    if (taken && tries < 10) continue;
    await db.insertInto('live_sessions').values(row).execute();
    await audit(db, user.id, 'session.create', row.id, { code: row.code, unitId: row.unit_id }, now);
    return row;
  }
}

/** A session the staff member may run; 404 outside their scope (as if it did not exist). */
export async function sessionForStaff(user: StaffUser, id: string, db: Db = getDb()): Promise<SessionRow> {
  const s = await db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw new HttpProblem(404, t('session.notFound'));
  const { scope } = await loadScope(user, null, db);
  if (!inScope(scope, s.unit_id)) throw new HttpProblem(404, t('session.notFound'));
  return s;
}

