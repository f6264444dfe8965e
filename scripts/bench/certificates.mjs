// Certificate PDF bench (plug-in of `npm run bench`; `node scripts/bench/certificates.mjs [--json]`).
// In one run, on the same records: the PDFKit renderer (PDF/A-2b) cold (first render in a fresh
// process, font parsing included) and warm (median and p99 over many certificates), the baseline
// of the previous approach (pdf-lib, DejaVu embedded and subset in every document), and the staff
// ZIP of 500 certificates rendered from scratch. Requests per second under 10 connections are in
// the Load table ("Certificate PDF, rendered"), measured against the running server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JSON_OUT = process.argv.includes('--json');
const QUICK = process.argv.includes('--quick');
const log = (...a) => (JSON_OUT ? console.error : console.log)(...a);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-cert-bench-'));
process.env.DATA_DIR = dataDir;
process.env.PUBLIC_ORIGIN ??= 'https://netral.kemenag.go.id';

/** One record like those the app stores, with a different name and number per index. */
async function fixtures(n) {
  const { loadIssuerKeys } = await import(path.join(ROOT, 'src/server/certificates/keys.ts'));
  const { buildClaims, issueCompactToken } = await import(path.join(ROOT, 'src/server/certificates/sign.ts'));
  const { DEFAULT_ISSUER } = await import(path.join(ROOT, 'src/server/certificates/issuer.ts'));
  const { newCertificateNumber } = await import(path.join(ROOT, 'src/server/certificates/number.ts'));
  const keys = loadIssuerKeys({ dataDir, signingKey: undefined });
  const issuer = {
    ...DEFAULT_ISSUER,
    institution: 'Kantor Kementerian Agama Kabupaten Tabalong',
    kop: ['Jl. Jenderal Sudirman No. 1, Tanjung, Kalimantan Selatan', 'Telepon (0526) 2021234'],
    city: 'Tanjung',
    signatory: { name: 'Dr. H. Ahmad Rifani, M.Pd.', nip: '197203151998031002', title: 'Kepala Kantor' },
    mengetahui: { name: 'Drs. H. Muhammad Tambrin, M.M.Pd.', nip: '196805101994031003', title: 'Kepala Kanwil Kemenag Prov. Kalimantan Selatan' },
    unitId: 'TABALONG',
    timeZone: 'Asia/Makassar',
  };
  const NIP = '198609262015052001';
  return Array.from({ length: n }, (_, i) => {
    const record = buildClaims({ number: newCertificateNumber(new Date('2026-12-07')), name: `Peserta Nomor ${i} Nur'aini, S.Ag., M.Pd.I.`, nip: NIP, jabatan: 'Penyuluh Agama Islam Ahli Muda', pangkat: 'Penata (III/c)', unit: 'KUA Kecamatan Tanjung', score: 70 + (i % 30), jp: 2, issuedAt: '2026-12-07', issuer: issuer.institution }, keys);
    Object.assign(record, { tz: 'Asia/Makassar', from: '2026-12-01', issuerProfile: issuer });
    return { record, token: issueCompactToken(record, NIP, keys), nip: NIP };
  });
}

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(1), p99: +q(0.99).toFixed(1), mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(1) };
};

/** The previous renderer's approach, kept here as the baseline: pdf-lib, fonts embedded and subset per document. */
async function pdfLibRender(f, fontBytes) {
  const { PDFDocument, rgb } = await import('pdf-lib');
  const fontkit = (await import('@pdf-lib/fontkit')).default;
  const QRCode = (await import('qrcode')).default;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fontBytes.regular, { subset: true });
  const bold = await doc.embedFont(fontBytes.bold, { subset: true });
  const page = doc.addPage([841.89, 595.28]);
  const r = f.record;
  const lines = [[r.issuer.toUpperCase(), bold, 14], ['SERTIFIKAT', bold, 30], [`Nomor: ${r.no}`, regular, 10.5], ['diberikan kepada', regular, 11.5], [r.name, bold, 24], [`NIP ${f.nip}`, regular, 11.5], [`Jabatan : ${r.jabatan}`, regular, 10.5], [`Unit kerja : ${r.unit}`, regular, 10.5], ['telah mengikuti dan dinyatakan LULUS pelatihan', regular, 11.5], [`${r.course} (versi ${r.courseVersion})`, bold, 14], [`dengan nilai ${r.score} (predikat ${r.predikat}), setara dengan ${r.jp} JP`, regular, 11.5], ['Tanjung, 7 Desember 2026', regular, 11], [r.issuerProfile.signatory.name, bold, 11]];
  lines.forEach(([text, font, size], i) => page.drawText(text, { x: 60, y: 540 - i * 30, size, font, color: rgb(0.1, 0.1, 0.1) }));
  const qr = QRCode.create(`https://netral.kemenag.go.id/verifikasi#${f.token}`, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (qr.modules.get(y, x)) page.drawRectangle({ x: 52 + x * 3, y: 170 - y * 3, width: 3, height: 3, color: rgb(0, 0, 0) });
  return doc.save({ useObjectStreams: true });
}

