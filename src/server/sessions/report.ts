/**
 * The closing documents of a session: the report as PDF (A4, DejaVu fonts as on certificates) and
 * the lists as CSV (UTF-8 BOM, `;`, NIP kept as text; see hr/export.ts).
 */
import { DEFAULT_TIME_ZONE, localDmy, localTime, type TimeZoneId } from '../../lib/local-time.ts';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { fontBytes, tanggalIndonesia } from '../certificates/pdf.ts';
import { toCsv, type Sheet } from '../hr/export.ts';
import { formatNip } from '../../lib/nip.ts';
import { course } from '../../content/course.ts';
import { gainCategory } from '../../quizzes/engine/index.ts';
import type { reportData } from './report-data.ts';
import { t } from '../../i18n/index.ts';

export type ReportData = Awaited<ReturnType<typeof reportData>>;

const INK = rgb(0.1, 0.12, 0.14);
const MUTED = rgb(0.35, 0.38, 0.4);

/** "2026-11-22T03:04:05Z" → "22-11-2026 11.04 WITA": local to the session's unit, zone printed. */
export function timeOf(iso: string | null, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  if (!iso) return '';
  return `${localDmy(iso, zone)} ${localTime(iso, zone)}`;
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(v).replace('.', ','));

function gainText(g: ReportData['gain']): string {
  if (!g || g.meanOfGains === null) return '–';
  return `${num(g.meanOfGains)} (${gainCategory(g.meanOfGains)})`;
}

export async function reportPdf(data: ReportData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  doc.setTitle(`${t('session.report.title')}: ${data.session.title}`);
  doc.setLanguage('id-ID');
  const W = 595.28, H = 841.89, M = 48;
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - M;
  const newPage = () => {
    page = doc.addPage([W, H]);
    y = H - M;
  };
  const line = (text: string, opts: { font?: PDFFont; size?: number; x?: number; color?: ReturnType<typeof rgb>; gap?: number } = {}) => {
    const size = opts.size ?? 10;
    if (y < M + size) newPage();
    page.drawText(text, { x: opts.x ?? M, y: y - size, size, font: opts.font ?? regular, color: opts.color ?? INK });
    y -= size + (opts.gap ?? 5);
  };
  const fit = (text: string, font: PDFFont, size: number, width: number) => {
    let s = text;
    while (s.length > 1 && font.widthOfTextAtSize(s, size) > width) s = s.slice(0, -2) + '…';
    return s;
  };

  line(t('session.report.title'), { font: bold, size: 16, gap: 8 });
  line(data.session.title, { font: bold, size: 12, gap: 10 });
  const facts: [string, string][] = [
    [t('session.report.day'), tanggalIndonesia(data.session.day)],
    [t('session.report.place'), data.session.place],
    [t('session.report.unit'), data.session.unit],
    [t('session.report.facilitator'), data.session.facilitator],
    [t('session.report.participants'), String(data.participants.length)],
    [t('session.report.signers'), String(data.signed)],
    [t('session.report.preAverage'), num(data.tests.pre?.finished ? data.tests.pre.average : null)],
    [t('session.report.postAverage'), num(data.tests.post?.finished ? data.tests.post.average : null)],
    [t('session.report.gain'), gainText(data.gain)],
  ];
  for (const [k, v] of facts) {
    if (y < M + 12) newPage();
    page.drawText(k, { x: M, y: y - 10, size: 10, font: bold, color: INK });
    page.drawText(fit(v, regular, 10, W - M - 200), { x: M + 150, y: y - 10, size: 10, font: regular, color: INK });
    y -= 15;
  }
  y -= 8;
  line(t('session.report.mastery'), { font: bold, size: 12, gap: 6 });
  const cols1 = [M, M + 300, M + 390];
  const row1 = (cells: string[], font: PDFFont) => {
    if (y < M + 12) newPage();
    cells.forEach((c, i) => page.drawText(fit(c, font, 9, (cols1[i + 1] ?? W - M) - cols1[i]! - 6), { x: cols1[i]!, y: y - 9, size: 9, font, color: INK }));
    y -= 14;
  };
  row1([t('session.report.area'), 'Pre-test', 'Post-test'], bold);
  for (const a of data.areas) row1([a.label, num(a.pre), num(a.post)], regular);
  y -= 8;

  line(t('session.report.list'), { font: bold, size: 12, gap: 6 });
  const cols = [M, M + 22, M + 150, M + 280, M + 320, M + 360, M + 400];
  const headers = ['No', t('session.report.name'), 'NIP', 'Pre', 'Post', 'N-gain', t('session.report.signedAt')];
  const row = (cells: string[], font: PDFFont) => {
    if (y < M + 12) {
      newPage();
      drawHeader();
    }
    cells.forEach((c, i) => page.drawText(fit(c, font, 8, (cols[i + 1] ?? W - M) - cols[i]! - 4), { x: cols[i]!, y: y - 8, size: 8, font, color: INK }));
    y -= 13;
  };
  const drawHeader = () => row(headers, bold);
  drawHeader();
  for (const r of data.rows) {
    row([String(r.no), r.name, formatNip(r.nip), num(r.pre), num(r.post) + (r.post !== null && !r.postCounted && !data.field ? '*' : ''), num(r.gain), r.signedAt ? timeOf(r.signedAt, data.timeZone) : '–'], regular);
  }
  y -= 6;
  if (data.field) line(t('fieldkit.report.central'), { size: 8, color: MUTED });
  else if (data.rows.some((r) => r.post !== null && !r.postCounted)) line(t('session.report.notCounted'), { size: 8, color: MUTED });
  line(t('session.report.footer', { course: course.title, version: course.version }), { size: 8, color: MUTED });
  return doc.save();
}

