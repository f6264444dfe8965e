// `npm run bench`: one command for every figure in BENCHMARKS.md (and bench-results/latest.json).
// Build time, page weight per page type, LCP/TBT/CLS on a throttled phone, throughput and latency
// of the exam and certificate endpoints next to a bare Node server, the long fault runs, and the
// benches other parts plug in (scripts/bench/hr-dashboard.mjs, scripts/bench/live-session.mjs).
//
// Options: --skip-build (use the current dist/), --quick (fewer runs; for trying the script).
// Everything runs on 127.0.0.1 with bounded counts and durations; about 6-10 minutes on 2 cores.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageWeight } from '../lib/weight.mjs';
import { ROOT, snapshotBuild, startApp, startBare } from './server.mjs';
import { measureVitals, THROTTLING } from './vitals.mjs';
import { bareRun, measureApp } from './load.mjs';
import { killDuringSubmissions, postgresRestart } from './faults.mjs';
import { writeReport } from './report.mjs';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const started = Date.now();
const log = (...a) => console.log(...a);
const section = (title) => log(`\n== ${title} (${Math.round((Date.now() - started) / 1000)} s)`);

function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a git checkout */
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    commit,
  };
}

/** `npm run build`, timed; a second try when another build in the same tree got in the way. */
function build() {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const seconds = Number(((performance.now() - t0) / 1000).toFixed(1));
    if (r.status === 0) return { seconds, attempts: attempt };
    log(`  build failed (attempt ${attempt}):\n${(r.stdout + r.stderr).split('\n').filter((l) => /error|Error/.test(l)).slice(0, 5).join('\n')}`);
  }
  throw new Error('the build failed; BENCHMARKS.md was not updated');
}

/** A plug-in bench (another part's file), run in its own process so it cannot take this one down. */
function plugIn(file, title) {
  if (!fs.existsSync(path.join(ROOT, 'scripts/bench', file))) return { title, available: false };
  section(title);
  // Run from the snapshot, so it serves the same build as everything else here.
  const root = process.env.NETRAL_BENCH_ROOT || ROOT;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/bench', file), '--json'], { cwd: root, encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 });
  const out = r.stdout.trim();
  // Contract: the script prints progress on stderr and, last on stdout, one JSON object
  // { markdown: "<table or text for BENCHMARKS.md>", data: { … } }.
  let parsed = null;
  try {
    parsed = JSON.parse(out.slice(out.lastIndexOf('\n{') + 1));
  } catch {
    /* not the contract */
  }
  if (r.status !== 0 || !parsed) return { title, available: true, ok: false, error: (r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-5).join('\n') };
  return { title, available: true, ok: true, markdown: parsed.markdown, data: parsed.data };
}

const results = { machine: machine(), throttling: THROTTLING };
log(`Netral bench — ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}`);

// 1. Build.
if (args.has('--skip-build') && fs.existsSync(path.join(ROOT, 'dist/server/entry.mjs'))) {
  results.build = null;
} else {
  section('Build');
  results.build = build();
  log(`  ${results.build.seconds} s`);
}

// Serve a private copy of this build (also for the fault runs, through NETRAL_BENCH_ROOT).
const snapshot = snapshotBuild();
process.env.NETRAL_BENCH_ROOT = snapshot;
process.on('exit', () => fs.rmSync(snapshot, { recursive: true, force: true }));

