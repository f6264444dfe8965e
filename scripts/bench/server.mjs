// Processes the bench measures: the built production server (scripts/serve.mjs) on a temporary
// DATA_DIR, and a bare Node `http` server answering a small JSON, the baseline for ratios.
// Both listen on 127.0.0.1 only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function waitFor(child, text, what) {
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${out}`)), 30_000);
    const onData = (d) => {
      out += d;
      if (out.includes(text)) {
        clearTimeout(timer);
        resolve(() => out);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${out}`));
    });
  });
}

/**
 * A private copy of the build to serve from: a rebuild in the working tree (another developer,
 * a test run) would otherwise replace the chunks under a running server. Source, test helpers (the
 * benches prepare learners with them), deploy/ (the nginx site) and packages are linked, dist/ and
 * scripts/ copied (plug-in benches run from there too). Returns the directory.
 */
export function snapshotBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-bench-build-'));
  fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
  for (const name of ['src', 'tests', 'deploy', 'node_modules', 'package.json', 'public']) if (fs.existsSync(path.join(ROOT, name))) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
  return dir;
}

/** Starts scripts/serve.mjs from `root` (a snapshot); `env` may set DATABASE_URL. */
export async function startApp(dataDir, env = {}, root = process.env.NETRAL_BENCH_ROOT || ROOT) {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_ORIGIN: `http://127.0.0.1:${port}`, DATABASE_URL: '', NETRAL_LOGIN_PER_ADDRESS: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = await waitFor(child, 'siap di', 'server');
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const BARE = `
const http = require('node:http');
const body = JSON.stringify({ status: 'ok', version: '0.1.0' });
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('siap'));
`;

/** The baseline: bare Node http answering a small JSON, in its own process like the app. */
export async function startBare() {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitFor(child, 'siap', 'bare server');
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
