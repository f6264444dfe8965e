/**
 * The issuer printed on certificates, set at run time by the admin (`/staf/pengaturan`): the
 * institution (scope '*') and per-unit overrides, so a Kankemenag or a Kanwil issues under its own
 * head for its own people. An override applies to the unit and every unit below it; the nearest
 * one wins, field by field. Images are stored once by hash (issuer_assets) and never changed.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { parseNip } from '../../lib/nip.ts';
import { DEFAULT_TIME_ZONE, isTimeZoneId, zoneOfUnit, type TimeZoneId } from '../../lib/local-time.ts';
import { getDb, type Db } from '../db/index.ts';
import { HttpProblem } from '../http.ts';
import { audit } from '../hr/audit.ts';
import { t } from '../../i18n/index.ts';

export const GLOBAL_SCOPE = '*';
/** Largest logo or signature image accepted. */
export const MAX_IMAGE_BYTES = 512 * 1024;

const text = (max: number) => z.string().trim().max(max);

/** A person signing (or acknowledging) certificates. */
export const personSchema = z.object({
  /** Full name with titles, as printed. */
  name: text(120).min(1),
  /** NIP of the person (18 digits); empty when not applicable. */
  nip: z.string().trim().default(''),
  /** Position, e.g. "Kepala Kantor Kementerian Agama Kabupaten Tabalong". */
  title: text(160).min(1),
});
export type Person = z.infer<typeof personSchema>;

/** What the institution sets; an override sets any subset of it. */
export const issuerSchema = z.object({
  /** Name of the issuing institution (also the Open Badge issuer's name). */
  institution: text(160).min(1),
  /** Kop lines under the institution's name (address, phone, site), at most four. */
  kop: z.array(text(160)).max(4),
  /** Logo: SHA-256 id of an issuer_assets row, or null. */
  logo: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** City printed before the date ("Tanjung, 7 Desember 2026"). */
  city: text(80).min(1),
  /** Who signs. */
  signatory: personSchema,
  /** Signature image: SHA-256 id of an issuer_assets row, or null. */
  signature: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** Who acknowledges ("Mengetahui"), printed beside the signatory; null for none. */
  mengetahui: personSchema.nullable(),
});
export type IssuerSettings = z.infer<typeof issuerSchema>;
export const overrideSchema = issuerSchema.partial();
export type IssuerOverride = z.infer<typeof overrideSchema>;

/** Defaults on first start, before the admin sets anything. */
export const DEFAULT_ISSUER: IssuerSettings = {
  institution: 'Netral — Pelatihan Netralitas ASN',
  kop: [],
  logo: null,
  city: 'Jakarta',
  signatory: { name: 'Penanggung Jawab Pelatihan', nip: '', title: 'Penyelenggara Pelatihan' },
  signature: null,
  mengetahui: null,
};

/** The issuer of one certificate, as printed (stored with the certificate, never changed). */
export interface EffectiveIssuer extends IssuerSettings {
  /** The unit whose override applied, if any. */
  unitId: string | null;
  timeZone: TimeZoneId;
}

function checkPerson(p: Person | null | undefined, field: string) {
  if (!p || !p.nip) return;
  const r = parseNip(p.nip);
  if (!r.ok) throw new HttpProblem(422, t('issuer.badNip', { message: r.error.message }), { [field]: r.error.message });
  p.nip = r.value.nip;
}

/** Validates settings from the form; throws a 422 with an Indonesian message. */
export function validateIssuer(input: unknown, partial: boolean): IssuerOverride {
  const r = (partial ? overrideSchema : issuerSchema).safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new HttpProblem(422, t('issuer.invalid', { field: t(`issuer.field.${String(issue.path[0])}`) }));
  }
  checkPerson(r.data.signatory, 'signatoryNip');
  checkPerson(r.data.mengetahui, 'mengetahuiNip');
  return r.data;
}

