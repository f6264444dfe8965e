/**
 * Lesson progress, kept on the device (localStorage) so it survives reloads and works offline.
 * Key: module id (the MDX file slug); value: when the learner finished it (ISO time).
 */
import { persistentMap } from '@nanostores/persistent';

export type Progress = Record<string, string | undefined>;

export const progress = persistentMap<Progress>('netral:modul:', {});

export function markModuleComplete(moduleId: string, at: Date = new Date()): void {
  if (!progress.get()[moduleId]) progress.setKey(moduleId, at.toISOString());
}

export function isModuleComplete(p: Progress, moduleId: string): boolean {
  return Boolean(p[moduleId]);
}

/** How many of the given modules are complete. */
export function completedCount(p: Progress, moduleIds: readonly string[]): number {
  return moduleIds.filter((id) => isModuleComplete(p, id)).length;
}
