/**
 * `npm run build:scorm`: the course as two SCORM packages, for organisations that run their own
 * LMS: dist-scorm/netral-scorm2004.zip (SCORM 2004 4th edition) and dist-scorm/netral-scorm12.zip
 * (SCORM 1.2).
 *
 * Each package holds the site's built lesson and law pages (from dist/client, built first when
 * missing or stale) with relative links and no server calls, a launch page (scripts/scorm/shell.ts)
 * that talks to the LMS, and the final exam (scripts/scorm/exam.tsx) drawn and scored inside the
 * package with the quiz engine. In this mode the LMS is the authority for completion and score, so
 * the graded bank and its key travel inside the package: unlike the site, a package cannot keep the
 * key on a server. Give packages only to LMS administrators.
 *
 * Each zip also carries, at its root, the official ADL/IMS XSD control files its manifest's
 * schemaLocation names (vendor/scorm-xsd, see its README), as strict importers and ADL's
 * conformance suite expect. Next to the 1.2 zip, netral-scorm12-respons.csv maps SCORM 1.2's
 * single-character response codes back to the bank's questions and options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import * as esbuild from 'esbuild';
import { course } from '../src/content/course.ts';
import { gradedBank } from '../src/quizzes/banks/graded/index.ts';
import { pick, t } from '../src/i18n/index.ts';
import { manifestXml } from './scorm/manifest.ts';
import { responseMap12 } from './scorm/cmi.ts';
import type { ScormVersion } from './scorm/cmi.ts';
import type { PackageData } from './scorm/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const client = path.join(root, 'dist/client');
const outDir = path.join(root, 'dist-scorm');

function newest(dir: string): number {
  let time = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    time = Math.max(time, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return time;
}

/** Builds the site when its build is missing or older than the sources. */
function ensureSiteBuild() {
  const marker = path.join(client, 'modul/index.html');
  // --no-site-build: use dist/ as it is (the end-to-end tests build the site once for all files).
  if (process.argv.includes('--no-site-build')) {
    if (!fs.existsSync(marker)) throw new Error('build:scorm: dist/client is missing; run `npm run build` first');
    return;
  }
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'public')))) return;
  console.log('build:scorm: membangun situs terlebih dahulu (building the site first)…');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const read = (p: string) => fs.readFileSync(path.join(client, p), 'utf8');

/** Relative URL from one package file to another. */
function rel(from: string, to: string): string {
  const r = path.posix.relative(path.posix.dirname(from), to);
  return r || path.posix.basename(to);
}

/** Where a site path lives in the package, or null when it has no place there (personal pages). */
function packagePath(sitePath: string, lessons: Set<string>, acts: Set<string>): string | null {
  const p = sitePath.replace(/\/+$/, '') || '/';
  if (p === '/' || p === '/modul') return 'modul/index.html';
  if (p === '/peraturan') return 'peraturan/index.html';
  if (p === '/ujian' || p.startsWith('/ujian/')) return 'ujian/akhir.html';
  if (p === '/favicon.svg') return 'favicon.svg';
  if (p.startsWith('/_astro/')) return p.slice(1);
  const m = /^\/(modul|peraturan)\/([\w-]+)$/.exec(p);
  if (m && (m[1] === 'modul' ? lessons : acts).has(m[2]!)) return `${m[1]}/${m[2]}.html`;
  return null;
}

/**
 * A site page made fit for a package: no site header (its links lead to the site), no service
 * worker, no manifest; every link relative; links to pages a package does not have are removed.
 */
