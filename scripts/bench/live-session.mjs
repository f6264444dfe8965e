#!/usr/bin/env node
/**
 * Load check of a live session: starts the built server on loopback with a fresh DATA_DIR,
 * creates a facilitator and a session, lets N simulated participants (default 300) join, listen on
 * the live channel (SSE) and answer every pre-test question over HTTP, then checks that every
 * answer is recorded exactly once. Prints one JSON line with p50/p99 latencies.
 *
 *   node scripts/bench/live-session.mjs [--participants 300]
 *
 * Needs a build (`npm run build`). Exits 1 when an answer is lost or recorded twice.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../../src/server/auth/password.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('participants', 300);
/** --json: the bench harness's contract (progress on stderr, last line { markdown, data }). */
const JSON_MODE = process.argv.includes('--json');
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

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-bench-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_ORIGIN: `http://127.0.0.1:${port}` };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

const server = await startServer();
let exitCode = 0;
try {
  const base = server.url;
  // A unit and a facilitator, straight into the database (as an admin would create them).
  const d = new DatabaseSync(path.join(server.dataDir, 'netral.db'));
  d.exec('PRAGMA busy_timeout = 5000');
  const now = new Date().toISOString();
  d.prepare('INSERT INTO units (id, name, parent_id, created_at) VALUES (?, ?, NULL, ?)').run('BENCH', 'Kankemenag Bench', now);
  d.prepare(`INSERT INTO staff_users (id, username, display_name, password_hash, role, unit_id, must_change_password, failed_logins, locked_until, created_at)
    VALUES ('bench-f', 'bench', 'Fasilitator Bench', ?, 'facilitator', 'BENCH', 0, 0, NULL, ?)`).run(await hashPassword(PASSWORD), now);
  d.close();

  const json = { 'content-type': 'application/json' };
  let res = await fetch(`${base}/api/staf/masuk`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'bench', password: PASSWORD }) });
  if (!res.ok) throw new Error(`login: ${res.status} ${await res.text()}`);
  const staffCookie = res.headers.get('set-cookie').split(';')[0];
  const { csrfToken } = await res.json();
  const staffHeaders = { ...json, cookie: staffCookie, 'x-csrf-token': csrfToken };
  res = await fetch(`${base}/api/staf/sesi`, { method: 'POST', headers: staffHeaders, body: JSON.stringify({ title: 'Uji beban sesi', day: now.slice(0, 10), place: 'Loopback', unitId: 'BENCH', withPre: true, withPost: false }) });
  if (!res.ok) throw new Error(`create: ${res.status} ${await res.text()}`);
  const { id, code } = await res.json();
  log(`session ${code}; ${N} participants join`);

  // Join: N phones at once.
  const joins = await Promise.all(
    Array.from({ length: N }, (_, i) =>
      timed(async () => {
        const r = await fetch(`${base}/api/sesi/${code}/gabung`, { method: 'POST', headers: json, body: JSON.stringify({ nip: nipFor(i), name: `Peserta Uji ${i + 1}`, jabatan: 'Penyuluh Agama' }) });
        if (!r.ok) throw new Error(`join ${i}: ${r.status} ${await r.text()}`);
        const body = await r.json();
        return { cookie: r.headers.get('set-cookie').split(';')[0], eventId: body.view.eventId };
      }),
    ),
  );
  const phones = joins.map(([p]) => p);

  // Every phone listens on the live channel, as a browser would.
  const streams = [];
  const stateSeen = new Array(N).fill(null);
  let opened = 0;
  await Promise.all(
    phones.map(async (p, i) => {
      const ac = new AbortController();
      const r = await fetch(`${base}/api/sesi/${code}/events?after=${p.eventId}`, { headers: { cookie: p.cookie, accept: 'text/event-stream' }, signal: ac.signal });
      if (!r.ok || !r.headers.get('content-type')?.startsWith('text/event-stream')) throw new Error(`events ${i}: ${r.status}`);
      const reader = r.body.getReader();
      streams.push(ac);
      (async () => {
        let text = '';
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            text += new TextDecoder().decode(value);
            if (stateSeen[i] === null && text.includes('"type":"state"') && opened) stateSeen[i] = performance.now() - opened;
          }
        } catch {
          /* aborted at the end */
        }
      })();
    }),
  );

  log('all joined and listening; the pre-test opens');
  // The facilitator opens the whole pre-test; phones learn it over SSE.
  opened = performance.now();
  res = await fetch(`${base}/api/staf/sesi/${id}`, { method: 'POST', headers: staffHeaders, body: JSON.stringify({ action: 'openAll', test: 'pre' }) });
  if (!res.ok) throw new Error(`openAll: ${res.status} ${await res.text()}`);
  for (let i = 0; i < 100 && stateSeen.some((x) => x === null); i++) await new Promise((r) => setTimeout(r, 100));

  // Every phone fetches its questions and answers each one; one answer per phone is sent twice.
  const answerTimes = [];
  const viewTimes = [];
  let sent = 0;
  let questionsPerTest = 0;
  await Promise.all(
    phones.map(async (p, i) => {
      const [view, ms] = await timed(async () => (await fetch(`${base}/api/sesi/${code}`, { headers: { cookie: p.cookie } })).json());
      viewTimes.push(ms);
      const qs = view.test.questions;
      questionsPerTest = qs.length;
      for (const [k, q] of qs.entries()) {
        const times = k === 0 ? 2 : 1;
        for (let t = 0; t < times; t++) {
          const [r, ms2] = await timed(() => fetch(`${base}/api/sesi/${code}/jawaban`, { method: 'PUT', headers: { ...json, cookie: p.cookie }, body: JSON.stringify({ test: 'pre', questionId: q.id, response: anyResponse(q, i + k + t) }) }));
          if (r.status !== 200) throw new Error(`answer ${i}/${k}: ${r.status} ${await r.text()}`);
          await r.arrayBuffer();
          answerTimes.push(ms2);
          sent++;
        }
      }
    }),
  );

  log(`${sent} answers sent; checking`);
  // Exactly once: one row per phone and question, and the console counts every phone on every question.
  const db = new DatabaseSync(path.join(server.dataDir, 'netral.db'), { readOnly: true });
  const rows = db.prepare('SELECT count(*) AS n FROM live_answers WHERE session_id = ?').get(id).n;
  const dup = db.prepare('SELECT count(*) AS n FROM (SELECT participant_id, question_id FROM live_answers WHERE session_id = ? GROUP BY 1, 2 HAVING count(*) > 1)').get(id).n;
  const participants = db.prepare('SELECT count(*) AS n FROM live_participants WHERE session_id = ?').get(id).n;
  const changed = db.prepare('SELECT count(*) AS n FROM live_answers WHERE session_id = ? AND changes = 1').get(id).n;
  db.close();
  const console_ = await (await fetch(`${base}/api/staf/sesi/${id}`, { headers: { cookie: staffCookie } })).json();
  const perQuestion = console_.tests.pre.questions.map((q) => q.answered);
  for (const ac of streams) ac.abort();

  const expected = N * questionsPerTest;
  const once = rows === expected && dup === 0 && participants === N && changed === N && perQuestion.every((n) => n === N);
  if (!once) exitCode = 1;
  const ms = (x) => stats(x);
  const data = {
      bench: 'live-session',
      participants: N,
      questions: questionsPerTest,
      requests: { join: N, answers: sent },
      recordedExactlyOnce: once,
      answerRows: rows,
      expectedRows: expected,
      duplicates: dup,
      joinMs: ms(joins.map(([, t]) => t)),
      viewMs: ms(viewTimes),
      answerMs: ms(answerTimes),
      sseStateDeliveryMs: ms(stateSeen.filter((x) => x !== null)),
      sseMissed: stateSeen.filter((x) => x === null).length,
  };
  if (JSON_MODE) {
    const row = (label, x) => `| ${label} | ${x.n} | ${x.p50} | ${x.p99} | ${x.max} |`;
    const markdown = [
      `${N} simulated participants on loopback (SQLite, one instance): join, listen over SSE, answer ${questionsPerTest} questions each (one answer sent twice). ` +
        `Answers recorded exactly once: **${once ? 'yes' : 'NO'}** (${rows} rows for ${expected} expected, ${dup} duplicates).`,
      '',
      '| Step | Requests | p50 ms | p99 ms | max ms |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('Join (all at once)', data.joinMs),
      row('Phone view', data.viewMs),
      row('Answer', data.answerMs),
      row('"Question opened" reaching every phone (SSE)', data.sseStateDeliveryMs),
    ].join('\n');
    console.log(JSON.stringify({ markdown, data }));
  } else console.log(JSON.stringify(data));
  if (stateSeen.some((x) => x === null)) exitCode = 1;
} catch (e) {
  console.error(e);
  console.error(server.output().slice(-2000));
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
