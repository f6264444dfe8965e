// Field kit on the facilitator's laptop (issue 18), with the same DATA_DIR / DATABASE_URL as `npm start`:
//   node scripts/field.mjs import <paket-sesi-KODE.json> [--user <admin>]   imports a "paket sesi", prints the session code
//   node scripts/field.mjs export <id|KODE> <hasil-sesi-KODE.json>         writes the signed "hasil sesi" of a closed session
// The import is recorded under a staff account of this laptop: --user, or else the first admin
// (created and printed by the first `npm start`).
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Penggunaan:
  node scripts/field.mjs import <paket-sesi-KODE.json> [--user NAMA_PENGGUNA]
  node scripts/field.mjs export <id sesi|KODE> <hasil-sesi-KODE.json>`;

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { user: { type: 'string' } } });
const [command, ...rest] = positionals;
if (!['import', 'export'].includes(command ?? '') || rest.length !== (command === 'import' ? 1 : 2)) fail(USAGE, 2);

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
    const file = rest[1] || bundleFileName(s.code);
    await writeFile(file, JSON.stringify(jws), { mode: 0o600 });
    console.log(t('fieldkit.export.cli', { code: s.code, file }));
  }
} catch (e) {
  if (e instanceof HttpProblem) fail(e.message);
  throw e;
} finally {
  await handle.close();
}
