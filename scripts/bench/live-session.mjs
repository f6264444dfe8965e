#!/usr/bin/env node
/**
 * Load check of a live session on the built server (loopback, fresh DATA_DIR), in two patterns:
 *  - hall: N phones (default 300) join spread over 10 s, listen on SSE, and answer each question
 *    spread over the 10 s after it opens (as people read and think); goal p99 ≤ 100 ms for join,
 *    phone view, answer and "question opened" reaching every phone;
 *  - burst: everything at once (join, open the whole test, view, answer); goal p99 ≤ 500 ms with
 *    no error, and the requests per second sustained.
 * With DATABASE_URL (PostgreSQL): also 1,000 phones over two instances (hall pattern), each phone
 * on one instance. Every run checks every answer was recorded exactly once (one answer per phone
 * is sent twice). Figures: joinMs, viewMs, answerMs, sseStateDeliveryMs under data.hall,
 * data.burst (and data.postgres).
 *
 *   node scripts/bench/live-session.mjs [--participants 300] [--pg-participants 1000] [--only hall|burst] [--json]
 *
 * Needs a build (`npm run build`). Exits 1 when an answer is lost or recorded twice.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { Agent, fetch as undiciFetch } from 'undici';
import { hashPassword } from '../../src/server/auth/password.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('participants', 300);
const N_PG = arg('pg-participants', 1000);
const PG_URL = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : null;
/** Questions the hall pattern opens one by one, and how long people take to join and to answer. */
const HALL_QUESTIONS = arg('hall-questions', 3);
const SPREAD_MS = arg('spread-ms', 10_000);
/** --json: the bench harness's contract (progress on stderr, last line { markdown, data }). */
const JSON_MODE = process.argv.includes('--json');
/** --only hall|burst: measure one pattern (while working on it); the report needs both. */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const log = (m) => process.stderr.write(`live-session: ${m}\n`);
const PASSWORD = 'bench kata sandi panjang';

