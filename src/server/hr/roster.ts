/**
 * Unit rosters: who should take the course, imported from the personnel system's CSV/XLSX.
 * A preview lists every row's problems (bad NIP with its reason, duplicate, unknown unit, a unit
 * outside the operator's scope); the import is all or nothing, and importing again updates.
 */
import { unitSubtree } from './unit-tree.ts';
import { normalizeNipInput, parseNip, type NipKind } from '../../lib/nip.ts';
import { normalizeUnitName, UnitIndex, type NamedUnit } from './unit-names.ts';
import { getDb, type Db } from '../db/index.ts';
import { prepare } from '../db/prepared.ts';
import { HttpProblem } from '../http.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { audit } from './audit.ts';
import { column, type Table } from './table-file.ts';
import { inScope, type Scope } from '../auth/scope.ts';
import type { StaffUser } from '../auth/staff.ts';
import type { RowError } from './units.ts';
import { t } from '../../i18n/index.ts';

export const ROSTER_MAX_ROWS = 20_000;

export interface RosterRow { line: number; nip: string; name: string; jabatan: string | null; unitId: string; kind: NipKind }
/** A unit name the file uses that matches no unit: listed once, with the closest known unit. */
export interface UnknownUnit { name: string; lines: number[]; suggestion: NamedUnit | null }
export interface RosterPreview {
  rows: RosterRow[];
  errors: RowError[];
  /** Per unit: how many rows the file has. */
  perUnit: Record<string, number>;
  unknownUnits: UnknownUnit[];
}

export interface RosterContext {
  /** Unit for rows without a unit (chosen on the form). */
  defaultUnit: string | null;
  /** Units that exist, by code, name and alias. */
  units: UnitIndex;
  scope: Scope;
  /** NIP → current unit of people on a roster, or of learners on none (to refuse moving people out of someone else's unit). */
  currentUnitOf: ReadonlyMap<string, string>;
  now?: Date;
}

/** What an optional status column says: PNS (or CPNS), PPPK (or P3K), empty = read the number. */
export function statusKind(v: string): NipKind | 'auto' | undefined {
  const s = v.trim().toUpperCase().replace(/[\s.]/g, '');
  if (s === '') return 'auto';
  if (s === 'PNS' || s === 'CPNS') return 'pns';
  if (s === 'PPPK' || s === 'P3K') return 'pppk';
  return undefined;
}

/** Validates a roster table (pure: every fact it needs is in `ctx`). One message per problem. */
export function validateRoster(table: Table, ctx: RosterContext): RosterPreview {
  const iNip = column(table.header, ['nip', 'nip baru', 'ni pppk', 'nip/ni pppk', 'nip / ni pppk']);
  const iName = column(table.header, ['nama', 'nama lengkap', 'nama pegawai']);
  const iJab = column(table.header, ['jabatan', 'nama jabatan']);
  const iUnit = column(table.header, ['kode unit', 'kode_unit', 'unit', 'unit kerja', 'kode satker', 'satuan kerja', 'nama unit', 'unit organisasi']);
  const iStatus = column(table.header, ['status', 'status pegawai', 'status kepegawaian', 'jenis asn', 'jenis pegawai']);
  if (iNip < 0 || iName < 0) throw new HttpProblem(422, t('staff.roster.header'));
  if (iUnit < 0 && !ctx.defaultUnit) throw new HttpProblem(422, t('staff.roster.noUnit'));
  const errors: RowError[] = [];
  const rows: RosterRow[] = [];
  const firstLine = new Map<string, number>();
  const perUnit: Record<string, number> = {};
  const unknown = new Map<string, UnknownUnit>();
  for (const { line, cells } of table.rows) {
    const msgs: string[] = [];
    const rawNip = cells[iNip] ?? '';
    const rawStatus = iStatus >= 0 ? cells[iStatus] ?? '' : '';
    const kind = statusKind(rawStatus);
    const nip = parseNip(rawNip, { kind: kind ?? 'auto', now: ctx.now });
    const name = (cells[iName] ?? '').replace(/\s+/g, ' ').trim();
    const jabatan = iJab >= 0 ? (cells[iJab] ?? '').trim() || null : null;
    const unitText = (iUnit >= 0 ? cells[iUnit] ?? '' : '').trim() || ctx.defaultUnit || '';
    if (!kind) msgs.push(t('hr.roster.badStatus', { value: rawStatus }));
    else if (!nip.ok) msgs.push(nip.error.message);
    else if (firstLine.has(nip.value.nip)) msgs.push(t('staff.row.duplicateOf', { line: firstLine.get(nip.value.nip)! }));
    if (name.length < 2 || name.length > 160) msgs.push(t('staff.roster.badName'));
    if (jabatan && jabatan.length > 160) msgs.push(t('staff.roster.badJabatan'));
    const found = ctx.units.resolve(unitText);
    let unitId = '';
    if ('unit' in found) {
      unitId = found.unit.id;
      if (!inScope(ctx.scope, unitId)) msgs.push(t('staff.roster.outOfScope', { code: unitId }));
    } else if ('ambiguous' in found) {
      msgs.push(t('hr.roster.ambiguousUnit', { name: unitText, codes: found.ambiguous.map((u) => u.id).join(', ') }));
    } else if (!unitText) {
      msgs.push(t('hr.roster.noUnitInRow'));
    } else {
      const key = normalizeUnitName(unitText);
      const entry = unknown.get(key) ?? { name: unitText, lines: [], suggestion: ctx.units.closest(unitText, (id) => inScope(ctx.scope, id)) };
      entry.lines.push(line);
      unknown.set(key, entry);
      msgs.push(entry.suggestion
        ? t('hr.roster.unknownUnitSuggest', { name: unitText, suggestion: entry.suggestion.name, code: entry.suggestion.id })
        : t('hr.roster.unknownUnit', { name: unitText }));
    }
    if (nip.ok) {
      const current = ctx.currentUnitOf.get(nip.value.nip);
      if (unitId && current && current !== unitId && !inScope(ctx.scope, current)) msgs.push(t('staff.roster.elsewhere'));
      if (!firstLine.has(nip.value.nip)) firstLine.set(nip.value.nip, line);
    }
    if (msgs.length) {
      errors.push({ line, key: rawNip, messages: msgs });
      continue;
    }
    rows.push({ line, nip: nip.ok ? nip.value.nip : '', name, jabatan, unitId, kind: nip.ok ? nip.value.kind : 'pns' });
    perUnit[unitId] = (perUnit[unitId] ?? 0) + 1;
  }
  return { rows, errors, perUnit, unknownUnits: [...unknown.values()] };
}

