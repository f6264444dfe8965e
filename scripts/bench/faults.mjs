// The long fault runs (the quick ones are tests/e2e/faults.test.ts):
//   kill   — rounds of SIGKILL during a burst of exam submissions, then restart and audit;
//   pg     — PostgreSQL restarted under load (only with DATABASE_URL and pg_ctlcluster).
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startApp } from './server.mjs';
import { identify, nipFor, responsesFor, seedOf, startExam } from '../../tests/helpers/bad-input.ts';

function audit(dataDir, acked) {
  const d = new DatabaseSync(path.join(dataDir, 'netral.db'), { readOnly: true });
  try {
    const n = (q) => d.prepare(q).get().n;
    const halfWritten =
      n("SELECT count(*) AS n FROM attempts WHERE status = 'submitted' AND (score IS NULL OR result IS NULL OR submitted_at IS NULL OR passed IS NULL)") +
      n("SELECT count(*) AS n FROM certificates c LEFT JOIN attempts a ON a.id = c.attempt_id WHERE a.id IS NULL OR a.status <> 'submitted' OR a.passed <> 1") +
      n("SELECT count(*) AS n FROM attempts a WHERE a.kind = 'final' AND a.passed = 1 AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.attempt_id = a.id)");
    let missing = 0;
    for (const [id, ack] of acked) {
      const a = d.prepare('SELECT status, score FROM attempts WHERE id = ?').get(id);
      const cert = d.prepare('SELECT number FROM certificates WHERE attempt_id = ?').get(id);
      if (a?.status !== 'submitted' || a.score !== ack.score || (cert?.number ?? null) !== ack.certificateNumber) missing++;
    }
    return { halfWritten, missing };
  } finally {
    d.close();
  }
}

/** `rounds` of: n open exams, submit all at once, SIGKILL after a random share were acknowledged. */
export async function killDuringSubmissions({ rounds = 3, perRound = 60, log = console.log } = {}) {
  const out = [];
  for (let round = 0; round < rounds; round++) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-bench-kill-'));
    try {
      const app = await startApp(dataDir);
      const exams = [];
      for (let i = 0; i < perRound; i++) {
        const client = await identify(app.url, nipFor(i), `Peserta Uji ${i + 1}`);
        const a = await startExam(client, 'final');
        exams.push({ client, id: a.id, body: { responses: responsesFor(a.questions, seedOf(dataDir, a.id), i % 2 ? 1 : a.questions.length) } });
      }
      const killAfter = 5 + Math.floor(Math.random() * (perRound / 2));
      const acked = new Map();
      await Promise.all(
        exams.map(async (e) => {
          try {
            const r = await e.client.request('POST', `/api/ujian/${e.id}/kirim`, { body: e.body });
            if (r.status === 200) {
              acked.set(e.id, { score: r.json.score.percent, certificateNumber: r.json.certificateNumber });
              if (acked.size === killAfter) app.child.kill('SIGKILL');
            }
          } catch {
            /* lost with the connection */
          }
        }),
      );
      const t0 = performance.now();
      const again = await startApp(dataDir);
      const restartMs = Math.round(performance.now() - t0);
      const { halfWritten, missing } = audit(dataDir, acked);
      await again.stop();
      const row = { round: round + 1, sent: perRound, acknowledged: acked.size, notAcknowledged: perRound - acked.size, ackedButMissing: missing, halfWritten, restartMs };
      log(`  round ${row.round}: ${row.acknowledged}/${row.sent} acknowledged, missing ${row.ackedButMissing}, half-written ${row.halfWritten}, restart ${row.restartMs} ms`);
      out.push(row);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out;
}

/** The PostgreSQL cluster pg_lsclusters lists on `port`, as [version, name]. */
function pgCluster(port) {
  const r = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const line = r.stdout.trim().split('\n').map((l) => l.split(/\s+/)).find((f) => f[2] === port);
  return line ? [line[0], line[1]] : null;
}

/**
 * PostgreSQL restarted while learners keep saving answers: every failed request must be a clean
 * JSON 5xx with an Indonesian message, the server must stay up, and requests must succeed again.
 */
export async function postgresRestart({ seconds = 20, log = console.log } = {}) {
  // A separate variable on purpose: the run drops and recreates that database's schema.
  const url = process.env.BENCH_DATABASE_URL;
  const cluster = url && pgCluster(new URL(url).port || '5432');
  if (!url || !cluster) return { skipped: !url ? 'BENCH_DATABASE_URL is not set (the run drops and recreates that database\'s schema)' : 'no cluster managed by pg_ctlcluster on that port' };
  const { resetPostgres } = await import('../../tests/helpers/db.ts');
  await resetPostgres(url);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-bench-pg-'));
  const app = await startApp(dataDir, { DATABASE_URL: url });
  try {
    const learners = [];
    for (let i = 0; i < 20; i++) {
      const client = await identify(app.url, nipFor(i));
      learners.push({ client, attempt: await startExam(client, 'final') });
    }
    const counts = { ok: 0, cleanFailures: 0, uncleanFailures: 0, connectionErrors: 0 };
    const samples = [];
    let restartedAt = 0;
    let restartDoneAt = 0;
    let firstOkAfterRestart = 0;
    const end = Date.now() + seconds * 1000;
    const worker = async (l) => {
      const q = l.attempt.questions[0];
      for (let i = 0; Date.now() < end; i++) {
        const t = Date.now();
        try {
          // Reads and writes alike: the exam status, and saving an answer (cleared, so always valid).
          const r = i % 2 ? await l.client.request('GET', '/api/ujian') : await l.client.request('PUT', `/api/ujian/${l.attempt.id}/jawaban`, { body: { questionId: q.id, response: null } });
          if (r.status === 200) {
            counts.ok++;
            if (restartDoneAt && !firstOkAfterRestart && t >= restartDoneAt) firstOkAfterRestart = Date.now();
          } else if (r.status >= 500 && typeof r.json?.error === 'string' && !/error|ECONN|terminat/i.test(r.json.error)) counts.cleanFailures++;
          else {
            counts.uncleanFailures++;
            if (samples.length < 3) samples.push(`${r.status} ${r.text.slice(0, 120)}`);
          }
        } catch (e) {
          counts.connectionErrors++;
        }
      }
    };
    const load = Promise.all(learners.map(worker));
    await new Promise((r) => setTimeout(r, 3000));
    restartedAt = Date.now();
    log(`  restarting PostgreSQL ${cluster.join('/')}…`);
    // Asynchronously: the learners keep sending requests while PostgreSQL goes down and comes back.
    await promisify(execFile)('pg_ctlcluster', [...cluster, 'restart']);
    restartDoneAt = Date.now();
    await load;
    const alive = app.child.exitCode === null && app.child.signalCode === null;
    const health = alive ? (await fetch(`${app.url}/api/health`)).status : null;
    const result = { cluster: cluster.join('/'), ...counts, serverAlive: alive, healthAfter: health, restartMs: restartDoneAt - restartedAt, recoveredMsAfterRestart: firstOkAfterRestart ? firstOkAfterRestart - restartDoneAt : null, samples };
    log(`  ok ${counts.ok}, clean failures ${counts.cleanFailures}, unclean ${counts.uncleanFailures}, connection errors ${counts.connectionErrors}, server alive: ${alive}`);
    return result;
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