async function main() {
  const WARM = QUICK ? 60 : 300;
  const ZIP = 500;
  log('Certificate PDF bench');

  // Cold: the first certificate of a fresh process (reading and parsing the fonts included).
  const coldRuns = QUICK ? 3 : 7;
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env } });
    const m = /COLD ([\d.]+)/.exec(r.stdout);
    if (!m) throw new Error(`cold run failed: ${r.stderr.slice(-500)}`);
    cold.push(Number(m[1]));
  }
  log(`  cold: ${stats(cold).median} ms median of ${coldRuns}`);

  const { renderCertificatePdf, fontBytes } = await import(path.join(ROOT, 'src/server/certificates/pdf.ts'));
  const fx = await fixtures(Math.max(WARM, ZIP));
  // Warm: many certificates in one process, after one render.
  await renderCertificatePdf({ ...fx[0] });
  const warm = [];
  let bytes = 0;
  for (let i = 0; i < WARM; i++) {
    const t0 = performance.now();
    const pdf = await renderCertificatePdf({ ...fx[i] });
    warm.push(performance.now() - t0);
    bytes += pdf.length;
  }
  log(`  warm (PDFKit, PDF/A-2b): ${JSON.stringify(stats(warm))}`);

  // Baseline in the same run: pdf-lib with per-document subsetting.
  const fonts = fontBytes();
  await pdfLibRender(fx[0], fonts);
  const base = [];
  for (let i = 0; i < (QUICK ? 20 : 60); i++) {
    const t0 = performance.now();
    await pdfLibRender(fx[i], fonts);
    base.push(performance.now() - t0);
  }
  log(`  baseline (pdf-lib): ${JSON.stringify(stats(base))}`);

  // The staff ZIP of 500: render each (empty cache) and zip, as GET /api/staf/ekspor?format=zip does.
  const { zipPdfs } = await import(path.join(ROOT, 'src/server/hr/export.ts'));
  const t0 = performance.now();
  const files = [];
  for (let i = 0; i < ZIP; i++) files.push({ number: fx[i].record.no, nip: fx[i].nip, pdf: await renderCertificatePdf({ ...fx[i] }) });
  const zip = zipPdfs(files);
  const zipSeconds = +((performance.now() - t0) / 1000).toFixed(2);
  log(`  ZIP of ${ZIP}: ${zipSeconds} s, ${(zip.length / 1e6).toFixed(1)} MB`);

  const w = stats(warm);
  const b = stats(base);
  const load = os.loadavg().map((x) => +x.toFixed(1));
  const data = { loadAverage: load, cores: os.cpus().length, cold: stats(cold), warm: w, baselinePdfLib: b, zip: { certificates: ZIP, seconds: zipSeconds, megabytes: +(zip.length / 1e6).toFixed(1) }, meanPdfBytes: Math.round(bytes / WARM) };
  const markdown = [
    `One certificate per call of \`renderCertificatePdf\` (PDFKit, PDF/A-2b: XMP, sRGB OutputIntent, DejaVu Sans subsets; kop, QR, "Mengetahui" block), each with its own name and number, in one Node process. **Cold** = the first certificate of a fresh process, loading the renderer's modules and reading and parsing the fonts included (${data.cold.n} processes). **Warm** = ${w.n} certificates after that. **Baseline** = the approach of the previous renderer (pdf-lib, both DejaVu faces embedded and subset in every document), same records, same run. Budget: warm median ≤ 20 ms; the ZIP of 500 ≤ 10 s. Requests per second under 10 connections: the Load table above, "Certificate PDF, rendered".`,
    '',
    '| Renderer | Runs | Median ms | p99 ms | Mean ms |',
    '|---|---:|---:|---:|---:|',
    `| PDFKit, cold (first in a process) | ${data.cold.n} | ${data.cold.median} | ${data.cold.p99} | ${data.cold.mean} |`,
    `| PDFKit, warm | ${w.n} | **${w.median}** | ${w.p99} | ${w.mean} |`,
    `| Baseline: pdf-lib, subset per document | ${b.n} | ${b.median} | ${b.p99} | ${b.mean} |`,
    '',
    `Machine load during this run (1/5/15-minute load average, ${data.cores} cores): ${load.join(' / ')}; on a busy machine every figure here is inflated by the same factor, so compare rows with each other.`,
    '',
    `Staff ZIP of ${ZIP} certificates rendered from scratch and zipped: **${zipSeconds} s** (${data.zip.megabytes} MB; one PDF ≈ ${Math.round(data.meanPdfBytes / 1024)} kB). Once rendered, a certificate's PDF is served from the cache in DATA_DIR.`,
  ].join('\n');
  if (JSON_OUT) console.log(JSON.stringify({ markdown, data }));
  else console.log(markdown);
}

if (process.argv.includes('--cold')) {
  const fx = await fixtures(1);
  const t0 = performance.now();
  const { renderCertificatePdf } = await import(path.join(ROOT, 'src/server/certificates/pdf.ts'));
  await renderCertificatePdf({ ...fx[0] });
  console.log(`COLD ${(performance.now() - t0).toFixed(1)}`);
} else {
  try {
    await main();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
