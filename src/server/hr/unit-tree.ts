/**
 * The units at and below a unit (Kanwil → Kankemenag → KUA/madrasah), read often by session joins:
 * a short cache keeps a hall of phones joining to one query each. Units change rarely (an admin's
 * import or move), so 30 seconds of staleness is harmless.
 */
import { getDb, type Db } from '../db/index.ts';
import { descendants } from '../auth/scope.ts';

let cache: { at: number; units: { id: string; name: string; parent_id: string | null }[] } | undefined;

/** The ids of `unitId` and every unit below it. */
export async function unitSubtree(unitId: string, db: Db = getDb(), now = Date.now()): Promise<Set<string>> {
  if (!cache || now - cache.at > 30_000) cache = { at: now, units: await db.selectFrom('units').select(['id', 'name', 'parent_id']).execute() };
  const below = descendants(cache.units, unitId);
  return new Set(below.length ? below : [unitId]);
}

/** For tests, and after a change of the units: forget the cached units. */
export function forgetUnits() {
  cache = undefined;
}
