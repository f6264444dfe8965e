import { describe, expect, it } from 'vitest';
import { COMPONENT_WORDS, countLessonWords, courseLengthOf, lessonMinutes } from '../../../src/lib/lesson-length.ts';
import { course, jpFor } from '../../../src/content/course.ts';

describe('countLessonWords', () => {
  it('counts prose and the case text of a Scenario, not imports, ids or cite lists', () => {
    const body = [
      "import Cite from '../../components/mdx/Cite.astro';",
      '',
      '## Judul bagian',
      '',
      'Netral berarti tidak berpihak <Cite id="uu-20-2023/pasal-2-huruf-f" />.',
      '',
      '<Scenario id="m01-s1" verdict="tidak" cites={["uu-20-2023/pasal-5"]} situation="Pak Fajar ikut tim kampanye." explanation="Tidak boleh." />',
    ].join('\n');
    // "Judul bagian" 2 + "Netral berarti tidak berpihak" 4 + cite 4 + situation 5 + explanation 2.
    expect(countLessonWords(body)).toBe(17);
  });

  it('adds the words a data-driven component shows', () => {
    expect(countLessonWords('<LegalStatusBox />')).toBe(COMPONENT_WORDS.LegalStatusBox);
    expect(COMPONENT_WORDS.LegalStatusBox).toBeGreaterThan(100);
  });
});

describe('course length', () => {
  const rates = { length: { wordsPerMinute: 150, minutesPerCheckItem: 0.75, minutesPerExamItem: 1 }, minutesPerJp: 45 };

  it('is reading plus checks plus exam, and JP follows from the total', () => {
    const len = courseLengthOf([{ words: 3000, checkItems: 4 }, { words: 4500, checkItems: 4 }], 20, rates);
    expect(len).toEqual({ readingMinutes: 50, checkMinutes: 6, examMinutes: 20, minutes: 76, jp: jpFor(76, 45) });
    expect(len.jp).toBe(2);
  });

  it('gives a lesson its reading and check time, rounded up', () => {
    expect(lessonMinutes({ words: 151, checkItems: 0 }, rates)).toBe(2);
    expect(lessonMinutes({ words: 1500, checkItems: 4 }, rates)).toBe(13);
  });

  it('makes the real course 2 JP, with every part counted', async () => {
    const { COURSE_LENGTH } = await import('../../../src/lib/course-length.ts');
    expect(COURSE_LENGTH.jp).toBe(2);
    expect(COURSE_LENGTH.minutes).toBe(COURSE_LENGTH.readingMinutes + COURSE_LENGTH.checkMinutes + COURSE_LENGTH.examMinutes);
    expect(COURSE_LENGTH.examMinutes).toBe(Math.ceil(course.examItemsPerArea * course.areas.length * course.length.minutesPerExamItem));
    expect(COURSE_LENGTH.minutes).toBeLessThanOrEqual(course.minutesPerJp * 2 + course.minutesPerJp / 2);
  });
});
