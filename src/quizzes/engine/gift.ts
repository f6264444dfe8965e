/**
 * Moodle GIFT import and export of question banks, split by concern:
 * gift-text.ts (escaping and shared markers), gift-export.ts (toGift), gift-parse.ts (fromGift).
 * src/quizzes/gift/ maps plain Moodle GIFT onto the bank (defaults, report, schema) and writes
 * and reads Moodle XML.
 */
export { giftEscape, giftUnescape } from './gift-text.ts';
export { toGift } from './gift-export.ts';
export { formatProblem, fromGift, slug, type GiftFormat, type GiftImport, type GiftItem, type GiftOptions, type GiftProblem, type QuestionDraft } from './gift-parse.ts';
