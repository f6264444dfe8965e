/**
 * The rules of course versions and recertification: which versions require an update, until when
 * an old certificate stays valid, what the update path contains, and how the update quiz is drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { course, courseSchema, type CourseVersion } from '../../../src/content/course.ts';
import { compareVersions, highestVersion, needsUpdate, updatePath, versionStatus } from '../../../src/lib/course-versions.ts';
import { drawUpdateQuiz } from '../../../src/quizzes/engine/update-quiz.ts';
import { summarizeVersions } from '../../../src/server/hr/versions.ts';
import { sectionHref } from '../../../src/lib/section-link.ts';
import type { Question } from '../../../src/quizzes/schema.ts';

const change = (text: string, module = '02-dasar-hukum', heading = 'Peta singkat') => ({ text, cites: ['uu-20-2023/pasal-2-huruf-f'], sections: [{ module, heading }] });

/** A changelog of four versions: a minor that requires an update, then a patch and a minor that do not. */
const LOG: CourseVersion[] = [
  { version: '1.0.0', date: '2026-01-01', summary: 'awal', changes: [], requiresUpdate: false, validUntil: '2027-06-30' },
  { version: '1.1.0', date: '2026-12-01', summary: 'hukum baru', changes: [change('Pasal 188'), change('Tempat ibadah', '03-kegiatan-dilarang', 'Tempat')], requiresUpdate: true, validUntil: null, updateQuiz: { tags: ['pembaruan-1.1'], items: 4 } },
  { version: '1.1.1', date: '2027-01-10', summary: 'perbaikan ejaan', changes: [change('Ejaan')], requiresUpdate: false, validUntil: null },
  { version: '1.2.0', date: '2027-03-01', summary: 'tambahan kasus', changes: [change('Kasus baru', '07-studi-kasus-komitmen', 'Kasus')], requiresUpdate: false, validUntil: null },
];

describe('version order', () => {
  it('compares semantically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.1.0', '1.1.0')).toBe(0);
    expect(compareVersions('1.0.9', '1.1.0')).toBe(-1);
    expect(highestVersion(['1.0.0', '1.10.0', '1.9.3'])).toBe('1.10.0');
    expect(highestVersion([])).toBeNull();
  });
});

describe('which versions require an update', () => {
  it('a holder of a version before one that requires an update must update; later holders need not', () => {
    expect(needsUpdate('1.0.0', LOG)).toBe(true);
    expect(needsUpdate('1.1.0', LOG)).toBe(false);
    expect(needsUpdate('1.1.1', LOG)).toBe(false);
  });

  it('in the real course, 1.0.0 requires the update to the current version and the current one needs none', () => {
    expect(needsUpdate('1.0.0', course.versions)).toBe(true);
    expect(needsUpdate(course.version, course.versions)).toBe(false);
    expect(course.versions.at(-1)!.version).toBe(course.version);
  });

  it('the configuration refuses a current version that is not the newest, and an update without a quiz', () => {
    const base = { ...course };
    expect(courseSchema.safeParse({ ...base, version: '1.0.0' }).success).toBe(false);
    const noQuiz = course.versions.map((v) => (v.requiresUpdate ? { ...v, updateQuiz: undefined } : v));
    expect(courseSchema.safeParse({ ...base, versions: noQuiz }).success).toBe(false);
    expect(courseSchema.safeParse(base).success).toBe(true);
  });
});

describe('validity of an old certificate', () => {
  it('stays valid up to and including its version’s validUntil, then expires', () => {
    expect(versionStatus('1.0.0', '2027-06-30', LOG)).toMatchObject({ updateAvailable: true, valid: true, validUntil: '2027-06-30', latest: '1.2.0' });
    expect(versionStatus('1.0.0', '2027-07-01', LOG)).toMatchObject({ updateAvailable: true, valid: false });
  });

  it('a version without validUntil, or one that needs no update, never expires', () => {
    const forever = LOG.map((v) => (v.version === '1.0.0' ? { ...v, validUntil: null } : v));
    expect(versionStatus('1.0.0', '2099-01-01', forever)).toMatchObject({ updateAvailable: true, valid: true, validUntil: null });
    expect(versionStatus('1.1.0', '2099-01-01', LOG)).toMatchObject({ updateAvailable: false, valid: true, validUntil: null });
  });

  it('an unknown version is reported as such', () => {
    expect(versionStatus('0.9.0', '2026-12-06', LOG).known).toBe(false);
  });
});

