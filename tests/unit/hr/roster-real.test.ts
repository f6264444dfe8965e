/** Rosters as personnel systems export them: unit names, status column, a messy Excel CSV. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/server/hr/table-file.ts';
import { statusKind, validateRoster } from '../../../src/server/hr/roster.ts';
import { normalizeUnitName, UnitIndex } from '../../../src/server/hr/unit-names.ts';
import { scopeFor, type UnitNode } from '../../../src/server/auth/scope.ts';
import { periodLabel, rate, rollUp, totals, weekOf } from '../../../src/server/hr/dashboard.ts';
import { completionSheet, toCsv, toXlsx } from '../../../src/server/hr/export.ts';

const UNITS: UnitNode[] = [
  { id: 'KANWIL-JATIM', name: 'Kanwil Kemenag Prov. Jawa Timur', parent_id: null },
  { id: '3522', name: 'Kankemenag Kab. Bojonegoro', parent_id: 'KANWIL-JATIM' },
  { id: '3522-KAPAS', name: 'KUA Kec. Kapas', parent_id: '3522' },
  { id: '3522-MAN1', name: 'MAN 1 Bojonegoro', parent_id: '3522' },
  { id: '3523', name: 'Kankemenag Kab. Tuban', parent_id: 'KANWIL-JATIM' },
];
const now = new Date('2026-12-06T00:00:00Z');
const ctx = (over: Partial<Parameters<typeof validateRoster>[1]> = {}) => ({
  defaultUnit: null,
  units: new UnitIndex(UNITS),
  scope: scopeFor({ role: 'operator', unitId: '3522' }, UNITS),
  currentUnitOf: new Map<string, string>(),
  now,
  ...over,
});
const fixture = (name: string) => new Uint8Array(fs.readFileSync(new URL(`../../fixtures/roster/${name}`, import.meta.url)));

describe('unit names as people write them', () => {
  it('one key for case, spacing, dots and the long and short forms', () => {
    const k = normalizeUnitName('Kankemenag Kab. Bojonegoro');
    for (const v of ['KANKEMENAG KAB BOJONEGORO', 'Kantor Kementerian Agama Kabupaten Bojonegoro', '  kankemenag   kab.bojonegoro ', 'Kantor Kemenag Kab. Bojonegoro']) {
      expect(normalizeUnitName(v)).toBe(k);
    }
    expect(normalizeUnitName('KUA Kecamatan Kapas')).toBe(normalizeUnitName('Kantor Urusan Agama Kec. Kapas'));
    expect(normalizeUnitName('KUA Kec. Kapas')).not.toBe(normalizeUnitName('KUA Kec. Kapasan'));
  });

  it('resolves a code, a name and an alias; two units of one name need the code', () => {
    const idx = new UnitIndex(UNITS, [{ alias_key: normalizeUnitName('Kemenag Bojonegoro'), unit_id: '3522' }]);
    expect(idx.resolve('3522-KAPAS')).toEqual({ unit: { id: '3522-KAPAS', name: 'KUA Kec. Kapas' } });
    expect(idx.resolve('kua kecamatan kapas')).toEqual({ unit: { id: '3522-KAPAS', name: 'KUA Kec. Kapas' } });
    expect(idx.resolve('KEMENAG BOJONEGORO')).toEqual({ unit: { id: '3522', name: 'Kankemenag Kab. Bojonegoro' } });
    expect(idx.resolve('KUA Kec. Antah')).toEqual({ unknown: true });
    const twins = new UnitIndex([...UNITS, { id: 'X', name: 'KUA Kecamatan Kapas' }]);
    expect('ambiguous' in twins.resolve('KUA Kec. Kapas')).toBe(true);
    expect(idx.closest('KUA Kec. Kapaas')?.id).toBe('3522-KAPAS');
    expect(idx.closest('Dinas Perhubungan Provinsi Papua Pegunungan')).toBeNull();
  });

  it('a status column says PNS or PPPK; anything else is named', () => {
    expect(statusKind(' pppk ')).toBe('pppk');
    expect(statusKind('P3K')).toBe('pppk');
    expect(statusKind('CPNS')).toBe('pns');
    expect(statusKind('')).toBe('auto');
    expect(statusKind('honorer')).toBeUndefined();
  });
});

describe('a roster as Indonesian Excel saves it', () => {
  it('gives exactly one precise message per bad row and keeps nothing of it', async () => {
    const table = await readTable(fixture('kemenag-messy.csv'), 100);
    const r = validateRoster(table, ctx());
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.messages]));
    expect(Object.keys(byLine).map(Number)).toEqual([4, 5, 6, 7, 8, 9, 10, 13]);
    for (const m of Object.values(byLine)) expect(m).toHaveLength(1);
    expect(byLine[4][0]).toContain('E+17');
    expect(byLine[5][0]).toContain('September 1987 tidak memiliki tanggal 31');
    expect(byLine[6][0]).toBe('NIP harus 18 digit; yang Anda ketik 17 digit.');
    expect(byLine[7][0]).toContain('Digit ke-15 (jenis kelamin)');
    expect(byLine[8][0]).toContain('lebih awal dari usia 18 tahun');
    expect(byLine[9][0]).toContain('masih di masa depan');
    expect(byLine[10][0]).toBe('Ganda: sudah ada di baris 3.');
    expect(byLine[13][0]).toBe('Unit “KUA Kec. Kapaas Baru” tidak dikenal. Mungkin maksud Anda “KUA Kec. Kapas” (kode 3522-KAPAS)?');
    expect(r.unknownUnits).toEqual([{ name: 'KUA Kec. Kapaas Baru', lines: [13], suggestion: { id: '3522-KAPAS', name: 'KUA Kec. Kapas' } }]);
    // Titles, commas, apostrophes and a quoted ";" arrive intact.
    expect(r.rows.find((x) => x.line === 2)).toMatchObject({ name: 'Dr. H. Ahmad Fauzi, S.Ag., M.Pd.I.', unitId: '3522', kind: 'pns' });
    expect(r.rows.find((x) => x.line === 3)).toMatchObject({ nip: '199003152019032004', name: 'Siti Nur\'aini, S.H.', jabatan: 'Penyuluh Agama; Ahli Pertama', unitId: '3522-KAPAS' });
  });

  it('the fixed file is read with the right units and kinds', async () => {
    const r = validateRoster(await readTable(fixture('kemenag-fixed.csv'), 100), ctx());
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(12);
    const of = (line: number) => r.rows.find((x) => x.line === line)!;
    expect(of(11)).toMatchObject({ kind: 'pppk', unitId: '3522-KAPAS' });
    expect(of(12)).toMatchObject({ kind: 'pppk', unitId: '3522-MAN1', name: "O'Neil Hakim, A.Md." });
    expect(of(8)).toMatchObject({ kind: 'pns', unitId: '3522' });
    expect(r.perUnit).toEqual({ '3522': 3, '3522-KAPAS': 6, '3522-MAN1': 3 });
  });

  it('a unit chosen on the form fills rows without a unit; a status PPPK decides the kind', async () => {
    const table = await readTable(new TextEncoder().encode('NIP;Nama;Status;Unit Kerja\r\n199003152021212003;Ani;PPPK;\r\n198609262015051001;Budi;;KUA Kec. Kapas\r\n199003152021212004;Citra;honorer;\r\n'), 10);
    const r = validateRoster(table, ctx({ defaultUnit: '3522-MAN1' }));
    expect(r.rows.map((x) => [x.unitId, x.kind])).toEqual([['3522-MAN1', 'pppk'], ['3522-KAPAS', 'pns']]);
    expect(r.errors[0].messages).toEqual(['Status “honorer” tidak dikenal: isi PNS atau PPPK (atau kosongkan).']);
  });

  it('a unit outside the operator’s scope is refused by name as by code', async () => {
    const table = await readTable(new TextEncoder().encode('NIP;Nama;Unit\n198609262015051001;Budi;Kantor Kementerian Agama Kabupaten Tuban\n'), 10);
    expect(validateRoster(table, ctx()).errors[0].messages).toEqual(['Unit 3523 di luar wewenang Anda.']);
  });
});

describe('dashboard figures as people read them', () => {
  it('week labels name the ISO week and its days; months are written out', () => {
    expect(periodLabel(weekOf('2026-12-02'), 'week')).toBe('Minggu 49 (30 Nov–6 Des 2026)');
    expect(periodLabel('2026-12-07', 'week')).toBe('Minggu 50 (7–13 Des 2026)');
    expect(periodLabel(weekOf('2026-01-01'), 'week')).toBe('Minggu 1 (29 Des 2025–4 Jan 2026)');
    expect(periodLabel('2026-12', 'month')).toBe('Desember 2026');
  });

  it('percentages are rounded, not truncated', () => {
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(999, 1000)).toBe(99.9);
    expect(rate(19999, 20000)).toBe(100);
    expect(rate(0, 0)).toBeNull();
  });

  it('a Kankemenag row rolls up its KUA and madrasah; totals count each person once', () => {
    const c = (roster: number, completed: number) => ({ roster, completed, inProgress: 0, notStarted: roster - completed, offRoster: 0 });
    const own = new Map([['3522', c(10, 5)], ['3522-KAPAS', c(4, 4)], ['3522-MAN1', c(6, 0)], ['3523', c(2, 1)]]);
    const all = rollUp(UNITS, own, { all: true }, true);
    expect(all.map((u) => [u.unitId, u.depth, u.roster, u.completed])).toEqual([
      ['KANWIL-JATIM', 0, 22, 10], ['3522', 1, 20, 9], ['3522-KAPAS', 2, 4, 4], ['3522-MAN1', 2, 6, 0], ['3523', 1, 2, 1],
    ]);
    expect(all[1].rate).toBe(45);
    expect(totals(all)).toMatchObject({ roster: 22, completed: 10 });
    const alone = rollUp(UNITS, own, { all: true }, false);
    expect(alone.find((u) => u.unitId === '3522')).toMatchObject({ roster: 10, completed: 5, rate: 50 });
    expect(alone.some((u) => u.unitId === 'KANWIL-JATIM')).toBe(false);
    // An operator of one Kankemenag sees their subtree with their unit at the top.
    const op = rollUp(UNITS, own, { all: false, units: ['3522', '3522-KAPAS', '3522-MAN1'] }, true);
    expect(op.map((u) => [u.unitId, u.depth, u.roster])).toEqual([['3522', 0, 20], ['3522-KAPAS', 1, 4], ['3522-MAN1', 1, 6]]);
  });
});

describe('the app’s own exports go back in as a roster', () => {
  const base = { learnerId: null, jabatan: 'Guru', status: 'completed' as const, score: 85.5, certificateNumber: 'NTR-2611-ABCD-EFGH', completedAt: '2026-11-20T03:00:00.000Z', startedAt: '2026-11-02T09:00:00.000Z', claims: null };
  const rows = [
    { ...base, kind: 'pns', nip: '198609262015051001', name: 'Dr. H. Ahmad Fauzi, S.Ag.', unitId: '3522', unitName: 'Kankemenag Kab. Bojonegoro' },
    { ...base, kind: 'pppk', nip: '199511232022212008', name: "Lailatul O'Neil", unitId: '3522-KAPAS', unitName: 'KUA Kec. Kapas' },
    // PPPK by the roster's word, without the NI PPPK layout: the "Jenis ASN" column carries it back.
    { ...base, kind: 'pppk', nip: '199001012019032005', name: 'Rina', unitId: '3522-MAN1', unitName: 'MAN 1 Bojonegoro', status: 'not_started' as const, score: null, certificateNumber: null, completedAt: null },
  ];
  const expectClean = (r: ReturnType<typeof validateRoster>) => {
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.nip, x.unitId, x.kind])).toEqual(rows.map((p) => [p.nip, p.unitId, p.kind]));
  };

  it('CSV with ; and with , (NIP grouped), and the old ="…" form', async () => {
    const sheet = completionSheet(rows);
    for (const sep of [';', ','] as const) expectClean(validateRoster(await readTable(new TextEncoder().encode(toCsv(sheet, sep)), 100), ctx()));
    // Earlier versions wrote the NIP as ="…".
    const legacy = toCsv(sheet, ';').split('\r\n').map((line, i) => (i === 0 || !line ? line : line.replace(/^[^;]+/, (cell) => `="${cell.replace(/ /g, '')}"`))).join('\r\n');
    expect(legacy).toContain('="198609262015051001"');
    expectClean(validateRoster(await readTable(new TextEncoder().encode(legacy), 100), ctx()));
  });

  it('XLSX', async () => {
    expectClean(validateRoster(await readTable(await toXlsx(completionSheet(rows), 'Penyelesaian'), 100), ctx()));
  });
});
