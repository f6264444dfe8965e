/**
 * Where a learner stands and the one next step: modules finished (on the server), pre-test,
 * final exam with attempts left, certificate. The home page, the navigation and /ujian show it.
 */
import { course } from '../content/course.ts';
import { COURSE_MODULES } from '../lib/course-modules.ts';
import { getDb, type Db } from './db/index.ts';
import { examStatus } from './exam.ts';
import type { Learner } from './learners.ts';
import { t } from '../i18n/index.ts';

export interface Journey {
  learner: { name: string };
  modules: { done: number; total: number; firstMissing: { id: string; title: string } | null };
  pre: { enabled: boolean; done: boolean; open: boolean; resultId: string | null };
  final: { passed: boolean; open: boolean; attemptsLeft: number | null; tries: number; lastResultId: string | null };
  certificate: string | null;
  next: { label: string; href: string };
}

/** The one next step (pure). */
export function nextStep(j: Omit<Journey, 'next' | 'learner'>): Journey['next'] {
  if (j.certificate) return { label: t('journey.nextCertificate'), href: `/sertifikat/${j.certificate}` };
  if (j.final.open) return { label: t('journey.nextResumeFinal'), href: '/ujian/akhir' };
  if (j.pre.open) return { label: t('journey.nextResumePre'), href: '/ujian/pre-test' };
  if (j.final.attemptsLeft === 0) return { label: t('journey.nextContact'), href: '/ujian' };
  if (j.pre.enabled && !j.pre.done && j.modules.done === 0) return { label: t('journey.nextPre'), href: '/ujian/pre-test' };
  if (j.modules.firstMissing && course.requireModulesBeforeFinal) return { label: t('journey.nextModule', { title: j.modules.firstMissing.title }), href: `/modul/${j.modules.firstMissing.id}` };
  return { label: j.final.tries > 0 ? t('journey.nextRetry') : t('journey.nextFinal'), href: '/ujian/akhir' };
}

export async function journey(learner: Learner, db: Db = getDb()): Promise<Journey> {
  const s = await examStatus(learner, db);
  const cert = await db.selectFrom('certificates').select('number').where('learner_id', '=', learner.id).where('revoked_at', 'is', null).orderBy('issued_at', 'desc').executeTakeFirst();
  const submitted = (k: 'pre' | 'final') => s[k].attempts.filter((a) => a.status === 'submitted');
  const firstMissing = s.missingModules[0];
  const base: Omit<Journey, 'next' | 'learner'> = {
    modules: { done: COURSE_MODULES.length - s.missingModules.length, total: COURSE_MODULES.length, firstMissing: firstMissing ? { id: firstMissing.id, title: firstMissing.title } : null },
    pre: { enabled: course.preTestEnabled, done: submitted('pre').length > 0, open: s.pre.attempts.some((a) => a.status === 'open'), resultId: submitted('pre')[0]?.id ?? null },
    final: { passed: s.passed, open: s.final.attempts.some((a) => a.status === 'open'), attemptsLeft: s.attemptsLeft, tries: submitted('final').length, lastResultId: submitted('final')[0]?.id ?? null },
    certificate: cert?.number ?? null,
  };
  return { learner: { name: learner.name }, ...base, next: nextStep(base) };
}
