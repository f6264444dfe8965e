import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { loadIssuerKeys } from '../../../src/server/certificates/keys.ts';
import { buildClaims, issueCompactToken, MAX_QR_VERSION, qrFor, type CertificateRecord } from '../../../src/server/certificates/sign.ts';
import { renderCertificatePdf, tanggalIndonesia, periode } from '../../../src/server/certificates/pdf.ts';
import { DEFAULT_ISSUER, type EffectiveIssuer } from '../../../src/server/certificates/issuer.ts';
import { verifyCompactToken, base64urlEncode } from '../../../src/lib/cert-token.ts';
import { course } from '../../../src/content/course.ts';

const ORIGIN = 'https://netral.example.go.id';
const NIP = '198609262015052001';
let dir: string;
let keys: ReturnType<typeof loadIssuerKeys>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-pdf-'));
  keys = loadIssuerKeys({ dataDir: dir, signingKey: undefined });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TABALONG: EffectiveIssuer = {
  ...DEFAULT_ISSUER,
  institution: 'Kantor Kementerian Agama Kabupaten Tabalong',
  kop: ['Jl. Jenderal Sudirman No. 1, Tanjung, Kalimantan Selatan'],
  city: 'Tanjung',
  signatory: { name: 'Dr. H. Ahmad Fauzi, M.Pd.', nip: '197203151998031002', title: 'Kepala Kantor' },
  mengetahui: { name: 'Drs. H. Muhammad Yusuf, M.Si.', nip: '196805101994031003', title: 'Kepala Kanwil Kemenag Prov. Kalimantan Selatan' },
  unitId: 'KANKEMENAG-TABALONG',
  timeZone: 'Asia/Makassar',
};

function recordFor(name: string, issuer: EffectiveIssuer | null = TABALONG): CertificateRecord {
  const r: CertificateRecord = buildClaims(
    {
      number: 'NTR-2026-7KQ2-M9XK',
      name,
      nip: NIP,
      jabatan: 'Penyuluh Agama Islam Ahli Muda',
      pangkat: 'Penata (III/c)',
      unit: 'Kantor Kementerian Agama Kabupaten Luwu Utara',
      score: 86,
      jp: 4,
      issuedAt: '2026-11-22',
      ...(issuer ? { issuer: issuer.institution } : {}),
    },
    keys,
  );
  r.from = '2026-11-18';
  if (issuer) {
    r.issuerProfile = issuer;
    r.tz = issuer.timeZone;
  }
  return r;
}

async function writePdf(name: string, record: CertificateRecord, extra: { kind?: 'pns' | 'pppk' } = {}): Promise<{ file: string; token: string }> {
  const file = path.join(dir, `${name}.pdf`);
  const token = issueCompactToken(record, NIP, keys, ORIGIN);
  fs.writeFileSync(file, await renderCertificatePdf({ record, token, nip: NIP, publicOrigin: ORIGIN, ...extra }));
  return { file, token };
}

