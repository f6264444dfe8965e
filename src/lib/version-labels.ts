/**
 * What the verification page says about each course version on a given day: "sah, versi 1.1.0",
 * "sah, versi 1.0.0 (ada pembaruan)" or, after an outdated version's validUntil, that it is no
 * longer valid. Computed on the server per request and handed to the page's inline script.
 */
import { course } from '../content/course.ts';
import { t } from '../i18n/index.ts';
import { versionStatus } from './course-versions.ts';

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export function versionLabels(now: Date, versions = course.versions): Record<string, string> {
  const day = now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
  return Object.fromEntries(
    versions.map((v) => {
      const s = versionStatus(v.version, day, versions);
      if (!s.updateAvailable) return [v.version, t('update.verify.current', { version: v.version })];
      if (!s.valid) return [v.version, t('update.verify.expired', { version: v.version, latest: s.latest, date: longDate(s.validUntil!) })];
      const until = s.validUntil ? ` ${t('update.verify.validUntil', { date: longDate(s.validUntil) })}` : '';
      return [v.version, `${t('update.verify.outdated', { version: v.version })}. ${t('update.verify.latest', { latest: s.latest })}${until}`];
    }),
  );
}
