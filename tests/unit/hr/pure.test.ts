/** HR's pure parts: reading uploaded tables, roster and unit validation, scope, export formats. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv, readTable } from '../../../src/server/hr/table-file.ts';
import { validateRoster } from '../../../src/server/hr/roster.ts';
import { validateUnits } from '../../../src/server/hr/units.ts';
import { UnitIndex } from '../../../src/server/hr/unit-names.ts';
import { descendants, narrowScope, scopeFor, type UnitNode } from '../../../src/server/auth/scope.ts';
import { completionSheet, ddmmyyyy, siasnSheet, toCsv, toXlsx, zipPdfs } from '../../../src/server/hr/export.ts';
import { weekOf, type Person } from '../../../src/server/hr/dashboard.ts';
import { HttpProblem } from '../../../src/server/http.ts';
import { course } from '../../../src/content/course.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const NIP1 = '198609262015051001';
const NIP2 = '199001012019032002';

const UNITS: UnitNode[] = [
  { id: 'KANWIL', name: 'Kanwil Kemenag Kalsel', parent_id: null },
  { id: 'TABALONG', name: 'Kankemenag Tabalong', parent_id: 'KANWIL' },
  { id: 'KUA-TANJUNG', name: 'KUA Tanjung', parent_id: 'TABALONG' },
  { id: 'BANJAR', name: 'Kankemenag Banjar', parent_id: 'KANWIL' },
  { id: 'KUA-MARTAPURA', name: 'KUA Martapura', parent_id: 'BANJAR' },
];

describe('reading uploaded tables', () => {
  it('reads CSV with ; or , and with or without a BOM alike', async () => {
    const a = await readTable(enc('\uFEFFNIP;Nama;Jabatan\n198609262015051001;Siti Aminah;Guru\n'), 100);
    const b = await readTable(enc('nip,nama,jabatan\r\n"198609262015051001","Siti Aminah",Guru\r\n'), 100);
    expect(a.header).toEqual(['nip', 'nama', 'jabatan']);
    expect(b).toEqual(a);
    expect(a.rows).toEqual([{ line: 2, cells: [NIP1, 'Siti Aminah', 'Guru'] }]);
  });

  it('keeps a separator inside quotes and reports an unclosed quote with its line', () => {
    expect(parseCsv('nama;unit\n"Hj. Siti; S.Ag.";KUA\n')[1]).toEqual(['Hj. Siti; S.Ag.', 'KUA']);
    expect(() => parseCsv('nama;unit\n"Siti;KUA\nAhmad;KUA\n')).toThrow(/rusak/);
  });

  it('refuses text that is not UTF-8 with advice, and an empty file', async () => {
    await expect(readTable(new Uint8Array([0x4e, 0x49, 0x50, 0x0a, 0xe9, 0xff]), 10)).rejects.toThrow(/CSV UTF-8/);
    await expect(readTable(enc('NIP;Nama\n'), 10)).rejects.toThrow(/tidak berisi baris/);
  });

  it('refuses too many rows with 413', async () => {
    const body = 'NIP;Nama\n' + Array.from({ length: 6 }, () => `${NIP1};A B`).join('\n');
    const e = await readTable(enc(body), 5).catch((x) => x);
    expect(e).toBeInstanceOf(HttpProblem);
    expect(e.status).toBe(413);
  });

  it('reads the first worksheet of an XLSX; a NIP stored as a number shows how Excel broke it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(['NIP', 'Nama', 'Kode Unit']);
    ws.addRow([NIP1, 'Siti Aminah', 'KUA-TANJUNG']);
    ws.addRow([Number(NIP1), 'Ahmad', 'KUA-TANJUNG']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const table = await readTable(bytes, 100);
    expect(table.header).toEqual(['nip', 'nama', 'kode unit']);
    expect(table.rows[0].cells).toEqual([NIP1, 'Siti Aminah', 'KUA-TANJUNG']);
    expect(table.rows[1].cells[0]).toBe('1.98609E+17');
  });
});

describe('roster validation', () => {
  const ctx = (over: Partial<Parameters<typeof validateRoster>[1]> = {}) => ({
    defaultUnit: null,
    units: new UnitIndex(UNITS),
    scope: scopeFor({ role: 'operator', unitId: 'TABALONG' }, UNITS),
    currentUnitOf: new Map<string, string>(),
    now: new Date('2026-11-22T00:00:00Z'),
    ...over,
  });

  it('lists every bad row with its reasons in Indonesian and keeps the good ones', async () => {
    const table = await readTable(enc([
      'NIP;Nama;Kode Unit',
      `${NIP1};Siti Aminah;KUA-TANJUNG`,
      '1.98609E+17;Ahmad;KUA-TANJUNG',
      `${NIP1};Siti Lagi;TABALONG`,
      `${NIP2};Budi;KUA-ANTAH`,
      `${NIP2.slice(0, 17)};Rina;TABALONG`,
      `199001012019032003;Dewi;KUA-MARTAPURA`,
      `199001012019032004;;TABALONG`,
    ].join('\n')), 100);
    const r = validateRoster(table, ctx());
    expect(r.rows.map((x) => x.nip)).toEqual([NIP1]);
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.messages.join(' | ')]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(byLine[3]).toMatch(/E\+17|ilmiah|spreadsheet/i);
    expect(byLine[4]).toBe('Ganda: sudah ada di baris 2.');
    expect(byLine[5]).toMatch(/^Unit “KUA-ANTAH” tidak dikenal\./);
    expect(byLine[6]).toMatch(/18/);
    expect(byLine[7]).toBe('Unit KUA-MARTAPURA di luar wewenang Anda.');
    expect(byLine[8]).toMatch(/Nama kosong/);
  });

  it('uses the chosen unit when the file has no unit column, and asks for one otherwise', async () => {
    const table = await readTable(enc(`NIP,Nama\n${NIP1},Siti Aminah\n`), 10);
    expect(validateRoster(table, ctx({ defaultUnit: 'KUA-TANJUNG' })).rows[0].unitId).toBe('KUA-TANJUNG');
    expect(() => validateRoster(table, ctx())).toThrow(/Unit Kerja/);
  });

  it('does not let an operator take a person from a unit outside their scope', async () => {
    const table = await readTable(enc(`NIP;Nama;Kode Unit\n${NIP1};Siti Aminah;KUA-TANJUNG\n`), 10);
    const r = validateRoster(table, ctx({ currentUnitOf: new Map([[NIP1, 'KUA-MARTAPURA']]) }));
    expect(r.errors[0].messages).toEqual(['NIP ini terdaftar di unit lain di luar wewenang Anda.']);
    expect(validateRoster(table, ctx({ currentUnitOf: new Map([[NIP1, 'TABALONG']]) })).errors).toEqual([]);
  });

  it('needs NIP and Nama columns', async () => {
    const table = await readTable(enc('nomor;nama\n1;Siti\n'), 10);
    expect(() => validateRoster(table, ctx())).toThrow(/NIP dan Nama/);
  });
});

describe('unit validation', () => {
  it('accepts a hierarchy listed children first, and updates known units', async () => {
    const table = await readTable(enc('kode;nama;kode_induk\nKUA-X;KUA X;KAB-X\nKAB-X;Kankemenag X;KANWIL\n'), 10);
    const r = validateUnits(table, UNITS);
    expect(r.errors).toEqual([]);
    expect(r.units).toEqual([{ id: 'KUA-X', name: 'KUA X', parent_id: 'KAB-X' }, { id: 'KAB-X', name: 'Kankemenag X', parent_id: 'KANWIL' }]);
  });

  it('rejects unknown parents, loops, bad codes and duplicates with the line', async () => {
    const table = await readTable(enc('kode;nama;kode_induk\nA;Unit A;B\nB;Unit B;A\nC D;Unit C;\nE;Unit E;NOPE\nE;Unit E2;\n'), 10);
    const r = validateUnits(table, []);
    const text = r.errors.map((e) => `${e.line}:${e.messages.join(',')}`);
    expect(text).toContain('2:Susunan induk membentuk lingkaran.');
    expect(text).toContain('3:Susunan induk membentuk lingkaran.');
    expect(text.some((x) => x.startsWith('4:Kode unit'))).toBe(true);
    expect(text).toContain('5:Kode induk NOPE tidak dikenal.');
    expect(text).toContain('6:Ganda: sudah ada di baris 5.');
  });
});

describe('unit scope', () => {
  it('admin sees all; operator their unit and below; facilitator only their unit', () => {
    expect(scopeFor({ role: 'admin', unitId: null }, UNITS)).toEqual({ all: true });
    expect(scopeFor({ role: 'operator', unitId: 'TABALONG' }, UNITS)).toEqual({ all: false, units: ['TABALONG', 'KUA-TANJUNG'] });
    expect(scopeFor({ role: 'operator', unitId: 'KANWIL' }, UNITS).all).toBe(false);
    expect(new Set((scopeFor({ role: 'operator', unitId: 'KANWIL' }, UNITS) as { units: string[] }).units)).toEqual(new Set(UNITS.map((u) => u.id)));
    expect(scopeFor({ role: 'facilitator', unitId: 'TABALONG' }, UNITS)).toEqual({ all: false, units: ['TABALONG'] });
    expect(scopeFor({ role: 'operator', unitId: null }, UNITS)).toEqual({ all: false, units: [] });
    expect(scopeFor({ role: 'operator', unitId: 'GONE' }, UNITS)).toEqual({ all: false, units: [] });
  });

  it('a loop in the data cannot hang the computation', () => {
    const loop: UnitNode[] = [{ id: 'A', name: 'A', parent_id: 'B' }, { id: 'B', name: 'B', parent_id: 'A' }];
    expect(descendants(loop, 'A').sort()).toEqual(['A', 'B']);
  });

  it('a unit filter narrows the scope, and a unit outside it is refused as not found', () => {
    const op = scopeFor({ role: 'operator', unitId: 'TABALONG' }, UNITS);
    expect(narrowScope(op, UNITS, 'KUA-TANJUNG')).toEqual({ all: false, units: ['KUA-TANJUNG'] });
    expect(() => narrowScope(op, UNITS, 'BANJAR')).toThrow(/di luar wewenang/);
    expect(() => narrowScope(op, UNITS, 'KANWIL')).toThrow(HttpProblem);
    expect(narrowScope({ all: true }, UNITS, 'BANJAR')).toEqual({ all: false, units: ['BANJAR', 'KUA-MARTAPURA'] });
  });
});

const person = (over: Partial<Person>): Person => ({
  learnerId: null, kind: null, nip: NIP1, name: 'Siti Aminah', jabatan: 'Guru', unitId: 'KUA-TANJUNG', unitName: 'KUA Tanjung', status: 'completed', score: 85.5,
  certificateNumber: 'NTR-2611-ABCD-EFGH', completedAt: '2026-11-20T03:00:00.000Z', startedAt: '2026-11-02T09:00:00.000Z', claims: JSON.stringify({ jp: 4 }), ...over,
});

describe('exports', () => {
  it('dates as dd-mm-yyyy', () => {
    expect(ddmmyyyy('2026-11-02T09:00:00.000Z')).toBe('02-11-2026');
    // 20:00 UTC is already the next day in WIB (and later still in WIT).
    expect(ddmmyyyy('2026-11-30T20:00:00.000Z')).toBe('01-12-2026');
    expect(ddmmyyyy('2026-11-30T14:00:00.000Z', 'Asia/Jayapura')).toBe('30-11-2026');
    expect(ddmmyyyy('2026-11-30T15:30:00.000Z', 'Asia/Jayapura')).toBe('01-12-2026');
    expect(ddmmyyyy(null)).toBe('');
  });

  it('CSV: BOM, chosen separator, NIP grouped as text, no formulas from data, decimal comma with ;', () => {
    const sheet = completionSheet([person({ name: '=HYPERLINK("x")', jabatan: 'Guru; Wali Kelas' })]);
    const semi = toCsv(sheet, ';');
    expect(semi.startsWith('\uFEFFNIP;Nama;')).toBe(true);
    const row = Papa.parse<string[]>(semi.slice(1), { delimiter: ';' }).data[1];
    expect(row[0]).toBe('19860926 201505 1 001');
    expect(row[1]).toBe('\'=HYPERLINK("x")');
    expect(row[2]).toBe('Guru; Wali Kelas');
    expect(row[5]).toBe('Selesai');
    expect(row[6]).toBe('85,5');
    expect(row[8]).toBe('20-11-2026');
    const comma = toCsv(sheet, ',');
    expect(Papa.parse<string[]>(comma.slice(1), { delimiter: ',' }).data[1][6]).toBe('85.5');
    expect(comma.split('\r\n')).toHaveLength(3);
  });

  it('SIASN layout: only valid certificates, course, organiser, JP, number, dates, NIP, name', () => {
    const s = siasnSheet([person({}), person({ nip: NIP2, status: 'in_progress', certificateNumber: null, completedAt: null })]);
    expect(s.columns.map((c) => c.header)).toEqual(['NIP', 'Nama', 'Nama Kursus/Diklat', 'Institusi Penyelenggara', 'Jumlah Jam (JP)', 'Nomor Sertifikat', 'Tanggal Mulai', 'Tanggal Selesai']);
    // Organiser: the issuing unit; start: the first activity; end: the day of the pass.
    expect(s.rows).toEqual([{ nip: NIP1, kind: null, name: 'Siti Aminah', course: course.title, organiser: 'KUA Tanjung', jp: 4, certificate: 'NTR-2611-ABCD-EFGH', start: '02-11-2026', end: '20-11-2026' }]);
  });

  it('XLSX parses back to the same rows, with the NIP as text', async () => {
    const bytes = await toXlsx(completionSheet([person({}), person({ nip: NIP2, name: 'Budi', status: 'not_started', score: null, certificateNumber: null, completedAt: null })]), 'Penyelesaian');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Penyelesaian');
    expect(ws.getRow(2).getCell(1).value).toBe(NIP1);
    expect(ws.getRow(3).getCell(1).value).toBe(NIP2);
    expect(ws.getRow(3).getCell(6).value).toBe('Belum mulai');
    expect(ws.getRow(2).getCell(7).value).toBe(85.5);
    expect(ws.rowCount).toBe(3);
  });

  it('ZIP holds one PDF per certificate, named by number and NIP', () => {
    const z = unzipSync(zipPdfs([{ number: 'N1', nip: NIP1, pdf: enc('%PDF-1') }, { number: 'N2', nip: NIP2, pdf: enc('%PDF-2') }]));
    expect(Object.keys(z).sort()).toEqual([`sertifikat-N1-${NIP1}.pdf`, `sertifikat-N2-${NIP2}.pdf`]);
    expect(new TextDecoder().decode(z[`sertifikat-N2-${NIP2}.pdf`])).toBe('%PDF-2');
  });

  it('weeks start on Monday', () => {
    expect(weekOf('2026-11-22')).toBe('2026-11-16');
    expect(weekOf('2026-11-16')).toBe('2026-11-16');
  });
});
