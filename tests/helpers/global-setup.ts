/** Builds the site once before the end-to-end tests (skip with NETRAL_SKIP_BUILD=1 when the build is fresh). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.NETRAL_SKIP_BUILD === '1' && existsSync('dist/server/entry.mjs')) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
