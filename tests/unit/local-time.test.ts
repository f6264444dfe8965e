import { describe, expect, it } from 'vitest';
import { localDateLong, localDateTime, localDmy, localIsoDay, localParts, localStamp, localTime, zoneOfUnit, isTimeZoneId, TIME_ZONES, type TimeZoneId } from '../../src/lib/local-time.ts';
import { resolveIssuer, DEFAULT_ISSUER } from '../../src/server/certificates/issuer.ts';

const PASS = '2026-12-06T23:30:00.000Z';

describe('local time of a unit', () => {
  it('23:30 UTC is 6 December in UTC but 7 December in WIB, WITA and WIT, with the right label', () => {
    expect(localIsoDay(PASS, 'Asia/Jakarta')).toBe('2026-12-07');
    expect(localTime(PASS, 'Asia/Jakarta')).toBe('06.30 WIB');
    expect(localTime(PASS, 'Asia/Makassar')).toBe('07.30 WITA');
    expect(localTime(PASS, 'Asia/Jayapura')).toBe('08.30 WIT');
    expect(localDateLong(PASS, 'Asia/Makassar')).toBe('7 Desember 2026');
    expect(localDateTime(PASS, 'Asia/Makassar')).toBe('7 Desember 2026, 07.30 WITA');
    expect(localDmy(PASS, 'Asia/Jayapura')).toBe('07-12-2026');
    expect(localStamp(PASS, 'Asia/Jakarta')).toBe('2026-12-07 06:30 WIB');
    // 16:59 UTC is still the same day in WIB (UTC+7), already the next in WIT (UTC+9).
    expect(localIsoDay('2026-12-06T16:59:00Z', 'Asia/Jakarta')).toBe('2026-12-06');
    expect(localIsoDay('2026-12-06T16:59:00Z', 'Asia/Jayapura')).toBe('2026-12-07');
  });

  it('the fixed offsets agree with the time-zone database at every hour boundary from 1970 to 2100', () => {
    const intl = (zone: TimeZoneId) => new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    for (const zone of Object.keys(TIME_ZONES) as TimeZoneId[]) {
      const f = intl(zone);
      // Every 7 days and 1 h 59 min 59 s: over the years this visits every hour of the day and month ends.
      for (let ms = 0; ms < Date.UTC(2100, 0, 1); ms += 7 * 86_400_000 + 7_199_000) {
        const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
        expect(localParts(ms, zone)).toEqual({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second });
      }
    }
  });

  it('a bare day is printed as it is, never shifted', () => {
    expect(localDateLong('2026-08-01')).toBe('1 Agustus 2026');
  });

  it('a unit inherits the nearest zone up its hierarchy, and the default above that', () => {
    const units = new Map([
      ['KANWIL-KALSEL', { parent_id: null, time_zone: 'Asia/Makassar' }],
      ['KANKEMENAG-TABALONG', { parent_id: 'KANWIL-KALSEL', time_zone: null }],
      ['MIN-2-TABALONG', { parent_id: 'KANKEMENAG-TABALONG', time_zone: null }],
      ['KANWIL-PAPUA', { parent_id: null, time_zone: 'Asia/Jayapura' }],
      ['LOOP-A', { parent_id: 'LOOP-B', time_zone: null }],
      ['LOOP-B', { parent_id: 'LOOP-A', time_zone: null }],
    ]);
    expect(zoneOfUnit('MIN-2-TABALONG', units)).toBe('Asia/Makassar');
    expect(zoneOfUnit('KANWIL-PAPUA', units)).toBe('Asia/Jayapura');
    expect(zoneOfUnit('LOOP-A', units)).toBe('Asia/Jakarta');
    expect(zoneOfUnit(null, units)).toBe('Asia/Jakarta');
    expect(isTimeZoneId('Asia/Makassar')).toBe(true);
    expect(isTimeZoneId('Asia/Singapore')).toBe(false);
  });

  it('the issuer of a unit: the institution, then each override from the top down, field by field', () => {
    const units = new Map([
      ['KANWIL-KALSEL', { parent_id: null, time_zone: 'Asia/Makassar' }],
      ['KANKEMENAG-TABALONG', { parent_id: 'KANWIL-KALSEL', time_zone: null }],
      ['MIN-2-TABALONG', { parent_id: 'KANKEMENAG-TABALONG', time_zone: null }],
    ]);
    const kanwilHead = { name: 'Drs. H. Kepala Kanwil', nip: '', title: 'Kepala Kanwil' };
    const overrides = new Map([
      ['KANWIL-KALSEL', { city: 'Banjarmasin', signatory: kanwilHead }],
      ['KANKEMENAG-TABALONG', { city: 'Tanjung', mengetahui: kanwilHead }],
    ]);
    const r = resolveIssuer('MIN-2-TABALONG', DEFAULT_ISSUER, overrides, units);
    expect(r).toMatchObject({ institution: DEFAULT_ISSUER.institution, city: 'Tanjung', signatory: kanwilHead, mengetahui: kanwilHead, unitId: 'KANKEMENAG-TABALONG', timeZone: 'Asia/Makassar' });
    expect(resolveIssuer(null, DEFAULT_ISSUER, overrides, units)).toMatchObject({ city: DEFAULT_ISSUER.city, unitId: null, timeZone: 'Asia/Jakarta' });
  });
});
