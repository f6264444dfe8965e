/**
 * How long the course takes, computed from its content: the words a learner reads in each lesson,
 * the knowledge-check items, and the final exam. Pure functions, so the home page, the lesson
 * pages, the certificates, check:content and the tests share one reading of "how long".
 *
 * Rates live in the course configuration (`course.length`): careful reading of legal text is slower
 * than reading news, so the default is 150 words a minute.
 */
import { course, jpFor, type Course } from '../content/course.ts';
import { legalStatus } from '../content/legal-status.ts';

/** Words in a text, the way countLessonWords counts them. */
function words(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’./%-]*/gu) ?? []).length;
}

/**
 * Words a learner reads in components that draw their text from data rather than from the lesson:
 * the legal status box (its items plus four words per citation) and the sanctions table (its rows
 * are article summaries; 180 words measured on the rendered table).
 */
export const COMPONENT_WORDS: Readonly<Record<string, number>> = {
  LegalStatusBox:
    10 + [...legalStatus.changed, ...legalStatus.pending].reduce((s, i) => s + words(i.text) + 4 * i.cites.length, 0),
  SanctionsTable: 180,
};

/** Text attributes of lesson components that the learner reads (a Scenario's case and its answer). */
const READ_ATTRS = ['situation', 'explanation', 'title'];

/**
 * Words a learner reads in an MDX lesson body: the prose, the text of read attributes (a
 * "Boleh atau tidak?" case and its explanation), and each citation as its short label (counted as
 * four words, e.g. "Pasal 2 huruf f UU 20/2023" reads as one phrase). Import lines, component
 * names and other attributes (ids, cites lists) are not read, so they are not counted.
 */
export function countLessonWords(body: string): number {
  let text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ').replace(/^import\s.*$/gm, ' ');
  let extra = 0;
  // Citations: a fixed word count each, then drop them.
  text = text.replace(/<Cite\b[^>]*\/>/g, () => {
    extra += 4;
    return ' ';
  });
  // Other components: keep the text of the attributes a learner reads, drop the tag itself; a
  // component that shows data of its own adds that data's words.
  text = text.replace(/<\/?([A-Z][\w.]*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)\/?>/g, (m, name: string, attrs: string) => {
    if (!m.startsWith('</')) extra += COMPONENT_WORDS[name] ?? 0;
    const kept: string[] = [];
    for (const name of READ_ATTRS) {
      const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs ?? '');
      if (m) kept.push(m[1] ?? m[2] ?? '');
    }
    return ` ${kept.join(' ')} `;
  });
  return words(text) + extra;
}

export interface LessonSize {
  /** Words read in the lesson (countLessonWords). */
  words: number;
  /** Items in the lesson's knowledge check. */
  checkItems: number;
}

export interface CourseLength {
  /** Minutes of reading, all lessons. */
  readingMinutes: number;
  /** Minutes for the knowledge checks, all lessons. */
  checkMinutes: number;
  /** Minutes for the final exam. */
  examMinutes: number;
  /** The sum, rounded up to whole minutes. */
  minutes: number;
  /** Jam pelajaran credited (course.minutesPerJp each, rounded to the nearest whole JP). */
  jp: number;
}

/** Minutes one lesson takes: reading plus its knowledge check, rounded up to whole minutes. */
export function lessonMinutes(size: LessonSize, c: Pick<Course, 'length'> = course): number {
  return Math.ceil(size.words / c.length.wordsPerMinute + size.checkItems * c.length.minutesPerCheckItem);
}

/** The course's length from its lessons and the size of the final exam. */
export function courseLengthOf(
  lessons: readonly LessonSize[],
  examItems: number,
  c: Pick<Course, 'length' | 'minutesPerJp'> = course,
): CourseLength {
  const words = lessons.reduce((s, l) => s + l.words, 0);
  const checks = lessons.reduce((s, l) => s + l.checkItems, 0);
  const readingMinutes = Math.ceil(words / c.length.wordsPerMinute);
  const checkMinutes = Math.ceil(checks * c.length.minutesPerCheckItem);
  const examMinutes = Math.ceil(examItems * c.length.minutesPerExamItem);
  const minutes = readingMinutes + checkMinutes + examMinutes;
  return { readingMinutes, checkMinutes, examMinutes, minutes, jp: jpFor(minutes, c.minutesPerJp) };
}

/** Items in the final exam, from the course configuration. */
export function examItemCount(c: Pick<Course, 'examItemsPerArea' | 'areas'> = course): number {
  return c.examItemsPerArea * c.areas.length;
}
