/**
 * Unit scope: which units a staff member may see. Computed from the unit tree in one place and
 * applied in SQL (`where unit_id in (…)`) by every HR query, never by hiding things in the UI.
 *   admin       → every unit (scope `all`)
 *   operator    → their unit and every unit below it
 *   facilitator → their unit only
 */
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import type { StaffUser } from './staff.ts';
import { t } from '../../i18n/index.ts';

export interface UnitNode {
  id: string;
  name: string;
  parent_id: string | null;
}

/** `all` for an admin; otherwise the list of unit ids (possibly empty). */
export type Scope = { all: true } | { all: false; units: string[] };

/** The unit and all its descendants (cycles in bad data cannot loop). */
export function descendants(units: readonly UnitNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent_id === null) continue;
    const list = children.get(u.parent_id) ?? [];
    list.push(u.id);
    children.set(u.parent_id, list);
  }
  if (!units.some((u) => u.id === rootId)) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const c of children.get(id) ?? []) stack.push(c);
  }
  return out;
}

/** The scope of a staff member over a unit tree (pure). */
export function scopeFor(user: Pick<StaffUser, 'role' | 'unitId'>, units: readonly UnitNode[]): Scope {
  if (user.role === 'admin') return { all: true };
  if (!user.unitId) return { all: false, units: [] };
  if (user.role === 'facilitator') return { all: false, units: units.some((u) => u.id === user.unitId) ? [user.unitId] : [] };
  return { all: false, units: descendants(units, user.unitId) };
}

export function inScope(scope: Scope, unitId: string | null | undefined): boolean {
  if (!unitId) return scope.all;
  return scope.all || scope.units.includes(unitId);
}

/**
 * Narrows a scope to one unit (and its sub-units) chosen in a filter. Asking for a unit outside
 * the scope is refused with 404, as if it did not exist.
 */
export function narrowScope(scope: Scope, units: readonly UnitNode[], unitId: string | null | undefined): Scope {
  if (!unitId) return scope;
  if (!inScope(scope, unitId)) throw new HttpProblem(404, t('staff.unit.notFound'));
  const below = descendants(units, unitId);
  return { all: false, units: scope.all ? below : below.filter((id) => scope.units.includes(id)) };
}

export async function allUnits(db: Db = getDb()): Promise<UnitNode[]> {
  return db.selectFrom('units').select(['id', 'name', 'parent_id']).orderBy('name').execute();
}

/** The scope of a staff member, optionally narrowed to a unit filter. */
/**
 * The user's scope narrowed to `unitFilter`, the unit tree, and the units the user may pick in a
 * filter at all (`allowed`: 'all' for an admin).
 */
export async function loadScope(
  user: Pick<StaffUser, 'role' | 'unitId'>,
  unitFilter?: string | null,
  db: Db = getDb(),
): Promise<{ scope: Scope; units: UnitNode[]; allowed: string[] | 'all' }> {
  const units = await allUnits(db);
  const base = scopeFor(user, units);
  return { scope: narrowScope(base, units, unitFilter), units, allowed: base.all ? 'all' : base.units };
}

/** Applies a scope to a query on a `unit_id` column: `where <column> in (…)`. */
export function whereScope<QB extends { where: (...args: any[]) => any }>(qb: QB, column: string, scope: Scope): QB {
  if (scope.all) return qb;
  // An empty scope must match nothing; `in ()` is not valid SQL.
  if (scope.units.length === 0) return qb.where(column, '=', ' no unit ') as QB;
  return qb.where(column, 'in', scope.units) as QB;
}
