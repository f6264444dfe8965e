/**
 * The course's length in minutes and JP, computed from the content (lesson words, knowledge-check
 * items, exam size; see lesson-length.ts). The one place that sums it: the home page, the lesson
 * pages, the certificates and check:content all use these numbers. Vite inlines the lesson sources
 * at build time, so it also works in the server bundle and in tests.
 */
import { splitFrontmatter } from './frontmatter.ts';
import { countLessonWords, courseLengthOf, examItemCount, lessonMinutes, type CourseLength } from './lesson-length.ts';
import { practiceByModule } from '../quizzes/banks/practice/index.ts';

const sources = import.meta.glob<string>('../content/modules/*.mdx', { query: '?raw', import: 'default', eager: true });

/** Words and check items of each lesson, keyed by module id (the file name). */
export const LESSON_SIZES: Record<string, { words: number; checkItems: number; minutes: number }> = Object.fromEntries(
  Object.entries(sources).map(([path, src]) => {
    const id = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const size = { words: countLessonWords(splitFrontmatter(src).body), checkItems: practiceByModule[id]?.length ?? 0 };
    return [id, { ...size, minutes: lessonMinutes(size) }];
  }),
);

export const COURSE_LENGTH: CourseLength & { count: number } = {
  ...courseLengthOf(Object.values(LESSON_SIZES), examItemCount()),
  count: Object.keys(LESSON_SIZES).length,
};
