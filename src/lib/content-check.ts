/**
 * Content checks behind `npm run check:content`: pure functions over already-parsed data (no I/O),
 * so the script, the unit tests and the pages share one reading of the rules.
 *
 * Rule for outdated law (acts whose status is not `berlaku`: UU 5/2014, PP 53/2010, KASN, …):
 * such an act may be referenced ONLY as history, which in a lesson means
 *   - `<AturanLama act="…">` itself (and the act must indeed not be `berlaku`), and
 *   - a `<Cite id="…">` placed inside an `<AturanLama>…</AturanLama>` block.
 * Everything else states current law and must cite `berlaku` acts only: a `<Cite>` outside an
 * AturanLama block, every `<Scenario cites>` (a verdict is about today's rules), every question's
 * `cites`, and a module's frontmatter `cites` unless the body cites that id inside an AturanLama block.
 * Questions have no AturanLama, so a question may cite an outdated article only NEXT TO at least one
 * article in force (a question that contrasts the old wording with today's rule); a question whose
 * cites are all outdated would be teaching revoked law as current.
 */
import { course } from '../content/course.ts';
import { moduleSchema, regulationSchema, sourceStrengthOf, type Regulation, type ModuleMeta } from '../content/schemas.ts';
import { countLessonWords, courseLengthOf, examItemCount, type CourseLength } from './lesson-length.ts';
import { SANCTIONS_TABLE_CITES } from '../components/mdx/sanctions-table.ts';
import { LEGAL_STATUS_CITES } from '../content/legal-status.ts';

/** One problem found, with the file (or logical place) it is about. */
export interface Problem {
  file: string;
  message: string;
}

export interface RegulationInput {
  /** Act id = file name without extension, e.g. `uu-20-2023`. */
  id: string;
  file: string;
  /** Parsed YAML, not yet validated. */
  data: unknown;
}

export interface ModuleInput {
  /** Module id = file name without extension, e.g. `01-mengapa-netral`. */
  id: string;
  file: string;
  /** Parsed frontmatter, not yet validated. */
  data: unknown;
  /** The MDX body after the frontmatter. */
  body: string;
}

export interface QuestionInput {
  id: string;
  file: string;
  cites: unknown;
  /** What a learner reads of it (stem, options, feedback, explanation), for the source-phrase rule. */
  texts?: string[];
}

export interface ContentInput {
  regulations: RegulationInput[];
  modules: ModuleInput[];
  questions?: QuestionInput[];
  /** Articles cited by data shown outside the lessons (the legal status box on the home page). */
  pageCites?: { file: string; where: string; cites: readonly string[] }[];
}

/** A component use found in an MDX body. */
export interface CiteUse {
  id: string;
  /** True when the Cite sits inside an `<AturanLama>` block. */
  inAturanLama: boolean;
}
export interface ScenarioUse {
  id: string | undefined;
  verdict: string | undefined;
  cites: string[];
}
export interface AturanLamaUse {
  act: string | undefined;
}
export interface BodyUses {
  cites: CiteUse[];
  scenarios: ScenarioUse[];
  aturanLama: AturanLamaUse[];
  /** Article ids cited by other components (e.g. <SanctionsTable /> cites PP 94/2021 articles). */
  componentCites: string[];
}

/**
 * Phrases that talk about sources rather than the law. They belong in the regulations data
 * (`sourceNote`, shown on /peraturan), never in a lesson or in a caveat a lesson shows: a learner
 * must read what binds them, not research notes.
 */
export const SOURCE_PHRASES: readonly RegExp[] = [
  /sumber sekunder/i,
  /belum terverifikasi/i,
  /ringkasan media/i,
  /dikonfirmasi dari/i,
  /belum dapat kami/i,
  /laporan media/i,
  /pemberitaan media/i,
  /belum ditemukan sumber/i,
];

/** The first source-strength phrase in a text, if any. */
export function sourcePhraseIn(text: string): string | undefined {
  for (const re of SOURCE_PHRASES) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** Paragraphs of an MDX body (blank-line separated), with the scenario texts they contain. */
function paragraphs(body: string): string[] {
  return stripComments(body)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('import '));
}

/** The course's length from the modules and the practice questions in the input (see lesson-length.ts). */
export function courseLengthOfInput(input: ContentInput): CourseLength {
  const lessons = input.modules.map((m) => {
    const inBank = (input.questions ?? []).filter((q) => q.file.replace(/\\/g, '/').endsWith(`banks/practice/${m.id}.ts`)).length;
    return { words: countLessonWords(m.body), checkItems: Math.min(inBank, course.checkItemsPerModule) };
  });
  return courseLengthOf(lessons, examItemCount());
}

