/**
 * Types shared by the engine: what the browser sees (public views), what it sends back
 * (responses) and what the result page shows (reviews). Type-only imports keep zod out of
 * the engine's runtime (the engine also runs in the quiz island).
 */
import type { Question, QuestionType } from '../schema.ts';

export type { Question, QuestionType };
export type AreaId = Question['area'];

/** An option, pair side or ordering item as the learner sees it: an opaque per-attempt id. */
export interface PublicChoice {
  id: string;
  text: string;
}

interface PublicBase {
  /** The question id (it names the question, not its answer). */
  id: string;
  area: AreaId;
  stem: string;
}

export interface PublicSingle extends PublicBase {
  type: 'single';
  /** In a seeded order, with opaque ids. */
  options: PublicChoice[];
}
export interface PublicMultiple extends PublicBase {
  type: 'multiple';
  options: PublicChoice[];
}
export interface PublicTrueFalse extends PublicBase {
  type: 'truefalse';
  choices: readonly { value: boolean; label: string }[];
}
export interface PublicJudgement extends PublicBase {
  type: 'judgement';
  choices: readonly { value: 'boleh' | 'tidak'; label: string }[];
}
export interface PublicMatching extends PublicBase {
  type: 'matching';
  /** In the authored order, with opaque ids. */
  lefts: PublicChoice[];
  /** In a seeded order, with opaque ids. */
  rights: PublicChoice[];
}
export interface PublicOrdering extends PublicBase {
  type: 'ordering';
  /** In a seeded order, with opaque ids. */
  items: PublicChoice[];
}

export type PublicQuestion =
  | PublicSingle
  | PublicMultiple
  | PublicTrueFalse
  | PublicJudgement
  | PublicMatching
  | PublicOrdering;

/**
 * What the browser sends for one question, in public ids:
 * single → option id; multiple → option ids; truefalse → boolean; judgement → 'boleh' | 'tidak';
 * matching → { leftId: rightId }; ordering → item ids in the chosen order.
 * null/undefined (and an empty array or object) mean "not answered".
 */
export type QuestionResponse = string | string[] | boolean | Record<string, string> | null | undefined;

/** Responses of an attempt, keyed by question id. */
export type Responses = Record<string, QuestionResponse>;

/** The fixed choices of the two statement types (their values are the responses). */
export const TRUE_FALSE_CHOICES = [
  { value: true, label: 'Benar' },
  { value: false, label: 'Salah' },
] as const;
export const JUDGEMENT_CHOICES = [
  { value: 'boleh', label: 'Boleh' },
  { value: 'tidak', label: 'Tidak boleh' },
] as const;

/** Credit for one question: earned is in [0, max]; every question is worth max = 1. */
export interface ItemScore {
  id: string;
  area: AreaId;
  earned: number;
  max: number;
  /** Full credit. */
  correct: boolean;
  answered: boolean;
}

export interface AreaScore {
  earned: number;
  max: number;
  /** 0–100, rounded half up to one decimal (see scoreAttempt). */
  percent: number;
}

export interface AttemptScore {
  /** 0–100, rounded half up to one decimal. */
  percent: number;
  passed: boolean;
  predikat: string;
  earned: number;
  max: number;
  perArea: Partial<Record<AreaId, AreaScore>>;
  items: ItemScore[];
}

/** The course rules scoring needs (a subset of `Course` from course.ts, which can be passed as is). */
export interface ScoringRules {
  passMark: number;
  predikat: readonly { min: number; label: string }[];
  /** When given, perArea lists the areas in this order. */
  areas?: readonly { id: AreaId }[];
}

export interface ReviewOption {
  id: string;
  text: string;
  feedback?: string;
  chosen: boolean;
  correct: boolean;
}

interface ReviewBase {
  id: string;
  area: AreaId;
  stem: string;
  explanation: string;
  cites: string[];
  earned: number;
  max: number;
  correct: boolean;
  answered: boolean;
}

export type ReviewQuestion =
  | (ReviewBase & { type: 'single' | 'multiple'; options: ReviewOption[] })
  | (ReviewBase & {
      type: 'truefalse';
      choices: { value: boolean; label: string; chosen: boolean; correct: boolean }[];
    })
  | (ReviewBase & {
      type: 'judgement';
      choices: { value: 'boleh' | 'tidak'; label: string; chosen: boolean; correct: boolean }[];
    })
  | (ReviewBase & {
      type: 'matching';
      /** One row per left, in the presented order. chosen is null when that left was not answered. */
      pairs: { left: PublicChoice; chosen: PublicChoice | null; answer: PublicChoice; correct: boolean }[];
    })
  | (ReviewBase & {
      type: 'ordering';
      /** The learner's order (empty when not answered); inPlace marks items at their correct position. */
      chosen: (PublicChoice & { inPlace: boolean })[];
      /** The correct order. */
      answer: PublicChoice[];
    });
