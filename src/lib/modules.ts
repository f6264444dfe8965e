/**
 * Reading the modules collection in course order, for pages and layout components.
 * (Server/build side only: uses astro:content.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ModuleEntry = CollectionEntry<'modules'>;

export async function getModules(): Promise<ModuleEntry[]> {
  const all = await getCollection('modules');
  return all.sort((a, b) => a.data.order - b.data.order);
}
