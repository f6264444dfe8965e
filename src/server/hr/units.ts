/**
 * Units as a hierarchy (Kanwil → Kankemenag → KUA/madrasah), imported from CSV with the columns
 * `kode;nama;kode_induk`. Importing again updates names and parents. All or nothing.
 */
import { forgetUnits } from './unit-tree.ts';
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { audit } from './audit.ts';
import { descendants } from '../auth/scope.ts';
import { column, type Table } from './table-file.ts';
import type { StaffUser } from '../auth/staff.ts';
import { t } from '../../i18n/index.ts';

export const UNIT_CODE = /^[A-Za-z0-9._-]{1,64}$/;

export interface UnitRow { id: string; name: string; parent_id: string | null }
export interface RowError { line: number; key: string; messages: string[] }
export interface UnitPreview { units: UnitRow[]; errors: RowError[] }

/** Validates a unit table against the units already known (pure). */
export function validateUnits(table: Table, existing: readonly UnitRow[]): UnitPreview {
  const iCode = column(table.header, ['kode', 'kode unit', 'kode_unit', 'id']);
  const iName = column(table.header, ['nama', 'nama unit', 'nama_unit']);
  const iParent = column(table.header, ['kode_induk', 'kode induk', 'induk', 'parent']);
  if (iCode < 0 || iName < 0) throw new HttpProblem(422, t('staff.units.header'));
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const units: UnitRow[] = [];
  for (const { line, cells } of table.rows) {
    const msgs: string[] = [];
    const id = cells[iCode] ?? '';
    const name = cells[iName] ?? '';
    const parent = iParent >= 0 ? cells[iParent] ?? '' : '';
    if (!UNIT_CODE.test(id)) msgs.push(t('staff.units.badCode'));
    else if (seen.has(id)) msgs.push(t('staff.row.duplicateOf', { line: seen.get(id)! }));
    if (name.length < 2 || name.length > 255) msgs.push(t('staff.units.badName'));
    if (parent && parent === id) msgs.push(t('staff.units.selfParent'));
    if (msgs.length) errors.push({ line, key: id, messages: msgs });
    if (UNIT_CODE.test(id) && !seen.has(id)) seen.set(id, line);
    units.push({ id, name, parent_id: parent || null });
  }
  const known = new Map(existing.map((u) => [u.id, u.parent_id]));
  for (const u of units) known.set(u.id, u.parent_id);
  for (const u of units) {
    const line = seen.get(u.id) ?? 0;
    if (u.parent_id && !known.has(u.parent_id)) errors.push({ line, key: u.id, messages: [t('staff.units.unknownParent', { code: u.parent_id })] });
    // A parent chain that comes back to the unit would make the tree a loop.
    let p = u.parent_id;
    for (let hops = 0; p && hops <= known.size; hops++) {
      if (p === u.id) {
        errors.push({ line, key: u.id, messages: [t('staff.units.cycle')] });
        break;
      }
      p = known.get(p) ?? null;
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { units, errors };
}

export async function importUnits(actor: StaffUser, table: Table, apply: boolean, now = new Date(), db: Db = getDb()): Promise<UnitPreview & { imported: boolean }> {
  const existing = await db.selectFrom('units').select(['id', 'name', 'parent_id']).execute();
  const preview = validateUnits(table, existing);
  if (!apply || preview.errors.length) return { ...preview, imported: false };
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    // Parents first: insert without parents, then set them (the file may list children first).
    for (const u of preview.units) {
      await trx.insertInto('units').values({ id: u.id, name: u.name, parent_id: null, created_at: at })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: u.name })).execute();
    }
    for (const u of preview.units) await trx.updateTable('units').set({ parent_id: u.parent_id }).where('id', '=', u.id).execute();
    await audit(trx, actor.id, 'units.import', null, { count: preview.units.length }, now);
  });
  forgetUnits(); // session joins read the tree through a short cache (unit-tree.ts)
  return { ...preview, imported: true };
}

/**
 * Moves a unit under another parent (or to the top with `null`). A parent inside the unit's own
 * subtree would make the tree a loop: 422, nothing changes.
 */
export async function moveUnit(actor: StaffUser, unitId: unknown, parentId: unknown, now = new Date(), db: Db = getDb()): Promise<void> {
  const parent = typeof parentId === 'string' && parentId ? parentId : null;
  await db.transaction().execute(async (trx) => {
    const units = await trx.selectFrom('units').select(['id', 'name', 'parent_id']).execute();
    const unit = units.find((u) => u.id === unitId);
    if (!unit) throw new HttpProblem(404, t('staff.unit.notFound'));
    if (parent && !units.some((u) => u.id === parent)) throw new HttpProblem(422, t('staff.units.unknownParent', { code: parent }));
    if (parent && descendants(units, unit.id).includes(parent)) throw new HttpProblem(422, t('staff.units.cycle'));
    await trx.updateTable('units').set({ parent_id: parent }).where('id', '=', unit.id).execute();
    await audit(trx, actor.id, 'units.move', unit.id, { from: unit.parent_id, to: parent }, now);
  });
}
