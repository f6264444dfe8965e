// `npm run check:weight`: gzip weight of every page type of the build, against its budget.
// Exits 1 when a page is over budget. Run after `npm run build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { weighBuild } from './lib/weight.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = weighBuild(path.join(root, 'dist/client'));
console.log('page type     JS (gzip)   budget    total      budget    ');
for (const r of rows) {
  console.log(`${r.type.padEnd(13)} ${kb(r.js).padEnd(11)} ${kb(r.budgetJs).padEnd(9)} ${kb(r.total).padEnd(10)} ${kb(r.budgetTotal).padEnd(9)} ${r.ok ? 'ok' : 'OVER BUDGET'}`);
}
if (rows.some((r) => !r.ok)) process.exit(1);
