/**
 * Times as the people of a unit read them (stored in UTC, shown in WIB, WITA or WIT).
 * unitTimeZone is the one place that decides a unit's zone: until units carry their own zone
 * (the "cert" branch adds it) every unit reads WIB.
 */
const ZONE_LABEL: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** The IANA time zone of a unit. TODO(merge): read the unit's own zone once units have one. */
export function unitTimeZone(_unitId: string | null | undefined): string {
  return 'Asia/Jakarta';
}

/** "6 Desember 2026 20.13 WIB" (or the day only), in the given zone. */
export function formatLocal(iso: string | null | undefined, timeZone: string, withTime = true): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  if (!withTime) return day;
  const time = d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
  return `${day} ${time} ${ZONE_LABEL[timeZone] ?? timeZone}`;
}
