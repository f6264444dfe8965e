/**
 * The exam attempt in progress, kept on the device so that a reload or a dropped connection
 * loses no answer. The server keeps its own copy; on resume the two are merged.
 */
import { persistentJSON } from '@nanostores/persistent';
import type { Responses } from '../quizzes/engine/types.ts';

export interface AttemptInProgress {
  attemptId: string;
  responses: Responses;
  /** Index of the question on screen. */
  index: number;
}

export const attemptInProgress = {
  pre: persistentJSON<AttemptInProgress | null>('netral:ujian:pre', null),
  final: persistentJSON<AttemptInProgress | null>('netral:ujian:final', null),
  update: persistentJSON<AttemptInProgress | null>('netral:ujian:update', null),
};