function packPage(html: string, file: string, lessons: Set<string>, acts: Set<string>, assets: Set<string>): string {
  let out = html
    .replace(/<header class="site-header"[\s\S]*?<\/header>/, '')
    .replace(/<script type="module" src="\/_astro\/ServiceWorker[^"]*"><\/script>/g, '')
    .replace(/<link rel="(?:manifest|apple-touch-icon)"[^>]*>/g, '');
  out = out.replace(/\b(href|src|component-url|renderer-url)="(\/[^"]*)"/g, (_all, attr: string, url: string) => {
    const [pathAndQuery, hash] = url.split('#') as [string, string | undefined];
    const target = packagePath(pathAndQuery.split('?')[0]!, lessons, acts);
    if (!target) return attr === 'href' ? '' : `${attr}=""`;
    if (target.startsWith('_astro/') || target === 'favicon.svg') assets.add(target);
    return `${attr}="${rel(file, target)}${hash !== undefined ? `#${hash}` : ''}"`;
  });
  return out;
}

/** Adds the modules a script imports statically (./chunk.js), recursively. */
function withImports(assets: Set<string>) {
  const queue = [...assets];
  while (queue.length) {
    const a = queue.shift()!;
    if (!a.endsWith('.js')) continue;
    const code = read(a);
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[\w.@~-]+\.js)["']/g)) {
      const dep = path.posix.join(path.posix.dirname(a), m[1]!);
      if (!assets.has(dep)) { assets.add(dep); queue.push(dep); }
    }
  }
}

async function bundle(entry: string): Promise<string> {
  const r = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true, write: false, format: 'esm', minify: true, target: 'es2022', platform: 'browser',
    jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none',
  });
  return r.outputFiles[0]!.text;
}

const SHELL_CSS = `
*{box-sizing:border-box}html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1rem;padding:.25rem 1rem;border-bottom:1px solid #c9d3cf}
.brand{font-weight:700;font-size:1.1rem}
.bar a{display:inline-block;padding:.6rem 0;color:#0b5c4a}
details{position:relative}summary{cursor:pointer;padding:.6rem 0;color:#0b5c4a;text-decoration:underline}
details ol{position:absolute;z-index:2;background:#fff;border:1px solid #c9d3cf;margin:0;padding:.5rem 1rem .5rem 2rem;min-width:16rem;max-width:90vw}
.notice{margin:.5rem 1rem;padding:.5rem 1rem;border-left:4px solid #a32020;background:#fbeaea}
iframe{flex:1;width:100%;border:0}
`;

function shellHtml(data: PackageData, lessons: { id: string; title: string; href: string }[]): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(course.title)} · ${esc(t('site.name'))}</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<style>${SHELL_CSS}</style>
</head>
<body>
<header class="bar">
  <span class="brand">${esc(t('site.name'))}</span>
  <nav aria-label="${esc(t('nav.menu'))}">
    <details>
      <summary>${esc(t('offline.scormLessons'))}</summary>
      <ol>
${lessons.map((l) => `        <li><a href="${l.href}" target="isi" data-lesson="${l.id}">${esc(l.title)}<span class="tick"></span></a></li>`).join('\n')}
      </ol>
    </details>
  </nav>
  <a href="ujian/akhir.html" target="isi">${esc(t('offline.scormExam'))}</a>
</header>
<p id="no-lms" class="notice" role="alert" hidden>${esc(t('offline.scormNoLms'))}</p>
<iframe id="isi" name="isi" title="${esc(course.title)}"></iframe>
<script type="application/json" id="netral-data">${json}</script>
<script type="module" src="scorm/shell.js"></script>
</body>
</html>
`;
}

function examHtml(template: string, lessons: Set<string>, acts: Set<string>, assets: Set<string>): string {
  const perArea = course.examItemsPerArea;
  const count = perArea * course.areas.length;
  const main = `<h1>${esc(t('exam.finalTitle'))}</h1>
