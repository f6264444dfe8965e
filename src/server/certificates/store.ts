/**
 * Certificates in the database: issuance when a final exam is passed, look-up, the learner's
 * own list, downloads (PDF, Open Badge), and revocation/reissue with an audit trail.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { COURSE_LENGTH } from '../../lib/course-length.ts';
import type { CertificateClaims } from '../../lib/cert-token.ts';
import { config } from '../config.ts';
import { getDb, type Db } from '../db/index.ts';
import type { AttemptTable, CertificateTable, LearnerTable } from '../db/schema.ts';
import { HttpProblem } from '../http.ts';
import { t } from '../../i18n/index.ts';
import { refreshLearnerSummary } from '../learner-summary.ts';
import { getIssuerKeys } from './keys.ts';
import { newCertificateNumber, normalizeCertificateNumber } from './number.ts';
import { buildClaims, issueToken } from './sign.ts';
import { renderCertificatePdf } from './pdf.ts';
import { buildOpenBadgeCredential, type OpenBadgeCredential } from './openbadge.ts';
import type { CertificateLookupResult } from './lookup.ts';

export type Certificate = CertificateTable;

/** The claims stored with a certificate (what its token signs). */
export function claimsOf(c: Certificate): CertificateClaims {
  return JSON.parse(c.claims) as CertificateClaims;
}

/** A number not used yet (collisions are astronomically unlikely; the unique index is the last guard). */
async function freshNumber(db: Db, at: Date): Promise<string> {
  for (;;) {
    const number = newCertificateNumber(at);
    const taken = await db.selectFrom('certificates').select('id').where('number', '=', number).executeTakeFirst();
    if (!taken) return number;
  }
}

async function insertCertificate(db: Db, learner: LearnerTable, attemptId: string, score: number, at: Date, replaces: string | null): Promise<Certificate> {
  const number = await freshNumber(db, at);
  // A learner on a unit's roster gets that unit's official name, not what they typed.
  const rosterUnit = learner.unit_id ? await db.selectFrom('units').select('name').where('id', '=', learner.unit_id).executeTakeFirst() : undefined;
  const claims = buildClaims({
    number,
    name: learner.name,
    nip: learner.nip,
    jabatan: learner.jabatan,
    ...(learner.pangkat ? { pangkat: learner.pangkat } : {}),
    unit: rosterUnit?.name ?? learner.unit_name,
    score,
    jp: COURSE_LENGTH.jp,
    issuedAt: at,
  });
  const cert: Certificate = {
    id: randomUUID(),
    number,
    learner_id: learner.id,
    attempt_id: attemptId,
    claims: JSON.stringify(claims),
    token: issueToken(claims),
    issued_at: at.toISOString(),
    revoked_at: null,
    revoke_reason: null,
    revoked_by: null,
    replaces,
    course_version: claims.courseVersion,
  };
  await db.insertInto('certificates').values(cert).execute();
  return cert;
}

/** Issues the certificate of a passed final attempt, inside the submit transaction. */
export async function issueCertificate(trx: Db, attempt: AttemptTable, learner: LearnerTable, score: number, at: Date): Promise<Certificate> {
  return insertCertificate(trx, learner, attempt.id, score, at, null);
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

/** The A4 PDF of a certificate, rendered from its signed claims. */
/**
 * The A4 PDF of a certificate, rendered from its signed claims. A certificate never changes (a
 * correction is a new certificate), so each PDF is rendered once and then served from a cache
 * in DATA_DIR: rendering with an embedded font takes a noticeable fraction of a second.
 */
export async function renderPdf(c: Certificate, db: Db = getDb()): Promise<Uint8Array> {
  const key = createHash('sha256').update(`${c.token}\n${config.publicOrigin}`).digest('hex').slice(0, 16);
  const file = path.join(config.dataDir, 'pdf-cache', `${c.number}-${key}.pdf`);
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch {
    // Not cached yet.
  }
  const learner = await learnerOf(c, db);
  const pdf = await renderCertificatePdf({ token: c.token, nip: learner.nip, kind: learner.kind === 'pppk' ? 'pppk' : 'pns', publicOrigin: config.publicOrigin });
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    await fs.writeFile(`${file}.tmp`, pdf);
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
export async function openBadge(c: Certificate, db: Db = getDb()): Promise<OpenBadgeCredential> {
  const learner = await learnerOf(c, db);
  const claims = claimsOf(c);
  return buildOpenBadgeCredential(
    { number: c.number, name: claims.name, nip: learner.nip, nipSalt: claims.nipSalt, score: claims.score, predikat: claims.predikat, jp: claims.jp, issuedAt: new Date(c.issued_at), publicOrigin: config.publicOrigin, courseVersion: claims.courseVersion },
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
