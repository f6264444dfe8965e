/**
 * The certificate as an A4 landscape PDF, laid out like Indonesian training certificates:
 * issuer at the top, "SERTIFIKAT", the number, "diberikan kepada", the name, NIP, jabatan and
 * unit kerja, the statement of passing, score and JP, then the QR code (left) and the place,
 * date and signatory (right).
 *
 * Everything printed about the learner comes from the signed token's claims, so the paper and
 * the QR can never disagree. DejaVu Sans (regular and bold) is embedded as a subset, so any name
 * renders (apostrophes, diacritics); long names shrink, then wrap, and never overflow the frame.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PDFDocument, rgb, setCharacterSpacing, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import QRCode from 'qrcode';
import { course } from '../../content/course.ts';
import { decodeToken, type CertificateClaims } from '../../lib/cert-token.ts';
import { formatNip, normalizeNipInput } from '../../lib/nip.ts';
import { config } from '../config.ts';
import { t } from '../../i18n/index.ts';
import { hashNipSync, verificationUrl } from './sign.ts';

export interface CertificatePdfData {
  /** The signed token (its claims are what gets printed). */
  token: string;
  /** The full NIP of the learner (the token only has its hash); must match the token. */
  nip: string;
  /** 'pppk' prints "NI PPPK" and the digits ungrouped (the NI PPPK layout is not confirmed). */
  kind?: 'pns' | 'pppk';
  /** Origin for the QR code and the printed link; defaults to config.publicOrigin. */
  publicOrigin?: string;
  /** Signatory and city; default to course.ts. */
  signatory?: { name: string; nip: string; title: string };
  city?: string;
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const NAVY = rgb(0.09, 0.18, 0.33);
const GOLD = rgb(0.7, 0.54, 0.2);
const INK = rgb(0.12, 0.12, 0.14);
const MUTED = rgb(0.35, 0.35, 0.38);

