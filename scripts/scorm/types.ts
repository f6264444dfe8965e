/** The data a package carries (JSON inside its index.html) and the shell's interface to the exam page. */
import type { AreaId, PublicQuestion, Question } from '../../src/quizzes/engine/types.ts';
import type { ScormVersion } from './cmi.ts';
import type { ExamInProgress, ScormState } from './state.ts';

export interface PackageData {
  version: ScormVersion;
  title: string;
  lessons: { id: string; title: string; href: string }[];
  /** The graded bank: in a package the key travels with the exam (see README, "Offline and SCORM"). */
  bank: Question[];
  rules: { passMark: number; perArea: number; areas: AreaId[]; attemptLimit: number; predikat: { min: number; label: string }[] };
  strings: Record<string, string>;
}

/** What the shell offers the exam page (window.parent.netral). */
export interface Host {
  connected: boolean;
  strings: Record<string, string>;
  rules: PackageData['rules'];
  state(): ScormState;
  present(seed: string): PublicQuestion[];
  /** Why a new attempt cannot start, or null. */
  blocker(): string | null;
  startExam(): ExamInProgress;
  saveExam(exam: ExamInProgress): void;
  submitExam(): { percent: number; passed: boolean };
}
