/** The quiz engine: pure functions over plain data, used by the quiz islands and by the server. */
export * from './types.ts';
export { createRng, deriveSeed, shuffle, type Rng } from './rng.ts';
export { drawExam, pickQuestions, DrawError, type DrawOptions } from './draw.ts';
export { presentQuestion, presentQuestions, presentation, validateResponse, validateResponses, isUnanswered, type Presentation } from './present.ts';
export { scoreQuestion, scoreAttempt, reviewQuestion, reviewAttempt, toPercent, predikatOf } from './score.ts';
export { nGain, classGain, gainCategory, type ClassGain } from './gain.ts';
export { reviewState, policeReview, policeScore, type ReviewOptions, type ReviewPolicy, type ReviewState, type ReviewView } from './policy.ts';
export { drawUpdateQuiz } from './update-quiz.ts';
