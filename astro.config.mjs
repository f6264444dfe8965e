// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import node from '@astrojs/node';

// Server output: API routes and personal pages render on request; every page that needs
// no server sets `export const prerender = true` and ships as static HTML.
export default defineConfig({
  site: process.env.PUBLIC_ORIGIN || 'http://localhost:4321',
  output: 'server',
  // Our own server (scripts/serve.mjs) wraps the Astro handler to add compression,
  // immutable caching and start-up checks, so the adapter builds to middleware.
  adapter: node({ mode: 'middleware', bodySizeLimit: 1024 * 1024 }),
  integrations: [mdx(), preact()],
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
});
