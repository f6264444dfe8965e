/**
 * Start-up work besides the database, run once before the server listens (e.g. making sure the
 * certificate signing key exists, so the first certificate is not slowed down by it).
 */
import type { Config } from './config.ts';

export async function startupTasks(_cfg: Config): Promise<void> {}
