/**
 * The rules of course versions and recertification, as pure functions over the changelog in
 * course.ts (no I/O, browser-safe: the verification page uses them too).
 *  - A certificate of version X needs an update when a later version requires one.
 *  - It stays valid until its own version's `validUntil` (once an update is required), or forever.
 *  - The update path from X is every change of the later versions, the lesson sections that teach
 *    them, and the update quiz of the newest version that requires an update.
 */
import type { CourseVersion } from '../content/course.ts';

/** -1, 0 or 1: semantic order of two `major.minor.patch` versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The newest version of a changelog. */
export function latestVersion(versions: readonly Pick<CourseVersion, 'version'>[]): string {
  return versions.map((v) => v.version).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}

/** Versions released after `version`, oldest first. */
export function versionsAfter<V extends Pick<CourseVersion, 'version'>>(version: string, versions: readonly V[]): V[] {
  return versions.filter((v) => compareVersions(v.version, version) > 0).sort((a, b) => compareVersions(a.version, b.version));
}

/** Whether a holder of `version` must update: some later version requires it. */
export function needsUpdate(version: string, versions: readonly Pick<CourseVersion, 'version' | 'requiresUpdate'>[]): boolean {
  return versionsAfter(version, versions).some((v) => v.requiresUpdate);
}

export interface VersionStatus {
  /** The certificate's version. */
  version: string;
  /** The newest version of the course. */
  latest: string;
  /** The version is in the changelog. */
  known: boolean;
  /** A later version requires an update ("ada pembaruan"). */
  updateAvailable: boolean;
  /** yyyy-mm-dd until which it stays valid, when limited; null when it does not expire. */
  validUntil: string | null;
  /** Still valid on the given day (false only after validUntil of an outdated version). */
  valid: boolean;
}

/**
 * The status of a certificate of `version` on `day` (yyyy-mm-dd, the verifier's or the unit's
 * local day). An unknown version (not in the changelog) never expires by these rules; the page
 * says it is unknown.
 */
export function versionStatus(version: string, day: string, versions: readonly CourseVersion[]): VersionStatus {
  const entry = versions.find((v) => v.version === version);
  const updateAvailable = needsUpdate(version, versions);
  const validUntil = updateAvailable ? (entry?.validUntil ?? null) : null;
  return {
    version,
    latest: latestVersion(versions),
    known: entry !== undefined,
    updateAvailable,
    validUntil,
    valid: validUntil === null || day <= validUntil,
  };
}

export interface UpdatePath {
  from: string;
  to: string;
  /** Every change since `from`, oldest version first. */
  changes: CourseVersion['changes'];
  /** The lesson sections to read, each once, in course order. */
  sections: { module: string; heading: string }[];
  /** The quiz that completes the update: tags and size, from the newest version requiring an update. */
  quiz: NonNullable<CourseVersion['updateQuiz']>;
}

/** The short update path for a holder of `from`, or null when they need none. */
export function updatePath(from: string, versions: readonly CourseVersion[]): UpdatePath | null {
  const later = versionsAfter(from, versions);
  const requiring = later.filter((v) => v.requiresUpdate && v.updateQuiz);
  if (requiring.length === 0) return null;
  const changes = later.flatMap((v) => v.changes);
  const seen = new Set<string>();
  const sections = changes
    .flatMap((c) => c.sections)
    .filter((s) => {
      const key = `${s.module}#${s.heading}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.module.localeCompare(b.module));
  const tags = [...new Set(requiring.flatMap((v) => v.updateQuiz!.tags))];
  const items = requiring[requiring.length - 1].updateQuiz!.items;
  return { from, to: latestVersion(versions), changes, sections, quiz: { tags, items } };
}

/** The highest of some versions (e.g. every valid certificate a learner holds), or null. */
export function highestVersion(held: readonly string[]): string | null {
  return held.length === 0 ? null : held.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}
