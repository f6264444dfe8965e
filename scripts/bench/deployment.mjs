// Deployment bench (plug-in of `npm run bench`): exam start and submit on two instances behind
// nginx with TLS on PostgreSQL (deploy/ as it is), as a ratio to one instance on SQLite in the
// same run; and on each setup a bare Astro JSON POST (/api/ping) through the same server stack,
// the framework's floor, so every endpoint's ratio to it is visible.
//
// Needs NETRAL_TEST_PG_URL (a PostgreSQL URL whose user may create databases; the bench creates
// and drops its own). Without it only the SQLite rows are measured.
// Contract (scripts/bench/index.mjs): progress on stderr, one JSON { markdown, data } on stdout.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cannon as timedCannon } from './cannon.mjs';
import pg from 'pg';
import { ROOT, freePort, startApp } from './server.mjs';
import { makeCertificate, renderSite, startNginx } from '../lib/nginx.mjs';
import { identify, nipFor, responsesFor, seedOf } from '../../tests/helpers/bad-input.ts';

const QUICK = process.argv.includes('--quick');
// Learners per setup, measured, and warming up first; the exam-start limit per address (1,000 a
// minute) bounds their sum.
const N = QUICK ? 60 : 400;
const WARM = QUICK ? 20 : 100;
const CONNECTIONS = 10;
const log = (...a) => console.error(...a);
const root = process.env.NETRAL_BENCH_ROOT || ROOT;

async function cannon(opts) {
  const { result: r, seconds } = await timedCannon(opts, CONNECTIONS);
  return { requests: r.requests.total, ok: r['2xx'], non2xx: r.non2xx, errors: r.errors + r.timeouts, rps: Math.round(r.requests.total / seconds), p50: r.latency.p50, p99: r.latency.p99 };
}

const ping = (url, amount) => cannon({ url, amount, method: 'POST', path: '/api/ping', headers: { 'content-type': 'application/json' }, body: '{}' });

/** Registers `n` learners (through `prepUrls`, alternating) and times their exam starts at `url`. */
async function started(url, prepUrls, seed, offset, n) {
  const clients = [];
  for (let i = 0; i < n; i++) clients.push(await identify(prepUrls[i % prepUrls.length], nipFor(offset + i), `Peserta Bench ${offset + i}`));
  const attempts = new Array(n);
  let next = 0;
  const start = await cannon({
    url, amount: n,
    requests: [{
      method: 'POST', path: '/api/ujian',
      setupRequest: (req, ctx) => ((ctx.i = next++), { ...req, headers: { 'content-type': 'application/json', cookie: clients[ctx.i % n].cookie }, body: '{"kind":"final"}' }),
      onResponse: (status, body, ctx) => { if (status === 200) attempts[ctx.i % n] = JSON.parse(body); },
    }],
  });
  const bodies = [];
  for (const [i, a] of attempts.entries()) bodies.push(a && JSON.stringify({ responses: responsesFor(a.questions, await seed(a.id), i % 2 === 0 ? a.questions.length : 1) }));
  return { clients, attempts, bodies, start };
}

/** Submits every started attempt at `url` (half of them pass). */
function submitted(url, { clients, attempts, bodies }) {
  let next = 0;
  return cannon({
    url, amount: attempts.length,
    requests: [{
      method: 'POST',
      setupRequest: (req, ctx) => ((ctx.i = next++ % attempts.length), { ...req, path: `/api/ujian/${attempts[ctx.i]?.id ?? 'tidak-ada'}/kirim`, headers: { 'content-type': 'application/json', cookie: clients[ctx.i].cookie }, body: bodies[ctx.i] ?? '{}' }),
    }],
  });
}

/**
 * Exam start and submit at `url`, measured after WARM learners went through both unmeasured,
 * as the floor is measured after its own warm-up: the first requests of a process compile code
 * and load modules, which a server does once, not per request.
 */
async function examRuns(url, prepUrls, seed, offset) {
  await submitted(url, await started(url, prepUrls, seed, offset, WARM));
  const measured = await started(url, prepUrls, seed, offset + WARM, N);
  return { start: measured.start, submit: await submitted(url, measured) };
}

