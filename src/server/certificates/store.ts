/**
 * Certificates in the database: issuance when a final exam is passed, look-up, the learner's
 * own list, downloads (PDF, Open Badge), and revocation/reissue with an audit trail.
 */
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { decodeCompactToken, isCompactToken } from '../../lib/cert-token.ts';
import fs from 'node:fs/promises';
import path from 'node:path';
import { COURSE_LENGTH } from '../../lib/course-length.ts';
import { config } from '../config.ts';
import { getDb, type Db } from '../db/index.ts';
import type { AttemptTable, CertificateTable, LearnerTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { t } from '../../i18n/index.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { getIssuerKeys } from './keys.ts';
import { newCertificateNumber, normalizeCertificateNumber } from './number.ts';
import { buildClaims, hashNipSync, issueCompactToken, type CertificateRecord } from './sign.ts';
import { issuerForUnit, loadImage } from './issuer.ts';
import { DEFAULT_TIME_ZONE, localDateLong, localDateTime, localIsoDay, type TimeZoneId } from '../../lib/local-time.ts';
import { renderCertificatePdf, type Image } from './pdf.ts';
import { buildOpenBadgeCredential, type OpenBadgeCredential } from './openbadge.ts';
import type { CertificateLookupResult } from './lookup.ts';
import { publicOriginProblem } from '../proxy.ts';

/**
 * The PUBLIC_ORIGIN guard (proxy.ts): no PDF or badge carries a link only this machine can open,
 * unless the operator allowed it (ALLOW_LOCAL_ORIGIN=1).
 */
function requirePublicOrigin(): void {
  if (!config.allowLocalOrigin && publicOriginProblem(config)) throw new HttpProblem(503, t('deploy.originBlocked'));
}

export type Certificate = CertificateTable;

/** The record stored with a certificate (everything printed on it). */
export function claimsOf(c: Certificate): CertificateRecord {
  return JSON.parse(c.claims) as CertificateRecord;
}

/** Bits in the Bitstring Status List (2^21: 256 KB, sparse, so it compresses to little). */
export const STATUS_LIST_SIZE = 2 ** 21;

/** A random free bit of the status list (random, so the list reveals nothing about issue order). */
async function freshStatusIndex(db: Db): Promise<number> {
  for (;;) {
    const i = randomInt(STATUS_LIST_SIZE);
    const taken = await db.selectFrom('certificates').select('id').where('status_index', '=', i).executeTakeFirst();
    if (!taken) return i;
  }
}

/** The first day of learning: the earliest attempt started or module finished. */
async function firstActivity(db: Db, learnerId: string): Promise<string | undefined> {
  const a = await db.selectFrom('attempts').select((eb) => eb.fn.min('started_at').as('at')).where('learner_id', '=', learnerId).executeTakeFirst();
  const m = await db.selectFrom('module_progress').select((eb) => eb.fn.min('completed_at').as('at')).where('learner_id', '=', learnerId).executeTakeFirst();
  const all = [a?.at, m?.at].filter((x): x is string => typeof x === 'string');
  return all.sort()[0];
}

/** A number not used yet (collisions are astronomically unlikely; the unique index is the last guard). */
async function freshNumber(db: Db, at: Date, zone: TimeZoneId): Promise<string> {
  for (;;) {
    const number = newCertificateNumber(at, zone);
    const taken = await db.selectFrom('certificates').select('id').where('number', '=', number).executeTakeFirst();
    if (!taken) return number;
  }
}

async function insertCertificate(db: Db, learner: LearnerTable, attemptId: string, score: number, at: Date, replaces: string | null): Promise<Certificate> {
  // A learner on a unit's roster gets that unit's official name, not what they typed.
  const rosterUnit = learner.unit_id ? await db.selectFrom('units').select('name').where('id', '=', learner.unit_id).executeTakeFirst() : undefined;
  // The roster's unit decides the issuer and the time zone; else the unit the learner picked.
  const roster = await db.selectFrom('roster_entries').select(['unit_id', 'jabatan']).where('nip', '=', learner.nip).executeTakeFirst();
  const issuer = await issuerForUnit(roster?.unit_id ?? learner.unit_id, db);
  const number = await freshNumber(db, at, issuer.timeZone);
  const started = await firstActivity(db, learner.id);
  const claims: CertificateRecord = buildClaims({
    number,
    name: learner.name,
    nip: learner.nip,
    jabatan: roster?.jabatan || learner.jabatan,
    ...(learner.pangkat ? { pangkat: learner.pangkat } : {}),
    unit: rosterUnit?.name ?? learner.unit_name,
    score,
    jp: COURSE_LENGTH.jp,
    issuedAt: localIsoDay(at, issuer.timeZone),
    issuer: issuer.institution,
  });
  claims.tz = issuer.timeZone;
  if (started) claims.from = localIsoDay(started, issuer.timeZone);
  claims.issuerProfile = issuer;
  const cert: Certificate = {
    id: randomUUID(),
    number,
    learner_id: learner.id,
    attempt_id: attemptId,
    claims: JSON.stringify(claims),
    token: issueCompactToken(claims, learner.nip),
    issued_at: at.toISOString(),
    revoked_at: null,
    revoke_reason: null,
    revoked_by: null,
    replaces,
    status_index: await freshStatusIndex(db),
    course_version: claims.courseVersion,
  };
  await db.insertInto('certificates').values(cert).execute();
  return cert;
}

/** Issues the certificate of a passed final attempt, inside the submit transaction. */
export async function issueCertificate(trx: Db, attempt: AttemptTable, learner: LearnerTable, score: number, at: Date): Promise<Certificate> {
  const c = await insertCertificate(trx, learner, attempt.id, score, at, null);
  // Issued by the system (no staff actor), so HR can see in the audit log when it happened.
  await trx.insertInto('audit_log').values({ at: at.toISOString(), actor_id: null, action: 'exam.pass', target: c.number, detail: JSON.stringify({ date: claimsOf(c).date }) }).execute();
  return c;
}

export async function findCertificate(number: string, db: Db = getDb()): Promise<Certificate | undefined> {
  const n = normalizeCertificateNumber(number);
  if (!n) return undefined;
  return db.selectFrom('certificates').selectAll().where('number', '=', n).executeTakeFirst();
}

/** The public status of a certificate, for the verification page's revocation check. */
export function publicStatus(c: Certificate): Omit<CertificateLookupResult, 'token'> {
  return c.revoked_at
    ? { number: c.number, status: 'revoked', ...(c.revoke_reason ? { reason: c.revoke_reason } : {}), revokedAt: c.revoked_at }
    : { number: c.number, status: 'valid' };
}

/** What a verifier online is shown besides the QR's signed claims (the whole printed record). */
export type PublicDetails = Pick<CertificateRecord, 'name' | 'nipMasked' | 'jabatan' | 'pangkat' | 'unit' | 'score' | 'predikat' | 'jp' | 'course' | 'courseVersion' | 'issuer'> & {
  /** Issue day as printed, e.g. "7 Desember 2026" (the unit's local day). */
  date: string;
  /** Revocation day in the unit's time zone, e.g. "8 Desember 2026, 09.15 WITA". */
  revokedOn?: string;
};

export function publicDetails(c: Certificate): PublicDetails {
  const r = claimsOf(c);
  const zone = r.tz ?? DEFAULT_TIME_ZONE;
  return {
    name: r.name,
    nipMasked: r.nipMasked,
    jabatan: r.jabatan,
    ...(r.pangkat ? { pangkat: r.pangkat } : {}),
    unit: r.unit,
    score: r.score,
    predikat: r.predikat,
    jp: r.jp,
    date: localDateLong(r.date),
    course: r.course,
    courseVersion: r.courseVersion,
    issuer: r.issuer,
    ...(c.revoked_at ? { revokedOn: localDateTime(c.revoked_at, zone) } : {}),
  };
}

/**
 * Whether a typed NIP is the one a certificate was issued to: the MAC in a version-2 token
 * (under the server's key), or the salted hash of a version-1 token.
 */
export function nipMatchesCertificate(c: Certificate, typed: string): boolean {
  const nip = typed.replace(/[\s.\-]/g, '');
  if (!/^\d{18}$/.test(nip)) return false;
  if (isCompactToken(c.token)) {
    const d = decodeCompactToken(c.token);
    return d.ok && timingSafeEqual(Buffer.from(getIssuerKeys().nipMac(nip)), Buffer.from(d.claims.nipMac));
  }
  const r = claimsOf(c);
  return hashNipSync(nip, r.nipSalt) === r.nipHash;
}

/** For `/verifikasi?nomor=…`: the token to verify in the browser, and the revocation status. */
export async function lookupByNumber(number: string, db: Db = getDb()): Promise<CertificateLookupResult | null> {
  const c = await findCertificate(number, db);
  return c ? { ...publicStatus(c), token: c.token } : null;
}

/** The learner's certificates, newest first. */
export async function certificatesOf(learnerId: string, db: Db = getDb()): Promise<Certificate[]> {
  return db.selectFrom('certificates').selectAll().where('learner_id', '=', learnerId).orderBy('issued_at', 'desc').execute();
}

/** A certificate its learner may download (404 for anyone else's, so numbers cannot be probed). */
export async function ownCertificate(learnerId: string, number: string, db: Db = getDb()): Promise<Certificate> {
  const c = await findCertificate(number, db);
  if (!c || c.learner_id !== learnerId) throw new HttpProblem(404, t('certificate.notFound'));
  return c;
}

async function learnerOf(c: Certificate, db: Db): Promise<LearnerTable> {
  return db.selectFrom('learners').selectAll().where('id', '=', c.learner_id).executeTakeFirstOrThrow();
}

/**
 * The A4 PDF of a certificate, rendered from its signed claims. A certificate never changes (a
 * correction is a new certificate), so each PDF is rendered once and then served from a cache
 * in DATA_DIR: rendering with an embedded font takes a noticeable fraction of a second.
 */
export async function renderPdf(c: Certificate, db: Db = getDb()): Promise<Uint8Array> {
  requirePublicOrigin();
  const key = createHash('sha256').update(`${c.token}\n${config.publicOrigin}`).digest('hex').slice(0, 16);
  const file = path.join(config.dataDir, 'pdf-cache', `${c.number}-${key}.pdf`);
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch {
    // Not cached yet.
  }
  const learner = await learnerOf(c, db);
  const record = claimsOf(c);
  const images: { logo?: Image; signature?: Image } = {};
  if (record.issuerProfile?.logo) images.logo = await loadImage(record.issuerProfile.logo, db);
  if (record.issuerProfile?.signature) images.signature = await loadImage(record.issuerProfile.signature, db);
  const pdf = await renderCertificatePdf({ record, token: c.token, nip: learner.nip, kind: learner.kind === 'pppk' ? 'pppk' : 'pns', publicOrigin: config.publicOrigin, images });
  try {
    // The PDFs carry full NIPs: readable by the server's user only, whatever the umask.
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await fs.chmod(path.dirname(file), 0o700);
    // Write then rename, so a reader never sees half a file.
    await fs.writeFile(`${file}.tmp`, pdf, { mode: 0o600 });
    await fs.chmod(`${file}.tmp`, 0o600);
    await fs.rename(`${file}.tmp`, file);
  } catch {
    // A cache that cannot be written only costs speed.
  }
  return pdf;
}

export async function renderCertificatePdfByNumber(number: string, db: Db = getDb()): Promise<Uint8Array> {
  const c = await findCertificate(number, db);
  if (!c) throw new HttpProblem(404, t('certificate.notFound'));
  return renderPdf(c, db);
}

/** The same achievement as a signed Open Badges 3.0 credential. */
export async function openBadge(c: Certificate): Promise<OpenBadgeCredential> {
  requirePublicOrigin();
  const r = claimsOf(c);
  return buildOpenBadgeCredential(
    { number: c.number, name: r.name, score: r.score, predikat: r.predikat, jp: r.jp, issuedAt: new Date(c.issued_at), issuerName: r.issuer, statusIndex: c.status_index, courseVersion: r.courseVersion, publicOrigin: config.publicOrigin },
    getIssuerKeys(),
  );
}

function checkReason(reason: unknown): string {
  const r = typeof reason === 'string' ? reason.trim() : '';
  if (r.length < 5 || r.length > 500) throw new HttpProblem(422, t('certificate.reasonRequired'));
  return r;
}

/** Revokes a certificate with a reason; revoking twice is refused. Audited. */
export async function revokeCertificate(number: string, reason: unknown, actorId: string, now = new Date(), db: Db = getDb()): Promise<Certificate> {
  const why = checkReason(reason);
  return db.transaction().execute(async (trx) => {
    const c = await findCertificate(number, trx);
    if (!c) throw new HttpProblem(404, t('certificate.notFound'));
    if (c.revoked_at) throw new HttpProblem(409, t('certificate.alreadyRevoked'));
    const at = now.toISOString();
    await trx.updateTable('certificates').set({ revoked_at: at, revoke_reason: why, revoked_by: actorId }).where('id', '=', c.id).where('revoked_at', 'is', null).execute();
    await trx.insertInto('audit_log').values({ at, actor_id: actorId, action: 'certificate.revoke', target: c.number, detail: JSON.stringify({ reason: why }) }).execute();
    await refreshLearnerSummary(trx, { learnerIds: [c.learner_id] });
    return { ...c, revoked_at: at, revoke_reason: why, revoked_by: actorId };
  });
}

/**
 * Reissues a certificate (e.g. a corrected name): the old one is revoked with the reason, and a
 * new one with a new number is signed from the learner's current data and the same exam result.
 */
export async function reissueCertificate(number: string, reason: unknown, actorId: string, now = new Date(), db: Db = getDb()): Promise<Certificate> {
  const why = checkReason(reason);
  return db.transaction().execute(async (trx) => {
    const old = await findCertificate(number, trx);
    if (!old) throw new HttpProblem(404, t('certificate.notFound'));
    const at = now.toISOString();
    if (!old.revoked_at) {
      await trx.updateTable('certificates').set({ revoked_at: at, revoke_reason: why, revoked_by: actorId }).where('id', '=', old.id).execute();
    }
    const learner = await learnerOf(old, trx);
    const fresh = await insertCertificate(trx, learner, old.attempt_id, claimsOf(old).score, now, old.number);
    await trx.insertInto('audit_log').values({ at, actor_id: actorId, action: 'certificate.reissue', target: old.number, detail: JSON.stringify({ reason: why, newNumber: fresh.number }) }).execute();
    await refreshLearnerSummary(trx, { learnerIds: [old.learner_id] });
    return fresh;
  });
}
