/** The resume state a SCORM package keeps in cmi.suspend_data: round trip, and SCORM 1.2's 4,096-character limit. */
import { describe, expect, it } from 'vitest';
import { decodeState, decodeResponse, encodeResponse, encodeState, emptyState, SUSPEND_LIMIT, type ScormState } from '../../../scripts/scorm/state.ts';
import { gradedBank } from '../../../src/quizzes/banks/graded/index.ts';
import { practiceByModule } from '../../../src/quizzes/banks/practice/index.ts';
import { drawExam, pickQuestions } from '../../../src/quizzes/engine/draw.ts';
import { presentQuestion, presentQuestions } from '../../../src/quizzes/engine/present.ts';
import type { PublicQuestion, QuestionResponse, Responses } from '../../../src/quizzes/engine/types.ts';
import { course } from '../../../src/content/course.ts';
import { rightResponse } from '../../helpers/answers.ts';

const lessons = Object.keys(practiceByModule).sort();
const draw = (seed: string) => pickQuestions(gradedBank, drawExam(gradedBank, { perArea: course.examItemsPerArea, seed, areas: course.areas.map((a) => a.id) }));
const present = (seed: string) => presentQuestions(draw(seed), seed);

/** The longest response a question can hold: every option, every pair, every item. */
function longest(pq: PublicQuestion): QuestionResponse {
  switch (pq.type) {
    case 'single': return pq.options[pq.options.length - 1]!.id;
    case 'multiple': return pq.options.map((o) => o.id);
    case 'truefalse': return false;
    case 'judgement': return 'tidak';
    case 'matching': return Object.fromEntries(pq.lefts.map((l, i) => [l.id, pq.rights[pq.rights.length - 1 - i]!.id]));
    case 'ordering': return [...pq.items].reverse().map((i) => i.id);
  }
}

describe('suspend data', () => {
  it('round-trips finished lessons, tries, best score and an exam in progress with right answers', () => {
    const seed = 'k3x9q2m7a';
    const qs = draw(seed);
    const responses: Responses = Object.fromEntries(qs.slice(0, 7).map((q) => [q.id, rightResponse(q, seed)]));
    const state: ScormState = { done: [lessons[0]!, lessons[2]!], tries: 1, best: 45.5, exam: { seed, responses, index: 7 } };
    const text = encodeState(state, lessons, present);
    expect(decodeState(text, lessons, present)).toEqual(state);
  });

  it('every response of every graded question survives encoding, under several seeds', () => {
    for (const seed of ['a', 'b', 'c']) {
      for (const q of gradedBank) {
        const pq = presentQuestion(q, seed);
        for (const r of [rightResponse(q, seed), longest(pq)]) expect(decodeResponse(pq, encodeResponse(pq, r))).toEqual(r);
      }
    }
  });

  it('fits SCORM 1.2’s 4,096 characters at the largest state: all lessons, the attempt limit, every question answered at full length', () => {
    let max = 0;
    for (let i = 0; i < 200; i++) {
      const seed = `seed-${i}-${'z'.repeat(9)}`;
      const qs = present(seed);
      const state: ScormState = {
        done: [...lessons],
        tries: Math.max(course.attemptLimit, 999),
        best: 99.9,
        exam: { seed, responses: Object.fromEntries(qs.map((pq) => [pq.id, longest(pq)])), index: qs.length - 1 },
      };
      const text = encodeState(state, lessons, present);
      expect(decodeState(text, lessons, present)).toEqual(state);
      max = Math.max(max, text.length);
    }
    expect(max).toBeLessThanOrEqual(SUSPEND_LIMIT);
    // Even if every drawn question were the bank's most verbose one, the exam part stays far inside the limit.
    const worst = Math.max(...gradedBank.map((q) => encodeResponse(presentQuestion(q, 's'), longest(presentQuestion(q, 's'))).length));
    expect((worst + 1) * course.examItemsPerArea * course.areas.length + 64 + lessons.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
  });

  it('starts afresh on empty or foreign suspend data', () => {
    expect(decodeState('', lessons, present)).toEqual(emptyState());
    expect(decodeState('{"old":true}', lessons, present)).toEqual(emptyState());
  });
});
