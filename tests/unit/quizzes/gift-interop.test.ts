/**
 * The app's exports checked by tools it did not write: the GIFT export parsed by gift-pegjs (an
 * independent GIFT parser), the Moodle XML export checked well-formed by xmllint; and both read
 * back by the app's importer unchanged.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'gift-pegjs';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { practiceByModule } from '../../../src/quizzes/banks/practice/index.ts';
import { toGift } from '../../../src/quizzes/engine/gift.ts';
import { importGift } from '../../../src/quizzes/gift/import.ts';
import { fromMoodleXml, parseMoodleXml, toMoodleXml } from '../../../src/quizzes/gift/moodle-xml.ts';
import type { Question } from '../../../src/quizzes/schema.ts';
import { everyType, specialChars } from './fixtures.ts';

// The banks, not the fixtures of special characters: gift-pegjs departs from Moodle there (it does
// not unescape a double backslash or "\\n", and reads a weight after "="), so those are checked against Moodle's
// rules in gift.test.ts instead.

const bank: Question[] = [...gradedBank, ...Object.values(practiceByModule).flat()];

interface PegText { format: string; text: string }
interface PegChoice { isCorrect: boolean; weight: number | null; text: PegText; feedback: PegText | null }
interface PegQuestion {
  type: string;
  title: string | null;
  stem: PegText;
  globalFeedback: PegText | null;
  choices?: PegChoice[];
  isTrue?: boolean;
  matchPairs?: { subquestion: PegText; subanswer: string }[];
}

describe('the GIFT export, read by gift-pegjs', () => {
  const text = toGift(bank);
  const parsed = parse(text) as unknown as PegQuestion[];
  const questions = parsed.filter((q) => q.type !== 'Category');

  it('has every question, titled with its id, with the same stem and explanation', () => {
    expect(questions).toHaveLength(bank.length);
    expect(parsed.filter((q) => q.type === 'Category').length).toBeGreaterThanOrEqual(4);
    questions.forEach((q, i) => {
      const ours = bank[i]!;
      expect(q.title).toBe(ours.id);
      expect(q.stem.text).toBe(ours.stem);
      expect(q.globalFeedback?.text).toBe(ours.explanation);
    });
  });

  it('has the same options, keys, weights and pairs', () => {
    const counts: Record<string, number> = {};
    questions.forEach((q, i) => {
      const ours = bank[i]!;
      counts[q.type] = (counts[q.type] ?? 0) + 1;
      switch (ours.type) {
        case 'single':
          expect(q.type).toBe('MC');
          expect(q.choices!.map((c) => c.text.text)).toEqual(ours.options.map((o) => o.text));
          expect(q.choices!.map((c) => c.isCorrect)).toEqual(ours.options.map((o) => o.id === ours.answer));
          break;
        case 'multiple': {
          expect(q.type).toBe('MC');
          expect(q.choices!.map((c) => c.text.text)).toEqual(ours.options.map((o) => o.text));
          const positive = q.choices!.filter((c) => (c.weight ?? 0) > 0).map((c) => c.text.text);
          expect(positive).toEqual(ours.options.filter((o) => ours.answer.includes(o.id)).map((o) => o.text));
          expect(q.choices!.reduce((s, c) => s + Math.max(0, c.weight ?? 0), 0)).toBeCloseTo(100, 3);
          break;
        }
        case 'truefalse':
          expect(q.type).toBe('TF');
          expect(q.isTrue).toBe(ours.answer);
          break;
        case 'judgement':
          expect(q.choices!.map((c) => [c.text.text, c.isCorrect])).toEqual([['Boleh', ours.answer === 'boleh'], ['Tidak boleh', ours.answer === 'tidak']]);
          break;
        case 'matching':
          expect(q.type).toBe('Matching');
          // gift-pegjs leaves an escaped colon in a pair's answer as its placeholder "&&058;" (its quirk, not GIFT's).
          expect(q.matchPairs!.map((p) => [p.subquestion.text, p.subanswer.replaceAll('&&058;', ':')])).toEqual(ours.pairs.map((p) => [p.left, p.right]));
          break;
        case 'ordering':
          expect(q.type).toBe('Matching');
          expect(q.matchPairs!.map((p) => p.subanswer)).toEqual(ours.items.map((it) => it.text));
          break;
      }
    });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(bank.length);
  });
});

function xmllint(xml: string): { status: number | null; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('Moodle XML', () => {
  it('the export is well-formed XML (xmllint) and round-trips through the importer unchanged', () => {
    const xml = toMoodleXml(bank);
    expect(xmllint(xml)).toEqual({ status: 0, stderr: '' });
    const back = fromMoodleXml(xml);
    expect(back.counts).toEqual({ imported: bank.length, skipped: 0, refused: 0 });
    expect(back.questions).toEqual(bank);
  });

  it('round-trips every type, special characters, and an imported bank with Moodle weights', () => {
    const fixtures = [...everyType, ...specialChars];
    expect(fromMoodleXml(toMoodleXml(fixtures)).questions).toEqual(fixtures);
    const moodle = importGift(readFileSync('tests/unit/quizzes/fixtures/moodle-lengkap.gift', 'utf8'), { cites: ['pp-94-2021/pasal-5-huruf-n'], difficulty: 2, explanation: 'Lihat pasal.' });
    expect(moodle.questions.some((q) => q.type === 'multiple' && q.weights)).toBe(true);
    expect(fromMoodleXml(toMoodleXml(moodle.questions)).questions).toEqual(moodle.questions);
  });

  it('writes the Moodle types and grades Moodle expects', () => {
    const xml = toMoodleXml(everyType);
    expect(xml).toMatch(/<question type="multichoice">[\s\S]*?<single>true<\/single>/);
    expect(xml).toMatch(/<question type="multichoice">[\s\S]*?<single>false<\/single>[\s\S]*?<answer fraction="50"/);
    expect(xml).toContain('<question type="truefalse">');
    expect(xml).toContain('<question type="matching">');
    expect(xml).toContain('<question type="ordering">');
    expect(xml).toContain('<question type="category"><category><text>$course$/top/Netral/');
  });

  it('skips the types Netral does not have, with their line, and reports malformed XML in Indonesian', () => {
    const xml = ['<?xml version="1.0"?>', '<quiz>', '<question type="essay"><name><text>Esai</text></name><questiontext format="html"><text><![CDATA[<p>Jelaskan.</p>]]></text></questiontext></question>', '</quiz>'].join('\n');
    const r = fromMoodleXml(xml);
    expect(r.items).toEqual([expect.objectContaining({ line: 3, status: 'skipped', title: 'Esai', notes: [expect.stringMatching(/"essay" tidak didukung/)] })]);
    expect(() => parseMoodleXml('<quiz><question></quiz>')).toThrow(/XML tidak sah di baris 1/);
    expect(() => parseMoodleXml('<bank/>')).toThrow(/bukan ekspor soal Moodle/);
  });
});
