/**
 * "Is this unit the session's unit or below it?" from the units table's parent links. Small and
 * self-contained on purpose: the HR work will provide a shared roster-scope helper; this one can
 * then be replaced by it (see NOTES-live.md).
 */
import { getDb, type Db } from '../db/index.ts';

/** The ids of `unitId` and every unit below it (pure; `units` is the whole table). */
export function subtreeOf(unitId: string, units: readonly { id: string; parent_id: string | null }[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  const out = new Set<string>([unitId]);
  const stack = [unitId];
  while (stack.length) for (const c of children.get(stack.pop()!) ?? []) if (!out.has(c)) (out.add(c), stack.push(c));
  return out;
}

// Units change rarely (an import by an admin); a short cache keeps joins to one query.
let cache: { at: number; units: { id: string; parent_id: string | null }[] } | undefined;
export async function unitSubtree(unitId: string, db: Db = getDb(), now = Date.now()): Promise<Set<string>> {
  if (!cache || now - cache.at > 30_000) cache = { at: now, units: await db.selectFrom('units').select(['id', 'parent_id']).execute() };
  return subtreeOf(unitId, cache.units);
}

/** For tests: forget the cached units. */
export function forgetUnits() {
  cache = undefined;
}
