/**
 * The exports as LibreOffice (a tool we did not write) reads them: `soffice --headless
 * --convert-to csv` of the app's CSV (both separators) and XLSX shows every NIP's 18 digits,
 * never 1.98609E+17 nor a literal ="…". Needs the Debian package libreoffice-calc-nogui.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { completionSheet, siasnSheet, toCsv, toXlsx } from '../../../src/server/hr/export.ts';
import type { Person } from '../../../src/server/hr/dashboard.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const people: Person[] = [
  { learnerId: null, kind: 'pns', nip: '198609262015051001', name: 'Dr. H. Ahmad Fauzi, S.Ag.', jabatan: 'Kepala; Penghulu', unitId: '3522', unitName: 'Kankemenag Kab. Bojonegoro', status: 'completed', score: 85.5, certificateNumber: 'NTR-2611-ABCD-EFGH', completedAt: '2026-11-20T03:00:00.000Z', startedAt: '2026-11-02T09:00:00.000Z', claims: JSON.stringify({ jp: 4 }) },
  { learnerId: null, kind: 'pppk', nip: '199511232022212008', name: "Lailatul O'Neil", jabatan: 'Guru', unitId: '3522-KAPAS', unitName: 'KUA Kec. Kapas', status: 'completed', score: 90, certificateNumber: 'NTR-2611-WXYZ-KLMN', completedAt: '2026-11-21T03:00:00.000Z', startedAt: '2026-11-03T09:00:00.000Z', claims: JSON.stringify({ jp: 4 }) },
];

/** Converts a file with LibreOffice to CSV (`,` separated, UTF-8) and returns the first column. */
function firstColumnByLibreOffice(file: string, infilter?: string): string[] {
  const out = path.join(dir, 'out');
  const args = ['--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, file];
  execFileSync('soffice', args, { stdio: 'pipe', timeout: 120_000, env: { ...process.env, HOME: dir } });
  const text = fs.readFileSync(path.join(out, path.basename(file).replace(/\.\w+$/, '.csv')), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { delimiter: ',' }).data.slice(1).filter((r) => r.length > 1).map((r) => r[0]);
}
const digits = (cells: string[]) => cells.map((c) => c.replace(/ /g, ''));

describe('LibreOffice shows the NIP digits of every export', { timeout: 120_000 }, () => {
  it('CSV with ;', () => {
    const file = path.join(dir, 'semicolon.csv');
    fs.writeFileSync(file, toCsv(completionSheet(people), ';'));
    const col = firstColumnByLibreOffice(file, 'CSV:59,34,76,1');
    expect(col).toEqual(['19860926 201505 1 001', '19951123 2022 21 2 008']);
    expect(digits(col)).toEqual(people.map((p) => p.nip));
  });

  it('CSV with , (the SIASN layout too)', () => {
    for (const [name, sheet] of [['comma.csv', completionSheet(people)], ['siasn.csv', siasnSheet(people)]] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, toCsv(sheet, ','));
      expect(digits(firstColumnByLibreOffice(file))).toEqual(people.map((p) => p.nip));
    }
  });

  it('XLSX', async () => {
    const file = path.join(dir, 'export.xlsx');
    fs.writeFileSync(file, await toXlsx(completionSheet(people), 'Penyelesaian'));
    expect(firstColumnByLibreOffice(file)).toEqual(people.map((p) => p.nip));
  });
});
