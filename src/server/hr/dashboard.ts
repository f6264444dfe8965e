/**
 * What HR sees: completion per unit against its roster, the people behind the numbers, score
 * distribution, weakest mastery areas and the trend. Every query takes a Scope and applies it in
 * SQL (`unit_id in (…)`); nothing here trusts the page to hide anything.
 *
 * Status of a rostered person:
 *   completed    passed with a certificate that is not revoked (passed in the period, when one
 *                is given)
 *   in progress  any exam attempt or finished module, but not completed
 *   not started  neither
 *
 * The figures come from the learner summary (src/server/learner-summary.ts), so that at 250,000
 * people each query reads one index of one table rather than probing attempts and certificates
 * per person.
 */
import { MONTHS } from '../../lib/months.ts';
import { sql, type RawBuilder } from 'kysely';
import { getDb, type Db } from '../db/index.ts';
import type { Scope } from '../auth/scope.ts';
import type { AttemptScore } from '../../quizzes/engine/types.ts';

export type Status = 'completed' | 'in_progress' | 'not_started';
export const STATUSES: readonly Status[] = ['completed', 'in_progress', 'not_started'];

export interface Filters {
  /** yyyy-mm-dd, inclusive. */
  from?: string;
  to?: string;
  status?: Status;
}

/** yyyy-mm-dd or undefined (anything else is ignored). */
export function day(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
}
export function parseFilters(params: URLSearchParams): Filters {
  const status = params.get('status');
  return { from: day(params.get('dari')), to: day(params.get('sampai')), status: STATUSES.includes(status as Status) ? (status as Status) : undefined };
}

const endOfDay = (d: string) => `${d}T23:59:59.999Z`;

function scopeSql(column: string, scope: Scope): RawBuilder<unknown> {
  if (scope.all) return sql`1 = 1`;
  if (scope.units.length === 0) return sql`1 = 0`;
  return sql`${sql.ref(column)} in (${sql.join(scope.units)})`;
}

/**
 * "the learner in `column` belongs to the scope". For every unit it is no condition at all (every
 * attempt and certificate has its learner), which spares a join over a million rows; otherwise the
 * scope's learners, found through learners(unit_id), drive the query.
 */
function learnerScopeSql(column: string, scope: Scope): RawBuilder<unknown> {
  if (scope.all) return sql`1 = 1`;
  if (scope.units.length === 0) return sql`1 = 0`;
  return sql`${sql.ref(column)} in (select sl.id from learners sl where sl.unit_id in (${sql.join(scope.units)}))`;
}