<p>${esc(t('offline.scormExamIntro', { count, perArea, passMark: course.passMark }))}</p>
<div id="scorm-exam" data-nolms="${esc(t('offline.scormNoLms'))}"></div>`;
  let html = template
    .replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_all, open: string) => `${open}${main}</main>`)
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    // The site's content security policy lists the site's scripts; this page runs the package's own.
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  html = packPage(html, 'ujian/akhir.html', lessons, acts, assets);
  return html.replace('</body>', '<script type="module" src="../scorm/exam.js"></script></body>');
}

async function main() {
  ensureSiteBuild();
  const lessonIds = fs.readdirSync(path.join(client, 'modul'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const actIds = fs.readdirSync(path.join(client, 'peraturan'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lessonSet = new Set(lessonIds);
  const actSet = new Set(actIds);
  const assets = new Set<string>(['favicon.svg']);
  const files = new Map<string, string | Uint8Array>();

  const pages: [string, string][] = [
    ['modul/index.html', 'modul/index.html'],
    ...lessonIds.map((id): [string, string] => [`modul/${id}/index.html`, `modul/${id}.html`]),
    ['peraturan/index.html', 'peraturan/index.html'],
    ...actIds.map((id): [string, string] => [`peraturan/${id}/index.html`, `peraturan/${id}.html`]),
  ];
  for (const [src, dest] of pages) files.set(dest, packPage(read(src), dest, lessonSet, actSet, assets));
  files.set('ujian/akhir.html', examHtml(read('ujian/akhir/index.html'), lessonSet, actSet, assets));
  withImports(assets);
  for (const a of assets) files.set(a, fs.readFileSync(path.join(client, a)));

  const lessons = lessonIds.map((id) => {
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(read(`modul/${id}/index.html`))?.[1]?.replace(/<[^>]+>/g, '').trim() ?? id;
    return { id, title, href: `modul/${id}.html` };
  });
  files.set('scorm/shell.js', await bundle('scripts/scorm/shell.ts'));
  files.set('scorm/exam.js', await bundle('scripts/scorm/exam.tsx'));

  // A package must not reach for the site: no API calls, no service worker.
  for (const [name, content] of files) {
    if (typeof content === 'string' && /["'`]\/api\/|\/sw\.js/.test(content)) throw new Error(`build:scorm: ${name} still refers to the site's server`);
  }

  fs.mkdirSync(outDir, { recursive: true });
  const variants: [ScormVersion, string][] = [['2004', 'netral-scorm2004.zip'], ['1.2', 'netral-scorm12.zip']];
  for (const [version, zipName] of variants) {
    const data: PackageData = {
      version,
      title: course.title,
      lessons,
      bank: gradedBank,
      rules: { passMark: course.passMark, perArea: course.examItemsPerArea, areas: course.areas.map((a) => a.id), attemptLimit: course.attemptLimit, predikat: course.predikat },
      strings: { ...pick('exam.'), ...pick('offline.scorm'), 'progress.done': t('progress.done') },
    };
    const all = new Map(files);
    all.set('index.html', shellHtml(data, lessons));
    const names = [...all.keys()].sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a < b ? -1 : 1));
    const manifest = manifestXml({ version, identifier: `netral-${version === '2004' ? 'scorm2004' : 'scorm12'}`, courseVersion: course.version, title: course.title, passMark: course.passMark, files: names });
    const zip: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
    for (const name of names) {
      const c = all.get(name)!;
      zip[name] = typeof c === 'string' ? new TextEncoder().encode(c) : c;
    }
    // The control files, at the root where the manifest's schemaLocation points.
    const xsdDir = path.join(root, 'vendor/scorm-xsd', version);
    for (const f of fs.readdirSync(xsdDir).filter((n) => /\.(xsd|dtd)$/.test(n))) zip[f] = fs.readFileSync(path.join(xsdDir, f));
    fs.writeFileSync(path.join(outDir, zipName), zipSync(zip, { level: 9 }));
    console.log(`build:scorm: ${path.relative(root, path.join(outDir, zipName))} (${Object.keys(zip).length} berkas)`);
  }
  // SCORM 1.2 reports responses as single characters: this is the key back to the bank.
  const cell = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = ['soal;kode;id;teks', ...responseMap12(gradedBank).map((r) => [r.question, r.code, r.id, r.text].map(cell).join(';'))].join('\r\n');
  fs.writeFileSync(path.join(outDir, 'netral-scorm12-respons.csv'), `\uFEFF${csv}\r\n`);
}

await main();
