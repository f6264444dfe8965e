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

/** A module with its neighbours in course order (the props of every per-module page). */
export interface ModulePage {
  entry: ModuleEntry;
  prev?: ModuleEntry;
  next?: ModuleEntry;
}

/** One static path per module, under the route parameter `param`, with its neighbours as props. */
export async function modulePaths<P extends string>(param: P): Promise<{ params: Record<P, string>; props: ModulePage }[]> {
  const modules = await getModules();
  return modules.map((entry, i) => ({ params: { [param]: entry.id } as Record<P, string>, props: { entry, prev: modules[i - 1], next: modules[i + 1] } }));
}
