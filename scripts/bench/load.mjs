// Throughput and latency on loopback with autocannon: exam start, exam submit and the certificate
// PDF against the built server, each next to a bare Node http server measured in the same run.
// Every run is bounded by a request count or a duration, and targets 127.0.0.1 only.
import { cannon as timedCannon } from './cannon.mjs';
import { identify, nipFor, responsesFor, seedOf } from '../../tests/helpers/bad-input.ts';

const CONNECTIONS = 10;

function summarise(r, wall) {
  const total = r.requests.total;
  return {
    requests: total,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    seconds: Number(wall.toFixed(2)),
    rps: Math.round(total / wall),
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}

async function cannon(opts) {
  const { result, seconds } = await timedCannon(opts, CONNECTIONS);
  return summarise(result, seconds);
}

/** The bare baseline for one shape of run (same connections, same count or duration). */
export const bareRun = (url, shape) => cannon({ url, ...shape });

/**
 * Prepares `n` identified learners (API only), then measures:
 *   start  — POST /api/ujian {kind:"final"}, each request a new learner's first attempt;
 *   submit — POST /api/ujian/<id>/kirim, each request a different open attempt (half pass);
 *   pdfFirst — GET /sertifikat/<nomor>/pdf once per certificate: each is rendered (and cached);
 *   pdf      — the same certificates again in rotation for `pdfSeconds`, now from the cache.
 */
export async function measureApp(app, dataDir, { learners: n = 300, pdfSeconds = 8, log = console.log } = {}) {
  log(`  preparing ${n} learners through the API…`);
  const clients = [];
  for (let i = 0; i < n; i++) clients.push(await identify(app.url, nipFor(i), `Peserta Bench ${i + 1}`));

  // Start: every request is a new attempt (round-robin over fresh learners).
  const attempts = new Array(n);
  let next = 0;
  const start = await cannon({
    url: app.url,
    amount: n,
    requests: [{
      method: 'POST',
      path: '/api/ujian',
      setupRequest: (req, ctx) => {
        ctx.i = next++;
        return { ...req, headers: { 'content-type': 'application/json', cookie: clients[ctx.i % n].cookie }, body: JSON.stringify({ kind: 'final' }) };
      },
      onResponse: (status, body, ctx) => {
        if (status === 200) attempts[ctx.i % n] = JSON.parse(body);
      },
    }],
  });

  // Submit: every request closes a different attempt; even learners answer all right (certificate).
  const bodies = attempts.map((a, i) => a && JSON.stringify({ responses: responsesFor(a.questions, seedOf(dataDir, a.id), i % 2 === 0 ? a.questions.length : 1) }));
  const numbers = [];
  next = 0;
  const submit = await cannon({
    url: app.url,
    amount: n,
    requests: [{
      method: 'POST',
      setupRequest: (req, ctx) => {
        ctx.i = next++ % n;
        return { ...req, path: `/api/ujian/${attempts[ctx.i]?.id ?? 'tidak-ada'}/kirim`, headers: { 'content-type': 'application/json', cookie: clients[ctx.i].cookie }, body: bodies[ctx.i] ?? '{}' };
      },
      onResponse: (status, body, ctx) => {
        if (status === 200) {
          const r = JSON.parse(body);
          if (r.certificateNumber) numbers.push({ number: r.certificateNumber, cookie: clients[ctx.i].cookie });
        }
      },
    }],
  });

  // Certificate PDF for the learners who passed: first each one once (rendered), then in rotation (cached).
  let k = 0;
  const pdfRun = (shape) =>
    cannon({
      url: app.url,
      ...shape,
      requests: [{
        method: 'GET',
        setupRequest: (req) => {
          const c = numbers[k++ % numbers.length];
          return { ...req, path: `/sertifikat/${c.number}/pdf`, headers: { cookie: c.cookie } };
        },
      }],
    });
  const pdfFirst = numbers.length ? await pdfRun({ amount: numbers.length }) : null;
  const pdf = numbers.length ? await pdfRun({ duration: pdfSeconds }) : null;
  return { start, submit, pdfFirst, pdf, certificates: numbers.length };
}