/** Removes MDX comments `{/* … *\/}` so commented-out components are not counted. */
function stripComments(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => ' '.repeat(m.length));
}

/**
 * Reads the attributes of a JSX tag starting at `start` (just after the tag name).
 * Supports name="…", name='…', name={…} (balanced braces, strings inside) and bare names.
 * Returns the attributes and the index just past the tag's closing `>`.
 */
function readTag(src: string, start: number): { attrs: Record<string, string>; end: number; selfClosing: boolean } {
  const attrs: Record<string, string> = {};
  let i = start;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && src[i + 1] === '>') return { attrs, end: i + 2, selfClosing: true };
    if (c === '>') return { attrs, end: i + 1, selfClosing: false };
    const nameMatch = /^[A-Za-z_][\w:-]*/.exec(src.slice(i));
    if (!nameMatch) { i++; continue; }
    const name = nameMatch[0];
    i += name.length;
    while (i < n && /\s/.test(src[i])) i++;
    if (src[i] !== '=') { attrs[name] = 'true'; continue; }
    i++;
    while (i < n && /\s/.test(src[i])) i++;
    const q = src[i];
    if (q === '"' || q === "'") {
      const close = src.indexOf(q, i + 1);
      const stop = close === -1 ? n : close;
      attrs[name] = src.slice(i + 1, stop);
      i = stop + 1;
    } else if (q === '{') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        const d = src[j];
        if (d === '"' || d === "'" || d === '`') {
          const close = src.indexOf(d, j + 1);
          j = close === -1 ? n : close;
          continue;
        }
        if (d === '{') depth++;
        else if (d === '}') { depth--; if (depth === 0) break; }
      }
      const expr = src.slice(i + 1, j).trim();
      // id={"a/b"} is the same as id="a/b".
      const literal = /^(["'`])([^"'`]*)\1$/.exec(expr);
      attrs[name] = literal ? literal[2] : expr;
      i = j + 1;
    }
  }
  return { attrs, end: n, selfClosing: false };
}

