/**
 * The course's length in minutes and JP, from the lessons' frontmatter. The one place that sums
 * it: the home page, the certificates and check:content all use this number. Vite inlines the
 * lesson sources at build time, so it also works in the server bundle and in tests.
 */
import { moduleSchema } from '../content/schemas.ts';
import { courseLength } from './content-check.ts';
import { splitFrontmatter } from './frontmatter.ts';

const sources = import.meta.glob<string>('../content/modules/*.mdx', { query: '?raw', import: 'default', eager: true });

export const COURSE_LENGTH: { minutes: number; jp: number; count: number } = (() => {
  const modules = Object.values(sources).map((src) => moduleSchema.parse(splitFrontmatter(src).data));
  return { ...courseLength(modules), count: modules.length };
})();
