/**
 * Faults a server meets in a district office: killed (power, OOM) in the middle of a burst of
 * exam submissions, a DATA_DIR that turns read-only or fills up. Every acknowledged submission
 * survives whole; nothing is half-written; errors are clear and the server recovers.
 *
 * Storage: tests run as root, where chmod 0444 on the database file and its directory does not
 * stop a write, so a "read-only database" is staged differently. A full disk and a read-only
 * DATA_DIR at start use a small tmpfs mount (root with CAP_SYS_ADMIN, as here; skipped where
 * mounting is not allowed). A write refused while the server runs is injected with a trigger.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/server.ts';
import { identify, nipFor, responsesFor, seedOf, startExam, type Client } from '../helpers/bad-input.ts';
import { t } from '../../src/i18n/index.ts';

interface Proc {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts scripts/serve.mjs on DATA_DIR and keeps the child, so a test can SIGKILL it. */
async function serve(dataDir: string): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_ORIGIN: `http://127.0.0.1:${port}`, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', () => out.includes('siap di') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${out}`))));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => out };
}

async function stop(p: Proc | undefined) {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await exited;
}

const procs: Proc[] = [];
const cleanups: (() => void)[] = [];
afterAll(async () => {
  for (const p of procs) await stop(p);
  for (const c of cleanups.reverse()) c();
});

function readDb<T>(dataDir: string, fn: (d: DatabaseSync) => T): T {
  const d = new DatabaseSync(path.join(dataDir, 'netral.db'), { readOnly: true });
  try {
    return fn(d);
  } finally {
    d.close();
  }
}

/** What must hold in any state the database can be found in. */
function expectNoHalfWrites(dataDir: string) {
  readDb(dataDir, (d) => {
    const count = (q: string) => (d.prepare(q).get() as { n: number }).n;
    // A submitted attempt always has its score, result and time.
    expect(count("SELECT count(*) AS n FROM attempts WHERE status = 'submitted' AND (score IS NULL OR result IS NULL OR submitted_at IS NULL OR passed IS NULL)")).toBe(0);
    // An open attempt has none of them.
    expect(count("SELECT count(*) AS n FROM attempts WHERE status = 'open' AND (score IS NOT NULL OR result IS NOT NULL OR submitted_at IS NOT NULL)")).toBe(0);
    // A certificate always belongs to a submitted, passed final exam ...
    expect(count("SELECT count(*) AS n FROM certificates c LEFT JOIN attempts a ON a.id = c.attempt_id WHERE a.id IS NULL OR a.status <> 'submitted' OR a.passed <> 1 OR a.kind <> 'final'")).toBe(0);
    // ... and every passed final exam has one.
    expect(count("SELECT count(*) AS n FROM attempts a WHERE a.kind = 'final' AND a.passed = 1 AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.attempt_id = a.id)")).toBe(0);
  });
}

/** Identified learners, each with an open final exam and the answers to send (all right or mostly wrong). */
async function learnersWithOpenExams(base: string, dataDir: string, n: number, from: number) {
  const out: { client: Client; attemptId: string; body: unknown; shouldPass: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const client = await identify(base, nipFor(from + i), `Peserta Uji ${i + 1}`);
    const a = await startExam(client, 'final');
    const shouldPass = i % 2 === 0;
    out.push({ client, attemptId: a.id, shouldPass, body: { responses: responsesFor(a.questions, seedOf(dataDir, a.id), shouldPass ? a.questions.length : 1) } });
  }
  return out;
}

describe('the server is killed (SIGKILL) during a burst of exam submissions', () => {
  it('after a restart every acknowledged submission is there in full, and nothing is half-written', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await serve(dataDir);
    procs.push(first);
    const exams = await learnersWithOpenExams(first.url, dataDir, 40, 100);

    const acked = new Map<string, { score: number; passed: boolean; certificateNumber: string | null }>();
    let failed = 0;
    const KILL_AFTER = 10;
    // A burst spread over 400 ms, so the kill after the 10th answer lands while submissions are
    // still arriving however fast the server answers.
    await Promise.all(
      exams.map(async (e, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 10));
        try {
          const r = await e.client.request('POST', `/api/ujian/${e.attemptId}/kirim`, { body: e.body });
          if (r.status === 200) {
            acked.set(e.attemptId, { score: r.json.score.percent, passed: r.json.score.passed, certificateNumber: r.json.certificateNumber });
            if (acked.size === KILL_AFTER) first.child.kill('SIGKILL');
          } else failed++;
        } catch {
          failed++; // The connection died with the server: not acknowledged.
        }
      }),
    );
    expect(first.child.signalCode ?? (await new Promise((r) => first.child.once('exit', (_c, s) => r(s))))).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER);
    // The kill landed in the middle of the burst: some submissions were never acknowledged.
    expect(acked.size + failed).toBe(exams.length);
    expect(failed).toBeGreaterThan(0);

    // Restart on the same data: the database opens (WAL recovery) and holds every acknowledged submission.
    const second = await serve(dataDir);
    procs.push(second);
    expectNoHalfWrites(dataDir);
    readDb(dataDir, (d) => {
      for (const [id, ack] of acked) {
        const a = d.prepare('SELECT * FROM attempts WHERE id = ?').get(id) as Record<string, string | number | null>;
        expect(a.status, id).toBe('submitted');
        expect(a.score, id).toBe(ack.score);
        expect(a.passed, id).toBe(ack.passed ? 1 : 0);
        expect(JSON.parse(a.result as string).percent, id).toBe(ack.score);
        const cert = d.prepare('SELECT number FROM certificates WHERE attempt_id = ?').get(id) as { number: string } | undefined;
        expect(cert?.number ?? null, id).toBe(ack.certificateNumber);
        if (ack.passed) expect(ack.certificateNumber, id).toMatch(/^NTR-/);
      }
    });
    for (const e of exams.filter((x) => acked.has(x.attemptId))) expect(acked.get(e.attemptId)!.passed).toBe(e.shouldPass);

    // A learner whose submission was lost with the connection simply sends it again.
    for (const e of exams.filter((x) => !acked.has(x.attemptId))) {
      const c = Object.assign(Object.create(Object.getPrototypeOf(e.client)), e.client, { base: second.url }) as Client;
      const r = await c.request('POST', `/api/ujian/${e.attemptId}/kirim`, { body: e.body });
      expect(r.status).toBe(200);
      expect(r.json.score.passed).toBe(e.shouldPass);
    }
    expectNoHalfWrites(dataDir);
    await stop(second);
  });
});

