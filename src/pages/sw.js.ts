/**
 * /sw.js, the service worker, generated at build time (prerendered) so that it knows the lessons
 * and changes its cache version with every build.
 *
 * - install: precaches the shell and every public, prerendered page (lessons, the law pages, the
 *   exam shells) with the hashed assets they load (found by reading the pages and scripts);
 * - /_astro/* (hashed, immutable): cache first;
 * - pages: network first, falling back to the cached copy, then to a small offline page;
 * - /api/* and personal pages (results, certificates, admin): never cached;
 * - /verifikasi (any query or fragment): network first; offline, the cached verification shell,
 *   which checks a QR's signature in the browser (so a QR opened offline in a new tab works);
 * - activate: removes caches of older versions.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getModules } from '../lib/modules.ts';
import { t } from '../i18n/index.ts';

export const prerender = true;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async () => {
  const modules = (await getModules()).map((m) => `/modul/${m.id}`);
  const acts = (await getCollection('regulations')).map((a) => `/peraturan/${a.id}`).sort();
  const config = {
    version: `${Date.now().toString(36)}`,
    // Needed offline: install fails (and is retried on the next visit) when one of these fails.
    required: ['/', '/verifikasi', '/modul', ...modules, '/ujian', '/ujian/akhir', '/ujian/pre-test', '/masuk', '/manifest.webmanifest', '/favicon.svg', '/icons/icon.svg', '/icons/icon-192.png'],
    // Nice to have offline (the law pages the lessons cite).
    optional: ['/peraturan', ...acts],
    offlineHtml:
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${esc(t('offline.title'))} · ${esc(t('site.name'))}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">` +
      `<h1>${esc(t('offline.title'))}</h1><p>${esc(t('offline.text'))}</p><p><a href="/modul">${esc(t('offline.toModules'))}</a></p></body></html>`,
  };
  return new Response(`const CONFIG = ${JSON.stringify(config)};\n${WORKER}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};

// Plain JavaScript, run by the browser as the service worker.
const WORKER = String.raw`
const CACHE = 'netral-' + CONFIG.version;
const PAGES = new Set([...CONFIG.required, ...CONFIG.optional]);
const NEVER = /^\/(api|hasil|sertifikat|profil|admin|fasilitator|kepegawaian)(\/|$)/;

const norm = (path) => (path.length > 1 ? path.replace(/\/+$/, '') : path) || '/';

/** Hashed assets a page or script refers to. */
function assetsIn(text, base) {
  const out = new Set();
  for (const m of text.matchAll(/\/_astro\/[\w.@~-]+\.(?:js|css|woff2?|svg|png|webp|jpg)/g)) out.add(m[0]);
  if (base) for (const m of text.matchAll(/(?:from|import)\s*["'](\.\/[\w.@~-]+\.js)["']/g)) out.add(new URL(m[1], self.location.origin + base).pathname);
  return out;
}

/** A fetch that tries twice more, a second apart, after a network error or a 5xx/429: one lost request on a phone's connection must not cost the whole install. */
async function fetchPatiently(path) {
  for (let tries = 0; ; tries++) {
    try {
      const res = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
      if (res.ok || tries === 2 || (res.status < 500 && res.status !== 429)) return res;
    } catch (e) {
      if (tries === 2) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function precache(cache, path, seen) {
  if (seen.has(path)) return;
  seen.add(path);
  const res = await fetchPatiently(path);
  if (!res.ok) throw new Error(path + ': ' + res.status);
  const type = res.headers.get('content-type') || '';
  if (/html|javascript/.test(type)) {
    const text = await res.clone().text();
    await Promise.all([...assetsIn(text, path.startsWith('/_astro/') ? path : null)].map((a) => precache(cache, a, seen)));
  }
  await cache.put(path, res);
}

/** A few pages at a time: a room full of phones installing at once must not swamp a laptop server. */
async function precacheAll(cache, paths, seen, strict) {
  const queue = [...paths];
  const errors = [];
  const worker = async () => {
    while (queue.length) {
      try { await precache(cache, queue.shift(), seen); } catch (e) { errors.push(e); }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (strict && errors.length) throw errors[0];
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const seen = new Set();
    await precacheAll(cache, CONFIG.required, seen, true);
    await precacheAll(cache, CONFIG.optional, seen, false);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('netral-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// A page that missed the claim above asks for it (src/components/ServiceWorker.astro).
self.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(self.clients.claim());
});

async function cacheFirst(request) {
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) (await caches.open(CACHE)).put(request, res.clone());
  return res;
}

async function networkFirst(request, path, isPage) {
  try {
    const res = await fetch(request);
    // Only the bare address is kept: /verifikasi?nomor=… answers for one certificate.
    if (res.ok && res.type === 'basic' && PAGES.has(path) && !new URL(request.url).search) (await caches.open(CACHE)).put(path, res.clone());
    return res;
  } catch (e) {
    const hit = await caches.match(path, { ignoreSearch: true });
    if (hit) return hit;
    if (isPage) return new Response(CONFIG.offlineHtml, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NEVER.test(url.pathname)) return;
  if (url.pathname.startsWith('/_astro/')) return event.respondWith(cacheFirst(request));
  const path = norm(url.pathname);
  const isPage = request.mode === 'navigate';
  if (isPage || PAGES.has(path)) event.respondWith(networkFirst(request, path, isPage));
});
`;
