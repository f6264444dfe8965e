/** Learner accounts: sessions, registration/login/reset, and what operators do for learners. */
export * from './sessions.ts';
export * from './auth.ts';
export * from './operator.ts';
export { generateCode, normalizeCode } from './codes.ts';
