/**
 * The issuer's Ed25519 key pair. Taken from NETRAL_SIGNING_KEY (config.signingKey: PKCS#8 PEM, or
 * base64url of the 32-byte seed); otherwise generated on first use into
 * `<dataDir>/keys/issuer-ed25519.pem` (mode 0600) and read from there afterwards, so every
 * certificate ever issued by this installation stays verifiable across restarts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';
import { base64urlEncode } from '../../lib/cert-token.ts';

export interface IssuerKeys {
  /** Short id of the public key: base64url of the first 9 bytes of SHA-256(raw public key). */
  keyId: string;
  /** The 32-byte raw Ed25519 public key. */
  publicKeyRaw: Uint8Array;
  /** The public key as a JWK (kty OKP, crv Ed25519). */
  publicKeyJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' };
  /** COSE key id of version-2 tokens: the first 4 bytes of SHA-256(raw public key). */
  coseKid: Uint8Array;
  /** Ed25519 signature (64 bytes) over `bytes`. */
  sign(bytes: Uint8Array): Uint8Array;
  /**
   * The NIP MAC of version-2 tokens: base64url of the first 8 bytes of HMAC-SHA256 over the NIP
   * digits, under a key derived (HKDF) from the private key, so it never leaves the server.
   */
  nipMac(nip: string): string;
}

export interface KeyOptions {
  dataDir?: string;
  signingKey?: string;
}

// DER prefix of a PKCS#8 Ed25519 private key; the 32-byte seed follows.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const KEY_FILE = path.join('keys', 'issuer-ed25519.pem');

function privateKeyFromSetting(setting: string): crypto.KeyObject {
  const s = setting.trim();
  if (s.includes('-----BEGIN')) {
    const key = crypto.createPrivateKey(s.replace(/\\n/g, '\n'));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('NETRAL_SIGNING_KEY is not an Ed25519 private key.');
    return key;
  }
  const seed = Buffer.from(s, 'base64url');
  if (seed.length !== 32 || seed.toString('base64url') !== s.replace(/=+$/, '')) {
    throw new Error('NETRAL_SIGNING_KEY must be a PKCS#8 PEM or the base64url of a 32-byte Ed25519 seed.');
  }
  return crypto.createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

function privateKeyFromDataDir(dataDir: string): crypto.KeyObject {
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    try {
      // 'wx': never overwrite a key another process wrote in the meantime.
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const key = crypto.createPrivateKey(fs.readFileSync(file, 'utf8'));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is not an Ed25519 private key.`);
  return key;
}

export function keysFromPrivateKey(privateKey: crypto.KeyObject): IssuerKeys {
  const jwk = crypto.createPublicKey(privateKey).export({ format: 'jwk' }) as { x: string };
  const publicKeyRaw = new Uint8Array(Buffer.from(jwk.x, 'base64url'));
  const digest = new Uint8Array(crypto.createHash('sha256').update(publicKeyRaw).digest());
  const keyId = base64urlEncode(digest.subarray(0, 9));
  const seed = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).subarray(-32);
  // A KeyObject, made once: HMAC with a raw key imports it again on every call (5× slower).
  const macKey = crypto.createSecretKey(Buffer.from(crypto.hkdfSync('sha256', seed, new Uint8Array(0), 'netral nip mac v1', 32)));
  return {
    keyId,
    coseKid: digest.slice(0, 4),
    nipMac: (nip) => base64urlEncode(new Uint8Array(crypto.createHmac('sha256', macKey).update(nip, 'utf8').digest()).subarray(0, 8)),
    publicKeyRaw,
    publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: keyId, alg: 'EdDSA', use: 'sig' },
    sign: (bytes) => new Uint8Array(crypto.sign(null, bytes, privateKey)),
  };
}

/** Loads (or creates) the issuer keys for the given settings; no caching. */
export function loadIssuerKeys(options: KeyOptions = {}): IssuerKeys {
  const signingKey = 'signingKey' in options ? options.signingKey : config.signingKey;
  const dataDir = options.dataDir ?? config.dataDir;
  return keysFromPrivateKey(signingKey ? privateKeyFromSetting(signingKey) : privateKeyFromDataDir(dataDir));
}

let cached: IssuerKeys | undefined;

/** The issuer keys of this process (from config), loaded once. */
export function getIssuerKeys(): IssuerKeys {
  cached ??= loadIssuerKeys();
  return cached;
}

/**
 * Every public key a verifier should accept, by key id. Today only the current key; when keys are
 * rotated, keep the old public keys here so certificates signed with them still verify.
 */
export function getPublicKeys(): IssuerKeys[] {
  return [getIssuerKeys()];
}
