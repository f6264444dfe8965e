/** What a SCORM package reports to the LMS, in each data model's own vocabulary and syntax. */
import { describe, expect, it } from 'vitest';
import { duration, interactionPairs, passMarkFrom, resultPairs } from '../../../scripts/scorm/cmi.ts';
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
    expect(m['cmi.interactions.3.timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('matching and sequencing use each model’s delimiters', () => {
    const match = byType('matching');
    expect(match?.type).toBe('matching');
    if (match && match.type === 'matching') {
      const r = rightResponse(match, seed);
      const want2004 = match.pairs.map((p) => `${p.id}[.]${p.id}`);
      const got2004 = toMap(interactionPairs('2004', 0, match, r, seed, true, at))['cmi.interactions.0.learner_response']!.split('[,]');
      expect(got2004.sort()).toEqual(want2004.sort());
      expect(toMap(interactionPairs('1.2', 0, match, r, seed, true, at))['cmi.interactions.0.student_response']!.split(',').sort()).toEqual(match.pairs.map((p) => `${p.id}.${p.id}`).sort());
    }
    const order = byType('ordering');
    expect(order?.type).toBe('ordering');
    if (order && order.type === 'ordering') {
      const m = toMap(interactionPairs('1.2', 0, order, rightResponse(order, seed), seed, true, at));
      expect(m['cmi.interactions.0.type']).toBe('sequencing');
      expect(m['cmi.interactions.0.student_response']).toBe(order.items.map((i) => i.id).join(','));
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
