/**
 * Reading the modules collection in course order, for pages and layout components.
 * (Server/build side only: uses astro:content.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { jpFor } from '../content/course.ts';

export type ModuleEntry = CollectionEntry<'modules'>;

export async function getModules(): Promise<ModuleEntry[]> {
  const all = await getCollection('modules');
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Total minutes and the JP they give, as shown on the home page and the certificate. */
export async function getCourseLength(): Promise<{ minutes: number; jp: number; count: number }> {
  const modules = await getModules();
  const minutes = modules.reduce((s, m) => s + m.data.minutes, 0);
  return { minutes, jp: jpFor(minutes), count: modules.length };
}