async function sqliteRun() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-bench-deploy-'));
  const app = await startApp(dataDir);
  try {
    log('  SQLite, one instance');
    await ping(app.url, 2000);
    const floor = await ping(app.url, QUICK ? 5000 : 20_000);
    return { floor, ...(await examRuns(app.url, [app.url], async (id) => seedOf(dataDir, id), 0)) };
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresRun(adminUrl) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'netral-bench-deploy-'));
  const dbName = `netral_bench_deploy_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.toString();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const apps = [];
  let nginx;
  try {
    const [https, http] = [await freePort(), await freePort()];
    const origin = `https://127.0.0.1:${https}`;
    const env = { DATABASE_URL: databaseUrl, PUBLIC_ORIGIN: origin, TRUST_PROXY: '1', NETRAL_SIGNING_KEY: crypto.randomBytes(32).toString('base64url') };
    for (let i = 0; i < 2; i++) apps.push(await startApp(path.join(tmp, 'data'), env, root));
    const { cert, key } = makeCertificate(tmp);
    nginx = await startNginx(tmp, renderSite(root, { instancePorts: apps.map((a) => Number(new URL(a.url).port)), http, https, cert, key }), `${origin}/api/health`);
    log('  PostgreSQL, two instances behind nginx (TLS)');
    await ping(origin, 2000);
    const floor = await ping(origin, QUICK ? 5000 : 20_000);
    const seed = async (id) => (await pool.query('SELECT seed FROM attempts WHERE id = $1', [id])).rows[0].seed;
    const runs = await examRuns(origin, apps.map((a) => a.url), seed, 1000);
    const served = nginx.accessLog().split('\n').filter((l) => l.includes('/api/ujian'));
    const perInstance = apps.map((a) => served.filter((l) => l.endsWith(`127.0.0.1:${new URL(a.url).port}`)).length);
    return { floor, ...runs, perInstance };
  } finally {
    await nginx?.stop();
    for (const a of apps) await a.stop();
    await pool.end();
    const admin2 = new pg.Client({ connectionString: adminUrl });
    await admin2.connect();
    await admin2.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin2.end();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const fmt = (x) => (x === null || x === undefined ? '—' : x.toFixed(2));
function markdown(d) {
  const out = [];
  out.push(`autocannon, ${CONNECTIONS} connections, ${N} learners per setup measured after ${WARM} unmeasured ones warmed the server up (each request a new attempt; half the submits pass and issue a certificate). **One instance on SQLite** (\`scripts/serve.mjs\`, 127.0.0.1) against **two instances on PostgreSQL behind nginx with TLS** (\`deploy/nginx-netral.conf\` as it is, test certificate, HTTP/1.1 from autocannon), in the same run. The floor on each setup is \`POST /api/ping\`: a JSON POST through the same stack (server, headers, compression, Astro router and middleware, body reading) doing no work.`, '');
  out.push('| Setup | Endpoint | req/s | p50 ms | p99 ms | 2xx | ratio to the floor (req/s) |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of [['SQLite ×1', d.sqlite], ['PostgreSQL ×2 + nginx', d.postgres]]) {
    if (!r) continue;
    for (const [k, label] of [['floor', 'POST /api/ping (floor)'], ['start', 'exam start'], ['submit', 'exam submit']]) {
      const v = r[k];
      out.push(`| ${name} | ${label} | ${v.rps} | ${v.p50} | ${v.p99} | ${v.ok}/${v.requests} | ${fmt(v.rps / r.floor.rps)} |`);
    }
  }
  out.push('');
  if (d.postgres) {
    out.push(`Two instances on PostgreSQL behind nginx ÷ one instance on SQLite (throughput): exam start **${fmt(d.ratio.start)}×**, exam submit **${fmt(d.ratio.submit)}×**. Requests per instance (nginx log): ${d.postgres.perInstance.join(' / ')}.`);
    out.push(`Goal: exam submit ≥ 0.3× its floor — SQLite ${fmt(d.sqlite.submit.rps / d.sqlite.floor.rps)}×, PostgreSQL ×2 ${fmt(d.postgres.submit.rps / d.postgres.floor.rps)}×.`, '');
  } else {
    out.push(`PostgreSQL rows skipped: ${d.skipped}.`, '');
  }
  return out.join('\n');
}

const data = { learners: N, connections: CONNECTIONS };
data.sqlite = await sqliteRun();
const adminUrl = process.env.NETRAL_TEST_PG_URL;
if (adminUrl) {
  data.postgres = await postgresRun(adminUrl);
  data.ratio = { start: data.postgres.start.rps / data.sqlite.start.rps, submit: data.postgres.submit.rps / data.sqlite.submit.rps };
} else {
  data.skipped = 'NETRAL_TEST_PG_URL is not set';
}
const md = markdown(data);
if (process.argv.includes('--json')) console.log(JSON.stringify({ markdown: md, data }));
else console.log(md);
