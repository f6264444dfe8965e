// Generates the app icons in public/icons (run once, the files are committed):
// icon.svg and icon-192.png / icon-512.png, drawn here with a tiny PNG encoder (node:zlib),
// so no image package is needed. The mark is the site's check mark on the theme colour, full
// bleed with the mark inside the central safe zone, so the icons also work as "maskable".
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
const BG = [0x0b, 0x5c, 0x4a];
// The check mark of favicon.svg (32-unit box), drawn at 75% size around the centre.
const POINTS = [[9, 17], [14, 22], [23, 11]];
const STROKE = 3.2;
const SCALE = 0.75;

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function png(size) {
  const unit = size / 32;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      // Pixel centre in the 32-unit box, mapped through the scale around (16, 16).
      const u = ((x + 0.5) / unit - 16) / SCALE + 16;
      const v = ((y + 0.5) / unit - 16) / SCALE + 16;
      const d = Math.min(distToSegment(u, v, POINTS[0], POINTS[1]), distToSegment(u, v, POINTS[1], POINTS[2]));
      // Anti-aliased edge, one pixel wide.
      const a = Math.max(0, Math.min(1, (STROKE / 2 - d) * unit * SCALE + 0.5));
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(BG[c] * (1 - a) + 255 * a);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
const d = `M${POINTS.map(([x, y]) => `${(x - 16) * SCALE + 16} ${(y - 16) * SCALE + 16}`).join('L')}`;
fs.writeFileSync(
  path.join(dir, 'icon.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5c4a"/><path d="${d}" stroke="#fff" stroke-width="${STROKE * SCALE}" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`,
);
console.log('icons written to', dir);