/** String literals inside a JS expression such as `["a/b", 'c/d']`. */
function stringLiterals(expr: string): string[] {
  return [...expr.matchAll(/"([^"]*)"|'([^']*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Finds every `<Cite>`, `<Scenario>` and `<AturanLama>` in an MDX body. */
export function scanBody(rawBody: string): BodyUses {
  const body = stripComments(rawBody);
  // Spans covered by AturanLama blocks (open tag start .. close tag end); nesting is not expected.
  const blocks: [number, number][] = [];
  const aturanLama: AturanLamaUse[] = [];
  for (const m of body.matchAll(/<AturanLama(?=[\s/>])/g)) {
    const tag = readTag(body, m.index + m[0].length);
    aturanLama.push({ act: tag.attrs.act });
    if (tag.selfClosing) continue;
    const close = body.indexOf('</AturanLama>', tag.end);
    blocks.push([m.index, close === -1 ? body.length : close]);
  }
  const inBlock = (pos: number) => blocks.some(([a, b]) => pos > a && pos < b);

  const cites: CiteUse[] = [];
  for (const m of body.matchAll(/<Cite(?=[\s/>])/g)) {
    const { attrs } = readTag(body, m.index + m[0].length);
    cites.push({ id: attrs.id ?? '', inAturanLama: inBlock(m.index) });
  }
  const scenarios: ScenarioUse[] = [];
  for (const m of body.matchAll(/<Scenario(?=[\s/>])/g)) {
    const { attrs } = readTag(body, m.index + m[0].length);
    scenarios.push({ id: attrs.id, verdict: attrs.verdict, cites: attrs.cites ? stringLiterals(attrs.cites) : [] });
  }
  const componentCites = [
    ...(/<SanctionsTable(?=[\s/>])/.test(body) ? SANCTIONS_TABLE_CITES : []),
    ...(/<LegalStatusBox(?=[\s/>])/.test(body) ? LEGAL_STATUS_CITES : []),
  ];
  return { cites, scenarios, aturanLama, componentCites };
}

function zodMessages(error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
}

/** Runs every content check; returns the problems found (empty when all is well). */
export function checkContent(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, message: string) => problems.push({ file, message });

  // --- Regulations -------------------------------------------------------------------------
  const acts = new Map<string, Regulation>();
  for (const reg of input.regulations) {
    const parsed = regulationSchema.safeParse(reg.data);
    if (!parsed.success) {
      for (const msg of zodMessages(parsed.error)) add(reg.file, `invalid regulation: ${msg}`);
      continue;
    }
    if (!/^[a-z0-9-]+$/.test(reg.id)) add(reg.file, `act id "${reg.id}" must be lower case letters, digits and hyphens`);
    const seen = new Set<string>();
    for (const a of parsed.data.articles) {
      if (seen.has(a.id)) add(reg.file, `article id "${a.id}" appears more than once`);
      seen.add(a.id);
    }
    acts.set(reg.id, parsed.data);
  }
  for (const reg of input.regulations) {
    const act = acts.get(reg.id);
    if (!act) continue;
    for (const ref of [act.replacedBy, ...act.amendedBy]) {
      if (ref !== undefined && !acts.has(ref) && input.regulations.every((r) => r.id !== ref)) {
        add(reg.file, `refers to unknown act "${ref}" (replacedBy/amendedBy)`);
      }
    }
    if (act.status !== 'berlaku' && !act.statusNote) {
      add(reg.file, `status is "${act.status}" but there is no statusNote explaining it`);
    }
    // Caveats and the status note of an act not in force appear inside lessons (citation popovers).
    for (const a of act.articles) {
      const phrase = a.caveat && sourcePhraseIn(a.caveat);
      if (phrase) add(reg.file, `article "${a.id}": caveat talks about sources ("${phrase}"); move that to sourceNote and keep the caveat about the law`);
    }
    const statusPhrase = act.status !== 'berlaku' && act.statusNote && sourcePhraseIn(act.statusNote);
    if (statusPhrase) add(reg.file, `statusNote talks about sources ("${statusPhrase}"); it shows in lessons`);
  }

  /** Looks up an article id: the act when the article exists, else an error message. */
  const lookup = (ref: string): { error?: string; act?: Regulation } => {
    const slash = ref.indexOf('/');
    if (slash < 0) return { error: `"${ref}" is not an article id (expected <act>/<article>)` };
    const actId = ref.slice(0, slash);
    const articleId = ref.slice(slash + 1);
    const act = acts.get(actId);
    if (!act) {
      const exists = input.regulations.some((r) => r.id === actId);
      return { error: exists ? `"${ref}": act "${actId}" is invalid (see its own problems)` : `"${ref}": unknown act "${actId}"` };
    }
    if (!act.articles.some((a) => a.id === articleId)) return { error: `"${ref}": act "${actId}" has no article "${articleId}"` };
    return { act };
  };
  /** Checks a reference that states current law: it must exist and its act must be in force. */
  const checkCurrent = (file: string, where: string, ref: string) => {
    const { error, act } = lookup(ref);
    if (error) add(file, `${where} cites ${error}`);
    else if (act && act.status !== 'berlaku') {
      add(file, `${where} cites "${ref}" of ${act.short}, whose status is "${act.status}", as current law (cite it only inside <AturanLama>)`);
    }
  };

  // Data shown on pages (the legal status box on the home page) states current law like a lesson.
  for (const p of input.pageCites ?? []) for (const ref of p.cites) checkCurrent(p.file, p.where, ref);

  // --- Modules -----------------------------------------------------------------------------
  const metas: { mod: ModuleInput; meta: ModuleMeta }[] = [];
  const scenarioIds = new Map<string, string>();
  for (const mod of input.modules) {
    const parsed = moduleSchema.safeParse(mod.data);
    if (!parsed.success) {
      for (const msg of zodMessages(parsed.error)) add(mod.file, `invalid frontmatter: ${msg}`);
    }
    const meta = parsed.success ? parsed.data : undefined;
    if (meta) metas.push({ mod, meta });
    // Objectives are required by the schema (min 1), so a module without them is reported above.
    if (!/^\d{2}-[a-z0-9-]+$/.test(mod.id)) add(mod.file, `module id "${mod.id}" must look like "01-mengapa-netral"`);

    for (const para of paragraphs(mod.body)) {
      const phrase = sourcePhraseIn(para);
      if (phrase) add(mod.file, `a lesson paragraph carries a source-strength phrase ("${phrase}"): say what the law is and what to do; sources belong in the regulations data: "${para.slice(0, 80)}…"`);
    }

    const uses = scanBody(mod.body);
    const historyIds = new Set(uses.cites.filter((c) => c.inAturanLama).map((c) => c.id));

    for (const c of uses.cites) {
      if (!c.id) { add(mod.file, '<Cite> without an id'); continue; }
      if (c.inAturanLama) {
        const { error } = lookup(c.id);
        if (error) add(mod.file, `<Cite> cites ${error}`);
      } else {
        checkCurrent(mod.file, '<Cite>', c.id);
      }
    }
    for (const al of uses.aturanLama) {
      if (!al.act) { add(mod.file, '<AturanLama> without an act'); continue; }
      const act = acts.get(al.act);
      if (!act) add(mod.file, `<AturanLama act="${al.act}">: unknown act`);
      else if (act.status === 'berlaku') add(mod.file, `<AturanLama act="${al.act}">: ${act.short} is still in force (berlaku), so it is not an outdated rule`);
    }
    if (uses.scenarios.length === 0) add(mod.file, 'has no <Scenario> ("Boleh atau tidak?")');
    for (const s of uses.scenarios) {
      const label = `<Scenario id="${s.id ?? ''}">`;
      if (!s.id) add(mod.file, '<Scenario> without an id');
      else if (scenarioIds.has(s.id)) add(mod.file, `${label}: id already used in ${scenarioIds.get(s.id)}`);
      else scenarioIds.set(s.id, mod.file);
      if (s.verdict !== 'boleh' && s.verdict !== 'tidak') add(mod.file, `${label}: verdict must be "boleh" or "tidak", got "${s.verdict ?? ''}"`);
      if (s.cites.length === 0) add(mod.file, `${label}: cites at least one article`);
      for (const ref of s.cites) checkCurrent(mod.file, label, ref);
    }
    for (const ref of uses.componentCites) checkCurrent(mod.file, '<SanctionsTable>', ref);

    if (meta) {
      for (const ref of meta.cites) {
        if (historyIds.has(ref)) {
          const { error } = lookup(ref);
          if (error) add(mod.file, `frontmatter cites ${error}`);
        } else {
          checkCurrent(mod.file, 'frontmatter', ref);
        }
      }
      const declared = new Set(meta.cites);
      const used = new Map<string, string>();
      for (const ref of uses.componentCites) used.set(ref, 'the body cites (through <SanctionsTable />)');
      for (const ref of [...uses.cites.map((c) => c.id), ...uses.scenarios.flatMap((s) => s.cites)]) {
        if (ref) used.set(ref, 'the body cites');
      }
      for (const [ref, how] of used) {
        if (!declared.has(ref)) add(mod.file, `frontmatter "cites" is missing "${ref}", which ${how}`);
      }
    }
  }

  if (input.modules.length === 0) add('src/content/modules', 'no modules found');

  // Orders must run 1..N without gaps or duplicates.
  const orders = metas.map((m) => m.meta.order).sort((a, b) => a - b);
  for (const { mod, meta } of metas) {
    if (metas.filter((m) => m.meta.order === meta.order).length > 1) add(mod.file, `order ${meta.order} is used by more than one module`);
  }
  for (let i = 1; i <= metas.length; i++) {
    if (!orders.includes(i)) add('src/content/modules', `no module has order ${i} (orders must run 1..${metas.length} without gaps)`);
  }

  // Course length: jpFor rounds, with a floor of 1 JP; a course shorter than one JP would then
  // claim more learning time on the certificate than the content holds.
  if (metas.length > 0) {
    const { minutes } = courseLengthOfInput(input);
    if (minutes < course.minutesPerJp) {
      add('src/content/modules', `the course totals ${minutes} minutes, less than one JP (${course.minutesPerJp} minutes)`);
    }
  }

  // --- Question banks ----------------------------------------------------------------------
  for (const q of input.questions ?? []) {
    const where = `question "${q.id}"`;
    if (!Array.isArray(q.cites) || q.cites.length === 0) { add(q.file, `${where} cites no article`); continue; }
    const refs = q.cites.filter((r): r is string => typeof r === 'string');
    if (refs.length < q.cites.length) add(q.file, `${where} has a non-string cite`);
    const resolved = refs.map((ref) => ({ ref, ...lookup(ref) }));
    for (const r of resolved) if (r.error) add(q.file, `${where} cites ${r.error}`);
    const phrase = (q.texts ?? []).map(sourcePhraseIn).find(Boolean);
    if (phrase) add(q.file, `${where} carries a source-strength phrase ("${phrase}"): state the law and the safe course, not the research`);
    // An UNVERIFIED article never decides an answer.
    for (const r of resolved) {
      const articleId = r.ref.slice(r.ref.indexOf('/') + 1);
      const article = r.act?.articles.find((a) => a.id === articleId);
      if (article && sourceStrengthOf(article) === 'belum-terverifikasi') {
        add(q.file, `${where} cites "${r.ref}", which is marked belum-terverifikasi (UNVERIFIED): an unverified article must not decide an answer`);
      }
    }
    const found = resolved.filter((r) => r.act);
    if (found.length > 0 && found.every((r) => r.act?.status !== 'berlaku')) {
      add(q.file, `${where} cites only outdated law (${found.map((r) => r.ref).join(', ')}); it must also cite the article in force that decides the answer`);
    }
  }

  return problems;
}

/** Human-readable report, one problem per line, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
  return [...byFile].map(([file, msgs]) => `${file}\n${msgs.map((m) => `  - ${m}`).join('\n')}`).join('\n');
}
