// LCP, TBT and CLS of a page in Debian's Chromium on a throttled phone: 360 px viewport, CPU slowed
// 4x and a slow 4G link via the DevTools protocol, each run in a fresh context (cold cache).
// The figures come from PerformanceObserver inside the page, as field tools measure them.
import { launchBrowser } from '../../tests/helpers/browser.ts';

/** Lighthouse's mobile preset: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower. */
export const THROTTLING = { latency: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

// Runs in the page before any of its scripts.
function observe() {
  const w = window;
  w.__vitals = { lcp: 0, cls: 0, tbt: 0, fcp: 0, longTasks: 0 };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__vitals.lcp = e.renderTime || e.loadTime || e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) w.__vitals.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') w.__vitals.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Total Blocking Time: the part of every long task beyond 50 ms, after the first paint.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      w.__vitals.longTasks++;
      const start = Math.max(e.startTime, w.__vitals.fcp || 0);
      const blocking = e.startTime + e.duration - start - 50;
      if (blocking > 0) w.__vitals.tbt += blocking;
    }
  }).observe({ type: 'longtask', buffered: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Measures each page `runs` times and reports the medians.
 * `pages`: [{ type, path }]; `cookies`: set in every context (the learner's session).
 */
export async function measureVitals(baseURL, pages, { runs = 3, cookies = [], log = console.log, deadline = Infinity } = {}) {
  const browser = await launchBrowser();
  const out = [];
  try {
    for (const { type, path } of pages) {
      const samples = [];
      for (let i = 0; i < runs && Date.now() < deadline; i++) {
        const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID' });
        if (cookies.length) await context.addCookies(cookies);
        // A fresh context per run: no HTTP cache, no service worker, a learner's first visit.
        await context.addInitScript(observe);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: THROTTLING.latency,
          downloadThroughput: (THROTTLING.downloadKbps * 1024) / 8,
          uploadThroughput: (THROTTLING.uploadKbps * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
        const res = await page.goto(path, { waitUntil: 'load', timeout: 60_000 });
        // Let late long tasks and shifts land, then stop LCP the way a first input would.
        await page.waitForTimeout(2500);
        const v = await page.evaluate(() => window.__vitals);
        samples.push({ ...v, status: res?.status() ?? 0 });
        await context.close();
      }
      if (!samples.length) continue;
      const row = {
        type,
        path,
        status: samples[0].status,
        runs: samples.length,
        lcpMs: Math.round(median(samples.map((s) => s.lcp))),
        tbtMs: Math.round(median(samples.map((s) => s.tbt))),
        cls: Number(median(samples.map((s) => s.cls)).toFixed(3)),
        fcpMs: Math.round(median(samples.map((s) => s.fcp))),
      };
      log(`  ${type.padEnd(22)} LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms  CLS ${row.cls}`);
      out.push(row);
    }
  } finally {
    await browser.close();
  }
  return out;
}
