// What a page costs a learner: the HTML, and every JavaScript and CSS file it loads, following
// static imports, each measured gzip-compressed (level 9, as the server precompresses them).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Module paths a JS file imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code) {
  const out = [];
  const re = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (let m; (m = re.exec(code)); ) out.push(m[1]);
  return out;
}

/** The assets an HTML page references, as site paths. */
function referencedAssets(html) {
  const js = new Set();
  const css = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) js.add(m[1]);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) js.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) js.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]);
  // Inline module scripts can import bundles too.
  for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) for (const i of staticImports(m[1])) if (i.startsWith('/')) js.add(i);
  return { js: [...js], css: [...css] };
}

/**
 * Weight of one built page. `clientDir` is dist/client; `html` is the page's HTML text.
 * Returns gzip bytes of HTML, JS (whole static import graph) and CSS, plus the JS files counted.
 */
export function pageWeight(clientDir, html) {
  const { js, css } = referencedAssets(html);
  const seen = new Set();
  let jsBytes = 0;
  const queue = [...js];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const file = path.join(clientDir, url);
    if (!fs.existsSync(file)) continue;
    const code = fs.readFileSync(file);
    jsBytes += gz(code);
    for (const i of staticImports(code.toString())) queue.push(i.startsWith('.') ? path.posix.join(path.posix.dirname(url), i) : i);
  }
  let cssBytes = 0;
  for (const url of css) {
    const file = path.join(clientDir, url);
    if (fs.existsSync(file)) cssBytes += gz(fs.readFileSync(file));
  }
  // Inline <script> bodies are JavaScript too.
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) if (m[1].trim()) jsBytes += gz(Buffer.from(m[1]));
  return { html: gz(Buffer.from(html)), js: jsBytes, css: cssBytes, total: gz(Buffer.from(html)) + jsBytes + cssBytes, jsFiles: [...seen] };
}

/**
 * Page types, the built file that stands for each, and their budgets (gzip bytes), from the
 * design's quality bars: a lesson ≤ 15 kB of JavaScript and ≤ 100 kB in all; the quiz island ≤ 25 kB.
 * `file` may be a function of the build (the first lesson's slug is not fixed).
 */
export const PAGE_TYPES = {
  home: { file: 'index.html', js: 15 * 1024, total: 100 * 1024 },
  lesson: { file: (modules) => `modul/${modules[0]}/index.html`, js: 15 * 1024, total: 100 * 1024 },
  modules: { file: 'modul/index.html', js: 15 * 1024, total: 100 * 1024 },
  regulations: { file: 'peraturan/index.html', js: 15 * 1024, total: 150 * 1024 },
  exam: { file: 'ujian/akhir/index.html', js: 25 * 1024, total: 100 * 1024 },
  account: { file: 'masuk/index.html', js: 25 * 1024, total: 100 * 1024 },
};

/** Weight of every page type in a build, with whether it is within its budget. */
export function weighBuild(clientDir) {
  const modules = fs.readdirSync(path.join(clientDir, 'modul'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Object.entries(PAGE_TYPES).map(([type, spec]) => {
    const file = typeof spec.file === 'function' ? spec.file(modules) : spec.file;
    const w = pageWeight(clientDir, fs.readFileSync(path.join(clientDir, file), 'utf8'));
    return { type, file, ...w, budgetJs: spec.js, budgetTotal: spec.total, ok: w.js <= spec.js && w.total <= spec.total };
  });
}

/** Budgets by page type (the same objects as PAGE_TYPES). */
export const BUDGETS = PAGE_TYPES;
