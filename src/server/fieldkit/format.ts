/**
 * The two files of the field kit (issue 18), schema first:
 *  - the "paket sesi" (package) the central server hands a facilitator for one planned session:
 *    the session, the roster it needs, the course version and a session key (Ed25519, private);
 *  - the "hasil sesi" (results bundle) the laptop sends back: attendance, answers, declarations and
 *    times, as a flattened JWS (RFC 7515, JSON serialisation) signed with that session key, so any
 *    standard JOSE library verifies it.
 * Pure: no database, no HTTP. The central server trusts nothing in a bundle but what the key
 * signed, and takes questions, seed and rules from its own copy of the session.
 */
import { createHash } from 'node:crypto';
import { exportJWK, flattenedVerify, FlattenedSign, generateKeyPair, importJWK, type FlattenedJWS, type JWK } from 'jose';
import { z } from 'zod';

export const PACKAGE_FORMAT = 'netral-paket-sesi/1';
export const BUNDLE_FORMAT = 'netral-hasil-sesi/1';
/** JWS `typ` of a bundle, so a token meant for something else never passes as one. */
export const BUNDLE_TYP = 'netral-hasil-sesi+json';
/** A session key is accepted this many days after the session's join code expired. */
export const FIELD_KEY_DAYS = 30;
/** Largest bundle the central server reads (a hall of 300 with 32 answers each is about 2.4 MB). */
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;

const iso = z.iso.datetime({ offset: true });
const nip = z.string().regex(/^\d{18}$/);

/** An Ed25519 key as JWK; `d` only in the private key. */
const okpJwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().min(40).max(50), d: z.string().min(40).max(50).optional() });

export const packageSchema = z.object({
  /** Always PACKAGE_FORMAT. */
  format: z.literal(PACKAGE_FORMAT),
  /** Central time the package was made. */
  issuedAt: iso,
  /** After this time the central server refuses results signed with the key. */
  expiresAt: iso,
  /** The central server's public address (where the results go back to). */
  origin: z.url(),
  /** Course version the questions come from; the laptop must run the same one. */
  courseVersion: z.string().min(1).max(32),
  session: z.object({
    /** The central session's id: the laptop keeps the same id and code. */
    id: z.string().min(1).max(64),
    code: z.string().min(4).max(12),
    title: z.string().min(1).max(200),
    /** yyyy-mm-dd. */
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    place: z.string().max(200),
    unitId: z.string().min(1).max(64),
    facilitatorName: z.string().max(200),
    withPre: z.boolean(),
    withPost: z.boolean(),
    /** Seed of the session's question order (shared with the central server). */
    seed: z.string().min(8).max(128),
    /** Graded question ids of the pre- and post-test, in order. */
    preItems: z.array(z.string().max(128)).max(200),
    postItems: z.array(z.string().max(128)).max(200),
    /** When the join code stops working. */
    expiresAt: iso,
  }),
  /** The session's unit and every unit below it (names and time zones for the laptop's screens). */
  units: z.array(z.object({ id: z.string().min(1).max(64), name: z.string().max(300), parentId: z.string().max(64).nullable(), timeZone: z.string().max(64).nullable() })).min(1).max(5000),
  /** Who may join: the rosters of those units, only what the session needs. */
  roster: z.array(z.object({ nip, name: z.string().max(200), unitId: z.string().max(64), kind: z.enum(['pns', 'pppk']).nullable() })).max(50_000),
  /** The session key: kid and the private JWK the laptop signs the results with. */
  key: z.object({ kid: z.string().min(8).max(64), privateJwk: okpJwk.required({ d: true }) }),
});
export type FieldPackage = z.infer<typeof packageSchema>;

const test = z.enum(['pre', 'post']);
const testEnd = z.object({ finished: z.boolean(), finishedAt: iso.nullable() });

