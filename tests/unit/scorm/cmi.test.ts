/** What a SCORM package reports to the LMS, in each data model's own vocabulary and syntax. */
import { describe, expect, it } from 'vitest';
import { duration, exitPair, interactionPairs, passMarkFrom, resultPairs, responseMap12, timestamp } from '../../../scripts/scorm/cmi.ts';
import type { Question } from '../../../src/quizzes/schema.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { rightResponse } from '../../helpers/answers.ts';

const at = new Date(2026, 10, 22, 9, 5, 7);
const seed = 'cmi-test';
const byType = (t: Question['type']) => gradedBank.find((q) => q.type === t);
const toMap = (pairs: [string, string][]) => Object.fromEntries(pairs);

describe('score and status', () => {
  it('SCORM 2004: completion, success, raw and scaled score', () => {
    expect(toMap(resultPairs('2004', 85, true))).toEqual({
      'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.score.raw': '85', 'cmi.score.scaled': '0.85',
      'cmi.completion_status': 'completed', 'cmi.success_status': 'passed',
    });
    expect(toMap(resultPairs('2004', 37.5, false))).toMatchObject({ 'cmi.score.raw': '37.5', 'cmi.score.scaled': '0.375', 'cmi.success_status': 'failed' });
  });

  it('SCORM 1.2: lesson_status passed or failed, with the raw score', () => {
    expect(toMap(resultPairs('1.2', 70, true))).toEqual({ 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.score.raw': '70', 'cmi.core.lesson_status': 'passed' });
    expect(toMap(resultPairs('1.2', 69.9, false))['cmi.core.lesson_status']).toBe('failed');
  });

  it('takes the pass mark the LMS set from the manifest, else the course’s', () => {
    expect(passMarkFrom('2004', '0.8', 70)).toBe(80);
    expect(passMarkFrom('1.2', '75', 70)).toBe(75);
    expect(passMarkFrom('2004', '', 70)).toBe(70);
  });

  it('formats session time for each model', () => {
    expect(duration('2004', 3_723_000)).toBe('PT1H2M3S');
    expect(duration('1.2', 3_723_000)).toBe('0001:02:03');
  });
});

describe('interactions', () => {
  it('id and type come first, then the response in authored ids and the result', () => {
    const q = byType('single')!;
    expect(q.type).toBe('single');
    const pairs = interactionPairs('2004', 3, q, rightResponse(q, seed), seed, true, at);
    expect(pairs[0]).toEqual(['cmi.interactions.3.id', q.id]);
    expect(pairs[1]).toEqual(['cmi.interactions.3.type', 'choice']);
    const m = toMap(pairs);
    expect(m['cmi.interactions.3.learner_response']).toBe(q.type === 'single' ? q.answer : '');
    expect(m['cmi.interactions.3.correct_responses.0.pattern']).toBe(q.type === 'single' ? q.answer : '');
    expect(m['cmi.interactions.3.result']).toBe('correct');
    expect(m['cmi.interactions.3.timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d[+-]\d\d:\d\d$/);
  });

  it('matching and sequencing use each model’s delimiters', () => {
    const match = byType('matching');
    expect(match?.type).toBe('matching');
    if (match && match.type === 'matching') {
      const r = rightResponse(match, seed);
      const want2004 = match.pairs.map((p) => `${p.id}[.]${p.id}`);
      const got2004 = toMap(interactionPairs('2004', 0, match, r, seed, true, at))['cmi.interactions.0.learner_response']!.split('[,]');
      expect(got2004.sort()).toEqual(want2004.sort());
      // SCORM 1.2: single characters, the positions as authored (0.0, 1.1, …).
      expect(toMap(interactionPairs('1.2', 0, match, r, seed, true, at))['cmi.interactions.0.student_response']!.split(',').sort()).toEqual(match.pairs.map((_, i) => `${i.toString(36)}.${i.toString(36)}`).sort());
    }
    const order = byType('ordering');
    expect(order?.type).toBe('ordering');
    if (order && order.type === 'ordering') {
      const m = toMap(interactionPairs('1.2', 0, order, rightResponse(order, seed), seed, true, at));
      expect(m['cmi.interactions.0.type']).toBe('sequencing');
      expect(m['cmi.interactions.0.student_response']).toBe(order.items.map((_, i) => i.toString(36)).join(','));
      expect(m['cmi.interactions.0.time']).toBe('09:05:07');
    }
  });

  it('a wrong or unanswered question: "incorrect" in 2004, "wrong" in 1.2, no response when unanswered', () => {
    const q = byType('truefalse')!;
    expect(q.type).toBe('truefalse');
    const m2004 = toMap(interactionPairs('2004', 0, q, undefined, seed, false, at));
    expect(m2004['cmi.interactions.0.result']).toBe('incorrect');
    expect('cmi.interactions.0.learner_response' in m2004).toBe(false);
    const m12 = toMap(interactionPairs('1.2', 0, q, q.type === 'truefalse' ? !q.answer : undefined, seed, false, at));
    expect(m12['cmi.interactions.0.result']).toBe('wrong');
    if (q.type === 'truefalse') expect(m12['cmi.interactions.0.student_response']).toBe(q.answer ? 'f' : 't');
  });
});

describe('SCORM 1.2 response codes', () => {
  it('every response and pattern of every graded question uses single characters 0–9/a–z', () => {
    for (const q of gradedBank) {
      const m = toMap(interactionPairs('1.2', 0, q, rightResponse(q, seed), seed, true, at));
      const parts = [m['cmi.interactions.0.student_response']!, m['cmi.interactions.0.correct_responses.0.pattern']!].flatMap((v) => v.split(/[,.]/));
      for (const p of parts) expect(p, `${q.id}: ${p}`).toMatch(/^[0-9a-z]$/);
    }
  });

  it('the map gives each code back as the question, the authored id and its text', () => {
    const map = responseMap12(gradedBank);
    const single = gradedBank.find((q) => q.type === 'single')!;
    if (single.type !== 'single') throw new Error('no single');
    const right = single.options.findIndex((o) => o.id === single.answer);
    expect(map.find((r) => r.question === single.id && r.code === right.toString(36))).toEqual({ question: single.id, code: right.toString(36), id: single.answer, text: single.options[right]!.text });
    const judgement = gradedBank.find((q) => q.type === 'judgement')!;
    expect(map.filter((r) => r.question === judgement.id).map((r) => [r.code, r.id])).toEqual([['0', 'boleh'], ['1', 'tidak']]);
    // A code is unique within its question.
    const keys = map.map((r) => `${r.question} ${r.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('time and exit', () => {
  it('SCORM 2004 timestamps carry the UTC offset and name the same instant', () => {
    const t = timestamp('2004', at);
    expect(t).toMatch(/^2026-11-22T09:05:07\.00[+-]\d\d:\d\d$/);
    expect(new Date(t).getTime()).toBe(at.getTime());
  });

  it('exit is normal once finished, suspend otherwise (1.2 writes normal as "")', () => {
    expect(exitPair('2004', true)).toEqual(['cmi.exit', 'normal']);
    expect(exitPair('2004', false)).toEqual(['cmi.exit', 'suspend']);
    expect(exitPair('1.2', true)).toEqual(['cmi.core.exit', '']);
    expect(exitPair('1.2', false)).toEqual(['cmi.core.exit', 'suspend']);
  });
});
