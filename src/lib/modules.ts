/**
 * Reading the modules collection in course order, for pages and layout components.
 * (Server/build side only: uses astro:content.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { courseLength } from './content-check.ts';

export type ModuleEntry = CollectionEntry<'modules'>;

export async function getModules(): Promise<ModuleEntry[]> {
  const all = await getCollection('modules');
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Total minutes and the JP they give, as shown on the home page and the certificate. */
export async function getCourseLength(): Promise<{ minutes: number; jp: number; count: number }> {
  const modules = await getModules();
  // The same computation check:content verifies, so the home page and the check cannot disagree.
  return { ...courseLength(modules.map((m) => m.data)), count: modules.length };
}