export const bundlePayloadSchema = z.object({
  /** Always BUNDLE_FORMAT. */
  format: z.literal(BUNDLE_FORMAT),
  /** The session the key was issued for (must match the upload's session). */
  sessionId: z.string().min(1).max(64),
  /** Key id (also in the JWS header). */
  kid: z.string().min(8).max(64),
  courseVersion: z.string().min(1).max(32),
  /** The laptop's clock when it exported, as reported (compared with the central clock on upload). */
  exportedAt: iso,
  /** The laptop's clock when it imported the package, and the package's (central) issue time. */
  importedAt: iso,
  packageIssuedAt: iso,
  /** The laptop's time-zone offset in minutes east of UTC at export, as the laptop reported it. */
  utcOffsetMinutes: z.number().int().min(-840).max(840),
  /** How each test ended on the laptop, and when the session was closed (laptop clock). */
  tests: z.object({ pre: testEnd, post: testEnd }),
  closedAt: iso.nullable(),
  /** Attendance: one row per person (laptop-local id, used only to link the rows below). */
  participants: z.array(z.object({ id: z.string().min(1).max(64), nip: z.string().max(32), name: z.string().max(200), jabatan: z.string().max(200), joinedAt: iso })).max(5000),
  /** Answers, once per participant, test and question (public ids, as the phones sent them). */
  answers: z
    .array(z.object({ participantId: z.string().max(64), test, questionId: z.string().max(128), response: z.unknown(), answeredAt: iso, updatedAt: iso, changes: z.number().int().min(0).max(1_000_000) }))
    .max(500_000),
  /** Declarations signed on the phones. */
  signatures: z.array(z.object({ participantId: z.string().max(64), name: z.string().max(200), signedAt: iso })).max(5000),
});
export type BundlePayload = z.infer<typeof bundlePayloadSchema>;

/** A fresh session key: the kid, the private JWK (for the package) and the public JWK (kept centrally). */
export async function newSessionKey(kid: string): Promise<{ kid: string; privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { kid, privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** Signs a bundle payload with the session's private key: a flattened JWS. */
export async function signBundle(payload: BundlePayload, privateJwk: JWK): Promise<FlattenedJWS> {
  const key = await importJWK({ ...privateJwk, alg: 'EdDSA' }, 'EdDSA');
  return new FlattenedSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', typ: BUNDLE_TYP, kid: payload.kid })
    .sign(key);
}

/** Why a bundle file cannot be read or verified (the caller turns it into an Indonesian 4xx). */
export type BundleFault = 'unreadable' | 'unknownKey' | 'badSignature' | 'badPayload';
export class BundleError extends Error {
  readonly fault: BundleFault;
  constructor(fault: BundleFault) {
    super(fault);
    this.fault = fault;
  }
}

/** The kid a bundle file claims (unverified: only to find the public key). */
export function bundleKid(file: unknown): string {
  const jws = z.object({ protected: z.string().max(2000), payload: z.string(), signature: z.string().max(200) }).safeParse(file);
  if (!jws.success) throw new BundleError('unreadable');
  try {
    const header = JSON.parse(Buffer.from(jws.data.protected, 'base64url').toString('utf8')) as { kid?: unknown };
    if (typeof header.kid === 'string' && header.kid.length <= 64) return header.kid;
  } catch {
    // Falls through to "unreadable".
  }
  throw new BundleError('unreadable');
}

/** Verifies a bundle file against the session key's public JWK and returns its payload and digest. */
export async function verifyBundle(file: unknown, publicJwk: JWK): Promise<{ payload: BundlePayload; digest: string }> {
  const kid = bundleKid(file);
  let raw: Uint8Array;
  try {
    const key = await importJWK({ ...publicJwk, alg: 'EdDSA' }, 'EdDSA');
    const r = await flattenedVerify(file as FlattenedJWS, key, { algorithms: ['EdDSA'] });
    if (r.protectedHeader?.typ !== BUNDLE_TYP || r.protectedHeader?.kid !== kid) throw new BundleError('badSignature');
    raw = r.payload;
  } catch (e) {
    throw e instanceof BundleError ? e : new BundleError('badSignature');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new BundleError('badPayload');
  }
  const payload = bundlePayloadSchema.safeParse(parsed);
  if (!payload.success || payload.data.kid !== kid) throw new BundleError('badPayload');
  return { payload: payload.data, digest: createHash('sha256').update(raw).digest('hex') };
}
