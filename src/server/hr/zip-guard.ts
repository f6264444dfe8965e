/**
 * A guard against zip bombs in uploaded XLSX files (an XLSX is a zip of XML files), run before
 * the workbook is parsed: a 400 KB upload can otherwise expand to gigabytes in memory.
 *
 * 1. The zip's central directory states each entry's uncompressed size: their sum must stay
 *    under XLSX_MAX_UNCOMPRESSED, and every entry must be stored or deflated.
 * 2. Those sizes are only claims: each entry is then inflated in small steps with fflate,
 *    counting bytes, and refused the moment it grows past its stated size (nothing is kept).
 */
import { Inflate } from 'fflate';
import { HttpProblem } from '../http.ts';
import { t } from '../../i18n/index.ts';

/** Largest total uncompressed size of an XLSX upload: 32 MB, about 100,000 roster rows. */
export const XLSX_MAX_UNCOMPRESSED = 32 * 1024 * 1024;
/** Most entries an XLSX may have (a roster workbook has about a dozen). */
const MAX_ENTRIES = 1000;
/** Compressed input fed to the inflater per step: bounds what one step can produce. */
const STEP = 4096;

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

function broken(): HttpProblem {
  return new HttpProblem(422, t('staff.file.brokenXlsx'));
}

/** The central directory's entries (throws 422 when the zip structure is not readable). */
export function zipEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) throw new HttpProblem(413, t('deploy.xlsxTooBig', { mb: XLSX_MAX_UNCOMPRESSED / 1024 / 1024 }));
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw broken();
    entries.push({
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Refuses (413) an XLSX that would expand past XLSX_MAX_UNCOMPRESSED; 422 for a broken zip. */
export function checkXlsxSize(bytes: Uint8Array, limit = XLSX_MAX_UNCOMPRESSED): void {
  const tooBig = () => new HttpProblem(413, t('deploy.xlsxTooBig', { mb: Math.round(limit / 1024 / 1024) }));
  const entries = zipEntries(bytes);
  // 0xFFFFFFFF means ZIP64 sizes: far beyond any roster.
  if (entries.some((e) => e.uncompressed === 0xffffffff || e.compressed === 0xffffffff)) throw tooBig();
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > limit) throw tooBig();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw broken();
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed) throw broken();
      continue;
    }
    if (e.method !== 8) throw broken();
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > e.uncompressed) throw tooBig();
    });
    try {
      for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    } catch (err) {
      if (err instanceof HttpProblem) throw err;
      throw broken();
    }
  }
}
