/**
 * Zip bombs in XLSX uploads are refused before the workbook is parsed: from the sizes the zip's
 * directory states, and, when those lie, while inflating in small steps. A real roster still reads.
 */
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/server/hr/table-file.ts';
import { XLSX_MAX_UNCOMPRESSED } from '../../../src/server/hr/zip-guard.ts';
import { HttpProblem } from '../../../src/server/http.ts';

/**
 * A zip whose one worksheet inflates to `mb` megabytes of zeros (quick to build, little memory),
 * in a hand-written zip: local header, data, central directory.
 */
function bomb(mb: number): Uint8Array {
  const zeros = Buffer.alloc(1024 * 1024);
  // 1 MB of zeros as non-final deflate blocks ending on a full flush (byte-aligned, no shared
  // window): the same piece repeated is a valid stream; an empty final block closes it.
  const piece = zlib.deflateRawSync(zeros, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = zlib.crc32(zeros, crc);
  const data = Buffer.concat([...Array(mb).fill(piece), Buffer.from([0x03, 0x00])]);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const size = mb * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/** The same bomb with its central directory claiming a small size. */
function lyingBomb(mb: number): Uint8Array {
  const b = bomb(mb);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = b.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, 10_000, true);
      break;
    }
  }
  return b;
}

async function refused(bytes: Uint8Array) {
  const rss = process.memoryUsage().rss;
  const t0 = performance.now();
  const e = await readTable(bytes, 10_000).then(() => undefined, (err) => err);
  const ms = performance.now() - t0;
  expect(e).toBeInstanceOf(HttpProblem);
  return { e: e as HttpProblem, ms, extraMb: (process.memoryUsage().rss - rss) / 1024 / 1024 };
}

describe('XLSX zip bombs', () => {
  it('a 430 KB file that expands to 429 MB is refused from its directory, in under a second and 200 MB', async () => {
    const b = bomb(429);
    expect(b.length).toBeLessThan(1024 * 1024);
    const { e, ms, extraMb } = await refused(b);
    expect(e.status).toBe(413);
    expect(e.message).toBe(`Berkas XLSX terlalu besar setelah dibuka (lebih dari ${XLSX_MAX_UNCOMPRESSED / 1024 / 1024} MB data). Pisahkan roster menjadi beberapa berkas, atau simpan sebagai CSV.`);
    expect(ms).toBeLessThan(1000);
    expect(extraMb).toBeLessThan(200);
  });

  it('a bomb whose directory lies about its size is stopped while inflating', async () => {
    const { e, ms, extraMb } = await refused(lyingBomb(429));
    expect(e.status).toBe(413);
    expect(ms).toBeLessThan(1000);
    expect(extraMb).toBeLessThan(200);
  });

  it('a broken zip is a 422, and a real roster workbook still reads', async () => {
    const b = bomb(1);
    expect((await refused(b.subarray(0, b.length - 30))).e.status).toBe(422);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Roster');
    ws.addRow(['NIP', 'Nama']);
    ws.addRow(['198609262015051001', 'Siti Aminah']);
    const table = await readTable(new Uint8Array(await wb.xlsx.writeBuffer()), 100);
    expect(table.header).toEqual(['nip', 'nama']);
    expect(table.rows[0].cells).toEqual(['198609262015051001', 'Siti Aminah']);
  });
});
