// Writes the bench results as BENCHMARKS.md (committed) and bench-results/latest.json (not).
import fs from 'node:fs';
import path from 'node:path';
import { BUDGETS } from '../lib/weight.mjs';

const kb = (b) => (b / 1024).toFixed(1);
const ratio = (a, b) => (a && b ? (a / b < 0.001 ? '< 0.001' : (a / b).toFixed(a / b < 0.1 ? 3 : 1)) : '–');
/** Latency ratio; a baseline under 1 ms (autocannon's resolution) gives a lower bound. */
const slower = (a, b) => (b > 0 ? ratio(a, b) : a > 0 ? `> ${a}` : '–');
const ms = (v) => (v === 0 ? '< 1' : v);
/** A Markdown table: the first `left` columns left-aligned, the rest right-aligned (figures). */
const table = (head, rows, left = 1) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < left ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function writeReport(r, root) {
  const m = r.machine;
  const out = [];
  out.push('# Benchmarks', '');
  out.push(`Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC${m.commit ? ` at commit \`${m.commit}\`` : ''} on **${m.cpu}**, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node} (${m.os}).`);
  out.push('', 'Reproduce with `npm run bench` (about 6–10 minutes on 2 cores); the raw figures are in `bench-results/latest.json` (not committed). Figures from a shared or busy machine vary by 10–30 %; compare ratios, not absolute numbers, across machines.', '');

  out.push('## Build', '');
  out.push(r.build ? `\`npm run build\` (Astro build plus brotli/gzip copies): **${r.build.seconds} s**.` : 'Build not timed in this run (`--skip-build`).', '');

  out.push('## Page weight', '');
  out.push('Bytes a learner downloads for one page, gzip level 9 (what the server sends): the HTML, every JavaScript file it loads (following static imports) and its CSS. Counted by `scripts/lib/weight.mjs`, the same code the weight-budget test uses.', '');
  out.push(table(['Page type', 'Path', 'HTML kB', 'JS kB', 'CSS kB', 'Total kB', 'Budget JS / total kB'], r.weight.map((w) => {
    const key = w.type === 'module list' ? 'modules' : BUDGETS[w.type] ? w.type : undefined;
    return [w.type, `\`${w.path.replace(/NTR-[\w-]+|[0-9a-f-]{36}/, '…')}\``, kb(w.html), kb(w.js), kb(w.css), kb(w.total), key ? `${kb(BUDGETS[key].js)} / ${kb(BUDGETS[key].total)}` : '–'];
  }), 2), '');
  out.push('CSS is inlined into each page (`build.inlineStylesheets: "always"`), so it counts in the HTML column.', '');

  out.push('## Loading on a throttled phone', '');
  const t = r.throttling;
  out.push(`Debian's Chromium (headless, via playwright-core) emulating a 360 px phone, CPU slowed ${t.cpuSlowdown}× (\`Emulation.setCPUThrottlingRate\`) and a slow 4G link: ${t.latency} ms round trip, ${t.downloadKbps} kbit/s down, ${t.uploadKbps} kbit/s up (\`Network.emulateNetworkConditions\`), cache disabled, a fresh profile per run. LCP, CLS and long tasks come from \`PerformanceObserver\` inside the page; TBT is the sum of every long task's time beyond 50 ms after the first contentful paint. Median of the runs shown. Good: LCP ≤ 2500 ms, TBT ≤ 200 ms, CLS ≤ 0.1.`, '');
  out.push(table(['Page type', 'LCP ms', 'TBT ms', 'CLS', 'FCP ms', 'Runs'], r.vitals.map((v) => [v.type, v.lcpMs, v.tbtMs, v.cls, v.fcpMs, v.runs])), '');

  out.push('## Load on loopback', '');
  const L = r.load;
  const bc = L.bare.count;
  const bt = L.bare.timed;
  out.push(`autocannon, ${L.connections} connections, against \`scripts/serve.mjs\` (SQLite, temporary DATA_DIR) on 127.0.0.1. The baseline is a bare Node \`http\` server answering a small JSON, in its own process, measured in the same run with the same connections (a request count for start, submit and the first PDFs; a duration for the cached PDFs). Ratio = endpoint ÷ baseline (throughput: higher is better; latency: how many times slower).`, '');
  out.push(`- **Exam start**: \`POST /api/ujian\`, each request a different learner's first final-exam attempt (draw, shuffle, insert) — ${L.learners} requests.`);
  out.push(`- **Exam submit**: \`POST /api/ujian/<id>/kirim\`, each request a different open attempt, half of them passing (scoring, and for a pass the signed certificate in the same transaction) — ${L.learners} requests.`);
  out.push(`- **Certificate PDF, rendered**: \`GET /sertifikat/<nomor>/pdf\` once for each of the ${L.certificates} certificates just issued: each is rendered with its embedded font and written to the cache in DATA_DIR.`);
  out.push(`- **Certificate PDF, cached**: the same ${L.certificates} certificates again in rotation, served from that cache.`, '');
  const row = (name, v, base) => (v ? [name, v.rps, ratio(v.rps, base.rps), ms(v.p50), slower(v.p50, base.p50), ms(v.p99), slower(v.p99, base.p99), `${v.ok}/${v.requests}`] : [name, '–', '–', '–', '–', '–', '–', '–']);
  out.push(table(['Endpoint', 'req/s', '× baseline', 'p50 ms', '× baseline', 'p99 ms', '× baseline', '2xx'], [
    row('Exam start', L.start, bc),
    row('Exam submit', L.submit, bc),
    row('Certificate PDF, rendered', L.pdfFirst, bc),
    row('Certificate PDF, cached', L.pdf, bt),
    ['Baseline (count)', bc.rps, '1', ms(bc.p50), '1', ms(bc.p99), '1', `${bc.ok}/${bc.requests}`],
    ['Baseline (timed)', bt.rps, '1', ms(bt.p50), '1', ms(bt.p99), '1', `${bt.ok}/${bt.requests}`],
  ]), '');

  out.push('## Faults', '');
  out.push('The quick cases run in `npm test` (`tests/e2e/faults.test.ts`: SIGKILL during 40 submissions, a write refused mid-submission, a full DATA_DIR, a read-only DATA_DIR at start; `tests/e2e/bad-input.test.ts`: every learner-facing endpoint against malformed, oversize and hostile input, with the database compared before and after). The long runs:', '');
  out.push('**SIGKILL during a burst of exam submissions.** Each round opens final exams for many learners, sends every submission at once and kills the server with SIGKILL after a random number of them were acknowledged (HTTP 200), restarts it on the same data and audits the database: every acknowledged submission must be there in full (status, score, result, certificate when passed) and nothing half-written (a submitted attempt without score, a certificate without a passed attempt, a passed final exam without a certificate).', '');
  out.push(table(['Round', 'Sent', 'Acknowledged', 'Not acknowledged', 'Acknowledged but missing', 'Half-written', 'Restart ms'], r.faults.kill.map((k) => [k.round, k.sent, k.acknowledged, k.notAcknowledged, `**${k.ackedButMissing}**`, `**${k.halfWritten}**`, k.restartMs])), '');
  const pg = r.faults.postgres;
  out.push('**PostgreSQL restarted under load.** Learners keep requesting their exam status and saving answers while `pg_ctlcluster … restart` runs; every failure must be a JSON 5xx with an Indonesian message (“Terjadi kesalahan. Silakan coba lagi.”), the server must stay up, `/api/health` must answer 200 afterwards and requests must succeed again. (This run found and fixed a crash: a pooled connection that was checked out when PostgreSQL terminated it emitted an unhandled `error` event; `src/server/db/index.ts` now listens on every client, and `tests/unit/db/connection-loss.test.ts` covers it on the PostgreSQL leg of CI.)', '');
  if (pg.skipped) out.push(`Not run here: ${pg.skipped}. Runs when \`BENCH_DATABASE_URL\` points at a database (its schema is dropped) on a local cluster managed by \`pg_ctlcluster\`.`, '');
  else out.push(table(['Cluster', 'OK', 'Clean 5xx', 'Unclean', 'Connection errors', 'Server alive', 'Health after', 'Restart ms', 'Recovered ms after restart'], [[pg.cluster, pg.ok, pg.cleanFailures, pg.uncleanFailures, pg.connectionErrors, pg.serverAlive ? 'yes' : '**no**', typeof pg.healthAfter === 'string' ? pg.healthAfter.slice(0, 3) : pg.healthAfter ?? '–', pg.restartMs, pg.recoveredMsAfterRestart ?? '–']]), '');
  out.push('**Storage.** Tests run as root, and root writes through file permissions, so a database file made read-only with `chmod 0444` (file and directory) stops nothing and cannot be tested that way. `tests/e2e/faults.test.ts` stages the cases instead: a **full disk** with a small tmpfs filled while the server runs; a **read-only DATA_DIR at start** with the tmpfs remounted read-only (one line ending “tidak dapat ditulisi”, exit 1); a **write refused while the server runs** with a trigger that aborts the certificate insert in the middle of the submit transaction (the kernel refuses to remount a file system read-only while the server holds the database open for writing, so that case cannot be staged from user space). In each case the submission gets a JSON 500 with “Terjadi kesalahan. Silakan coba lagi.”, nothing is half-written (the attempt stays open), reading still works, the server stays up, and the same submission succeeds once writing works again. The tmpfs cases need root with CAP_SYS_ADMIN and are skipped elsewhere.', '');

  const scriptOf = new Map([[r.hrDashboard, 'hr-dashboard.mjs'], [r.liveSession, 'live-session.mjs'], [r.certificatePdf, 'certificates.mjs'], [r.deployment, 'deployment.mjs']]);
  for (const p of [r.hrDashboard, r.liveSession, r.certificatePdf, r.deployment].filter(Boolean)) {
    out.push(`## ${p.title}`, '');
    if (!p.available) out.push(`**Belum tersedia** (not available yet): \`scripts/bench/${scriptOf.get(p)}\` does not exist. Contract: run with \`--json\`, print progress on stderr and, last on stdout, one JSON object \`{ "markdown": "…", "data": { … } }\`; the markdown goes here and the data into latest.json.`, '');
    else if (!p.ok) out.push(`The script failed:\n\n\`\`\`\n${p.error}\n\`\`\``, '');
    else out.push(p.markdown.trim(), '');
  }

  out.push('## Security headers', '');
  out.push("Every response carries `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin` (the verification page: `no-referrer`), `X-Frame-Options: DENY`, `Cross-Origin-Opener-Policy: same-origin` and a `Content-Security-Policy` header with `frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'` (scripts/serve.mjs). Each page also has Astro's policy (`security.csp` in astro.config.mjs; a `<meta>` on static pages, a header on pages rendered on request): `default-src 'self'`, scripts only from the site or by SHA-256 hash (Astro's own inline scripts, and the verifier's inline script on /verifikasi, hashed from its source at build time), no `'unsafe-inline'` and no `eval` for scripts. Styles allow `'unsafe-inline'`: Astro does not hash the styles of components used inside MDX lessons, and the mastery chart sets bar widths with `style` attributes; styles cannot run code. SCORM packages are separate zips served by the LMS, so the site itself denies framing. `tests/e2e/headers.test.ts` checks every page type in Chromium with no CSP violation reported.", '');

  out.push(`_Bench run took ${r.totalSeconds} s._`, '');
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), out.join('\n'));
  fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench-results/latest.json'), JSON.stringify(r, null, 2) + '\n');
}
