// `npm run db:migrate`: applies pending migrations to the configured database and exits.
const { readConfig } = await import('../src/server/config.ts');
const { openDatabase, ConfigError } = await import('../src/server/bootstrap.ts');
try {
  const handle = await openDatabase(readConfig());
  console.log(`netral: migrasi selesai (${handle.engine}: ${handle.location})`);
  await handle.close();
} catch (e) {
  console.error(`netral: ${e instanceof ConfigError ? e.message : e instanceof Error ? e.message.split('\n')[0] : e}`);
  process.exit(1);
}