if (!existsSync(path.join(root, 'dist/server/entry.mjs'))) {
  console.error('live-session: build first (npm run build)');
  process.exit(2);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function startServer(databaseUrl = null, dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-bench-'))) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_ORIGIN: `http://127.0.0.1:${port}` };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  // NETRAL_BENCH_PROFILE=<dir>: the server writes a CPU profile there (node --cpu-prof) on exit.
  const prof = process.env.NETRAL_BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.NETRAL_BENCH_PROFILE] : [];
  const child = spawn(process.execPath, [...prof, 'scripts/serve.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    child.stdout.on('data', () => out.includes('siap di') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited ${code}:\n${out}`))));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => out,
    /** CPU time the server process has used (user + system), ms: contention does not inflate it. */
    cpuMs: () => {
      try {
        const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const pct = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 10) / 10;
};
const stats = (xs) => ({ n: xs.length, p50: pct(xs, 50), p99: pct(xs, 99), max: xs.length ? Math.round(Math.max(...xs) * 10) / 10 : null });

/** 18-digit NIPs that parse: born 1986-09-26, appointed 2015-05, serial i. */
const nipFor = (i) => `19860926201505${i < 999 ? '1' : '2'}${String((i % 999) + 1).padStart(3, '0')}`;

/** Some valid response for a public question (right or wrong does not matter here). */
function anyResponse(q, salt) {
  switch (q.type) {
    case 'single': return q.options[salt % q.options.length].id;
    case 'multiple': return [q.options[salt % q.options.length].id];
    case 'truefalse': return salt % 2 === 0;
    case 'judgement': return salt % 2 === 0 ? 'boleh' : 'tidak';
    case 'matching': return Object.fromEntries(q.lefts.map((l, i) => [l.id, q.rights[i].id]));
    case 'ordering': return q.items.map((i) => i.id);
  }
}

async function timed(fn) {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

/** A refused or timed-out connection as a failed response (counted as an error, not a crash). */
const failed = (e) => ({ ok: false, status: `network (${e.cause?.code ?? e.message})`, headers: new Headers(), text: async () => '', json: async () => null, arrayBuffer: async () => null });
const safeFetch = (url, init) => undiciFetch(url, init).catch(failed);

const json = { 'content-type': 'application/json' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A unit and a facilitator, straight into the database (as an admin would create them). */
async function seed(server, databaseUrl) {
  const now = new Date().toISOString();
  const hash = await hashPassword(PASSWORD);
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    await c.query('INSERT INTO units (id, name, parent_id, created_at) VALUES ($1, $2, NULL, $3) ON CONFLICT DO NOTHING', ['BENCH', 'Kankemenag Bench', now]);
    await c.query(`INSERT INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at)
      VALUES ('bench-f', 'bench', 'Fasilitator Bench', $1, 'facilitator', 'BENCH', 0, 0, NULL, $2) ON CONFLICT (id) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL`, [hash, now]);
    await c.end();
    return;
  }
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'));
  d.exec('PRAGMA busy_timeout = 5000');
  d.prepare('INSERT OR IGNORE INTO units (id, name, parent_id, created_at) VALUES (?, ?, NULL, ?)').run('BENCH', 'Kankemenag Bench', now);
  d.prepare(`INSERT OR IGNORE INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at)
    VALUES ('bench-f', 'bench', 'Fasilitator Bench', ?, 'facilitator', 'BENCH', 0, 0, NULL, ?)`).run(hash, now);
  d.close();
}

/** Signs the facilitator in and creates a session with a pre-test; returns what the console needs. */
async function facilitator(base) {
  let res = await fetch(`${base}/api/staf/masuk`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'bench', password: PASSWORD }) });
  if (!res.ok) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  const { csrfToken } = await res.json();
  const headers = { ...json, cookie, 'x-csrf-token': csrfToken };
  res = await fetch(`${base}/api/staf/sesi`, { method: 'POST', headers, body: JSON.stringify({ title: 'Uji beban sesi', day: new Date().toISOString().slice(0, 10), place: 'Loopback', unitId: 'BENCH', withPre: true, withPost: false }) });
  if (!res.ok) throw new Error(`create: ${res.status} ${await res.text()}`);
  const { id, code } = await res.json();
  const act = async (body) => {
    const r = await fetch(`${base}/api/staf/sesi/${id}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`${body.action}: ${r.status} ${await r.text()}`);
  };
  return { id, code, cookie, act };
}

/**
 * One phone: joins (timed), listens on SSE and notes when each "state" event arrives. `bases`:
 * the instances; phone i uses bases[i % bases.length].
 */
function makePhone(i, bases, code, errors) {
  const base = bases[i % bases.length];
  const phone = { i, base, cookie: null, eventId: 0, states: [], ac: new AbortController(), onState: null };
  // As a phone's browser: its own keep-alive connection for requests and one for the event
  // stream, opened when it joins and reused after (one shared pool would open connections that no
  // phone would, mid-burst).
  const requests = new Agent({ connections: 1 });
  const events = new Agent({ connections: 1 });
  phone.close = () => Promise.all([requests.close(), events.close()]).catch(() => {});
  phone.join = async () => {
    const [r, ms] = await timed(() => safeFetch(`${base}/api/sesi/${code}/gabung`, { dispatcher: requests, method: 'POST', headers: json, body: JSON.stringify({ nip: nipFor(i), name: `Peserta Uji ${i + 1}`, jabatan: 'Penyuluh Agama' }) }));
    if (!r.ok) {
      errors.push(`join ${i}: ${r.status}`);
      await r.arrayBuffer();
      return null;
    }
    const body = await r.json();
    phone.cookie = r.headers.get('set-cookie').split(';')[0];
    phone.eventId = body.view.eventId;
    return ms;
  };
  phone.listen = async () => {
    const r = await safeFetch(`${base}/api/sesi/${code}/events?after=${phone.eventId}`, { dispatcher: events, headers: { cookie: phone.cookie, accept: 'text/event-stream' }, signal: phone.ac.signal });
    if (!r.ok) return void errors.push(`events ${i}: ${r.status}`);
    const reader = r.body.getReader();
    const dec = new TextDecoder();
    (async () => {
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += dec.decode(value, { stream: true });
          let k;
          while ((k = buf.indexOf('\n\n')) >= 0) {
            const chunk = buf.slice(0, k);
            buf = buf.slice(k + 2);
            if (chunk.includes('"type":"state"')) {
              phone.states.push(performance.now());
              const line = chunk.split('\n').find((l) => l.startsWith('data: '));
              phone.lastState = line ? JSON.parse(line.slice(6)).data : null;
              phone.onState?.();
            }
          }
        }
      } catch {
        /* aborted at the end */
      }
    })();
  };
  phone.view = async () => {
    const [r, ms] = await timed(() => safeFetch(`${base}/api/sesi/${code}`, { dispatcher: requests, headers: { cookie: phone.cookie } }));
    if (!r.ok) {
      errors.push(`view ${i}: ${r.status}`);
      await r.arrayBuffer();
      return [null, ms];
    }
    return [await r.json(), ms];
  };
  // A failed answer (5xx, network) is sent again after a second, as a person taps again; the
  // latency reported is the first attempt's, every failure is counted, and the exactly-once check
  // then also covers answers that arrived twice.
  phone.answer = async (q, salt) => {
    const body = JSON.stringify({ test: 'pre', questionId: q.id, response: anyResponse(q, salt) });
    let first = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const [r, ms] = await timed(() => safeFetch(`${base}/api/sesi/${code}/jawaban`, { dispatcher: requests, method: 'PUT', headers: { ...json, cookie: phone.cookie }, body }));
      first ??= ms;
      if (r.status === 200) {
        await r.arrayBuffer();
        return first;
      }
      errors.push(`answer ${i}: ${r.status} ${(await r.text()).slice(0, 100)}`);
      if (typeof r.status === 'number' && r.status < 500) break;
      await sleep(1000);
    }
    return first;
  };
  return phone;
}

/** Waits until every phone has seen `n` state events (or the timeout), then returns the delays. */
async function waitStates(phones, n, since, timeoutMs = 15_000) {
  const t0 = performance.now();
  while (phones.some((p) => p.states.length < n) && performance.now() - t0 < timeoutMs) await sleep(20);
  return phones.filter((p) => p.states.length >= n).map((p) => p.states[n - 1] - since);
}

/** Reads the answers back: rows, duplicates, and phones whose first answer was replaced once. */
async function recorded(server, databaseUrl, sessionId) {
  const q = {
    rows: 'SELECT count(*) AS n FROM live_answers WHERE session_id = $1',
    dup: 'SELECT count(*) AS n FROM (SELECT participant_id, question_id FROM live_answers WHERE session_id = $1 GROUP BY 1, 2 HAVING count(*) > 1) d',
    participants: 'SELECT count(*) AS n FROM live_participants WHERE session_id = $1',
    changed: 'SELECT count(*) AS n FROM live_answers WHERE session_id = $1 AND changes = 1',
  };
  const out = {};
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    for (const [k, sql] of Object.entries(q)) out[k] = Number((await c.query(sql, [sessionId])).rows[0].n);
    await c.end();
  } else {
    const db = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
    for (const [k, sql] of Object.entries(q)) out[k] = Number(db.prepare(sql.replace('$1', '?')).get(sessionId).n);
    db.close();
  }
  return out;
}

/**
 * The hall pattern: joins spread over SPREAD_MS; then HALL_QUESTIONS questions opened one by one,
 * each phone fetching its view when the question reaches it and answering at a random moment in
 * the SPREAD_MS after that (its first answer sent twice, as a person changing their mind).
 */
async function hall(servers, n, databaseUrl) {
  const bases = servers.map((s) => s.url);
  const f = await facilitator(bases[0]);
  const errors = [];
  const cpu0 = servers.map((s) => s.cpuMs());
  const load0 = os.loadavg()[0];
  const phones = Array.from({ length: n }, (_, i) => makePhone(i, bases, f.code, errors));
  log(`hall: ${n} phones join over ${SPREAD_MS / 1000} s (${bases.length} instance(s))`);
  const joinMs = [];
  await Promise.all(phones.map(async (p) => {
    await sleep(Math.random() * SPREAD_MS);
    const ms = await p.join();
    if (ms !== null) joinMs.push(ms);
    if (p.cookie) await p.listen();
  }));
  const live = phones.filter((p) => p.cookie);
  await sleep(500);
  const viewMs = [];
  const answerMs = [];
  const fanout = [];
  let sent = 0;
  for (let k = 0; k < HALL_QUESTIONS; k++) {
    const work = [];
    for (const p of live) {
      p.onState = () => {
        p.onState = null;
        work.push((async () => {
          // As the app does: the question comes with the event; no request is needed to show it.
          const t = p.lastState?.test;
          const q = t?.questions.find((x) => t.open.includes(x.id));
          if (!q) return errors.push(`phone ${p.i}: no open question in the event`);
          // Some phones reload or reconnect while people think: every phone asks for its view
          // once per question, at a random moment (more than a hall really does).
          const viewing = (async () => {
            await sleep(Math.random() * SPREAD_MS);
            const [view, ms] = await p.view();
            viewMs.push(ms);
            if (!view?.test?.open.includes(q.id)) errors.push(`phone ${p.i}: the view lacks the open question`);
          })();
          await sleep(Math.random() * SPREAD_MS);
          answerMs.push(await p.answer(q, p.i + k));
          sent++;
          if (k === 0) {
            answerMs.push(await p.answer(q, p.i + k + 1));
            sent++;
          }
          await viewing;
        })());
      };
    }
    const opened = performance.now();
    await f.act({ action: 'next', test: 'pre' });
    fanout.push(...(await waitStates(live, k + 1, opened)));
    while (work.length < live.length && performance.now() - opened < 20_000) await sleep(20);
    await Promise.all(work);
  }
  for (const p of phones) p.ac.abort(), p.close();
  const cpu = servers.reduce((sum, s, i) => sum + (s.cpuMs() ?? 0) - (cpu0[i] ?? 0), 0);
  const requests = joinMs.length + viewMs.length + answerMs.length + live.length;
  const r = await recorded(servers[0], databaseUrl, f.id);
  const expected = live.length * HALL_QUESTIONS;
  const once = r.rows === expected && r.dup === 0 && r.participants === live.length && r.changed === live.length && live.length === n;
  return {
    participants: n, instances: bases.length, questions: HALL_QUESTIONS, answersSent: sent, requests,
    serverCpuMsPerRequest: Math.round((cpu / requests) * 100) / 100, loadAverage: Math.round(((load0 + os.loadavg()[0]) / 2) * 10) / 10, errors: errors.length, firstErrors: errors.slice(0, 5),
    recordedExactlyOnce: once, answerRows: r.rows, expectedRows: expected, duplicates: r.dup,
    joinMs: stats(joinMs), viewMs: stats(viewMs), answerMs: stats(answerMs), sseStateDeliveryMs: stats(fanout), sseMissed: live.length * HALL_QUESTIONS - fanout.length,
  };
}

/** The burst pattern: every phone joins at once, the whole test opens, every phone views and answers everything at once. */
async function burst(server, n, databaseUrl = null) {
  const f = await facilitator(server.url);
  const errors = [];
  const phones = Array.from({ length: n }, (_, i) => makePhone(i, [server.url], f.code, errors));
  log(`burst: ${n} phones, everything at once`);
  const cpu0 = server.cpuMs();
  const load0 = os.loadavg()[0];
  const t0 = performance.now();
  let requests = 0;
  const joinMs = (await Promise.all(phones.map((p) => p.join()))).filter((x) => x !== null);
  requests += n;
  const live = phones.filter((p) => p.cookie);
  await Promise.all(live.map((p) => p.listen()));
  requests += live.length;
  const opened = performance.now();
  await f.act({ action: 'openAll', test: 'pre' });
  const fanout = await waitStates(live, 1, opened);
  const viewMs = [];
  const answerMs = [];
  let questions = 0;
  await Promise.all(live.map(async (p) => {
    const [view, ms] = await p.view();
    viewMs.push(ms);
    requests++;
    const qs = view?.test?.questions ?? [];
    questions = qs.length;
    for (const [k, q] of qs.entries()) {
      for (let t = 0; t < (k === 0 ? 2 : 1); t++) {
        answerMs.push(await p.answer(q, p.i + k + t));
        requests++;
      }
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = (server.cpuMs() ?? 0) - (cpu0 ?? 0);
  for (const p of phones) p.ac.abort(), p.close();
  const r = await recorded(server, databaseUrl, f.id);
  const expected = live.length * questions;
  const once = r.rows === expected && r.dup === 0 && r.participants === n && r.changed === n;
  return {
    participants: n, questions, requests, seconds: Math.round(seconds * 10) / 10, requestsPerSecond: Math.round(requests / seconds),
    serverCpuMsPerRequest: Math.round((cpu / requests) * 100) / 100, loadAverage: Math.round(((load0 + os.loadavg()[0]) / 2) * 10) / 10, errors: errors.length, firstErrors: errors.slice(0, 5),
    recordedExactlyOnce: once, answerRows: r.rows, expectedRows: expected, duplicates: r.dup,
    joinMs: stats(joinMs), viewMs: stats(viewMs), answerMs: stats(answerMs), sseStateDeliveryMs: stats(fanout), sseMissed: live.length - fanout.length,
  };
}

const row = (label, x, goal) => `| ${label} | ${x.n} | ${x.p50} | ${x.p99} | ${x.max} | ${goal} |`;
function table(d, goal) {
  return [
    '| Step | Requests | p50 ms | p99 ms | max ms | Goal (p99) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    row('Join', d.joinMs, goal),
    row('Phone view', d.viewMs, goal),
    row('Answer', d.answerMs, goal),
    row('"Question opened" reaching every phone (SSE)', d.sseStateDeliveryMs, goal),
  ].join('\n');
}
/** Exactly once: every phone's answer stored once, no duplicates (failed requests are listed separately). */
const yes = (d) => (d.recordedExactlyOnce ? 'yes' : 'NO');

let exitCode = 0;
const data = { bench: 'live-session' };
const servers = [];
try {
  // --participants 0: only the PostgreSQL run.
  if (N > 0) {
    const sqlite = await startServer();
    servers.push(sqlite);
    await seed(sqlite, null);
    // Warm-up: the first requests load the server's modules; a small run first, not measured.
    await burst(sqlite, 10);
    if (ONLY !== 'burst') data.hall = await hall([sqlite], N, null);
    if (ONLY !== 'hall') data.burst = await burst(sqlite, N);
  }
  // The SQLite figures first: a failing PostgreSQL run must not lose them.
  if (PG_URL) log(JSON.stringify({ hall: data.hall, burst: data.burst }));
  if (PG_URL) try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netral-bench-pg-'));
    const a = await startServer(PG_URL, dir);
    servers.push(a);
    await seed(a, PG_URL);
    const b = await startServer(PG_URL, dir);
    servers.push(b);
    await burst(a, 10, PG_URL);
    await burst(b, 10, PG_URL);
    data.postgres = await hall([a, b], N_PG, PG_URL);
    // What the servers said about failed requests (stderr of the bench, for whoever reads it).
    if (data.postgres.errors) for (const srv of [a, b]) log(`server output:\n${srv.output().slice(-1500)}`);
  } catch (e) {
    data.postgres = { error: String(e?.stack ?? e).split('\n').slice(0, 3).join(' '), recordedExactlyOnce: false, errors: 1 };
  }
  for (const d of [data.hall, data.burst, data.postgres]) if (d && (!d.recordedExactlyOnce || d.errors)) exitCode = 1;
  const markdown = !data.hall || !data.burst ? JSON.stringify(data) : [
    `**Hall** — ${N} phones on loopback (SQLite, one instance) join spread over ${SPREAD_MS / 1000} s, listen over SSE, and answer ${data.hall.questions} questions opened one by one, each answer spread over the ${SPREAD_MS / 1000} s after the question opens. Every answer exactly once: **${yes(data.hall)}** (${data.hall.answerRows} rows for ${data.hall.expectedRows}, ${data.hall.duplicates} duplicates, ${data.hall.errors} errors). Server CPU ${data.hall.serverCpuMsPerRequest} ms per request; machine load average ${data.hall.loadAverage} on ${os.cpus().length} cores during the run.`,
    '',
    table(data.hall, '≤ 100 ms'),
    '',
    `**Burst** — the same ${N} phones do everything at once: join, the whole pre-test (${data.burst.questions} questions) opens, every phone views and answers every question (one twice). ${data.burst.requests} requests in ${data.burst.seconds} s: **${data.burst.requestsPerSecond} requests/s** sustained, ${data.burst.errors} errors. Every answer exactly once: **${yes(data.burst)}**. Server CPU ${data.burst.serverCpuMsPerRequest} ms per request; load average ${data.burst.loadAverage}.`,
    '',
    table(data.burst, '≤ 500 ms, no error'),
    ...(data.postgres?.error
      ? ['', `**PostgreSQL, two instances** — ${N_PG} phones: the run failed: ${data.postgres.error}`]
      : data.postgres
      ? ['', `**PostgreSQL, two instances** — ${N_PG} phones (half on each instance) in the hall pattern; events cross instances by LISTEN/NOTIFY. Every answer exactly once: **${yes(data.postgres)}** (${data.postgres.answerRows} rows for ${data.postgres.expectedRows}, ${data.postgres.duplicates} duplicates); failed requests: ${data.postgres.errors} (e.g. ${data.postgres.firstErrors.slice(0, 2).join(', ') || 'none'}; a failed answer is sent again, as a person taps again). Server CPU ${data.postgres.serverCpuMsPerRequest} ms per request; load average ${data.postgres.loadAverage}.`, '', table(data.postgres, '—')]
      : ['', '_PostgreSQL with two instances: run with DATABASE_URL=postgres://… to measure 1,000 phones._']),
  ].join('\n');
  if (JSON_MODE) console.log(JSON.stringify({ markdown, data }));
  else console.log(JSON.stringify(data, null, 1));
} catch (e) {
  console.error(e);
  for (const s of servers) console.error(s.output().slice(-2000));
  exitCode = 1;
} finally {
  for (const s of servers) await s.stop().catch(() => {});
}
process.exit(exitCode);