// ---------------------------------------------------------------------------------------------
// Storage faults.

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });

/** A fresh tmpfs of `size` mounted on a new directory, or null where mounting is not allowed. */
function tmpfs(size: string): { dir: string; remount: (opts: string) => void } | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netral-fs-'));
  if (run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  cleanups.push(() => {
    run('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, remount: (opts) => expect(run('mount', ['-o', `remount,${opts}`, dir]).status).toBe(0) };
}

/** A write the database refuses: a clean 5xx with an Indonesian message, and the server lives on. */
async function expectCleanFailure(p: Proc, e: { client: Client; attemptId: string; body: unknown }) {
  const r = await e.client.request('POST', `/api/ujian/${e.attemptId}/kirim`, { body: e.body });
  expect(r.status).toBe(500);
  expect(r.headers.get('content-type')).toContain('application/json');
  expect(r.json.error).toBe(t('error.generic'));
  expect(p.child.exitCode).toBeNull();
  // Reading still works while writing does not.
  expect((await e.client.request('GET', `/api/ujian/${e.attemptId}`)).status).toBe(200);
}

async function expectRecovered(e: { client: Client; attemptId: string; body: unknown; shouldPass: boolean }, dataDir: string) {
  const r = await e.client.request('POST', `/api/ujian/${e.attemptId}/kirim`, { body: e.body });
  expect(r.status).toBe(200);
  expect(r.json.score.passed).toBe(e.shouldPass);
  expectNoHalfWrites(dataDir);
}

describe('the DATA_DIR becomes read-only or full while the server runs', () => {
  const fs = tmpfs('16m');

  // The kernel refuses to remount a file system read-only while a process holds a file open for
  // writing (EBUSY), so "the disk turned read-only under the running server" cannot be staged from
  // user space; the database refusing the write is injected instead, in the middle of the submit
  // transaction (after the attempt row was updated, when the certificate is inserted).
  it('a write the database refuses mid-submission fails cleanly, leaves nothing half-written, works again', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netral-ro-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const p = await serve(dataDir);
    procs.push(p);
    try {
      const [e] = await learnersWithOpenExams(p.url, dataDir, 1, 300);
      const d = new DatabaseSync(path.join(dataDir, 'netral.db'));
      d.exec("CREATE TRIGGER inject_fault BEFORE INSERT ON certificates BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END");
      d.close();
      await expectCleanFailure(p, e);
      expectNoHalfWrites(dataDir);
      expect(readDb(dataDir, (db) => db.prepare('SELECT status, score FROM attempts WHERE id = ?').get(e.attemptId))).toEqual({ status: 'open', score: null });
      const w = new DatabaseSync(path.join(dataDir, 'netral.db'));
      w.exec('DROP TRIGGER inject_fault');
      w.close();
      await expectRecovered(e, dataDir);
    } finally {
      await stop(p);
    }
  });

  it.runIf(fs)('full file system (tmpfs): a submission fails cleanly, works again once space is freed', async () => {
    const dir = path.join(fs!.dir, 'full');
    const filler = path.join(fs!.dir, 'filler');
    const p = await serve(dir);
    procs.push(p);
    try {
      const exams = await learnersWithOpenExams(p.url, dir, 3, 400);
      const s = statfsSync(fs!.dir);
      try {
        writeFileSync(filler, Buffer.alloc(Number(s.bavail * s.bsize)));
      } catch {
        /* ENOSPC: full, as wanted */
      }
      // SQLite reuses space already in its write-ahead log, so a write or two may still fit; the
      // disk is full by the time they are spent.
      let refused: (typeof exams)[number] | undefined;
      for (const e of exams) {
        const r = await e.client.request('POST', `/api/ujian/${e.attemptId}/kirim`, { body: e.body });
        if (r.status >= 500) {
          expect(r.json.error).toBe(t('error.generic'));
          refused = e;
          break;
        }
        expect(r.status).toBe(200);
      }
      expect(refused, 'a write on a full disk must fail').toBeDefined();
      expect(p.child.exitCode).toBeNull();
      expect((await refused!.client.request('GET', `/api/ujian/${refused!.attemptId}`)).status).toBe(200);
      expectNoHalfWrites(dir);
      rmSync(filler);
      await expectRecovered(refused!, dir);
    } finally {
      rmSync(filler, { force: true });
      await stop(p);
    }
  });

  it.runIf(fs)('a read-only DATA_DIR (tmpfs remounted read-only) with an existing database stops the start with one clear line', async () => {
    const dir = path.join(fs!.dir, 'start');
    await stop(await serve(dir));
    fs!.remount('ro');
    try {
      const r = spawnSync(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0', DATA_DIR: dir, DATABASE_URL: '' }, encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^netral: .*tidak dapat ditulisi/);
    } finally {
      fs!.remount('rw');
    }
  });
});
