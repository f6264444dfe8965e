/**
 * Start-up work besides the database, run once before the server listens: the certificate
 * signing key is loaded (or generated into DATA_DIR) now, so a bad key stops the start instead of
 * the first certificate.
 */
import type { Config } from './config.ts';
import { ConfigError } from './db/index.ts';
import { getIssuerKeys } from './certificates/keys.ts';

export async function startupTasks(_cfg: Config): Promise<void> {
  try {
    getIssuerKeys();
  } catch (e) {
    throw new ConfigError(`kunci tanda tangan sertifikat tidak dapat dimuat: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  }
}
