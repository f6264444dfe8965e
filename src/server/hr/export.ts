/**
 * Exports of completions: CSV that opens correctly in Excel (UTF-8 BOM; `;` for an Indonesian
 * locale, `,` otherwise), XLSX, the SIASN training-history layout, and a ZIP of certificate PDFs.
 * The formatting functions are pure; the routes feed them rows from dashboard.people().
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { course } from '../../content/course.ts';
import type { Person, Status } from './dashboard.ts';
import { formatNip } from '../../lib/nip.ts';
import { unitTimeZone } from './local-time.ts';
import { t } from '../../i18n/index.ts';

export interface Sheet {
  columns: { header: string; key: string; text?: boolean; width?: number }[];
  rows: Record<string, string | number | null>[];
}

/** "2026-11-22T…" → "22-11-2026": the day in the unit's time zone (WIB unless told). */
export function ddmmyyyy(iso: string | null | undefined, timeZone = 'Asia/Jakarta'): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || iso.length <= 10) {
    const [y, m, d] = iso.slice(0, 10).split('-');
    return `${d}-${m}-${y}`;
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year}`;
}

/** A spreadsheet must not run a cell as a formula (CSV injection): such text gets a leading quote. */
export function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csvField(v: string, sep: string): string {
  return /["\r\n]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * CSV with a BOM (so Excel reads UTF-8) and CRLF line ends. A NIP is written in its official
 * grouping ("19860926 201505 1 001"; an NI PPPK "19951123 2022 21 2 008", from the row's `kind`):
 * with the spaces neither Excel nor LibreOffice takes it for a number, so both show every digit
 * (="…" kept the digits in Excel but showed literally in LibreOffice). The roster importer reads
 * the grouped form, ="…" and plain digits alike.
 */
export function toCsv(sheet: Sheet, sep: ';' | ','): string {
  const lines = [sheet.columns.map((c) => csvField(c.header, sep)).join(sep)];
  for (const row of sheet.rows) {
    lines.push(
      sheet.columns
        .map((c) => {
          const v = row[c.key];
          if (v === null || v === undefined) return '';
          if (typeof v === 'number') return sep === ';' ? String(v).replace('.', ',') : String(v);
          if (c.text && /^\d{18}$/.test(v)) return formatNip(v, row.kind === 'pppk' ? 'pppk' : 'pns');
          return csvField(safeCell(v), sep);
        })
        .join(sep),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function toXlsx(sheet: Sheet, name: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Netral';
  const ws = wb.addWorksheet(name.slice(0, 31));
  ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length + 2), style: c.text ? { numFmt: '@' } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of sheet.rows) {
    const clean: Record<string, string | number | null> = {};
    for (const c of sheet.columns) {
      const v = row[c.key];
      clean[c.key] = typeof v === 'string' ? safeCell(v) : (v ?? null);
    }
    ws.addRow(clean);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const statusLabel = (s: Status) => t(`staff.status.${s}`);
const jpOf = (p: Person): number | null => {
  if (!p.claims) return null;
  try {
    const jp = (JSON.parse(p.claims) as { jp?: unknown }).jp;
    return typeof jp === 'number' ? jp : null;
  } catch {
    return null;
  }
};

/** The completions sheet: one row per rostered person. */
export function completionSheet(rows: readonly Person[]): Sheet {
  return {
    columns: [
      { header: 'NIP', key: 'nip', text: true, width: 22 },
      { header: 'Nama', key: 'name', width: 32 },
      { header: 'Jabatan', key: 'jabatan', width: 28 },
      { header: 'Kode Unit', key: 'unitId', width: 16 },
      { header: 'Unit', key: 'unitName', width: 32 },
      { header: 'Status Penyelesaian', key: 'status', width: 18 },
      { header: 'Nilai', key: 'score' },
      { header: 'Nomor Sertifikat', key: 'certificate', width: 24 },
      { header: 'Tanggal Selesai', key: 'completed', width: 16 },
      { header: 'Jenis ASN', key: 'kindLabel', width: 10 },
    ],
    rows: rows.map((p) => ({
      kind: p.kind, kindLabel: p.kind === 'pppk' ? 'PPPK' : p.kind === 'pns' ? 'PNS' : '',
      nip: p.nip, name: p.name, jabatan: p.jabatan ?? '', unitId: p.unitId, unitName: p.unitName, status: statusLabel(p.status),
      score: p.score, certificate: p.certificateNumber ?? '', completed: ddmmyyyy(p.completedAt, unitTimeZone(p.unitId)),
    })),
  };
}

/**
 * The organiser SIASN records for a person's training: the issuing unit. TODO(merge with the
 * issuer settings of the "cert" branch): read the issuing unit's name from the issuer settings;
 * until then it is the name of the person's unit.
 */
export function siasnOrganiser(p: Pick<Person, 'unitId' | 'unitName'>): string {
  return p.unitName || course.issuer.name;
}

/**
 * SIASN's training history (riwayat kursus/diklat): course name, organiser, JP, certificate
 * number, start date (the learner's first activity) and end date (the day they passed), as
 * dd-mm-yyyy in the unit's time zone, NIP and name. Only people with a valid certificate.
 */
export function siasnSheet(rows: readonly Person[]): Sheet {
  return {
    columns: [
      { header: 'NIP', key: 'nip', text: true, width: 22 },
      { header: 'Nama', key: 'name', width: 32 },
      { header: 'Nama Kursus/Diklat', key: 'course', width: 40 },
      { header: 'Institusi Penyelenggara', key: 'organiser', width: 36 },
      { header: 'Jumlah Jam (JP)', key: 'jp' },
      { header: 'Nomor Sertifikat', key: 'certificate', width: 24 },
      { header: 'Tanggal Mulai', key: 'start', width: 14 },
      { header: 'Tanggal Selesai', key: 'end', width: 14 },
    ],
    rows: rows
      .filter((p) => p.status === 'completed' && p.certificateNumber)
      .map((p) => ({
        nip: p.nip, kind: p.kind, name: p.name, course: course.title, organiser: siasnOrganiser(p), jp: jpOf(p),
        certificate: p.certificateNumber, start: ddmmyyyy(p.startedAt ?? p.completedAt, unitTimeZone(p.unitId)), end: ddmmyyyy(p.completedAt, unitTimeZone(p.unitId)),
      })),
  };
}

/** A ZIP of PDFs named by certificate number (PDFs are compressed already: stored as is). */
export function zipPdfs(files: { number: string; nip: string; pdf: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[`sertifikat-${f.number}-${f.nip}.pdf`] = [f.pdf, { level: 0 }];
  return zipSync(entries);
}
