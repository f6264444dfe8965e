/**
 * Reading the tables HR uploads: CSV (`,` or `;`, UTF-8 with or without BOM) and XLSX (the first
 * worksheet). Everything becomes rows of trimmed strings; a header row names the columns.
 */
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { HttpProblem, readBody } from '../http.ts';
import { t } from '../../i18n/index.ts';
import { checkXlsxSize } from './zip-guard.ts';

export interface Table {
  /** Header names, lower-cased and trimmed. */
  header: string[];
  /** Data rows with their line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Decodes CSV text: a BOM is dropped; anything that is not UTF-8 is refused with advice. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HttpProblem(422, t('staff.file.notUtf8'));
  }
}

/** Splits CSV text into rows; the separator (`,` `;` or tab) is detected from the text. */
export function parseCsv(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const delimiter = [';', ',', '\t'].sort((a, b) => count(b) - count(a))[0];
  const res = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' });
  const fatal = res.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new HttpProblem(422, t('staff.file.brokenCsv', { line: (fatal.row ?? 0) + 1 }));
  return res.data.map((r) => r.map((c) => String(c ?? '').trim()));
}

/** A cell of a worksheet as text. Long numbers lost digits in Excel already: say so, never guess. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : v.toPrecision(6).replace('e+', 'E+');
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  }
  return String(v).trim();
}

export async function parseXlsx(bytes: Uint8Array): Promise<string[][]> {
  // Zip bombs are refused from the zip's directory before anything is parsed (zip-guard.ts).
  checkXlsxSize(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch {
    throw new HttpProblem(422, t('staff.file.brokenXlsx'));
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new HttpProblem(422, t('staff.file.empty'));
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    out[n - 1] = values.map(cellText);
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

/** Reads an uploaded table (XLSX by its signature, CSV otherwise) into header and numbered rows. */
export async function readTable(bytes: Uint8Array, maxRows: number): Promise<Table> {
  const raw = isZip(bytes) ? await parseXlsx(bytes) : parseCsv(decodeCsv(bytes));
  const headerIndex = raw.findIndex((r) => r.some((c) => c !== ''));
  if (headerIndex < 0) throw new HttpProblem(422, t('staff.file.empty'));
  const header = raw[headerIndex].map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const rows: Table['rows'] = [];
  for (let i = headerIndex + 1; i < raw.length; i++) {
    if (raw[i].every((c) => c === '')) continue;
    rows.push({ line: i + 1, cells: raw[i] });
  }
  if (rows.length === 0) throw new HttpProblem(422, t('staff.file.empty'));
  if (rows.length > maxRows) throw new HttpProblem(413, t('staff.file.tooManyRows', { max: maxRows.toLocaleString('id-ID') }));
  return { header, rows };
}

/** The index of the first header among `names`, or -1. */
export function column(header: readonly string[], names: readonly string[]): number {
  const norm = (s: string) => s.replace(/[\s_-]+/g, ' ').trim();
  const want = names.map(norm);
  return header.findIndex((h) => want.includes(norm(h)));
}

/** Largest upload the staff forms accept (below the server's request limit). */
export const UPLOAD_LIMIT = 1000 * 1024;

/**
 * Reads a multipart form of at most `limit` bytes. An oversize body is refused with 413 before it
 * is parsed; a malformed one with 400.
 */
export async function readForm(request: Request, limit = UPLOAD_LIMIT): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) throw new HttpProblem(415, t('staff.file.notForm'));
  const body = await readBody(request, limit, t('staff.file.tooLarge', { max: Math.floor(limit / 1024) }));
  try {
    return await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new HttpProblem(400, t('staff.file.badForm'));
  }
}

/** The uploaded file of a form field, as bytes; 422 when none was chosen. */
export async function formFile(form: FormData, name: string): Promise<Uint8Array> {
  const f = form.get(name);
  if (!f || typeof f === 'string' || f.size === 0) throw new HttpProblem(422, t('staff.file.missing'), { [name]: t('staff.file.missing') });
  return new Uint8Array(await f.arrayBuffer());
}