/** pdftotext with the layout kept (so wrapped names stay readable), whitespace collapsed. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Renders page 1 with pdftoppm to a binary PPM and returns RGBA pixels. */
function renderPage(file: string, dpi: number) {
  const out = path.join(dir, `page-${path.basename(file, '.pdf')}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-singlefile', file, out]);
  const ppm = fs.readFileSync(`${out}.ppm`);
  // Header: "P6" width height maxval, separated by whitespace, then one whitespace byte.
  const header = ppm.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) {
    rgba[i * 4] = rgb[j];
    rgba[i * 4 + 1] = rgb[j + 1];
    rgba[i * 4 + 2] = rgb[j + 2];
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

describe('the certificate PDF shows the record and its issuer', () => {
  it('is one A4 landscape page with kop, name, full NIP, number, statement, period, place, local date and both signatories', async () => {
    const { file } = await writePdf('basic', recordFor("Dr. Hj. Nur'aini, S.Ag., M.Pd.I."));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('KANTOR KEMENTERIAN AGAMA KABUPATEN TABALONG');
    expect(text).toContain('Jl. Jenderal Sudirman No. 1, Tanjung, Kalimantan Selatan');
    expect(text).toContain('Nomor: NTR-2026-7KQ2-M9XK');
    expect(text).toContain("Dr. Hj. Nur'aini, S.Ag., M.Pd.I.");
    expect(text).toContain('NIP 19860926 201505 2 001');
    expect(text).toContain('Penyuluh Agama Islam Ahli Muda');
    expect(text).toContain('Kantor Kementerian Agama Kabupaten Luwu Utara');
    expect(text).toContain('dinyatakan LULUS pelatihan');
    expect(text).toContain(`${course.title} (versi ${course.version})`);
    expect(text).toContain('dengan nilai 86 (predikat Baik), setara dengan 4 JP');
    expect(text).toContain('Periode pelatihan: 18–22 November 2026');
    expect(text).toContain('Tanjung, 22 November 2026');
    expect(text).toContain('Dr. H. Ahmad Fauzi, M.Pd.');
    expect(text).toContain('NIP 19720315 199803 1 002');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Drs. H. Muhammad Yusuf, M.Si.');
    expect(text).toContain('Pindai untuk memverifikasi');
    expect(text).toContain(`${ORIGIN}/verifikasi`);
  });

  it('is PDF/A-2b: XMP pdfaid part 2 conformance B, an sRGB OutputIntent, subset fonts with standard names', async () => {
    const { file } = await writePdf('pdfa', recordFor('Siti Aminah'));
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const raw = fs.readFileSync(file).toString('latin1');
    expect(raw).toMatch(/\/OutputIntents\s*\[/);
    expect(raw).toMatch(/\/S\s*\/GTS_PDFA1/);
    expect(raw).toContain('sRGB IEC61966-2.1');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    // Every font embedded (emb), subset (sub), with a Unicode map, named "ABCDEF+…" as PDF requires.
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?\s.*\byes\s+yes\s+yes\b/);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Sertifikat NTR-2026-7KQ2-M9XK — Siti Aminah/);
    expect(info).toMatch(/Author:\s+Kantor Kementerian Agama Kabupaten Tabalong/);
  });

  it('draws an SVG logo and a PNG signature, and stays PDF/A', async () => {
    const record = recordFor('Siti Aminah');
    const token = issueCompactToken(record, NIP, keys, ORIGIN);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0a5"/></svg>';
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const file = path.join(dir, 'images.pdf');
    fs.writeFileSync(file, await renderCertificatePdf({ record, token, nip: NIP, publicOrigin: ORIGIN, images: { logo: { mime: 'image/svg+xml', bytes: new TextEncoder().encode(svg) }, signature: { mime: 'image/png', bytes: png } } }));
    // The PNG signature is an image; the SVG logo is drawn as vector paths (a green fill).
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length).toBeGreaterThanOrEqual(1);
    const { width, height, rgba } = renderPage(file, 50);
    let green = 0;
    for (let i = 0; i < width * height * 4; i += 4) if (rgba[i] < 40 && rgba[i + 1] > 140 && rgba[i + 2] > 60 && rgba[i + 2] < 120) green++;
    expect(green).toBeGreaterThan(20);
    expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  });

  it('old certificates without an issuer profile print the default issuer', async () => {
    const { file } = await writePdf('default', recordFor('Siti Aminah', null));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(`${DEFAULT_ISSUER.city}, 22 November 2026`);
    expect(text).toContain(DEFAULT_ISSUER.signatory.name);
    expect(text).not.toContain('Mengetahui');
  });

  it('renders apostrophes and diacritics exactly, from the embedded DejaVu font', async () => {
    const name = 'Ni Luh Putu Ayu Çelik Đặng Ma’ruf';
    const { file } = await writePdf('diacritics', recordFor(name));
    expect(pdfText(file)).toContain(name);
    // Subsets: the full DejaVu Sans files alone weigh over 1.3 MB.
    expect(fs.statSync(file).size).toBeLessThan(150_000);
  });

  it('a very long name and unit wrap inside the frame instead of overflowing', async () => {
    const name = 'Prof. Dr. H. Muhammad Abdurrahman Syahputra Nasution Wicaksono Kusumaningrat Hadiningrat, S.Ag., M.Pd.I., M.Si., Ph.D.';
    const { file } = await writePdf('long', recordFor(name));
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const word of name.split(' ')) expect(text).toContain(word);
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    for (const m of bbox.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThan(24);
      expect(Number(m[2])).toBeLessThan(841.89 - 24);
    }
  });

  it('prints "NI PPPK" and the digits ungrouped for a PPPK employee', async () => {
    const { file } = await writePdf('pppk', recordFor('Siti Aminah'), { kind: 'pppk' });
    const text = pdfText(file);
    expect(text).toContain(`NI PPPK ${NIP}`);
    expect(text).not.toContain('NIP 19860926');
  });

  it('formats dates and training periods in Indonesian', () => {
    expect(tanggalIndonesia('2026-08-01')).toBe('1 Agustus 2026');
    expect(periode('2026-12-01', '2026-12-07')).toBe('1–7 Desember 2026');
    expect(periode('2026-11-28', '2026-12-07')).toBe('28 November – 7 Desember 2026');
    expect(periode('2025-12-30', '2026-01-02')).toBe('30 Desember 2025 – 2 Januari 2026');
    expect(periode('2026-12-07', '2026-12-07')).toBe('7 Desember 2026');
  });
});

describe('the QR code on the printed page', () => {
  for (const [label, name] of [
    ['a usual name', "Dr. Hj. Nur'aini, S.Ag., M.Pd.I."],
    ['a very long name', 'Prof. Dr. H. Muhammad Abdurrahman Syahputra Nasution Wicaksono Kusumaningrat Hadiningrat, S.Ag., M.Pd.I., M.Si., Ph.D.'],
  ] as const) {
    it(`with ${label}: decodes from a 150-dpi render as version ≤ 10 to <origin>/verifikasi#<token>, and the token verifies`, async () => {
      const { file, token } = await writePdf(`qr-${label.length}`, recordFor(name));
      const { width, height, rgba } = renderPage(file, 150);
      const code = jsQR(rgba, width, height);
      expect(code?.data).toBe(`${ORIGIN}/verifikasi#${token}`);
      expect(code?.version).toBeLessThanOrEqual(MAX_QR_VERSION);
      expect(qrFor(code!.data).version).toBe(code?.version);
      const scanned = (code?.data ?? '').split('#')[1];
      const r = await verifyCompactToken(scanned, { [base64urlEncode(keys.coseKid)]: keys.publicKeyRaw });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.claims).toMatchObject({ no: 'NTR-2026-7KQ2-M9XK', date: '2026-11-22', score: 86 });
        expect(name.startsWith(r.claims.name.replace(/…$/, ''))).toBe(true);
      }
    }, 30_000);
  }
});