/** The units and aliases as an index for resolving names. */
export async function loadUnitIndex(db: Db = getDb()): Promise<UnitIndex> {
  const units = await db.selectFrom('units').select(['id', 'name']).execute();
  const aliases = await db.selectFrom('unit_aliases').select(['alias_key', 'unit_id']).execute();
  return new UnitIndex(units, aliases);
}

async function currentUnits(db: Db, nips: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < nips.length; i += 500) {
    const part = nips.slice(i, i + 500);
    const rows = await db.selectFrom('roster_entries').select(['nip', 'unit_id']).where('nip', 'in', part).execute();
    for (const r of rows) out.set(r.nip, r.unit_id);
    // A learner on no roster belongs to the unit they registered with: importing them pulls them
    // (and their certificates) into the importer's units, so that unit must be in scope too.
    const learners = await db.selectFrom('learners').select(['nip', 'unit_id']).where('nip', 'in', part).where('unit_id', 'is not', null).execute();
    for (const l of learners) if (!out.has(l.nip)) out.set(l.nip, l.unit_id!);
  }
  return out;
}

/**
 * Checks (and with `apply`, imports) a roster. Nothing is written when any row has an error.
 * With `replace`, people of the file's units who are not in the file leave those rosters.
 */
export async function importRoster(
  actor: StaffUser,
  scope: Scope,
  table: Table,
  opts: { defaultUnit: string | null; apply: boolean; replace: boolean },
  now = new Date(),
  db: Db = getDb(),
): Promise<RosterPreview & { imported: boolean; removed: number }> {
  if (opts.defaultUnit && !inScope(scope, opts.defaultUnit)) throw new HttpProblem(404, t('staff.unit.notFound'));
  const units = await loadUnitIndex(db);
  // NIPs of the file as digits, for the look-up of where they are now.
  const candidates = [...new Set(table.rows.flatMap((r) => r.cells.map((c) => normalizeNipInput(c))).filter((c) => /^\d{18}$/.test(c)))];
  const preview = validateRoster(table, { defaultUnit: opts.defaultUnit, units, scope, currentUnitOf: await currentUnits(db, candidates), now });
  if (!opts.apply || preview.errors.length) return { ...preview, imported: false, removed: 0 };
  let removed = 0;
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    for (let i = 0; i < preview.rows.length; i += 400) {
      const part = preview.rows.slice(i, i + 400);
      await trx
        .insertInto('roster_entries')
        .values(part.map((r) => ({ nip: r.nip, unit_id: r.unitId, name: r.name, jabatan: r.jabatan, kind: r.kind, imported_at: at, imported_by: actor.id })))
        .onConflict((oc) =>
          oc.column('nip').doUpdateSet((eb) => ({
            unit_id: eb.ref('excluded.unit_id'),
            name: eb.ref('excluded.name'),
            jabatan: eb.ref('excluded.jabatan'),
            kind: eb.ref('excluded.kind'),
            imported_at: eb.ref('excluded.imported_at'),
            imported_by: eb.ref('excluded.imported_by'),
          })),
        )
        .execute();
    }
    const left: string[] = [];
    if (opts.replace) {
      for (const unitId of Object.keys(preview.perUnit)) {
        const keep = new Set(preview.rows.filter((r) => r.unitId === unitId).map((r) => r.nip));
        const gone = (await trx.selectFrom('roster_entries').select('nip').where('unit_id', '=', unitId).execute()).map((r) => r.nip).filter((n) => !keep.has(n));
        for (let i = 0; i < gone.length; i += 500) {
          const res = await trx.deleteFrom('roster_entries').where('nip', 'in', gone.slice(i, i + 500)).executeTakeFirst();
          removed += Number(res.numDeletedRows);
        }
        left.push(...gone);
      }
    }
    // Learners who already identified are linked to their roster unit at once.
    for (const unitId of Object.keys(preview.perUnit)) {
      const list = preview.rows.filter((r) => r.unitId === unitId).map((r) => r.nip);
      for (let i = 0; i < list.length; i += 500) {
        await trx.updateTable('learners').set({ unit_id: unitId }).where('nip', 'in', list.slice(i, i + 500)).execute();
      }
    }
    // The roster decides the kind of number; the certificate prints what the learner row says.
    for (const kind of ['pns', 'pppk'] as const) {
      const list = preview.rows.filter((r) => r.kind === kind).map((r) => r.nip);
      for (let i = 0; i < list.length; i += 500) {
        await trx.updateTable('learners').set({ kind }).where('nip', 'in', list.slice(i, i + 500)).execute();
      }
    }
    await refreshLearnerSummary(trx, { nips: [...preview.rows.map((r) => r.nip), ...left] });
    await audit(trx, actor.id, 'roster.import', null, { rows: preview.rows.length, perUnit: preview.perUnit, replace: opts.replace, removed }, now);
  });
  return { ...preview, imported: true, removed };
}

