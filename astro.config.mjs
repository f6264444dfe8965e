// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import node from '@astrojs/node';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Hashes of hand-written inline scripts (`<script is:inline>` without a type) that Astro does not
// hash itself: /verifikasi keeps its verifier inline so it works when every other request fails.
/**
 * @param {string[]} files
 * @returns {`sha256-${string}`[]}
 */
function inlineScriptHashes(files) {
  /** @type {`sha256-${string}`[]} */
  const hashes = [];
  for (const file of files) {
    const src = readFileSync(new URL(file, import.meta.url), 'utf8');
    for (const m of src.matchAll(/<script is:inline>([\s\S]*?)<\/script>/g)) hashes.push(`sha256-${createHash('sha256').update(m[1]).digest('base64')}`);
  }
  return hashes;
}

/**
 * Builds src/server/direct-routes.ts into dist/server/direct-routes.mjs, in the same server build
 * as Astro's entry so both share one copy of every module (database, caches, rate limits):
 * scripts/serve.mjs answers the phones' live-session requests with it, outside Astro's pipeline.
 * @returns {import('vite').Plugin}
 */
function directRoutesEntry() {
  return {
    name: 'netral:direct-routes',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'ssr',
    buildStart() {
      this.emitFile({ type: 'chunk', id: fileURLToPath(new URL('./src/server/direct-routes.ts', import.meta.url)), fileName: 'direct-routes.mjs' });
    },
  };
}

// Server output: API routes and personal pages render on request; every page that needs
// no server sets `export const prerender = true` and ships as static HTML.
export default defineConfig({
  site: process.env.PUBLIC_ORIGIN || 'http://localhost:4321',
  output: 'server',
  // The adapter's body limit is the outer guard; each endpoint enforces its own, smaller limit
  // and reads an oversize body to the end (server/http.ts readBody) so the client sees the 413.
  // Our own server (scripts/serve.mjs) wraps the Astro handler to add compression,
  // immutable caching and start-up checks, so the adapter builds to middleware.
  adapter: node({ mode: 'middleware', bodySizeLimit: 16 * 1024 * 1024 }),
  integrations: [mdx(), preact()],
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { plugins: [directRoutesEntry()] },
  // Content-Security-Policy (a <meta> on static pages, a header on pages rendered on request):
  // scripts only from this site or by hash; Astro hashes its own inline scripts. Styles allow
  // 'unsafe-inline' (styles cannot run code): Astro does not hash the styles of components used
  // inside MDX, and the bar chart sets widths with style attributes. frame-ancestors cannot go in
  // a <meta>: scripts/serve.mjs sends it as a header.
  security: {
    // Our middleware refuses cross-site writes itself, with an Indonesian message (src/middleware.ts).
    checkOrigin: false,
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { hashes: inlineScriptHashes(['./src/pages/verifikasi.astro']) },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