// 2. One server for weight, vitals and load, on a fresh DATA_DIR.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-bench-'));
const app = await startApp(dataDir);
try {
  section('Load (autocannon)');
  const bare = await startBare();
  try {
    const n = QUICK ? 60 : 300;
    const appRuns = await measureApp(app, dataDir, { learners: n, pdfSeconds: QUICK ? 3 : 8, log });
    // A warm-up, then the baseline in the same shapes: a request count for start, submit and the first PDFs, a duration for the cached PDFs.
    await bareRun(bare.url, { amount: 5000 });
    const bareCount = await bareRun(bare.url, { amount: QUICK ? 10_000 : 30_000 });
    const bareTimed = await bareRun(bare.url, { duration: QUICK ? 3 : 8 });
    results.load = { connections: 10, learners: n, bare: { count: bareCount, timed: bareTimed }, ...appRuns };
    for (const [k, v] of Object.entries({ 'exam start': appRuns.start, 'exam submit': appRuns.submit, 'PDF, rendered': appRuns.pdfFirst, 'PDF, cached': appRuns.pdf, 'bare Node http': bareTimed })) {
      if (v) log(`  ${k.padEnd(16)} ${v.rps} req/s  p50 ${v.p50} ms  p99 ${v.p99} ms  (${v.ok}/${v.requests} 2xx)`);
    }
  } finally {
    await bare.stop();
  }

  // Fixtures for the pages that need a learner: one who passed, with a result and a certificate.
  const { identify, nipFor, passFinal } = await import('../../tests/helpers/bad-input.ts');
  const learner = await identify(app.url, nipFor(1500), 'Peserta Halaman');
  const passed = await passFinal(learner, dataDir);
  const [cookieName, cookieValue] = learner.cookie.split('=');
  const cookies = [{ name: cookieName, value: cookieValue, url: app.url }];

  /** Page types; staff and live-session pages count once their routes exist. */
  const pageTypes = [
    { type: 'home', path: '/' },
    { type: 'module list', path: '/modul' },
    { type: 'lesson', path: '/modul/01-mengapa-netral' },
    { type: 'regulations', path: '/peraturan' },
    { type: 'regulation', path: '/peraturan/uu-20-2023' },
    { type: 'exam', path: '/ujian/akhir' },
    { type: 'result', path: `/hasil/${passed.attemptId}` },
    { type: 'certificate', path: `/sertifikat/${passed.number}` },
    { type: 'verification', path: '/verifikasi' },
    { type: 'profile', path: '/profil' },
  ];
  for (const [type, p] of [['staff', '/staf'], ['live session', '/sesi']]) {
    const r = await fetch(app.url + p, { redirect: 'manual' });
    if (r.status === 200) pageTypes.push({ type, path: p });
    else if (r.status >= 300 && r.status < 400) pageTypes.push({ type: `${type} (${new URL(r.headers.get('location'), app.url).pathname})`, path: new URL(r.headers.get('location'), app.url).pathname });
  }

  section('Page weight (gzip)');
  results.weight = [];
  for (const pt of pageTypes) {
    const r = await fetch(app.url + pt.path, { headers: { cookie: learner.cookie } });
    const w = pageWeight(path.join(snapshot, 'dist/client'), await r.text());
    results.weight.push({ type: pt.type, path: pt.path, status: r.status, html: w.html, js: w.js, css: w.css, total: w.total, jsFiles: w.jsFiles.length });
    log(`  ${pt.type.padEnd(22)} HTML ${w.html} B  JS ${w.js} B  CSS ${w.css} B  total ${w.total} B`);
  }

  section('LCP, TBT, CLS (Chromium, phone, CPU 4x, slow 4G)');
  results.vitals = await measureVitals(app.url, pageTypes, { runs: QUICK ? 1 : 3, cookies, log, deadline: started + 8 * 60_000 });
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

// 3. Long fault runs.
section('Fault: SIGKILL during exam submissions');
results.faults = { kill: await killDuringSubmissions({ rounds: QUICK ? 1 : 3, perRound: QUICK ? 20 : 60, log }) };
section('Fault: PostgreSQL restarted under load');
results.faults.postgres = await postgresRestart({ seconds: QUICK ? 10 : 20, log });
if (results.faults.postgres.skipped) log(`  skipped: ${results.faults.postgres.skipped}`);

// 4. Benches from other parts.
results.hrDashboard = plugIn('hr-dashboard.mjs', 'HR dashboard (250k roster / 1M attempts, SQLite and PostgreSQL)');
results.liveSession = plugIn('live-session.mjs', 'Live session load');
results.certificatePdf = plugIn('certificates.mjs', 'Certificate PDF (PDF/A-2b): render time, baseline, ZIP of 500');
results.deployment = plugIn('deployment.mjs', 'Deployment: two instances behind nginx on PostgreSQL, and the framework floor');
for (const p of [results.hrDashboard, results.liveSession, results.certificatePdf, results.deployment]) if (!p.available) log(`\n== ${p.title}: belum tersedia (not available yet)`);

results.totalSeconds = Math.round((Date.now() - started) / 1000);
writeReport(results, ROOT);
log(`\nDone in ${results.totalSeconds} s: BENCHMARKS.md and bench-results/latest.json`);
