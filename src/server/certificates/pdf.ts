/**
 * The certificate as an A4 landscape PDF/A-2b, laid out like Indonesian training certificates:
 * kop (logo, institution, kop lines), "SERTIFIKAT", the number, "diberikan kepada", the name, NIP,
 * jabatan and unit kerja, the statement with course and version, score, predikat, JP and the
 * training period, then the QR code (left), "Mengetahui" (middle, when set) and the place, local
 * date and signatory (right).
 *
 * PDFKit, not pdf-lib: PDFKit writes PDF/A-2b (XMP with pdfaid, sRGB OutputIntent, embedded
 * subset fonts named "ABCDEF+DejaVuSans") and is maintained; pdf-lib writes none of that and was
 * slower (BENCHMARKS.md has both). The fonts are parsed once per process and handed to PDFKit as
 * fontkit objects; each document only subsets the few dozen glyphs it uses.
 *
 * Everything printed comes from the certificate's stored record, so the paper, the QR and the
 * verification page never disagree; long names and units shrink, then wrap, and never overflow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import { formatNip } from '../../lib/nip.ts';
import { localDateLong } from '../../lib/local-time.ts';
import { config } from '../config.ts';
import { t } from '../../i18n/index.ts';
import { DEFAULT_ISSUER, type Person } from './issuer.ts';
import { qrFor, type CertificateRecord } from './sign.ts';

export interface CertificatePdfData {
  /** What is printed (certificates.claims). */
  record: CertificateRecord;
  /** The signed token the QR carries. */
  token: string;
  /** The full NIP of the learner (the token has none). */
  nip: string;
  /** 'pppk' prints "NI PPPK" and the digits ungrouped (the NI PPPK layout is not confirmed). */
  kind?: 'pns' | 'pppk';
  /** Origin for the QR code and the printed link; defaults to config.publicOrigin. */
  publicOrigin?: string;
  /** Images referenced by the issuer profile (logo, signature), already loaded. */
  images?: { logo?: Image; signature?: Image };
}

export interface Image {
  mime: string;
  bytes: Uint8Array;
}

const W = 841.89;
const H = 595.28;
const NAVY = '#172e54';
const GOLD = '#b38a33';
const INK = '#1f1f24';
const MUTED = '#595961';

/** "2026-11-22" → "22 November 2026". */
export function tanggalIndonesia(isoDay: string): string {
  return localDateLong(isoDay);
}

/** "1–7 Desember 2026", "28 November – 7 Desember 2026", or one day. */
export function periode(from: string, to: string): string {
  if (from >= to) return tanggalIndonesia(to);
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  const a = tanggalIndonesia(from).split(' ');
  if (fy === ty && fm === tm) return `${a[0]}–${tanggalIndonesia(to)}`;
  if (fy === ty) return `${a[0]} ${a[1]} – ${tanggalIndonesia(to)}`;
  return `${tanggalIndonesia(from)} – ${tanggalIndonesia(to)}`;
}

type Font = fontkit.Font;
let fonts: { regular: Font; bold: Font; regularBytes: Buffer; boldBytes: Buffer } | undefined;

/** DejaVu Sans, regular and bold, read and parsed once per process. */
export function loadFonts() {
  if (!fonts) {
    let dir: string;
    try {
      dir = path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    } catch {
      dir = path.resolve('node_modules/dejavu-fonts-ttf/ttf');
    }
    const regularBytes = fs.readFileSync(path.join(dir, 'DejaVuSans.ttf'));
    const boldBytes = fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf'));
    fonts = { regular: fontkit.create(regularBytes) as Font, bold: fontkit.create(boldBytes) as Font, regularBytes, boldBytes };
  }
  return fonts;
}

/** The raw font files (kept for the benchmark's pdf-lib baseline). */
export function fontBytes() {
  const f = loadFonts();
  return { regular: f.regularBytes, bold: f.boldBytes };
}

type Doc = PDFKit.PDFDocument;

