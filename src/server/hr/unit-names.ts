/**
 * Unit names as personnel systems write them. Pure: the roster importer, the alias list and the
 * learner form compare names through normalizeUnitName, and suggest the closest known unit.
 */

/** Long forms and their short canonical form, longest first (applied on whole words). */
const PHRASES: [RegExp, string][] = [
  [/\bkantor wilayah kementerian agama\b/g, 'kanwil kemenag'],
  [/\bkantor kementerian agama\b/g, 'kankemenag'],
  [/\bkantor kemenag\b/g, 'kankemenag'],
  [/\bkantor urusan agama\b/g, 'kua'],
  [/\bkantor wilayah\b/g, 'kanwil'],
  [/\bkementerian agama\b/g, 'kemenag'],
  [/\bkabupaten\b/g, 'kab'],
  [/\bkecamatan\b/g, 'kec'],
  [/\bprovinsi\b/g, 'prov'],
  [/\bmadrasah aliyah negeri\b/g, 'man'],
  [/\bmadrasah tsanawiyah negeri\b/g, 'mtsn'],
  [/\bmadrasah ibtidaiyah negeri\b/g, 'min'],
];

/**
 * The key two spellings of one unit share: case, accents, dots, commas and spacing ignored,
 * "Kabupaten"/"Kab.", "Kecamatan"/"Kec.", "Kantor Kementerian Agama"/"Kankemenag" (and a few
 * more) made one.
 */
export function normalizeUnitName(name: string): string {
  let s = ` ${name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()} `
    .replace(/[.,;:()"'’`/\\_-]+/g, ' ')
    .replace(/\s+/g, ' ');
  for (const [re, short] of PHRASES) s = s.replace(re, short);
  return s.trim();
}

/** Edit distance (insert, delete, replace), bounded work: O(a·b) over two short names. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export interface NamedUnit { id: string; name: string }

/** Finds units by code, by normalised name or by an alias. */
export class UnitIndex {
  private readonly byId = new Map<string, NamedUnit>();
  private readonly byKey = new Map<string, NamedUnit[]>();
  private readonly aliasKey = new Map<string, string>();

  constructor(units: readonly NamedUnit[], aliases: readonly { alias_key: string; unit_id: string }[] = []) {
    for (const { id, name } of units) {
      const u = { id, name };
      this.byId.set(u.id, u);
      const key = normalizeUnitName(u.name);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), u]);
    }
    for (const a of aliases) this.aliasKey.set(a.alias_key, a.unit_id);
  }

  /**
   * The unit a cell names: its code (exactly), else its name or an alias (normalised). Two units
   * with the same normalised name are `ambiguous`: the file must use the code.
   */
  resolve(text: string): { unit: NamedUnit } | { ambiguous: NamedUnit[] } | { unknown: true } {
    const t = text.trim();
    const exact = this.byId.get(t);
    if (exact) return { unit: exact };
    const key = normalizeUnitName(t);
    const named = this.byKey.get(key) ?? [];
    if (named.length === 1) return { unit: named[0] };
    if (named.length > 1) return { ambiguous: named };
    const aliased = this.aliasKey.get(key);
    const unit = aliased ? this.byId.get(aliased) : undefined;
    return unit ? { unit } : { unknown: true };
  }

  /** The known unit whose normalised name is closest to `text` (among `allowed`, when given). */
  closest(text: string, allowed?: (id: string) => boolean): NamedUnit | null {
    const key = normalizeUnitName(text);
    let best: NamedUnit | null = null;
    let bestD = Infinity;
    for (const [k, list] of this.byKey) {
      for (const u of list) {
        if (allowed && !allowed(u.id)) continue;
        const d = editDistance(key, k);
        if (d < bestD) [best, bestD] = [u, d];
      }
    }
    // Beyond half the name's length the "closest" is only noise.
    return best && bestD <= Math.max(3, Math.ceil(key.length / 2)) ? best : null;
  }
}
