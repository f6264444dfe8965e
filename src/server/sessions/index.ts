/**
 * Live pembinaan sessions on the server, split by concern:
 *  - common.ts: the session row, its questions, state, finding it by code, events;
 *  - manage.ts: creating and listing sessions (staff);
 *  - join.ts: joining by code + NIP, the unit-tree check, removing an attendee;
 *  - tests.ts: the facilitator's actions, answers, scoring, live results;
 *  - signing.ts: the declaration;
 *  - views.ts: what phones and the console/projector see;
 *  - report-data.ts: the closing report's data (files: report.ts).
 *
 * Rules worth knowing:
 *  - One seed per session: every participant sees the same questions, options in the same order.
 *    Keys and the seed never leave the server; scoring happens here only.
 *  - An answer is stored once per participant, test and question (primary key). Answering again
 *    while the question is open replaces the answer; once it is closed, an answer is refused (409).
 *  - Finishing a test scores it once (compare-and-set on the state); see tests.ts for which
 *    results also become normal attempts (pre-test, or a complete post-test as the final exam).
 */
export * from './common.ts';
export * from './manage.ts';
export * from './join.ts';
export * from './tests.ts';
export * from './signing.ts';
export * from './views.ts';
export * from './report-data.ts';
