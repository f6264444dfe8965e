/**
 * The real graded bank: large enough that a few attempts cannot harvest it, balanced over the four
 * areas, mostly cases, every answer decided by an article that exists and is not marked
 * belum-terverifikasi, and the topics added in course 1.1 actually asked about.
 */
import { describe, expect, it } from 'vitest';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { practiceByModule } from '../../../src/quizzes/banks/practice/index.ts';
import { drawExam } from '../../../src/quizzes/engine/draw.ts';
import { fromGift, toGift } from '../../../src/quizzes/engine/gift.ts';
import { course } from '../../../src/content/course.ts';
import { regulationSchema, sourceStrengthOf, type Article } from '../../../src/content/schemas.ts';
import { loadContent } from '../../../scripts/check-content.ts';

const UPDATE_TAG = 'pembaruan-1.1';

/** Every article of the regulations data, by its full id `<act>/<article>`. */
async function articlesById(): Promise<Map<string, Article>> {
  const { input } = await loadContent();
  const map = new Map<string, Article>();
  for (const reg of input.regulations) {
    const act = regulationSchema.parse(reg.data);
    for (const a of act.articles) map.set(`${reg.id}/${a.id}`, a);
  }
  return map;
}

describe('the graded bank', () => {
  it('holds at least 200 questions, at least 50 in every mastery area', () => {
    expect(gradedBank.length).toBeGreaterThanOrEqual(200);
    for (const area of course.areas) {
      const n = gradedBank.filter((q) => q.area === area.id).length;
      expect(n, `area ${area.id}`).toBeGreaterThanOrEqual(50);
    }
  });

  it('is at least half cases, and so is every area', () => {
    expect(gradedBank.filter((q) => q.isCase).length * 2).toBeGreaterThanOrEqual(gradedBank.length);
    for (const area of course.areas) {
      const inArea = gradedBank.filter((q) => q.area === area.id);
      expect(inArea.filter((q) => q.isCase).length * 2, `area ${area.id}`).toBeGreaterThanOrEqual(inArea.length);
    }
  });

  it('uses unique ids, also across the practice bank', () => {
    const ids = [...gradedBank, ...Object.values(practiceByModule).flat()].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites, for every question, only articles that exist', async () => {
    const articles = await articlesById();
    const missing = gradedBank.flatMap((q) => q.cites.filter((id) => !articles.has(id)).map((id) => `${q.id} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('never lets an article marked belum-terverifikasi decide an answer', async () => {
    const articles = await articlesById();
    const unverified = [...articles].filter(([, a]) => sourceStrengthOf(a) === 'belum-terverifikasi').map(([id]) => id);
    // The regulations data does record unverified items (e.g. the penalty of Pasal 547 UU Pemilu),
    // so this check has something to refuse.
    expect(unverified.length).toBeGreaterThan(0);
    const offending = gradedBank.flatMap((q) => q.cites.filter((id) => unverified.includes(id)).map((id) => `${q.id} → ${id}`));
    expect(offending).toEqual([]);
  });

  it('explains every answer with the article it cites, in the explanation text', () => {
    // An explanation must say why; a bare "Benar."/"Salah." teaches nothing.
    const thin = gradedBank.filter((q) => q.explanation.length < 120 || !/Pasal|Putusan|SE |SKB|PKPU|Peraturan/.test(q.explanation));
    expect(thin.map((q) => q.id)).toEqual([]);
  });

  it('survives a Moodle GIFT export and import unchanged, tags included', () => {
    const back = fromGift(toGift(gradedBank));
    expect(back.errors).toEqual([]);
    expect(back.items.map((i) => i.question)).toEqual(gradedBank);
  });

  it('mixes question types, favouring single choice and boleh/tidak cases', () => {
    const count = (t: string) => gradedBank.filter((q) => q.type === t).length;
    for (const t of ['single', 'multiple', 'truefalse', 'judgement', 'matching', 'ordering']) {
      expect(count(t), t).toBeGreaterThan(0);
    }
    expect(count('single') + count('judgement')).toBeGreaterThan(gradedBank.length / 2);
  });
});

describe('the questions on what changed in course 1.1', () => {
  const tagged = gradedBank.filter((q) => q.tags?.includes(UPDATE_TAG));

  it('are tagged in every area, enough for an update quiz', () => {
    for (const area of course.areas) {
      expect(tagged.filter((q) => q.area === area.id).length, `area ${area.id}`).toBeGreaterThanOrEqual(course.examItemsPerArea);
    }
  });

  // Each new topic of course 1.1, with the article whose question must exist in the graded bank.
  const topics: [string, string][] = [
    ['resignation letter at registration, DPR/DPRD', 'uu-7-2017/pasal-240-ayat-1-huruf-k'],
    ['resignation letter at registration, DPD', 'uu-7-2017/pasal-182-huruf-k'],
    ['when the letter is handed in (PKPU 10/2023)', 'pkpu-10-2023/pasal-14'],
    ['officials during the Pemilu campaign (Pasal 282)', 'uu-7-2017/pasal-282'],
    ['its criminal counterpart for village heads', 'uu-7-2017/pasal-490'],
    ['Pilkada Pasal 188 after MK 136/2024', 'putusan-mk-136-puu-xxii-2024/amar-putusan'],
    ['national and local elections from 2029', 'putusan-mk-135-puu-xxii-2024/amar-putusan'],
    ['places of worship and schools in the Pemilu', 'uu-7-2017/pasal-280-ayat-1-huruf-h'],
    ['places of worship and madrasah in the Pilkada', 'uu-1-2015/pasal-69-huruf-i'],
    ['ASN as PPK, PPS, KPPS', 'uu-7-2017/pasal-72'],
    ['ASN as Panwascam, PKD, PTPS', 'uu-7-2017/pasal-117-ayat-1'],
    ['an ASN whose spouse is a candidate', 'se-menpanrb-18-2023/yang-dilarang'],
    ['sermons and religious gatherings', 'se-menag-9-2023/pedoman-ceramah'],
    ['relawan and fundraisers outside the formal team', 'pp-94-2021/penjelasan-pasal-5-huruf-n-angka-3'],
    ['vote-buying: giving goods', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
  ];
  it.each(topics)('include the topic "%s" (%s), as a tagged case', (_topic, article) => {
    const asked = gradedBank.filter((q) => q.cites.includes(article));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((q) => q.isCase && q.tags?.includes(UPDATE_TAG))).toBe(true);
  });
});

describe('a bank that cannot be memorised from a few attempts', () => {
  it('after a pre-test, every allowed final-exam attempt draws only questions the learner has not seen', () => {
    const areas = course.areas.map((a) => a.id);
    const seen = new Set(drawExam(gradedBank, { perArea: course.preTestItemsPerArea, seed: 'pre', areas }));
    for (let attempt = 1; attempt <= course.attemptLimit; attempt++) {
      const items = drawExam(gradedBank, { perArea: course.examItemsPerArea, seed: `final-${attempt}`, areas, exclude: seen });
      expect(items.filter((id) => seen.has(id))).toEqual([]);
      for (const id of items) seen.add(id);
    }
    // And the bank still has unseen questions left in every area after all of them.
    for (const area of areas) {
      const left = gradedBank.filter((q) => q.area === area && !seen.has(q.id)).length;
      expect(left, `area ${area}`).toBeGreaterThan(0);
    }
  });
});
