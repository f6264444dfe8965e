/**
 * Unit-name aliases: the other names personnel systems give a unit ("Kemenag Kab. Bojonegoro"
 * for "Kankemenag Kab. Bojonegoro"), kept by an admin; the roster importer and the learner form
 * resolve them. One unit per normalised name, enforced by the table's key.
 */
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import type { StaffUser } from '../auth/staff.ts';
import { audit } from './audit.ts';
import { normalizeUnitName, UnitIndex } from './unit-names.ts';
import { t } from '../../i18n/index.ts';

export interface Alias { key: string; alias: string; unitId: string; unitName: string; createdAt: string }

export async function listAliases(db: Db = getDb()): Promise<Alias[]> {
  const rows = await db.selectFrom('unit_aliases').innerJoin('units', 'units.id', 'unit_aliases.unit_id')
    .select(['unit_aliases.alias_key', 'unit_aliases.alias', 'unit_aliases.unit_id', 'units.name', 'unit_aliases.created_at'])
    .orderBy('unit_aliases.alias').execute();
  return rows.map((r) => ({ key: r.alias_key, alias: r.alias, unitId: r.unit_id, unitName: r.name, createdAt: r.created_at }));
}

export async function addAlias(actor: StaffUser, alias: unknown, unitId: unknown, now = new Date(), db: Db = getDb()): Promise<Alias> {
  const text = typeof alias === 'string' ? alias.replace(/\s+/g, ' ').trim() : '';
  if (text.length < 2 || text.length > 255) throw new HttpProblem(422, t('hr.alias.badName'), { alias: t('hr.alias.badName') });
  const key = normalizeUnitName(text);
  return db.transaction().execute(async (trx) => {
    const units = await trx.selectFrom('units').select(['id', 'name']).execute();
    const target = units.find((u) => u.id === unitId);
    if (!target) throw new HttpProblem(422, t('hr.alias.noUnit'), { unit: t('hr.alias.noUnit') });
    const already = new UnitIndex(units).resolve(text);
    if ('unit' in already) throw new HttpProblem(409, t('hr.alias.isUnitName', { name: already.unit.name, code: already.unit.id }));
    const at = now.toISOString();
    const res = await trx.insertInto('unit_aliases').values({ alias_key: key, alias: text, unit_id: target.id, created_at: at, created_by: actor.id })
      .onConflict((oc) => oc.column('alias_key').doNothing()).executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) !== 1) throw new HttpProblem(409, t('hr.alias.taken'));
    await audit(trx, actor.id, 'alias.add', target.id, { alias: text }, now);
    return { key, alias: text, unitId: target.id, unitName: target.name, createdAt: at };
  });
}

export async function removeAlias(actor: StaffUser, key: unknown, now = new Date(), db: Db = getDb()): Promise<void> {
  if (typeof key !== 'string' || !key) throw new HttpProblem(404, t('hr.alias.notFound'));
  await db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('unit_aliases').where('alias_key', '=', key).returning(['alias', 'unit_id']).executeTakeFirst();
    if (!gone) throw new HttpProblem(404, t('hr.alias.notFound'));
    await audit(trx, actor.id, 'alias.remove', gone.unit_id, { alias: gone.alias }, now);
  });
}