/** Whether a unit has a roster at all. */
export async function unitHasRoster(unitId: string, db: Db = getDb()): Promise<boolean> {
  return (await rosterProbe(db, { unitId })).rows.length > 0;
}
// Prepared: a join to a session of a unit with no units below it asks this.
const rosterProbe = prepare((db, p: { unitId: string }) => db.selectFrom('roster_entries').select('nip').where('unit_id', '=', p.unitId).limit(1));

/** A NIP's roster row as identification needs it; null when the NIP is on no roster. */
export type RosterListing = { unit_id: string; kind?: string | null } | null;

/**
 * The roster row of a NIP (digits), read once: identifying someone asks for its status, its unit
 * and whether it is within a session's units, so the callers pass the one row along.
 */
export async function rosterListing(nip: string, db: Db = getDb()): Promise<RosterListing> {
  if (!/^\d{18}$/.test(nip)) return null;
  return (await listingQuery(db, { nip })).rows[0] ?? null;
}
// Prepared: every join of a hall reads it.
const listingQuery = prepare((db, p: { nip: string }) => db.selectFrom('roster_entries').select(['unit_id', 'kind']).where('nip', '=', p.nip));

/** The kind of number (PNS/PPPK) of a roster row, if it is listed with one. */
export const listedKind = (r: RosterListing): 'pns' | 'pppk' | undefined => (r?.kind === 'pppk' || r?.kind === 'pns' ? r.kind : undefined);

/**
 * Whether a NIP may take part in a session of `unitId`: it is on the roster of that unit or of a
 * unit below it; a NIP on another unit's roster is outside; a NIP on no roster passes only when no
 * unit of the tree has a roster (then nobody can be checked).
 */
export async function isOnRosterWithin(unitId: string, nip: string, db: Db = getDb(), listing?: RosterListing): Promise<boolean> {
  const tree = await unitSubtree(unitId, db);
  const listed = listing === undefined ? await rosterListing(nip, db) : listing;
  if (listed) return tree.has(listed.unit_id);
  // One unit (a KUA, a madrasah: most sessions) takes the prepared probe.
  if (tree.size === 1) return !(await unitHasRoster(unitId, db));
  return !(await db.selectFrom('roster_entries').select('nip').where('unit_id', 'in', [...tree]).limit(1).executeTakeFirst());
}
