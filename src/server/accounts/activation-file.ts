/** The printable activation codes of a unit: a PDF of cut-out slips and a CSV (UTF-8 with BOM, ";"). */
import { PDFDocument, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { fontBytes } from '../certificates/pdf.ts';
import { formatNip } from '../../lib/nip.ts';
import { toCsv } from '../hr/export.ts';
import type { ActivationRow } from './operator.ts';
import { t } from '../../i18n/index.ts';

/** The codes as CSV, written like HR's other exports (BOM, ";", NIP kept whole in Excel). */
export function activationCsv(rows: readonly ActivationRow[]): string {
  return toCsv(
    {
      columns: [{ header: 'NIP', key: 'nip', text: true }, { header: 'Nama', key: 'name' }, { header: 'Jabatan', key: 'jabatan' }, { header: 'Kode aktivasi', key: 'code' }],
      rows: rows.map((r) => ({ nip: r.nip, name: r.name, jabatan: r.jabatan, code: r.code })),
    },
    ';',
  );
}

/** A4 pages, 8 slips each: name, NIP, code and how to use it. */
export async function activationPdf(unitName: string, rows: readonly ActivationRow[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const f = fontBytes();
  const regular = await doc.embedFont(f.regular, { subset: true });
  const bold = await doc.embedFont(f.bold, { subset: true });
  doc.setTitle(`${t('account.op.pdfTitle')} — ${unitName}`);
  const W = 595.28, H = 841.89, M = 36, perPage = 8, slipH = (H - 2 * M) / perPage;
  const how = t('account.op.pdfHow');
  for (let i = 0; i < Math.max(rows.length, 1); i += perPage) {
    const page = doc.addPage([W, H]);
    rows.slice(i, i + perPage).forEach((r, k) => {
      const top = H - M - k * slipH;
      page.drawRectangle({ x: M, y: top - slipH + 4, width: W - 2 * M, height: slipH - 8, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.8, borderDashArray: [4, 3] });
      page.drawText(`${t('account.op.pdfTitle')} · ${t('account.op.pdfUnit', { unit: unitName })}`, { x: M + 10, y: top - 20, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
      page.drawText(r.name.slice(0, 80), { x: M + 10, y: top - 38, size: 12, font: bold });
      page.drawText(`NIP ${formatNip(r.nip)}`, { x: M + 10, y: top - 54, size: 10, font: regular });
      page.drawText(r.code, { x: M + 10, y: top - 78, size: 16, font: bold });
      page.drawText(how, { x: M + 10, y: top - 94, size: 7.5, font: regular, maxWidth: W - 2 * M - 20, lineHeight: 9 });
    });
    if (rows.length === 0) page.drawText(t('account.op.none'), { x: M, y: H - M - 20, size: 12, font: regular });
  }
  return doc.save();
}
