// The production server: start-up checks, then static files (precompressed, hashed assets cached
// for a year) and the Astro app (compressed on the fly). `npm start` runs this after a build.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import compression from 'compression';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readConfig, servesHttps } = await import('../src/server/config.ts');
const { openDatabase, ensureFirstAdmin, ConfigError } = await import('../src/server/bootstrap.ts');
const { startupTasks } = await import('../src/server/startup.ts');
const { resolveClient, publicOriginProblem, CLIENT_IP_HEADER, CLIENT_PROTO_HEADER } = await import('../src/server/proxy.ts');

function fail(message) {
  console.error(`netral: ${message}`);
  process.exit(1);
}

let cfg;
try {
  cfg = readConfig();
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
const hsts = servesHttps(cfg);
let handle;
try {
  handle = await openDatabase(cfg);
  const password = await ensureFirstAdmin(handle, cfg.adminUser);
  await startupTasks(cfg);
  if (password) {
    console.log('\n  Akun admin pertama dibuat (first admin account created):');
    console.log(`    pengguna: ${cfg.adminUser}`);
    console.log(`    kata sandi sekali pakai: ${password}`);
    console.log('  Kata sandi ini hanya ditampilkan sekali; ganti setelah masuk.\n');
  }
} catch (e) {
  fail(e instanceof ConfigError ? e.message : `gagal memulai: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
}

const originProblem = publicOriginProblem(cfg);
// Said once the start-up checks passed, so a failing start still prints one line.
if (originProblem) {
  console.warn(
    `netral: PERINGATAN: ${originProblem}, padahal server melayani jaringan (HOST=${cfg.host}). ` +
      'Kode QR sertifikat dan tautan sesi akan menunjuk ke alamat yang tidak dapat dibuka perangkat lain. ' +
      'Atur PUBLIC_ORIGIN ke alamat publik situs (mis. https://netral.kantor.go.id).' +
      (cfg.allowLocalOrigin ? '' : ' Sampai itu diatur, PDF sertifikat tidak diterbitkan (ALLOW_LOCAL_ORIGIN=1 mengizinkannya).'),
  );
}
const [{ handler }, { serveDirect }] = await Promise.all([
  import(path.join(root, 'dist/server/entry.mjs')),
  import(path.join(root, 'dist/server/direct-routes.mjs')),
]).catch(() => fail('hasil build tidak ditemukan; jalankan `npm run build` atau `npm start`.'));

/**
 * Headers every response carries. Each page also has a <meta> Content-Security-Policy from Astro
 * (script and style hashes, see astro.config.mjs); this header adds what a <meta> cannot carry
 * (frame-ancestors) and covers non-HTML responses. Browsers enforce both policies.
 */
const BASE_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
function securityHeaders(res) {
  res.setHeader('Content-Security-Policy', BASE_CSP);
  // Pages rendered on request get Astro's policy as a header, which would replace ours: send both
  // (Astro passes headers to writeHead; the compression wrapper turns them into setHeader calls).
  const both = (v) => (v === BASE_CSP ? v : [v, BASE_CSP].flat());
  const isCsp = (k) => String(k).toLowerCase() === 'content-security-policy';
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    return setHeader.call(this, name, isCsp(name) ? both(value) : value);
  };
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    // Astro copies the Response's statusText, which is empty for `new Response(body, { status })`:
    // the status line then lacks its reason phrase ("HTTP/1.1 422 "). Use the standard one.
    if (typeof rest[0] !== 'string' && !this.statusMessage) this.statusMessage = http.STATUS_CODES[status] ?? '';
    const headers = rest.find((h) => h && typeof h === 'object' && !Array.isArray(h));
    const key = headers && Object.keys(headers).find(isCsp);
    if (key) headers[key] = both(headers[key]);
    return writeHead.call(this, status, ...rest);
  };
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // PUBLIC_ORIGIN is https: browsers must never fall back to plain http for this site.
  if (hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
}

/**
 * The client's address and scheme, worked out once (see src/server/proxy.ts) and handed to the
 * app in internal headers; a copy sent by the client is dropped first, so it proves nothing.
 */
function markClient(req) {
  const { ip, proto } = resolveClient(req.headers, req.socket.remoteAddress, !!req.socket.encrypted, cfg.trustProxy);
  req.headers[CLIENT_IP_HEADER] = ip;
  req.headers[CLIENT_PROTO_HEADER] = proto;
}

const statics = sirv(path.join(root, 'dist/client'), {
  brotli: true,
  gzip: true,
  etag: true,
  setHeaders(res, pathname) {
    // Hashed build assets never change under the same name; everything else revalidates.
    res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
  },
});
const compress = compression({
  threshold: 512,
  // Live updates must reach the phones as they happen, not when a buffer fills.
  filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
});

const server = http.createServer((req, res) => {
  markClient(req);
  securityHeaders(res);
  // The phones' live-session requests, without Astro's pipeline (src/server/direct-routes.ts).
  if (serveDirect(req, res)) return;
  statics(req, res, () => compress(req, res, () => handler(req, res)));
});
server.keepAliveTimeout = 65_000;
server.on('error', (e) => fail(e.code === 'EADDRINUSE' ? `port ${cfg.port} sudah dipakai; pilih port lain dengan PORT.` : e.message));
server.listen(cfg.port, cfg.host, () => {
  console.log(`netral: siap di http://${cfg.host === '0.0.0.0' ? 'localhost' : cfg.host}:${cfg.port} (${handle.engine}: ${handle.location})`);
});

function shutdown() {
  server.close();
  handle.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