// Widths at 1 pt, by face and text, for the whole process: laying text out (fontkit shaping) is
// the costly part of fitting names, and a width never depends on the document.
const widthCache = new Map<string, number>();
function width(_doc: Doc, font: string, text: string, size: number): number {
  const key = `${font}\u0000${text}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    const face = font === 'bold' ? loadFonts().bold : loadFonts().regular;
    w = (face.layout(text) as { advanceWidth: number }).advanceWidth / face.unitsPerEm;
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(key, w);
  }
  return w * size;
}

/** Splits text into lines no wider than maxWidth at size (breaking at spaces). */
function wrap(doc: Doc, text: string, font: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    const next = line ? `${line} ${w}` : w;
    if (line && width(doc, font, next, size) > maxWidth) {
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
export function fitText(doc: Doc, text: string, font: string, size: number, minSize: number, maxWidth: number, maxLines: number): { size: number; lines: string[] } {
  for (let s = size; s >= minSize; s -= 0.5) if (width(doc, font, text, s) <= maxWidth) return { size: s, lines: [text] };
  for (let s = size; s >= minSize; s -= 0.5) {
    const lines = wrap(doc, text, font, s, maxWidth);
    if (lines.length <= maxLines && lines.every((l) => width(doc, font, l, s) <= maxWidth)) return { size: s, lines };
  }
  const lines = wrap(doc, text, font, minSize, maxWidth);
  while (lines.length > maxLines) {
    const last = lines.pop() as string;
    lines[lines.length - 1] += ` ${last}`;
  }
  const widest = Math.max(...lines.map((l) => width(doc, font, l, minSize)));
  return { size: Math.min(minSize, (minSize * maxWidth) / widest), lines };
}

/** Text centred on cx with its top at y. */
function centered(doc: Doc, text: string, font: string, size: number, cx: number, y: number, color = INK, spacing = 0) {
  const w = width(doc, font, text, size) + spacing * Math.max(0, text.length - 1);
  doc.font(font).fontSize(size).fillColor(color).text(text, cx - w / 2, y, { lineBreak: false, characterSpacing: spacing });
}

/** A centred line made of runs ("*bold*" segments of a UI string). */
function runs(doc: Doc, key: string, params: Record<string, string | number>, size: number, cx: number, y: number) {
  const parts = t(key, params).split('*').map((text, i) => ({ text, font: i % 2 ? 'bold' : 'regular' })).filter((r) => r.text);
  const total = parts.reduce((s, r) => s + width(doc, r.font, r.text, size), 0);
  let x = cx - total / 2;
  for (const r of parts) {
    doc.font(r.font).fontSize(size).fillColor(INK).text(r.text, x, y, { lineBreak: false });
    x += width(doc, r.font, r.text, size);
  }
}

function drawQr(doc: Doc, url: string, x: number, y: number, size: number) {
  const qr = qrFor(url);
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  doc.rect(x, y, size, size).fill('#ffffff');
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
      doc.rect(x + (quiet + start) * cell, y + (quiet + r) * cell, (c - start) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('#000000');
}

function drawImage(doc: Doc, img: Image | undefined, x: number, y: number, w: number, h: number) {
  if (!img) return;
  try {
    if (img.mime === 'image/png') doc.image(Buffer.from(img.bytes), x, y, { fit: [w, h], align: 'center', valign: 'center' });
    else svgToPdf(doc, new TextDecoder().decode(img.bytes), x, y, { width: w, height: h, preserveAspectRatio: 'xMidYMid meet', assumePt: true });
  } catch {
    // A broken image must not stop a certificate: it is printed without it.
  }
}

let svgToPdf: (doc: Doc, svg: string, x: number, y: number, opts: Record<string, unknown>) => void = () => {};
try {
  svgToPdf = createRequire(import.meta.url)('svg-to-pdfkit');
} catch {
  // Without the SVG renderer an SVG logo is left out.
}

function signBlock(doc: Doc, p: Person, cx: number, top: number, heading: string[], signature?: Image) {
  let y = top;
  for (const line of heading) {
    const f = fitText(doc, line, 'regular', 11, 8, 250, 2);
    for (const ln of f.lines) {
      centered(doc, ln, 'regular', f.size, cx, y);
      y += 13;
    }
  }
  drawImage(doc, signature, cx - 60, y + 2, 120, 44);
  const nameTop = y + 50;
  const name = fitText(doc, p.name, 'bold', 11, 8, 250, 1);
  centered(doc, name.lines[0], 'bold', name.size, cx, nameTop);
  const nw = width(doc, 'bold', name.lines[0], name.size);
  doc.moveTo(cx - nw / 2, nameTop + name.size + 1).lineTo(cx + nw / 2, nameTop + name.size + 1).lineWidth(0.7).stroke(INK);
  if (p.nip) centered(doc, t('certificate.pdf.nip', { nip: formatNip(p.nip) }), 'regular', 10, cx, nameTop + 16);
}

/** Renders the certificate; returns the PDF bytes. */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Uint8Array> {
  const c = data.record;
  const issuer = c.issuerProfile ?? { ...DEFAULT_ISSUER, institution: c.issuer };
  const origin = (data.publicOrigin ?? config.publicOrigin).replace(/\/$/, '');
  const f = loadFonts();
  const day = new Date(`${c.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: [W, H],
    margin: 0,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: false,
    lang: 'id-ID',
    autoFirstPage: false,
    info: {
      Title: t('certificate.pdf.docTitle', { number: c.no, name: c.name }),
      Author: issuer.institution,
      Subject: t('certificate.pdf.docSubject', { course: c.course, version: c.courseVersion }),
      Keywords: `sertifikat, netralitas ASN, ${c.no}`,
      Creator: issuer.institution,
      Producer: 'Netral',
      CreationDate: day,
      ModDate: day,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', f.regular as unknown as string);
  doc.registerFont('bold', f.bold as unknown as string);
  doc.addPage({ size: [W, H], margin: 0 });
  const cx = W / 2;

  // Frame.
  doc.rect(16, 16, W - 32, H - 32).lineWidth(3).stroke(NAVY);
  doc.rect(24, 24, W - 48, H - 48).lineWidth(0.8).stroke(GOLD);
  for (const [x, y] of [[24, 24], [W - 24, 24], [24, H - 24], [W - 24, H - 24]]) doc.rect(x - 4, y - 4, 8, 8).fill(GOLD);

  // Kop: logo at the left, institution and kop lines centred, a double rule under it.
  drawImage(doc, data.images?.logo, 56, 38, 64, 64);
  let y = 42;
  const inst = fitText(doc, issuer.institution.toUpperCase(), 'bold', 14, 9, 560, 2);
  for (const ln of inst.lines) {
    centered(doc, ln, 'bold', inst.size, cx, y, NAVY, 0.6);
    y += inst.size * 1.2;
  }
  for (const line of issuer.kop) {
    const k = fitText(doc, line, 'regular', 9, 6.5, 560, 1);
    centered(doc, k.lines[0], 'regular', k.size, cx, y, MUTED);
    y += 11;
  }
  y = Math.max(y + 4, 86);
  doc.moveTo(48, y).lineTo(W - 48, y).lineWidth(1.6).stroke(NAVY);
  doc.moveTo(48, y + 3).lineTo(W - 48, y + 3).lineWidth(0.5).stroke(NAVY);

  // Title, number.
  y += 12;
  centered(doc, t('certificate.pdf.heading'), 'bold', 30, cx, y, NAVY, 6);
  y += 36;
  centered(doc, t('certificate.pdf.number', { number: c.no }), 'regular', 10.5, cx, y, MUTED);
  y += 20;
  centered(doc, t('certificate.pdf.givenTo'), 'regular', 11.5, cx, y);

  // Name: shrink first, then two lines, never wider than the frame allows.
  y += 18;
  const name = fitText(doc, c.name, 'bold', 24, 14, 680, 2);
  for (const line of name.lines) {
    centered(doc, line, 'bold', name.size, cx, y, NAVY);
    y += name.size * 1.2;
  }
  doc.moveTo(cx - 230, y + 2).lineTo(cx + 230, y + 2).lineWidth(0.8).stroke(GOLD);
  y += 8;
  const nip = data.nip.replace(/\D/g, '');
  centered(doc, data.kind === 'pppk' ? t('certificate.pdf.niPppk', { nip }) : t('certificate.pdf.nip', { nip: formatNip(nip) }), 'regular', 11.5, cx, y);

  // Details: label, colon, value (wrapping), centred as a block.
  const rows: [string, string][] = [[t('certificate.pdf.jabatan'), c.jabatan]];
  if (c.pangkat) rows.push([t('certificate.pdf.pangkat'), c.pangkat]);
  rows.push([t('certificate.pdf.unit'), c.unit]);
  const labelW = Math.max(...rows.map(([l]) => width(doc, 'regular', l, 10.5)));
  const fitted = rows.map(([l, v]) => ({ l, v: fitText(doc, v, 'regular', 10.5, 7.5, 430, 2) }));
  const valueW = Math.max(...fitted.map((r) => Math.max(...r.v.lines.map((ln) => width(doc, 'regular', ln, r.v.size)))));
  const x0 = cx - (labelW + 14 + valueW) / 2;
  y += 20;
  for (const r of fitted) {
    doc.font('regular').fontSize(10.5).fillColor(MUTED).text(r.l, x0, y, { lineBreak: false });
    doc.text(':', x0 + labelW + 4, y, { lineBreak: false });
    r.v.lines.forEach((ln, i) => doc.font('regular').fontSize(r.v.size).fillColor(INK).text(ln, x0 + labelW + 14, y + i * 12.5, { lineBreak: false }));
    y += 14 + (r.v.lines.length - 1) * 12.5;
  }

  // Statement, course and version, result, training period.
  y += 6;
  runs(doc, 'certificate.pdf.statement', {}, 11.5, cx, y);
  y += 17;
  const title = fitText(doc, t('certificate.pdf.courseLine', { course: c.course, version: c.courseVersion }), 'bold', 14, 10, 640, 2);
  for (const line of title.lines) {
    centered(doc, line, 'bold', title.size, cx, y, NAVY);
    y += title.size * 1.25;
  }
  y += 2;
  runs(doc, 'certificate.pdf.result', { score: c.score.toLocaleString('id-ID'), predikat: c.predikat, jp: c.jp }, 11.5, cx, y);
  y += 16;
  centered(doc, t('certificate.pdf.period', { period: periode(c.from ?? c.date, c.date) }), 'regular', 10.5, cx, y, MUTED);

  // Bottom: QR (left), Mengetahui (middle, when set), place, date and signatory (right).
  const qrSize = 118;
  const qrX = 52;
  const qrY = H - 40 - qrSize - 22;
  drawQr(doc, `${origin}/verifikasi#${data.token}`, qrX, qrY, qrSize);
  centered(doc, t('certificate.pdf.scan'), 'bold', 7.5, qrX + qrSize / 2, qrY + qrSize + 3);
  const manual = fitText(doc, t('certificate.pdf.manual', { url: `${origin}/verifikasi` }), 'regular', 6.5, 5, 230, 2);
  manual.lines.forEach((ln, i) => doc.font('regular').fontSize(manual.size).fillColor(MUTED).text(ln, qrX, qrY + qrSize + 13 + i * 8, { lineBreak: false }));

  const sigTop = H - 40 - 122;
  const place = t('certificate.pdf.place', { city: issuer.city, date: tanggalIndonesia(c.date) });
  signBlock(doc, issuer.signatory, W - 190, sigTop, [place, issuer.signatory.title], data.images?.signature);
  if (issuer.mengetahui) signBlock(doc, issuer.mengetahui, W / 2 + 20, sigTop, [t('certificate.pdf.mengetahui'), issuer.mengetahui.title]);

  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
