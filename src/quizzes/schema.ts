/**
 * The question schema: one zod schema per question type, discriminated by `type`.
 * Banks (graded and practice) are validated against it; the engine works on the inferred types.
 */
import { z } from 'zod';
import { AREA_IDS } from '../content/course.ts';
import { ARTICLE_REF } from '../content/schemas.ts';

const option = z.object({
  /** Stable id within the question ("a", "b", …); answers refer to it, never to the position. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The option text shown to the learner. */
  text: z.string().min(1),
  /** Why this option is right or wrong (shown after answering). */
  feedback: z.string().optional(),
});

const base = {
  /** Globally unique, stable id, e.g. `g-kampanye-07` (graded) or `p-03-2` (practice). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Mastery area the question measures. */
  area: z.enum(AREA_IDS),
  /** Article ids that decide the answer (at least one). */
  cites: z.array(z.string().regex(ARTICLE_REF)).min(1),
  /** 1 = easy, 2 = medium, 3 = hard. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** True when the stem is a case ("Seorang rekan …") rather than a recall of the rule. */
  isCase: z.boolean().default(false),
  /** The question, in Indonesian. */
  stem: z.string().min(1),
  /** The explanation shown in the review, citing the deciding rule in words. */
  explanation: z.string().min(1),
  /**
   * Labels that group questions across areas, e.g. `pembaruan-1.1` for the questions on what
   * changed since course 1.0.0 (the update quiz of a new course version draws from them).
   * Lower case letters, digits, dots and hyphens.
   */
  tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)).optional(),
};

export const singleSchema = z.object({
  ...base,
  type: z.literal('single'),
  options: z.array(option).min(2),
  /** Id of the one correct option. */
  answer: z.string(),
});

export const multipleSchema = z.object({
  ...base,
  type: z.literal('multiple'),
  options: z.array(option).min(3),
  /** Ids of every correct option (at least one). */
  answer: z.array(z.string()).min(1),
  /**
   * Moodle's weight of each option in percent (option id → −100…100), kept only for a question
   * imported from Moodle whose weights differ from Netral's rule (see score.ts). Scoring then
   * follows Moodle: the weights of the chosen options added up, between 0 and 100.
   */
  weights: z.record(z.string(), z.number().min(-100).max(100)).optional(),
});

export const trueFalseSchema = z.object({
  ...base,
  type: z.literal('truefalse'),
  /** Whether the statement in the stem is true. */
  answer: z.boolean(),
});

export const judgementSchema = z.object({
  ...base,
  type: z.literal('judgement'),
  /** "Boleh atau tidak?": whether the conduct in the stem is allowed. */
  answer: z.enum(['boleh', 'tidak']),
});

export const matchingSchema = z.object({
  ...base,
  type: z.literal('matching'),
  /** The correct pairs; the learner sees the lefts in order and the rights shuffled. */
  pairs: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), left: z.string().min(1), right: z.string().min(1) }))
    .min(2),
});

export const orderingSchema = z.object({
  ...base,
  type: z.literal('ordering'),
  /** The items in their correct order; the learner sees them shuffled. */
  items: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(1) })).min(2),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  judgementSchema,
  matchingSchema,
  orderingSchema,
]);

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