/** Checks an uploaded image: PNG (by signature) or SVG without scripts, at most MAX_IMAGE_BYTES. */
export function checkImage(bytes: Uint8Array): { mime: 'image/png' | 'image/svg+xml' } {
  if (bytes.length > MAX_IMAGE_BYTES) throw new HttpProblem(413, t('issuer.imageTooLarge', { kb: MAX_IMAGE_BYTES / 1024 }));
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return { mime: 'image/png' };
  let svg: string;
  try {
    svg = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(415, t('issuer.notImage'));
  }
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(svg)) throw new HttpProblem(415, t('issuer.notImage'));
  if (/<script|\son\w+\s*=|javascript:|<foreignObject/i.test(svg)) throw new HttpProblem(415, t('issuer.svgScript'));
  return { mime: 'image/svg+xml' };
}

/** Stores an image once (by hash) and returns its id. */
export async function storeImage(bytes: Uint8Array, db: Db = getDb(), now = new Date()): Promise<string> {
  const { mime } = checkImage(bytes);
  const id = createHash('sha256').update(bytes).digest('hex');
  await db.insertInto('issuer_assets').values({ id, mime, data: Buffer.from(bytes).toString('base64'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('id').doNothing()).execute();
  return id;
}

export async function loadImage(id: string, db: Db = getDb()): Promise<{ mime: string; bytes: Uint8Array } | undefined> {
  const r = await db.selectFrom('issuer_assets').select(['mime', 'data']).where('id', '=', id).executeTakeFirst();
  return r ? { mime: r.mime, bytes: new Uint8Array(Buffer.from(r.data, 'base64')) } : undefined;
}

/** The settings rows: the institution and the overrides by unit id (all, or those of `units` only). */
export async function loadSettings(db: Db = getDb(), units?: readonly string[]): Promise<{ global: IssuerSettings; overrides: Map<string, IssuerOverride> }> {
  let q = db.selectFrom('issuer_settings').select(['scope', 'data']);
  if (units) q = q.where('scope', 'in', [GLOBAL_SCOPE, ...units]);
  const rows = await q.execute();
  let global = DEFAULT_ISSUER;
  const overrides = new Map<string, IssuerOverride>();
  for (const r of rows) {
    const data = JSON.parse(r.data);
    if (r.scope === GLOBAL_SCOPE) global = { ...DEFAULT_ISSUER, ...issuerSchema.partial().parse(data) };
    else overrides.set(r.scope, overrideSchema.parse(data));
  }
  return { global, overrides };
}

export type UnitTree = Map<string, { parent_id: string | null; time_zone?: string | null }>;

export async function loadUnitTree(db: Db = getDb()): Promise<UnitTree> {
  const rows = await db.selectFrom('units').select(['id', 'parent_id', 'time_zone']).execute();
  return new Map(rows.map((u) => [u.id, u]));
}

/**
 * A unit and its ancestors: all that its zone and its issuer depend on. Issuing a certificate
 * read every unit of the ministry (736) for this before. The depth bound ends a cycle.
 */
export async function loadUnitChain(unitId: string | null | undefined, db: Db = getDb()): Promise<UnitTree> {
  if (!unitId) return new Map();
  const { rows } = await sql<{ id: string; parent_id: string | null; time_zone: string | null }>`
    WITH RECURSIVE chain(id, parent_id, time_zone, depth) AS (
      SELECT id, parent_id, time_zone, 0 FROM units WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id, u.time_zone, c.depth + 1 FROM units u JOIN chain c ON u.id = c.parent_id WHERE c.depth < 64
    )
    SELECT id, parent_id, time_zone FROM chain`.execute(db);
  return new Map(rows.map((u) => [u.id, u]));
}

/** The issuer for a unit (pure): the institution, then each override from the top unit down. */
export function resolveIssuer(unitId: string | null | undefined, global: IssuerSettings, overrides: ReadonlyMap<string, IssuerOverride>, tree: UnitTree): EffectiveIssuer {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let id = unitId ?? null; id && !seen.has(id) && tree.has(id); id = tree.get(id)!.parent_id) {
    seen.add(id);
    chain.unshift(id);
  }
  let out: IssuerSettings = { ...global };
  let from: string | null = null;
  for (const id of chain) {
    const o = overrides.get(id);
    if (!o) continue;
    out = { ...out, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) };
    from = id;
  }
  return { ...out, unitId: from, timeZone: zoneOfUnit(unitId, tree) };
}

