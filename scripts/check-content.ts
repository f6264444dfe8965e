/**
 * `npm run check:content`: reads the regulations, the modules and (when present) the question banks,
 * runs the checks of src/lib/content-check.ts and exits non-zero with a readable list of problems.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { LEGAL_STATUS_CITES } from '../src/content/legal-status.ts';
import {
  checkContent,
  courseLengthOfInput,
  formatProblems,
  type ContentInput,
  type ModuleInput,
  type QuestionInput,
  type RegulationInput,
} from '../src/lib/content-check.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const rel = (p: string) => relative(root, p);

function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** The strings of a question a learner reads (stem, options and their feedback, explanation, pairs, items). */
function readableTexts(q: object): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = '') => {
    if (typeof v === 'string') {
      if (['stem', 'text', 'feedback', 'explanation', 'left', 'right'].includes(key)) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(q);
  return out;
}

/** Loads everything from disk; a file that cannot be parsed becomes a problem, not a crash. */
export async function loadContent(): Promise<{ input: ContentInput; loadProblems: { file: string; message: string }[] }> {
  const loadProblems: { file: string; message: string }[] = [];
  const regulations: RegulationInput[] = [];
  for (const file of filesIn(join(root, 'src/content/regulations'), '.yaml')) {
    try {
      regulations.push({ id: basename(file, '.yaml'), file: rel(file), data: loadYaml(readFileSync(file, 'utf8')) });
    } catch (e) {
      loadProblems.push({ file: rel(file), message: `YAML does not parse: ${(e as Error).message}` });
    }
  }
  const modules: ModuleInput[] = [];
  for (const file of filesIn(join(root, 'src/content/modules'), '.mdx')) {
    try {
      const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
      modules.push({ id: basename(file, extname(file)), file: rel(file), data, body });
    } catch (e) {
      loadProblems.push({ file: rel(file), message: `frontmatter does not parse: ${(e as Error).message}` });
    }
  }
  const questions: QuestionInput[] = [];
  // An index file re-exports (possibly validated copies of) its bank files' questions: read the
  // bank files first and count each question id once, so problems name the file that holds it.
  const seen = new Set<string>();
  const bankFiles = walk(join(root, 'src/quizzes/banks'), '.ts').sort(
    (a, b) => Number(basename(a) === 'index.ts') - Number(basename(b) === 'index.ts'),
  );
  for (const file of bankFiles) {
    try {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      // A bank exports one or more arrays of questions; anything with an id and cites counts.
      for (const value of Object.values(mod)) {
        if (!Array.isArray(value)) continue;
        for (const q of value) {
          if (q && typeof q === 'object' && 'id' in q && 'cites' in q) {
            const id = String((q as { id: unknown }).id);
            if (seen.has(id)) continue;
            seen.add(id);
            questions.push({ id, file: rel(file), cites: (q as { cites: unknown }).cites, texts: readableTexts(q) });
          }
        }
      }
    } catch (e) {
      loadProblems.push({ file: rel(file), message: `bank does not load: ${(e as Error).message}` });
    }
  }
  const pageCites = [{ file: 'src/content/legal-status.ts', where: 'the legal status box', cites: LEGAL_STATUS_CITES }];
  return { input: { regulations, modules, questions, pageCites }, loadProblems };
}

async function main() {
  const { input, loadProblems } = await loadContent();
  const problems = [...loadProblems, ...checkContent(input)];
  const qCount = input.questions?.length ?? 0;
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    console.error(`\ncheck:content: ${problems.length} problem(s).`);
    process.exit(1);
  }
  const len = courseLengthOfInput(input);
  console.log(
    `check:content: OK: ${input.regulations.length} acts, ${input.modules.length} modules, ${qCount} questions; ` +
      `${len.minutes} minutes (reading ${len.readingMinutes}, checks ${len.checkMinutes}, exam ${len.examMinutes}) = ${len.jp} JP.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
