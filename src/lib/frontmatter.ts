import { load as loadYaml } from 'js-yaml';

/** Splits `---\nyaml\n---\nbody`; a file without frontmatter yields `{}` (which fails validation). */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: loadYaml(m[1]) ?? {}, body: text.slice(m[0].length) };
}