/** "2026-11-22" → "22 November 2026". */
export function tanggalIndonesia(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${t('certificate.pdf.months').split(',')[m - 1]} ${y}`;
}

/** A UI string with *bold* segments as runs for drawRuns. */
function runs(key: string, params: Record<string, string | number>, fonts: Fonts) {
  return t(key, params)
    .split('*')
    .map((text, i) => ({ text, font: i % 2 ? fonts.bold : fonts.regular }))
    .filter((r) => r.text !== '');
}

let fontCache: { regular: Uint8Array; bold: Uint8Array } | undefined;
export function fontBytes() {
  if (!fontCache) {
    let dir: string;
    try {
      dir = path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    } catch {
      dir = path.resolve('node_modules/dejavu-fonts-ttf/ttf');
    }
    fontCache = {
      regular: fs.readFileSync(path.join(dir, 'DejaVuSans.ttf')),
      bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return fontCache;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Splits text into lines no wider than maxWidth at size (breaking at spaces). */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && font.widthOfTextAtSize(next, size) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Fits text into at most maxLines lines of maxWidth: the largest size from `size` down to
 * `minSize` that fits; below that, the size that makes the widest line fit (never overflows).
 */
export function fitText(
  text: string,
  font: PDFFont,
  size: number,
  minSize: number,
  maxWidth: number,
  maxLines: number,
): { size: number; lines: string[] } {
  for (let s = size; s >= minSize; s -= 0.5) {
    if (font.widthOfTextAtSize(text, s) <= maxWidth) return { size: s, lines: [text] };
  }
  for (let s = size; s >= minSize; s -= 0.5) {
    const lines = wrap(text, font, s, maxWidth);
    if (lines.length <= maxLines && lines.every((l) => font.widthOfTextAtSize(l, s) <= maxWidth)) return { size: s, lines };
  }
  const lines = wrap(text, font, minSize, maxWidth);
  while (lines.length > maxLines) {
    const last = lines.pop() as string;
    lines[lines.length - 1] += ` ${last}`;
  }
  const widest = Math.max(...lines.map((l) => font.widthOfTextAtSize(l, minSize)));
  return { size: Math.min(minSize, (minSize * maxWidth) / widest), lines };
}

function drawCentered(page: PDFPage, text: string, font: PDFFont, size: number, cx: number, yTop: number, color: RGB = INK) {
  const w = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: cx - w / 2, y: page.getHeight() - yTop, size, font, color });
}

/** Centred line made of runs in different fonts. */
function drawRuns(page: PDFPage, runs: { text: string; font: PDFFont }[], size: number, cx: number, yTop: number) {
  const total = runs.reduce((s, r) => s + r.font.widthOfTextAtSize(r.text, size), 0);
  let x = cx - total / 2;
  for (const r of runs) {
    page.drawText(r.text, { x, y: page.getHeight() - yTop, size, font: r.font, color: INK });
    x += r.font.widthOfTextAtSize(r.text, size);
  }
}

function drawSpaced(page: PDFPage, text: string, font: PDFFont, size: number, spacing: number, cx: number, yTop: number) {
  const w = font.widthOfTextAtSize(text, size) + spacing * (text.length - 1);
  page.pushOperators(setCharacterSpacing(spacing));
  page.drawText(text, { x: cx - w / 2, y: page.getHeight() - yTop, size, font, color: NAVY });
  page.pushOperators(setCharacterSpacing(0));
}

function drawQr(page: PDFPage, text: string, x: number, yTop: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  const top = page.getHeight() - yTop;
  page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) });
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      // Slight overlap avoids hairline gaps between cells in some viewers.
      page.drawRectangle({
        x: x + (quiet + start) * cell,
        y: top - (quiet + r + 1) * cell,
        width: (c - start) * cell + 0.05,
        height: cell + 0.05,
        color: rgb(0, 0, 0),
      });
    }
  }
}

function drawFrame(page: PDFPage) {
  const [w, h] = [page.getWidth(), page.getHeight()];
  page.drawRectangle({ x: 16, y: 16, width: w - 32, height: h - 32, borderColor: NAVY, borderWidth: 3 });
  page.drawRectangle({ x: 24, y: 24, width: w - 48, height: h - 48, borderColor: GOLD, borderWidth: 0.8 });
  // Small gold squares in the corners of the inner frame.
  for (const [cx, cy] of [[24, 24], [w - 24, 24], [24, h - 24], [w - 24, h - 24]]) {
    page.drawRectangle({ x: cx - 4, y: cy - 4, width: 8, height: 8, color: GOLD });
  }
}

function drawRule(page: PDFPage, cx: number, yTop: number, width: number, color: RGB = GOLD, thickness = 0.8) {
  const y = page.getHeight() - yTop;
  page.drawLine({ start: { x: cx - width / 2, y }, end: { x: cx + width / 2, y }, thickness, color });
}

/** Renders the certificate; returns the PDF bytes. */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Uint8Array> {
  const decoded = decodeToken(data.token);
  if (!decoded.ok) throw new Error(`renderCertificatePdf: ${decoded.message}`);
  const c: CertificateClaims = decoded.claims;
  const nip = normalizeNipInput(data.nip);
  if (hashNipSync(nip, c.nipSalt) !== c.nipHash) throw new Error('renderCertificatePdf: the NIP does not match the token');
  const origin = (data.publicOrigin ?? config.publicOrigin).replace(/\/$/, '');
  const signatory = data.signatory ?? course.signatory;
  const city = data.city ?? course.issuer.city;

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = fontBytes();
  const fonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  doc.setTitle(t('certificate.pdf.docTitle', { number: c.no, name: c.name }));
  doc.setAuthor(c.issuer);
  doc.setSubject(t('certificate.pdf.docSubject', { course: c.course, version: c.courseVersion }));
  doc.setKeywords(['sertifikat', 'netralitas ASN', c.no]);
  doc.setCreator(c.issuer);
  doc.setProducer('Netral');
  doc.setLanguage('id-ID');
  doc.setCreationDate(new Date(`${c.date}T00:00:00Z`));
  doc.setModificationDate(new Date(`${c.date}T00:00:00Z`));

  const page = doc.addPage(A4_LANDSCAPE);
  const W = page.getWidth();
  const cx = W / 2;
  const { regular, bold } = fonts;
  drawFrame(page);

  // Issuer, title, number.
  const issuer = fitText(c.issuer.toUpperCase(), bold, 13, 9, 600, 1);
  drawSpaced(page, issuer.lines[0], bold, issuer.size, 1, cx, 60);
  drawRule(page, cx, 73, 220);
  drawSpaced(page, t('certificate.pdf.heading'), bold, 36, 6, cx, 116);
  drawCentered(page, t('certificate.pdf.number', { number: c.no }), regular, 11, cx, 137, MUTED);
  drawCentered(page, t('certificate.pdf.givenTo'), regular, 12, cx, 166);

  // Name: shrink first, then two lines, never wider than the frame allows.
  const name = fitText(c.name, bold, 26, 15, 680, 2);
  let y = name.lines.length === 1 ? 198 : 190;
  for (const line of name.lines) {
    drawCentered(page, line, bold, name.size, cx, y, NAVY);
    y += name.size * 1.2;
  }
  y = Math.max(y - name.size * 1.2 + 10, 208);
  drawRule(page, cx, y, 460);
  y += 18;
  drawCentered(page, data.kind === 'pppk' ? t('certificate.pdf.niPppk', { nip }) : t('certificate.pdf.nip', { nip: formatNip(nip) }), regular, 12, cx, y);

  // Details table: label, colon, value (wrapping), centred as a block.
  const rows: [string, string][] = [[t('certificate.pdf.jabatan'), c.jabatan]];
  if (c.pangkat) rows.push([t('certificate.pdf.pangkat'), c.pangkat]);
  rows.push([t('certificate.pdf.unit'), c.unit]);
  const labelW = Math.max(...rows.map(([l]) => regular.widthOfTextAtSize(l, 11)));
  const valueMax = 430;
  const fitted = rows.map(([l, v]) => ({ l, v: fitText(v, regular, 11, 8, valueMax, 2) }));
  const valueW = Math.max(...fitted.map((f) => Math.max(...f.v.lines.map((ln) => regular.widthOfTextAtSize(ln, f.v.size)))));
  const blockW = labelW + 14 + valueW;
  const x0 = cx - blockW / 2;
  y += 22;
  for (const f of fitted) {
    page.drawText(f.l, { x: x0, y: page.getHeight() - y, size: 11, font: regular, color: MUTED });
    page.drawText(':', { x: x0 + labelW + 4, y: page.getHeight() - y, size: 11, font: regular, color: MUTED });
    for (const [i, ln] of f.v.lines.entries()) {
      page.drawText(ln, { x: x0 + labelW + 14, y: page.getHeight() - y - i * 13, size: f.v.size, font: regular, color: INK });
    }
    y += 15 + (f.v.lines.length - 1) * 13;
  }

  // Statement.
  y += 10;
  drawRuns(page, runs('certificate.pdf.statement', {}, fonts), 12, cx, y);
  const title = fitText(c.course, bold, 16, 11, 640, 2);
  y += 22;
  for (const line of title.lines) {
    drawCentered(page, line, bold, title.size, cx, y, NAVY);
    y += title.size * 1.25;
  }
  drawCentered(page, t('certificate.pdf.version', { version: c.courseVersion }), regular, 10, cx, y - 4, MUTED);
  y += 14;
  drawRuns(page, runs('certificate.pdf.result', { score: c.score, predikat: c.predikat, jp: c.jp }, fonts), 12, cx, y);

  // Bottom: QR (left), signature (right).
  const H = page.getHeight();
  const qrSize = 132;
  const qrX = 52;
  const qrTop = H - 40 - qrSize - 26;
  drawQr(page, verificationUrl(data.token, origin), qrX, qrTop, qrSize);
  drawCentered(page, t('certificate.pdf.scan'), bold, 8, qrX + qrSize / 2, qrTop + qrSize + 11, INK);
  const manual = t('certificate.pdf.manual', { url: `${origin}/verifikasi` });
  const manualFit = fitText(manual, regular, 7, 5, 260, 2);
  manualFit.lines.forEach((ln, i) =>
    page.drawText(ln, { x: qrX, y: H - (qrTop + qrSize + 22 + i * 8.5), size: manualFit.size, font: regular, color: MUTED }),
  );

  const sx = W - 190;
  const sigTop = H - 40 - 112;
  drawCentered(page, t('certificate.pdf.place', { city, date: tanggalIndonesia(c.date) }), regular, 11, sx, sigTop);
  const sigTitle = fitText(signatory.title, regular, 11, 8, 250, 2);
  sigTitle.lines.forEach((ln, i) => drawCentered(page, ln, regular, sigTitle.size, sx, sigTop + 15 + i * 13));
  const nameTop = sigTop + 15 + (sigTitle.lines.length - 1) * 13 + 58;
  const sigName = fitText(signatory.name, bold, 11, 8, 250, 1);
  drawCentered(page, sigName.lines[0], bold, sigName.size, sx, nameTop, INK);
  const snW = bold.widthOfTextAtSize(sigName.lines[0], sigName.size);
  page.drawLine({ start: { x: sx - snW / 2, y: H - nameTop - 2.5 }, end: { x: sx + snW / 2, y: H - nameTop - 2.5 }, thickness: 0.7, color: INK });
  if (signatory.nip) drawCentered(page, t('certificate.pdf.nip', { nip: formatNip(signatory.nip) }), regular, 10, sx, nameTop + 14);

  return doc.save({ useObjectStreams: true });
}
