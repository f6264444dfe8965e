/** Link to a `##` section of a lesson: the heading id Astro gives it (github-slugger, as in Markdown). */
import { slug } from 'github-slugger';

export function sectionHref(module: string, heading: string): string {
  return `/modul/${module}#${slug(heading)}`;
}
