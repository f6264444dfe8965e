/**
 * The modules of the course (id, order, title) from the lessons' frontmatter, for server code
 * that cannot use astro:content in tests (the module gate of the final exam). Vite inlines the
 * sources at build time, as in course-length.ts.
 */
import { moduleSchema } from '../content/schemas.ts';
import { splitFrontmatter } from './frontmatter.ts';

export interface ModuleRef {
  /** The collection id = file name without .mdx = the URL slug (/modul/<id>). */
  id: string;
  title: string;
  order: number;
}

const sources = import.meta.glob<string>('../content/modules/*.mdx', { query: '?raw', import: 'default', eager: true });

export const COURSE_MODULES: readonly ModuleRef[] = Object.entries(sources)
  .map(([file, src]) => {
    const data = moduleSchema.parse(splitFrontmatter(src).data);
    return { id: file.replace(/^.*\/|\.mdx$/g, ''), title: data.title, order: data.order };
  })
  .sort((a, b) => a.order - b.order);

/** The modules not in `finished`, in course order (the module gate; pure). */
export function missingModules(finished: Iterable<string>, modules: readonly ModuleRef[] = COURSE_MODULES): ModuleRef[] {
  const done = new Set(finished);
  return modules.filter((m) => !done.has(m.id));
}
