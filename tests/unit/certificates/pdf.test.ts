import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { loadIssuerKeys } from '../../../src/server/certificates/keys.ts';
import { buildClaims, issueToken } from '../../../src/server/certificates/sign.ts';
import { renderCertificatePdf, tanggalIndonesia } from '../../../src/server/certificates/pdf.ts';
import { verifyToken } from '../../../src/lib/cert-token.ts';
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

function tokenFor(name: string, extra: Partial<Parameters<typeof buildClaims>[0]> = {}) {
  return issueToken(
    buildClaims(
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
        ...extra,
      },
      keys,
    ),
    keys,
  );
}

async function writePdf(name: string, token: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, await renderCertificatePdf({ token, nip: NIP, publicOrigin: ORIGIN }));
  return file;
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

describe('the certificate PDF shows what the token certifies', () => {
  it('is one A4 landscape page with the name, full NIP, number and the statement of passing', async () => {
    const file = await writePdf('basic', tokenFor("Dr. Hj. Nur'aini, S.Ag., M.Pd.I."));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('SERTIFIKAT');
    expect(text).toContain('Nomor: NTR-2026-7KQ2-M9XK');
    expect(text).toContain("Dr. Hj. Nur'aini, S.Ag., M.Pd.I.");
    expect(text).toContain('NIP 19860926 201505 2 001');
    expect(text).toContain('Penyuluh Agama Islam Ahli Muda');
    expect(text).toContain('Kantor Kementerian Agama Kabupaten Luwu Utara');
    expect(text).toContain('dinyatakan LULUS pelatihan');
    expect(text).toContain(course.title);
    expect(text).toContain(`(versi ${course.version})`);
    expect(text).toContain('dengan nilai 86 (predikat Baik), setara dengan 4 JP');
    expect(text).toContain(`${course.issuer.city}, 22 November 2026`);
    expect(text).toContain(course.signatory.name);
    expect(text).toContain('Pindai untuk memverifikasi');
    expect(text).toContain(`${ORIGIN}/verifikasi`);
  });

  it('has title, author and subject metadata', async () => {
    const file = await writePdf('meta', tokenFor('Siti Aminah'));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Sertifikat NTR-2026-7KQ2-M9XK — Siti Aminah/);
    expect(info).toMatch(new RegExp(`Author:\\s+${course.issuer.name}`));
    expect(info).toMatch(/Subject:\s+Sertifikat pelatihan/);
  });

  it('renders apostrophes and diacritics exactly, from the embedded DejaVu font', async () => {
    const name = 'Ni Luh Putu Ayu Çelik Đặng Ma’ruf';
    const file = await writePdf('diacritics', tokenFor(name));
    expect(pdfText(file)).toContain(name);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    // Both faces embedded (emb = yes) …
    expect(fonts).toMatch(/DejaVuSans-\d+\s.*Identity-H\s+yes/);
    expect(fonts).toMatch(/DejaVuSans-Bold-\d+\s.*Identity-H\s+yes/);
    // … as subsets: the full DejaVu Sans files alone weigh over 1.3 MB.
    expect(fs.statSync(file).size).toBeLessThan(150_000);
  });

  it('a very long name wraps inside the frame instead of overflowing', async () => {
    const name =
      'Prof. Dr. H. Muhammad Abdurrahman Syahputra Nasution Wicaksono Kusumaningrat Hadiningrat, S.Ag., M.Pd.I., M.Si., Ph.D.';
    const file = await writePdf('long', tokenFor(name));
    // Every word is on the page, and nothing is drawn outside the inner frame (x 24..818 pt).
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const word of name.split(' ')) expect(text).toContain(word);
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    for (const m of bbox.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThan(24);
      expect(Number(m[2])).toBeLessThan(841.89 - 24);
    }
  });

  it('prints "NI PPPK" and the digits ungrouped for a PPPK employee', async () => {
    const file = path.join(dir, 'pppk.pdf');
    fs.writeFileSync(file, await renderCertificatePdf({ token: tokenFor('Siti Aminah'), nip: NIP, kind: 'pppk', publicOrigin: ORIGIN }));
    const text = pdfText(file);
    expect(text).toContain(`NI PPPK ${NIP}`);
    expect(text).not.toContain('NIP 19860926');
  });

  it('refuses a NIP that is not the one in the token', async () => {
    await expect(renderCertificatePdf({ token: tokenFor('Siti Aminah'), nip: '198609262015052002', publicOrigin: ORIGIN })).rejects.toThrow(
      /NIP does not match/,
    );
  });

  it('formats the date in Indonesian', () => {
    expect(tanggalIndonesia('2026-08-01')).toBe('1 Agustus 2026');
  });
});

describe('the QR code on the printed page', () => {
  it('decodes from the rendered page to <origin>/verifikasi#<token>, and that token verifies', async () => {
    const token = tokenFor("Dr. Hj. Nur'aini, S.Ag., M.Pd.I.");
    const file = await writePdf('qr', token);
    const { width, height, rgba } = renderPage(file, 150);
    const code = jsQR(rgba, width, height);
    expect(code?.data).toBe(`${ORIGIN}/verifikasi#${token}`);
    const scanned = (code?.data ?? '').split('#')[1];
    expect((await verifyToken(scanned, keys.publicKeyRaw)).ok).toBe(true);
  }, 30_000);
});