export function attendanceSheet(data: ReportData): Sheet {
  return {
    columns: [
      { header: 'No', key: 'no' },
      { header: 'NIP', key: 'nip', text: true },
      { header: 'Nama', key: 'name' },
      { header: 'Jabatan', key: 'jabatan' },
      { header: 'Waktu hadir', key: 'joined' },
      { header: 'Pre-test', key: 'pre' },
      { header: 'Post-test', key: 'post' },
      { header: 'N-gain', key: 'gain' },
      { header: 'Post-test dihitung sebagai ujian akhir', key: 'counted' },
      { header: 'Menandatangani deklarasi', key: 'signed' },
    ],
    rows: data.rows.map((r) => ({
      no: r.no, nip: r.nip, name: r.name, jabatan: r.jabatan, joined: timeOf(r.joinedAt, data.timeZone), pre: r.pre, post: r.post, gain: r.gain,
      counted: r.post === null ? '' : data.field ? t('fieldkit.report.centralShort') : r.postCounted ? 'Ya' : 'Tidak', signed: r.signedAt ? timeOf(r.signedAt, data.timeZone) : '',
    })),
  };
}

export function signersSheet(data: ReportData): Sheet {
  return {
    columns: [
      { header: 'No', key: 'no' },
      { header: 'NIP', key: 'nip', text: true },
      { header: 'Nama', key: 'name' },
      { header: 'Jabatan', key: 'jabatan' },
      { header: 'Waktu tanda tangan', key: 'signed' },
    ],
    rows: data.rows.filter((r) => r.signedAt).map((r, i) => ({ no: i + 1, nip: r.nip, name: r.name, jabatan: r.jabatan, signed: timeOf(r.signedAt, data.timeZone) })),
  };
}

export const csv = (sheet: Sheet) => toCsv(sheet, ';');

/** The report as CSV: the session's facts and averages, a blank line, then one row per participant. */
export function reportCsv(data: ReportData): string {
  const summary: Sheet = {
    columns: [{ header: t('session.report.item'), key: 'k' }, { header: t('session.report.value'), key: 'v' }],
    rows: [
      { k: t('session.report.sessionTitle'), v: data.session.title },
      { k: t('session.report.day'), v: data.session.day },
      { k: t('session.report.place'), v: data.session.place },
      { k: t('session.report.unit'), v: data.session.unit },
      { k: t('session.report.facilitator'), v: data.session.facilitator },
      { k: t('session.report.participants'), v: data.participants.length },
      { k: t('session.report.signers'), v: data.signed },
      { k: t('session.report.preAverage'), v: data.tests.pre?.finished ? data.tests.pre.average : null },
      { k: t('session.report.postAverage'), v: data.tests.post?.finished ? data.tests.post.average : null },
      { k: t('session.report.gain'), v: data.gain?.meanOfGains ?? null },
      ...data.areas.flatMap((a) => [
        { k: `${t('session.report.mastery')} pre-test: ${a.label}`, v: a.pre },
        { k: `${t('session.report.mastery')} post-test: ${a.label}`, v: a.post },
      ]),
    ],
  };
  return csv(summary) + '\r\n' + csv(attendanceSheet(data)).replace(/^\uFEFF/, '');
}