function periodSql(column: string, f: Filters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (f.from) parts.push(sql`${sql.ref(column)} >= ${f.from}`);
  if (f.to) parts.push(sql`${sql.ref(column)} <= ${endOfDay(f.to)}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`1 = 1`;
}

/** "completed (in the period)" for the learner `l` (false when there is no learner). */
const completedSql = (f: Filters) => sql`(l.completed_at is not null and ${periodSql('l.completed_at', f)})`;
const statusSql = (f: Filters) => sql<string>`case when ${completedSql(f)} then 'completed' when l.first_activity_at is not null then 'in_progress' else 'not_started' end`;

export interface UnitCounts {
  roster: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  /** Learners linked to the unit who are not on its roster. */
  offRoster: number;
}

export interface UnitSummary extends UnitCounts {
  unitId: string;
  unitName: string;
  parentId: string | null;
  /** Depth below the top of the shown tree (for indenting). */
  depth: number;
  /** 0–100, rounded to one decimal; null for a unit without a roster. */
  rate: number | null;
  /** The unit's own figures, without the units below it (what totals add up). */
  own: UnitCounts;
}

/** Percent with one decimal, rounded (not truncated): 2 of 3 is 66.7. */
export const rate = (done: number, total: number) => (total > 0 ? Math.round((done / total) * 1000) / 10 : null);

const zero = (): UnitCounts => ({ roster: 0, completed: 0, inProgress: 0, notStarted: 0, offRoster: 0 });
const add = (a: UnitCounts, b: UnitCounts) => {
  a.roster += b.roster; a.completed += b.completed; a.inProgress += b.inProgress; a.notStarted += b.notStarted; a.offRoster += b.offRoster;
};

/**
 * Rolls per-unit figures up the tree (pure): each unit of the scope counts itself and every unit
 * below it that is in the scope. Rows come in tree order (parents before children, by name).
 * Without `rollup` each row is the unit alone, in the same order.
 */
export function rollUp(units: readonly { id: string; name: string; parent_id: string | null }[], own: ReadonlyMap<string, UnitCounts>, scope: Scope, rollup: boolean): UnitSummary[] {
  const inScopeIds = new Set(scope.all ? units.map((u) => u.id) : scope.units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, string[]>();
  for (const u of units) {
    if (!inScopeIds.has(u.id)) continue;
    // A unit whose parent is out of the scope (or unknown) is a root of the shown tree.
    const p = u.parent_id && inScopeIds.has(u.parent_id) && byId.has(u.parent_id) ? u.parent_id : null;
    children.set(p, [...(children.get(p) ?? []), u.id]);
  }
  const byName = (a: string, b: string) => (byId.get(a)?.name ?? a).localeCompare(byId.get(b)?.name ?? b, 'id');
  const out: UnitSummary[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number, parentId: string | null): UnitCounts => {
    if (seen.has(id)) return zero();
    seen.add(id);
    const mine = own.get(id) ?? zero();
    const row: UnitSummary = { unitId: id, unitName: byId.get(id)?.name ?? id, parentId, depth, ...mine, rate: null, own: { ...mine } };
    out.push(row);
    const sum = { ...mine };
    for (const c of (children.get(id) ?? []).sort(byName)) add(sum, visit(c, depth + 1, id));
    if (rollup) Object.assign(row, sum);
    row.rate = rate(row.completed, row.roster);
    return sum;
  };
  for (const root of (children.get(null) ?? []).sort(byName)) visit(root, 0, null);
  // Units with figures but unknown to the tree (should not happen) still show.
  for (const [id, c] of own) if (!seen.has(id) && inScopeIds.has(id)) out.push({ unitId: id, unitName: id, parentId: null, depth: 0, ...c, rate: rate(c.completed, c.roster), own: { ...c } });
  // Only units with something to count, or with something below them.
  return out.filter((u) => u.roster > 0 || u.offRoster > 0 || u.own.roster > 0 || u.own.offRoster > 0);
}

/** Completion per unit of the scope, against each unit's roster; rolled up the tree unless `rollup` is false. */
export async function unitSummaries(scope: Scope, f: Filters, db: Db = getDb(), opts: { rollup?: boolean } = {}): Promise<UnitSummary[]> {
  // Who is on each roster, then how far the learners among them got: a rostered person who never
  // identified has no learner row and so counts as not started.
  const rosters = await sql<{ unit_id: string; n: number | string }>`
    select r.unit_id, count(*) as n from roster_entries r where ${scopeSql('r.unit_id', scope)} group by r.unit_id`.execute(db);
  const progress = await sql<{ unit_id: string; completed: number | string; in_progress: number | string }>`
    select l.roster_unit_id as unit_id,
      sum(case when ${completedSql(f)} then 1 else 0 end) as completed,
      sum(case when not ${completedSql(f)} and l.first_activity_at is not null then 1 else 0 end) as in_progress
    from learners l
    where l.roster_unit_id is not null and ${scopeSql('l.roster_unit_id', scope)}
    group by l.roster_unit_id`.execute(db);
  const off = await sql<{ unit_id: string; n: number | string }>`
    select l.unit_id, count(*) as n from learners l
    where l.roster_unit_id is null and l.unit_id is not null and ${scopeSql('l.unit_id', scope)}
    group by l.unit_id`.execute(db);
  const units = await db.selectFrom('units').select(['id', 'name', 'parent_id']).execute();
  const reached = new Map(progress.rows.map((p) => [p.unit_id, p]));
  const own = new Map<string, UnitCounts>();
  for (const r of rosters.rows) {
    const roster = Number(r.n), p = reached.get(r.unit_id);
    const completed = Number(p?.completed ?? 0), inProgress = Number(p?.in_progress ?? 0);
    own.set(r.unit_id, { roster, completed, inProgress, notStarted: roster - completed - inProgress, offRoster: 0 });
  }
  for (const o of off.rows) {
    const c = own.get(o.unit_id) ?? zero();
    c.offRoster = Number(o.n);
    own.set(o.unit_id, c);
  }
  return rollUp(units, own, scope, opts.rollup ?? true);
}

/** The scope's totals: the units' own figures added up (a rolled-up row is not counted twice). */
export function totals(list: readonly UnitSummary[]) {
  const roster = list.reduce((s, u) => s + u.own.roster, 0);
  const completed = list.reduce((s, u) => s + u.own.completed, 0);
  const inProgress = list.reduce((s, u) => s + u.own.inProgress, 0);
  return { roster, completed, inProgress, notStarted: roster - completed - inProgress, rate: rate(completed, roster) };
}

export interface Person {
  /** The learner's id (their page), or null when they never identified. */
  learnerId: string | null;
  /** 'pns' | 'pppk' as the roster (or the learner) says. */
  kind: string | null;
  nip: string;
  name: string;
  jabatan: string | null;
  unitId: string;
  unitName: string;
  status: Status;
  /** Best submitted final-exam score. */
  score: number | null;
  /** The newest valid certificate, when completed. */
  certificateNumber: string | null;
  /** ISO time the exam was passed, when completed. */
  completedAt: string | null;
  /** ISO time of the first activity (module finished or attempt started). */
  startedAt: string | null;
  /** JSON claims of the certificate (for JP in exports), when completed. */
  claims: string | null;
}

/** People on the rosters of the scope, with their status; paged. */
export async function people(scope: Scope, f: Filters, page: { limit: number; offset: number; q?: string }, db: Db = getDb()): Promise<{ total: number; rows: Person[] }> {
  const search = page.q?.trim() ? sql`and (r.nip like ${`%${page.q.trim().replace(/[%_]/g, '')}%`} or lower(r.name) like ${`%${page.q.trim().toLowerCase().replace(/[%_]/g, '')}%`})` : sql``;
  const statusWhere = f.status ? sql`and ${statusSql(f)} = ${f.status}` : sql``;
  const where = sql`${scopeSql('r.unit_id', scope)} ${search} ${statusWhere}`;
  const count = await sql<{ n: number | string }>`select count(*) as n from roster_entries r left join learners l on l.nip = r.nip where ${where}`.execute(db);
  const rows = await sql<{
    learner_id: string | null; kind: string | null;
    nip: string; name: string; jabatan: string | null; unit_id: string; unit_name: string | null; status: Status; score: number | string | null;
    cert_number: string | null; claims: string | null; completed_at: string | null; first_activity_at: string | null;
  }>`
    select l.id as learner_id, coalesce(r.kind, l.kind) as kind, r.nip, r.name, r.jabatan, r.unit_id, u.name as unit_name, ${statusSql(f)} as status,
      l.best_score as score, l.completed_at, l.first_activity_at, c.number as cert_number, c.claims as claims
    from roster_entries r
      left join learners l on l.nip = r.nip
      left join units u on u.id = r.unit_id
      left join certificates c on c.id = (
        select c2.id from certificates c2 where c2.learner_id = l.id and c2.revoked_at is null order by c2.issued_at desc limit 1)
    where ${where}
    order by u.name, r.name, r.nip
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return {
    total: Number(count.rows[0]?.n ?? 0),
    rows: rows.rows.map((r) => {
      const done = r.status === 'completed';
      return {
        learnerId: r.learner_id, kind: r.kind, nip: r.nip, name: r.name, jabatan: r.jabatan, unitId: r.unit_id, unitName: r.unit_name ?? r.unit_id, status: r.status,
        score: r.score === null ? null : Number(r.score), certificateNumber: done ? r.cert_number : null, completedAt: done ? r.completed_at : null,
        startedAt: r.first_activity_at, claims: done ? r.claims : null,
      };
    }),
  };
}

/**
 * Best final score per learner of the scope, counted in bands of 10 (the top band is 90–100).
 * Without a period it is the learner summary's best score; with one, the best of the final
 * exams submitted in the period (read from the attempts, which the period narrows).
 */
export async function scoreDistribution(scope: Scope, f: Filters, db: Db = getDb()): Promise<{ band: string; from: number; count: number }[]> {
  const rows = await (f.from || f.to
    ? sql<{ s: number | string; n: number | string }>`
      select best.s as s, count(*) as n from (
        select a.learner_id, max(a.score) as s from attempts a
        where a.kind = 'final' and a.status = 'submitted' and ${learnerScopeSql('a.learner_id', scope)} and ${periodSql('a.submitted_at', f)}
        group by a.learner_id) best
      group by best.s`
    : sql<{ s: number | string; n: number | string }>`
      select l.best_score as s, count(*) as n from learners l
      where l.best_score is not null and ${scopeSql('l.unit_id', scope)}
      group by l.best_score`
  ).execute(db);
  const bands = Array.from({ length: 10 }, (_, i) => ({ band: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`, from: i * 10, count: 0 }));
  for (const r of rows.rows) bands[Math.min(9, Math.floor(Number(r.s) / 10))].count += Number(r.n);
  return bands;
}

/** How far before the newest copied attempt syncAttemptAreas looks again (a submit commits within seconds of its time). */
const SYNC_MARGIN_MS = 86_400_000;

/**
 * Copies per-area scores of submitted final attempts into attempt_areas (once per attempt), so
 * mastery aggregates in SQL. Runs before the area query; at most `batch` attempts per call, oldest
 * first. It resumes a day before the newest attempt already copied rather than checking every
 * final attempt ever submitted, which took seconds on each dashboard load at a million attempts.
 */
export async function syncAttemptAreas(db: Db = getDb(), batch = 5000): Promise<number> {
  const last = await db.selectFrom('attempt_areas').select((eb) => eb.fn.max('attempt_areas.submitted_at').as('at')).executeTakeFirst();
  const lastMs = last?.at ? Date.parse(last.at) : NaN;
  const since = Number.isNaN(lastMs) ? undefined : new Date(lastMs - SYNC_MARGIN_MS).toISOString();
  let query = db
    .selectFrom('attempts')
    .select(['attempts.id', 'attempts.learner_id', 'attempts.result', 'attempts.submitted_at'])
    .where('attempts.kind', '=', 'final')
    .where('attempts.status', '=', 'submitted')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('attempt_areas').select('attempt_areas.area').whereRef('attempt_areas.attempt_id', '=', 'attempts.id'))));
  if (since) query = query.where('attempts.submitted_at', '>=', since);
  const pending = await query.orderBy('attempts.submitted_at').limit(batch).execute();
  const values = pending.flatMap((a) => {
    const r = a.result ? (JSON.parse(a.result) as AttemptScore) : undefined;
    return Object.entries(r?.perArea ?? {}).map(([area, s]) => ({ attempt_id: a.id, learner_id: a.learner_id, area, earned: s!.earned, max: s!.max, submitted_at: a.submitted_at ?? '' }));
  });
  if (values.length === 0) return 0;
  // The rows this call really inserted (another instance may have copied some first) are added to
  // the totals in the same transaction, so each attempt counts once.
  await db.transaction().execute(async (trx) => {
    const added = new Map<string, { earned: number; max: number; n: number }>();
    for (let i = 0; i < values.length; i += 500) {
      const rows = await trx.insertInto('attempt_areas').values(values.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['attempt_id', 'area']).doNothing())
        .returning(['area', 'earned', 'max']).execute();
      for (const r of rows) {
        const a = added.get(r.area) ?? { earned: 0, max: 0, n: 0 };
        a.earned += Number(r.earned); a.max += Number(r.max); a.n += 1;
        added.set(r.area, a);
      }
    }
    for (const [area, a] of added) {
      await trx.insertInto('area_totals').values({ area, earned: a.earned, max: a.max, n: a.n })
        .onConflict((oc) => oc.column('area').doUpdateSet({
          earned: sql`area_totals.earned + ${a.earned}`,
          max: sql`area_totals.max + ${a.max}`,
          n: sql`area_totals.n + ${a.n}`,
        }))
        .execute();
    }
  });
  return pending.length;
}

/** Mastery per area over the final attempts of the scope, weakest first. */
export async function areaMastery(scope: Scope, f: Filters, db: Db = getDb()): Promise<{ area: string; percent: number; attempts: number }[]> {
  await syncAttemptAreas(db);
  // Every unit and no period: the running totals (four rows) instead of millions of scores.
  const rows = scope.all && !f.from && !f.to
    ? { rows: await db.selectFrom('area_totals').select(['area', 'earned', 'max', 'n']).execute() }
    : await sql<{ area: string; earned: number | string; max: number | string; n: number | string }>`
    select aa.area, sum(aa.earned) as earned, sum(aa.max) as max, count(*) as n
    from attempt_areas aa
    where ${learnerScopeSql('aa.learner_id', scope)} and ${periodSql('aa.submitted_at', f)}
    group by aa.area`.execute(db);
  return rows.rows
    .map((r) => ({ area: r.area, percent: Number(r.max) > 0 ? Math.round((Number(r.earned) / Number(r.max)) * 1000) / 10 : 0, attempts: Number(r.n) }))
    .sort((a, b) => a.percent - b.percent || a.area.localeCompare(b.area));
}

/** Monday (yyyy-mm-dd) of the ISO week of a day. */
export function weekOf(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - dow * 86_400_000).toISOString().slice(0, 10);
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** ISO 8601 week number of a day (yyyy-mm-dd). */
export function isoWeek(isoDay: string): number {
  const d = new Date(`${isoDay}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000));
}

/**
 * How a period reads: a month "Desember 2026"; a week (its Monday) "Minggu 49 (30 Nov–6 Des 2026)",
 * the days from Monday to Sunday, the month and year written once when they are shared.
 */
export function periodLabel(period: string, by: 'week' | 'month'): string {
  if (by === 'month') return `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
  const start = new Date(`${period}T00:00:00Z`);
  const end = new Date(start.getTime() + 6 * 86_400_000);
  const [d1, m1, y1] = [start.getUTCDate(), start.getUTCMonth(), start.getUTCFullYear()];
  const [d2, m2, y2] = [end.getUTCDate(), end.getUTCMonth(), end.getUTCFullYear()];
  const from = y1 !== y2 ? `${d1} ${MONTHS_SHORT[m1]} ${y1}` : m1 !== m2 ? `${d1} ${MONTHS_SHORT[m1]}` : `${d1}`;
  return `Minggu ${isoWeek(period)} (${from}–${d2} ${MONTHS_SHORT[m2]} ${y2})`;
}

/** Completions (learners who passed, by the day they passed) per week or month. */
export async function trend(scope: Scope, f: Filters, by: 'week' | 'month', db: Db = getDb()): Promise<{ period: string; label: string; count: number }[]> {
  // Everything in terms of the day, so that the index on it (migration 010) serves the filter,
  // the period (whole days) and the grouping without a sort.
  const dayOf = sql`substr(l.completed_at, 1, 10)`;
  const period = [f.from ? sql`${dayOf} >= ${f.from}` : sql`1 = 1`, f.to ? sql`${dayOf} <= ${f.to}` : sql`1 = 1`];
  const rows = await sql<{ d: string; n: number | string }>`
    select ${dayOf} as d, count(*) as n
    from learners l
    where ${dayOf} is not null and ${scopeSql('l.unit_id', scope)} and ${sql.join(period, sql` and `)}
    group by ${dayOf}`.execute(db);
  const out = new Map<string, number>();
  for (const r of rows.rows) {
    const key = by === 'month' ? r.d.slice(0, 7) : weekOf(r.d);
    out.set(key, (out.get(key) ?? 0) + Number(r.n));
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, count]) => ({ period, label: periodLabel(period, by), count }));
}

export interface CertRow { number: string; issuedAt: string; revokedAt: string | null; reason: string | null; replaces: string | null; nip: string; name: string; unitId: string | null }

/** Certificates of learners in the scope (newest first), optionally searched by number or NIP. */
export async function certificatesInScope(scope: Scope, q: string | undefined, limit = 100, db: Db = getDb()): Promise<CertRow[]> {
  const term = (q ?? '').trim().toUpperCase().replace(/[%_]/g, '');
  const search = term ? sql`and (c.number like ${`%${term}%`} or l.nip like ${`%${term}%`})` : sql``;
  const rows = await sql<{ number: string; issued_at: string; revoked_at: string | null; revoke_reason: string | null; replaces: string | null; nip: string; name: string; unit_id: string | null }>`
    select c.number, c.issued_at, c.revoked_at, c.revoke_reason, c.replaces, l.nip, l.name, l.unit_id
    from certificates c join learners l on l.id = c.learner_id
    where ${scopeSql('l.unit_id', scope)} ${search}
    order by c.issued_at desc limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({ number: r.number, issuedAt: r.issued_at, revokedAt: r.revoked_at, reason: r.revoke_reason, replaces: r.replaces, nip: r.nip, name: r.name, unitId: r.unit_id }));
}

/** The unit of a certificate's learner, to check scope before acting on it. */
export async function certificateUnit(number: string, db: Db = getDb()): Promise<{ found: boolean; unitId: string | null }> {
  const r = await db.selectFrom('certificates').innerJoin('learners', 'learners.id', 'certificates.learner_id').select('learners.unit_id').where('certificates.number', '=', number).executeTakeFirst();
  return { found: !!r, unitId: r?.unit_id ?? null };
}
