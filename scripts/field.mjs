// Field kit on the facilitator's laptop (issue 18), with the same DATA_DIR / DATABASE_URL as `npm start`:
//   node scripts/field.mjs import <paket-sesi-KODE.json> [--user <admin>]   imports a "paket sesi", prints the session code
//   node scripts/field.mjs export <id|KODE> <hasil-sesi-KODE.json>         writes the signed "hasil sesi" of a closed session
//   node scripts/field.mjs sync <id|KODE> --to https://pusat --user <staf>  sends it to the central server once online
//        (password from NETRAL_PASSWORD, else asked for); prints what the central server merged
// The import is recorded under a staff account of this laptop: --user, or else the first admin
// (created and printed by the first `npm start`).
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Penggunaan:
  node scripts/field.mjs import <paket-sesi-KODE.json> [--user NAMA_PENGGUNA]
  node scripts/field.mjs export <id sesi|KODE> <hasil-sesi-KODE.json>
  node scripts/field.mjs sync <id sesi|KODE> --to https://alamat-server-pusat --user NAMA_PENGGUNA`;

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { user: { type: 'string' }, to: { type: 'string' } } });
const [command, ...rest] = positionals;
const arity = { import: [1, 1], export: [1, 2], sync: [1, 1] }[command ?? ''];
if (!arity || rest.length < arity[0] || rest.length > arity[1]) fail(USAGE, 2);
if (command === 'sync' && (!values.to || !values.user)) fail(USAGE, 2);

const { readConfig } = await import('../src/server/config.ts');
const { openDatabase, ConfigError } = await import('../src/server/bootstrap.ts');
const { HttpProblem } = await import('../src/server/http.ts');

let handle;
try {
  handle = await openDatabase(readConfig());
} catch (e) {
  fail(`netral: ${e instanceof ConfigError ? e.message : e instanceof Error ? e.message.split('\n')[0] : e}`);
}
const db = handle.db;
try {
  if (command === 'import') {
    const { importPackageFile } = await import('../src/server/fieldkit/install.ts');
    const { displayCode } = await import('../src/server/sessions/code.ts');
    const { t } = await import('../src/i18n/index.ts');
    let q = db.selectFrom('staff_users').selectAll().orderBy('created_at').limit(1);
    q = values.user ? q.where('username', '=', values.user.trim().toLowerCase()) : q.where('role', '=', 'admin');
    const row = await q.executeTakeFirst();
    if (!row) fail(values.user ? `Akun staf "${values.user}" tidak ada di laptop ini.` : 'Belum ada akun admin di laptop ini: jalankan `npm start` sekali dulu (akun admin pertama dicetak di layar).');
    const user = { id: row.id, username: row.username, displayName: row.display_name, role: row.role, unitId: row.unit_id, mustChangePassword: false, disabled: false };
    let bytes;
    try {
      bytes = new Uint8Array(await readFile(rest[0]));
    } catch {
      fail(`Berkas "${rest[0]}" tidak dapat dibaca.`);
    }
    const r = await importPackageFile(user, bytes, new Date(), db);
    console.log(t(r.again ? 'fieldkit.import.doneAgain' : 'fieldkit.import.done', { title: r.title, code: displayCode(r.code), roster: r.roster, units: r.units }));
    console.log(t('fieldkit.import.cli', { title: r.title, code: r.code }));
  } else {
    const { exportBundle, bundleFileName } = await import('../src/server/fieldkit/export.ts');
    const { normalizeCode } = await import('../src/server/sessions/code.ts');
    const { t } = await import('../src/i18n/index.ts');
    const key = rest[0];
    const code = normalizeCode(key);
    const s =
      (await db.selectFrom('live_sessions').selectAll().where('id', '=', key).executeTakeFirst()) ??
      (code ? await db.selectFrom('live_sessions').selectAll().where('code', '=', code).executeTakeFirst() : undefined);
    if (!s) fail(`Sesi "${key}" tidak ada di laptop ini.`);
    const jws = await exportBundle(s, new Date(), db);
    if (command === 'export') {
      const file = rest[1] || bundleFileName(s.code);
      await writeFile(file, JSON.stringify(jws), { mode: 0o600 });
      console.log(t('fieldkit.export.cli', { code: s.code, file }));
    } else {
      await sync(s, jws, values.to, values.user, t);
    }
  }
} catch (e) {
  if (e instanceof HttpProblem) fail(e.message);
  throw e;
} finally {
  await handle.close();
}

/** Asks for the password without echoing it (or takes NETRAL_PASSWORD). */
async function password() {
  if (process.env.NETRAL_PASSWORD) return process.env.NETRAL_PASSWORD;
  if (!process.stdin.isTTY) fail('Kata sandi tidak diberikan: atur NETRAL_PASSWORD atau jalankan di terminal.');
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const write = rl._writeToOutput?.bind(rl);
  let asking = true;
  rl._writeToOutput = (text) => (asking && !text.startsWith('Kata sandi') ? undefined : write?.(text));
  const answer = await new Promise((resolve) => rl.question('Kata sandi server pusat: ', resolve));
  asking = false;
  rl.close();
  process.stdout.write('\n');
  return answer;
}

/** Sends a session's results to the central server: signs in, uploads, signs out. */
async function sync(s, jws, to, user, t) {
  let origin;
  try {
    origin = new URL(to).origin;
  } catch {
    fail(`Alamat server pusat "${to}" tidak sah (contoh: https://netral.kemenag.go.id).`);
  }
  const call = async (path, init) => {
    try {
      return await fetch(origin + path, init);
    } catch (e) {
      fail(`Server pusat ${origin} tidak dapat dihubungi (${e instanceof Error ? e.cause?.code ?? e.message : e}). Periksa sambungan internet, lalu coba lagi.`);
    }
  };
  const login = await call('/api/staf/masuk', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: await password() }) });
  const who = await login.json().catch(() => ({}));
  if (!login.ok) fail(`Masuk ke server pusat gagal: ${who.error ?? login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = { cookie, 'x-csrf-token': who.csrfToken };
  let refused;
  try {
    const res = await call(`/api/staf/sesi/${encodeURIComponent(s.id)}/hasil`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(jws) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      const rows = Array.isArray(body.rows) ? body.rows.map((r) => `  - ${[r.nip, r.name, r.problem].filter(Boolean).join(' · ')}`) : [];
      refused = [`Server pusat menolak hasil sesi ${s.code}: ${body.error ?? res.status}`, ...rows].join('\n');
    } else {
      console.log(body.merged ? t('fieldkit.sync.merged', { code: s.code, participants: body.participants ?? 0, attempts: body.attempts ?? 0, certificates: body.certificates ?? 0 }) : t('fieldkit.sync.already', { code: s.code }));
      for (const n of body.notes ?? []) console.log(`  ${n}`);
    }
  } finally {
    // Signs out either way (the central session cookie is not kept anywhere).
    await fetch(`${origin}/api/staf/keluar`, { method: 'POST', headers }).catch(() => undefined);
  }
  if (refused) fail(refused);
}
