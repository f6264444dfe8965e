// `npm run build`: the Astro build, then brotli and gzip copies of every text asset so the
// server sends compressed bytes without compressing on each request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    // Always a production build, even when called from a test runner that sets NODE_ENV=test.
    stdio: 'inherit', cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
} catch {
  // Astro has already printed what went wrong.
  process.exit(1);
}

const TEXT = /\.(html|js|mjs|css|svg|json|xml|txt|webmanifest)$/;
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (TEXT.test(e.name)) {
      const data = fs.readFileSync(p);
      if (data.length < 512) continue;
      fs.writeFileSync(`${p}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      fs.writeFileSync(`${p}.gz`, zlib.gzipSync(data, { level: 9 }));
    }
  }
}
walk(path.join(root, 'dist/client'));
