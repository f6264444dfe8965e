/**
 * The article ids (`act/article`) of the regulations data, read from src/content/regulations/*.yaml,
 * so an imported question cannot cite an article the course does not have. For the command line
 * and the server (both run from the project's root directory).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

export function articleIds(dir = path.resolve('src/content/regulations')): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const data = load(readFileSync(path.join(dir, f), 'utf8')) as { articles?: { id: string }[] } | null;
    for (const a of data?.articles ?? []) ids.add(`${f.slice(0, -5)}/${a.id}`);
  }
  return ids;
}
