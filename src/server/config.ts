/**
 * Runtime configuration, read once from the environment. The README's configuration table
 * documents every variable here; keep the two in step.
 */
import path from 'node:path';
import { parseTrustProxy } from './proxy.ts';

export interface Config {
  /** Port the HTTP server listens on. */
  port: number;
  /** Interface to bind; 0.0.0.0 serves the local network (a projector room). */
  host: string;
  /** Folder for the SQLite database and the signing keys. */
  dataDir: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl: string | undefined;
  /**
   * Public origin people use (e.g. https://netral.example.go.id), used in links that leave the
   * site (certificate QR codes, badges, join links) and by the origin check; https here makes
   * cookies Secure, the staff cookie `__Host-` and turns HSTS on.
   */
  publicOrigin: string;
  /** Whether PUBLIC_ORIGIN was set (the default is a localhost address). */
  publicOriginSet: boolean;
  /** Number of reverse proxies in front whose X-Forwarded-For/-Proto are believed (TRUST_PROXY); 0 = none. */
  trustProxy: number;
  /** ALLOW_LOCAL_ORIGIN=1: issue certificate PDFs/badges even when PUBLIC_ORIGIN is a localhost address (see proxy.ts). */
  allowLocalOrigin: boolean;
  /** Ed25519 private key (PKCS#8 PEM or base64url of the 32-byte seed); generated into dataDir when unset. */
  signingKey: string | undefined;
  /** Username of the first admin account, created on first start. */
  adminUser: string;
  /**
   * Logins/registrations per minute from one address (ten times that per hour). An office behind
   * one address shares it, so it is generous; the per-NIP limit is the one that stops guessing.
   */
  learnerAuthPerAddress: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4321);
  return {
    port: Number.isInteger(port) && port > 0 ? port : 4321,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicOrigin: (env.PUBLIC_ORIGIN || `http://localhost:${port || 4321}`).replace(/\/$/, ''),
    publicOriginSet: !!env.PUBLIC_ORIGIN,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    allowLocalOrigin: env.ALLOW_LOCAL_ORIGIN === '1' || env.ALLOW_LOCAL_ORIGIN === 'true',
    signingKey: env.NETRAL_SIGNING_KEY || undefined,
    adminUser: env.NETRAL_ADMIN_USER ?? 'admin',
    learnerAuthPerAddress: Math.max(1, Number(env.NETRAL_LOGIN_PER_ADDRESS) || 60),
  };
}

/** The configuration of this process. */
export const config: Config = readConfig();

/** Whether people reach the site over https (PUBLIC_ORIGIN says so): Secure cookies, HSTS. */
export function servesHttps(cfg: Pick<Config, 'publicOrigin'> = config): boolean {
  return cfg.publicOrigin.startsWith('https://');
}