/** The issuer of a unit's people, read from the database. */
export async function issuerForUnit(unitId: string | null | undefined, db: Db = getDb()): Promise<EffectiveIssuer> {
  const tree = await loadUnitChain(unitId, db);
  const { global, overrides } = await loadSettings(db, [...tree.keys()]);
  return resolveIssuer(unitId, global, overrides, tree);
}

/** The time zone of a unit (inherited); the default zone when there is no unit. */
export async function timeZoneOfUnit(unitId: string | null | undefined, db: Db = getDb()): Promise<TimeZoneId> {
  if (!unitId) return DEFAULT_TIME_ZONE;
  return zoneOfUnit(unitId, await loadUnitChain(unitId, db));
}

/**
 * Saves the institution (scope '*') or a unit's override, with its new images and (for a unit)
 * its time zone, in one transaction with the audit entries.
 */
export async function saveIssuer(
  scope: string,
  data: IssuerOverride,
  actorId: string,
  db: Db = getDb(),
  now = new Date(),
  extra: { uploads?: { id: string; bytes: Uint8Array }[]; timeZone?: string | null } = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (scope !== GLOBAL_SCOPE) {
      const unit = await trx.selectFrom('units').select(['id', 'time_zone']).where('id', '=', scope).executeTakeFirst();
      if (!unit) throw new HttpProblem(404, t('issuer.unknownUnit'));
      if (extra.timeZone !== undefined && (unit.time_zone ?? null) !== extra.timeZone) {
        if (extra.timeZone !== null && !isTimeZoneId(extra.timeZone)) throw new HttpProblem(422, t('issuer.badZone'));
        await trx.updateTable('units').set({ time_zone: extra.timeZone }).where('id', '=', scope).execute();
        await audit(trx, actorId, 'unit.timeZone', scope, { timeZone: extra.timeZone }, now);
      }
    }
    for (const u of extra.uploads ?? []) await storeImage(u.bytes, trx, now);
    const json = JSON.stringify(data);
    const at = now.toISOString();
    if (scope !== GLOBAL_SCOPE && Object.keys(data).length === 0) {
      // Nothing set for the unit: it inherits everything, so no override row is kept.
      const r = await trx.deleteFrom('issuer_settings').where('scope', '=', scope).executeTakeFirst();
      if (Number(r.numDeletedRows) > 0) await audit(trx, actorId, 'issuer.overrideRemove', scope, null, now);
      return;
    }
    await trx.insertInto('issuer_settings').values({ scope, data: json, updated_at: at, updated_by: actorId })
      .onConflict((oc) => oc.column('scope').doUpdateSet({ data: json, updated_at: at, updated_by: actorId })).execute();
    await audit(trx, actorId, scope === GLOBAL_SCOPE ? 'issuer.update' : 'issuer.override', scope === GLOBAL_SCOPE ? null : scope, data, now);
  });
}

/** Removes a unit's override (its people fall back to the parent's issuer); audited. */
export async function removeOverride(scope: string, actorId: string, db: Db = getDb(), now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('issuer_settings').where('scope', '=', scope).execute();
    await audit(trx, actorId, 'issuer.overrideRemove', scope, null, now);
  });
}

/** Sets a unit's time zone (null: inherit); refuses anything but the three zones. Audited. */
export async function setUnitTimeZone(unitId: string, zone: string | null, actorId: string, db: Db = getDb(), now = new Date()): Promise<void> {
  if (zone !== null && !isTimeZoneId(zone)) throw new HttpProblem(422, t('issuer.badZone'));
  await db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('units').set({ time_zone: zone }).where('id', '=', unitId).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new HttpProblem(404, t('issuer.unknownUnit'));
    await audit(trx, actorId, 'unit.timeZone', unitId, { timeZone: zone }, now);
  });
}
