/**
 * Rate limits of the public flows this module guards (rate-limit.ts: shared by every instance on
 * PostgreSQL). Learner login/registration and session joins declare their own next to their code.
 * Generous per address: a whole office behind one NAT address takes the exam at once.
 */
import { limiter } from './rate-limit.ts';
import { clientIp } from './http.ts';
import { t } from '../i18n/index.ts';

/** Exam start (draws and stores an attempt): per learner and per address. */
const examStartByLearner = limiter('exam-start-learner', [{ points: 120, seconds: 60 }]);
const examStartByAddress = limiter('exam-start-ip', [{ points: 1000, seconds: 60 }]);

/** Certificate look-up by number (the verification page and its API): per address. */
const certLookupByAddress = limiter('cert-lookup-ip', [{ points: 120, seconds: 60 }, { points: 2000, seconds: 3600 }]);

type Ctx = { request: Request; clientAddress?: string };

export async function limitExamStart(context: Ctx, learnerId: string): Promise<void> {
  await examStartByAddress.take(clientIp(context));
  await examStartByLearner.take(learnerId);
}

export async function limitCertificateLookup(context: Ctx): Promise<void> {
  await certLookupByAddress.take(clientIp(context));
}

/**
 * The NIP check of a certificate (a verifier types a full NIP): per address, and per certificate so
 * that guesses spread over many addresses are limited too. A verifier checks one or two NIPs;
 * guessing one needs thousands.
 */
const nipCheckByAddress = limiter('cert-nip-ip', [{ points: 20, seconds: 600 }]);
const nipCheckByCertificate = limiter('cert-nip-number', [{ points: 100, seconds: 600 }]);

export async function limitNipCheck(context: Ctx, number: string): Promise<void> {
  await nipCheckByAddress.take(clientIp(context), t('certificate.nipCheck.tooMany'));
  await nipCheckByCertificate.take(number, t('certificate.nipCheck.tooMany'));
}
