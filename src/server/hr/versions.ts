/**
 * Course versions per unit for HR (recertification): who holds a certificate of the current
 * version, who holds only an older one that needs an update, and whose older one has expired.
 * A learner counts once, by the highest version among their valid (not revoked) certificates, in
 * their roster unit (or, off-roster, the unit they gave). Scope is applied in SQL.
 */
import { localIsoDay } from '../../lib/local-time.ts';
import { sql } from 'kysely';
import { getDb, type Db } from '../db/index.ts';
import type { Scope } from '../auth/scope.ts';
import { course, type CourseVersion } from '../../content/course.ts';
import { compareVersions, versionStatus } from '../../lib/course-versions.ts';

export interface HolderRow {
  learnerId: string;
  name: string;
  nip: string;
  unitId: string;
  unitName: string;
  version: string;
}

export interface UnitVersions {
  unitId: string;
  unitName: string;
  /** Holders whose highest version needs no update. */
  current: number;
  /** Holders of an older version that needs an update and is still valid. */
  outdated: number;
  /** Holders of an older version whose validity has ended. */
  expired: number;
}

export interface VersionReport {
  units: UnitVersions[];
  /** The people behind `outdated` and `expired`, by unit then name. */
  holders: (HolderRow & { validUntil: string | null; expired: boolean })[];
}

/** Pure: the per-unit counts from one row per valid certificate (a learner may hold several). */
export function summarizeVersions(rows: readonly HolderRow[], day: string, versions: readonly CourseVersion[] = course.versions): VersionReport {
  const best = new Map<string, HolderRow>();
  for (const r of rows) {
    const had = best.get(r.learnerId);
    if (!had || compareVersions(r.version, had.version) > 0) best.set(r.learnerId, r);
  }
  const units = new Map<string, UnitVersions>();
  const holders: VersionReport['holders'] = [];
  for (const r of best.values()) {
    const u = units.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, current: 0, outdated: 0, expired: 0 };
    const s = versionStatus(r.version, day, versions);
    if (!s.updateAvailable) u.current++;
    else if (s.valid) u.outdated++;
    else u.expired++;
    if (s.updateAvailable) holders.push({ ...r, validUntil: s.validUntil, expired: !s.valid });
    units.set(r.unitId, u);
  }
  const byName = (a: { unitName: string }, b: { unitName: string }) => a.unitName.localeCompare(b.unitName, 'id');
  return {
    units: [...units.values()].sort(byName),
    holders: holders.sort((a, b) => byName(a, b) || a.name.localeCompare(b.name, 'id')),
  };
}

/** The version report of a scope, on `day` (yyyy-mm-dd, WIB by default). */
export async function versionReport(scope: Scope, day = localIsoDay(new Date()), db: Db = getDb()): Promise<VersionReport> {
  const inScope = scope.all
    ? sql`1 = 1`
    : scope.units.length === 0
      ? sql`1 = 0`
      : sql`(l.roster_unit_id in (${sql.join(scope.units)}) or (l.roster_unit_id is null and l.unit_id in (${sql.join(scope.units)})))`;
  const rows = await sql<{ learner_id: string; name: string; nip: string; unit_id: string; unit_name: string | null; course_version: string }>`
    select c.learner_id, l.name, l.nip, coalesce(l.roster_unit_id, l.unit_id) as unit_id, u.name as unit_name, c.course_version
    from certificates c
    join learners l on l.id = c.learner_id
    left join units u on u.id = coalesce(l.roster_unit_id, l.unit_id)
    where c.revoked_at is null and coalesce(l.roster_unit_id, l.unit_id) is not null and ${inScope}`.execute(db);
  return summarizeVersions(
    rows.rows.map((r) => ({ learnerId: r.learner_id, name: r.name, nip: r.nip, unitId: r.unit_id, unitName: r.unit_name ?? r.unit_id, version: r.course_version })),
    day,
  );
}
