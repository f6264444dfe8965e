/**
 * Local time for people: every date or time a person reads, prints or exports is shown in the
 * time zone of the unit it belongs to (WIB, WITA or WIT); the database keeps UTC. Pure and
 * browser-safe (Intl only).
 */
import { MONTHS } from './months.ts';

/** The three time zones of Indonesia, by IANA id, with the label printed after a time. */
export const TIME_ZONES = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const;

export type TimeZoneId = keyof typeof TIME_ZONES;

/** The zone used when neither a unit nor any of its parents sets one. */
export const DEFAULT_TIME_ZONE: TimeZoneId = 'Asia/Jakarta';

export function isTimeZoneId(value: unknown): value is TimeZoneId {
  return typeof value === 'string' && Object.hasOwn(TIME_ZONES, value);
}

/** Hours ahead of UTC; fixed for every instant from FIXED_OFFSETS_SINCE on. */
export const UTC_OFFSET_HOURS: Record<TimeZoneId, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
/** 1970-01-01: later than the zones' last offset changes (1964), earlier than any data here. */
const FIXED_OFFSETS_SINCE = 0;

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: TimeZoneId): Intl.DateTimeFormat {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    partsCache.set(zone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function toDate(at: Date | string | number): Date {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a time: ${String(at)}`);
  return d;
}

/** The wall-clock parts of an instant in a zone. */
export function localParts(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): LocalParts {
  const ms = toDate(at).getTime();
  // Indonesia keeps no daylight saving: since 1964 each zone is a fixed offset, and adding it is
  // exact (and far cheaper than Intl, which every date on a certificate or an export went through).
  if (ms >= FIXED_OFFSETS_SINCE) {
    const d = new Date(ms + UTC_OFFSET_HOURS[zone] * 3_600_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  }
  const p = Object.fromEntries(formatter(zone).formatToParts(toDate(at)).map((x) => [x.type, x.value]));
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour % 24, minute: +p.minute, second: +p.second };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-07": the local calendar day (ISO order). */
export function localIsoDay(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "07-12-2026": the local day as SIASN and Indonesian spreadsheets expect it. */
export function localDmy(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, zone);
  return `${pad(p.day)}-${pad(p.month)}-${p.year}`;
}

/** "7 Desember 2026" from an instant (in `zone`) or from a "2026-12-07" day. */
export function localDateLong(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) {
    const [y, m, d] = at.split('-').map(Number);
    return `${d} ${MONTHS[m - 1]} ${y}`;
  }
  const p = localParts(at, zone);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "06.30 WITA": the local time of day with its zone label (Indonesian uses a dot). */
export function localTime(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, zone);
  return `${pad(p.hour)}.${pad(p.minute)} ${TIME_ZONES[zone]}`;
}

/** "7 Desember 2026, 06.30 WITA". */
export function localDateTime(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  return `${localDateLong(at, zone)}, ${localTime(at, zone)}`;
}

/** "2026-12-07 06:30 WITA": sortable, for CSV/XLSX and logs. */
export function localStamp(at: Date | string | number, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)} ${TIME_ZONES[zone]}`;
}

/**
 * The zone of a unit: its own, else the nearest parent's, else the default. `units` maps a unit id
 * to its parent and its own (possibly unset) zone; a cycle ends the walk.
 */
export function zoneOfUnit(
  unitId: string | null | undefined,
  units: ReadonlyMap<string, { parent_id: string | null; time_zone?: string | null }>,
): TimeZoneId {
  const seen = new Set<string>();
  let id = unitId ?? null;
  while (id && !seen.has(id)) {
    seen.add(id);
    const u = units.get(id);
    if (!u) break;
    if (isTimeZoneId(u.time_zone)) return u.time_zone;
    id = u.parent_id;
  }
  return DEFAULT_TIME_ZONE;
}