describe('the update path', () => {
  it('holds every change since the held version, each section once, and the quiz of the version that requires it', () => {
    const p = updatePath('1.0.0', LOG)!;
    expect(p.to).toBe('1.2.0');
    expect(p.changes.map((c) => c.text)).toEqual(['Pasal 188', 'Tempat ibadah', 'Ejaan', 'Kasus baru']);
    expect(p.sections).toEqual([
      { module: '02-dasar-hukum', heading: 'Peta singkat' },
      { module: '03-kegiatan-dilarang', heading: 'Tempat' },
      { module: '07-studi-kasus-komitmen', heading: 'Kasus' },
    ]);
    expect(p.quiz).toEqual({ tags: ['pembaruan-1.1'], items: 4 });
  });

  it('is empty for a holder who needs no update', () => {
    expect(updatePath('1.1.0', LOG)).toBeNull();
    expect(updatePath(course.version, course.versions)).toBeNull();
  });

  it('in the real course, every section it names is a heading of that lesson', () => {
    const p = updatePath('1.0.0', course.versions)!;
    expect(p.sections.length).toBeGreaterThan(3);
    for (const s of p.sections) {
      const src = readFileSync(new URL(`../../../src/content/modules/${s.module}.mdx`, import.meta.url), 'utf8');
      expect(src.split('\n')).toContain(`## ${s.heading}`);
    }
    expect(sectionHref('02-dasar-hukum', 'Mencalonkan diri: kapan harus mundur?')).toBe('/modul/02-dasar-hukum#mencalonkan-diri-kapan-harus-mundur');
  });
});

const q = (id: string, area: Question['area'], tags?: string[]): Question => ({
  id, area, tags, type: 'truefalse', answer: true, cites: ['uu-20-2023/pasal-2-huruf-f'], difficulty: 1, isCase: false, stem: 'Pernyataan.', explanation: 'Karena.',
});
const BANK: Question[] = [
  q('g-karier-1', 'karier', ['pembaruan-1.1']), q('g-karier-2', 'karier', ['pembaruan-1.1']), q('g-karier-3', 'karier', ['pembaruan-1.1']),
  q('g-partai-1', 'partai', ['pembaruan-1.1']),
  q('g-kampanye-1', 'kampanye', ['lain']), q('g-kampanye-2', 'kampanye'),
  q('g-pelayanan-1', 'pelayanan', ['pembaruan-1.1', 'lain']),
];

describe('drawing the update quiz', () => {
  it('takes only tagged questions, spread over the areas, the same for the same seed', () => {
    const ids = drawUpdateQuiz(BANK, ['pembaruan-1.1'], 4, 'seed-1');
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(BANK.find((b) => b.id === id)!.tags).toContain('pembaruan-1.1');
    // Three areas have tagged questions: each appears before any area gets a second one.
    expect(new Set(ids.slice(0, 3).map((id) => id.split('-')[1]))).toEqual(new Set(['karier', 'partai', 'pelayanan']));
    expect(drawUpdateQuiz(BANK, ['pembaruan-1.1'], 4, 'seed-1')).toEqual(ids);
  });

  it('gives fewer items when the bank holds fewer, and none for an unknown tag', () => {
    expect(drawUpdateQuiz(BANK, ['pembaruan-1.1'], 50, 's')).toHaveLength(5);
    expect(drawUpdateQuiz(BANK, ['tidak-ada'], 4, 's')).toEqual([]);
  });
});

describe('the HR version report', () => {
  const row = (learnerId: string, unitId: string, version: string) => ({ learnerId, name: learnerId, nip: '198609262015051001', unitId, unitName: unitId, version });

  it('counts each learner once, by the highest version held, as current, outdated or expired', () => {
    const rows = [row('a', 'KUA', '1.0.0'), row('a', 'KUA', '1.1.0'), row('b', 'KUA', '1.0.0'), row('c', 'MIN', '1.1.0')];
    const r = summarizeVersions(rows, '2026-12-06', LOG);
    expect(r.units).toEqual([
      { unitId: 'KUA', unitName: 'KUA', current: 1, outdated: 1, expired: 0 },
      { unitId: 'MIN', unitName: 'MIN', current: 1, outdated: 0, expired: 0 },
    ]);
    expect(r.holders.map((h) => h.learnerId)).toEqual(['b']);
    expect(summarizeVersions(rows, '2027-07-01', LOG).units[0]).toMatchObject({ outdated: 0, expired: 1 });
  });
});

describe('what the verification page says about a version', () => {
  it('current, outdated with its validity, and expired', async () => {
    const { versionLabels } = await import('../../../src/lib/version-labels.ts');
    const before = versionLabels(new Date('2026-12-06T03:00:00Z'), LOG);
    expect(before['1.2.0']).toBe('sah, versi 1.2.0');
    expect(before['1.1.0']).toBe('sah, versi 1.1.0');
    expect(before['1.0.0']).toBe('sah, versi 1.0.0 (ada pembaruan). Versi terbaru pelatihan: 1.2.0. Sertifikat versi ini berlaku sampai 30 Juni 2027.');
    // 1 July 2027 has begun in WIB (UTC+7) although it is still 30 June in UTC.
    const after = versionLabels(new Date('2027-06-30T18:00:00Z'), LOG);
    expect(after['1.0.0']).toBe('tidak berlaku lagi: versi 1.0.0 berlaku sampai 30 Juni 2027 dan sudah diperbarui ke versi 1.2.0');
  });
});
