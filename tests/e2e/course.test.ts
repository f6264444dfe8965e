/**
 * The course as a learner reads it on a 360-px phone: every module from the course navigation,
 * a citation opened and closed with the keyboard, a "Boleh atau tidak?" card answered with the
 * keyboard alone, the same card without JavaScript, the legal-basis pages, and the weight of
 * every lesson page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { BUDGETS, pageWeight } from '../../scripts/lib/weight.mjs';

interface ModuleMeta { id: string; order: number; title: string; objectives: string[]; cites: string[] }
interface Article { id: string; text: string }
interface Act { id: string; short: string; status: string; articles: Article[] }

const MODULES_DIR = 'src/content/modules';
const REGS_DIR = 'src/content/regulations';

/** The modules as their authors wrote them (frontmatter), in course order. */
const modules: ModuleMeta[] = readdirSync(MODULES_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(MODULES_DIR, f), 'utf8'))![1];
    const data = load(fm) as Omit<ModuleMeta, 'id'>;
    return { id: f.replace(/\.mdx$/, ''), order: data.order, title: data.title, objectives: data.objectives, cites: data.cites ?? [] };
  })
  .sort((a, b) => a.order - b.order);

const acts: Act[] = readdirSync(REGS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data = load(readFileSync(path.join(REGS_DIR, f), 'utf8')) as Omit<Act, 'id'>;
    return { id: f.replace(/\.yaml$/, ''), short: data.short, status: data.status, articles: data.articles ?? [] };
  });
const article = (ref: string): Article => {
  const [actId, articleId] = ref.split('/');
  return acts.find((a) => a.id === actId)!.articles.find((x) => x.id === articleId)!;
};
/** Collapses whitespace, as the browser's innerText does with YAML's folded text. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await phoneContext(browser, server.url);
  // Records what the Content-Security-Policy blocks: a blocked <style> leaves a card unstyled.
  await context.addInitScript(() => {
    const w = window as unknown as { cspBlocked: string[] };
    w.cspBlocked = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspBlocked.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`));
  });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** Presses Tab until `target` has the focus (as a keyboard user would), failing after `max` presses. */
async function tabTo(p: Page, target: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((sel) => document.activeElement?.matches(sel) ?? false, target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const noHorizontalScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const cspBlocked = (p: Page) => p.evaluate(() => (window as unknown as { cspBlocked: string[] }).cspBlocked);

describe('reading every module on a phone', () => {
  it('the course navigation lists the modules in course order', async () => {
    await page.goto(`/modul/${modules[0].id}`);
    const hrefs = await page.locator('section.toc .course-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(modules.map((m) => `/modul/${m.id}`));
  });

  it('each module, opened from the navigation, shows its title, objectives, a scenario and the knowledge check; axe is clean; nothing scrolls sideways', async () => {
    for (const m of modules) {
      await page.locator('section.toc .course-nav a', { hasText: m.title }).click();
      await page.waitForURL(`**/modul/${m.id}`);
      await expect(page.locator('h1').innerText()).resolves.toBe(m.title);
      expect(await page.locator('h1').count()).toBe(1);
      const objectives = await page.locator('section.objectives li').allInnerTexts();
      expect(objectives.map(squash)).toEqual(m.objectives.map(squash));
      expect(await page.locator('.scenario[data-verdict]').count(), `${m.id} has a scenario`).toBeGreaterThan(0);
      // With JavaScript on, every card offers its two answers.
      for (const card of await page.locator('.scenario[data-verdict]').all()) {
        await expect(card.getByRole('button', { name: 'Boleh', exact: true }).isVisible()).resolves.toBe(true);
        await expect(card.getByRole('button', { name: 'Tidak boleh', exact: true }).isVisible()).resolves.toBe(true);
      }
      await expect(page.getByRole('heading', { level: 2, name: 'Cek pemahaman' }).isVisible()).resolves.toBe(true);
      expect(await page.locator('.knowledge-check fieldset.question').count()).toBeGreaterThan(0);
      expect(await noHorizontalScroll(page), `${m.id} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
      expect(await cspBlocked(page), `${m.id}: styles or scripts blocked`).toEqual([]);
      await expectNoAxeViolations(page);
    }
  });
});

describe('a citation, with the keyboard', () => {
  it('Tab to a citation, Enter opens the article text, Escape closes it and focus stays on the citation', async () => {
    const m = modules[0];
    await page.goto(`/modul/${m.id}`);
    await tabTo(page, 'article.lesson .cite-button');
    const button = page.locator(':focus');
    const popoverId = await button.getAttribute('popovertarget');
    expect(popoverId).toBeTruthy();
    const popover = page.locator(`[id="${popoverId}"]`);
    await expect(popover.isVisible()).resolves.toBe(false);
    const label = squash(await button.innerText());

    // Which article it is: the popover's title is the same label the button shows.
    await page.keyboard.press('Enter');
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.evaluate((el) => el.matches(':popover-open'))).resolves.toBe(true);
    await expect(popover.getAttribute('role')).resolves.toBe('dialog');
    const shown = squash(await popover.innerText());
    expect(shown).toContain(label);
    const cited = m.cites.map(article).find((a) => shown.includes(squash(a.text)));
    expect(cited, 'the popover shows the text of one of the module’s cited articles').toBeTruthy();
    await expect(popover.getByRole('link', { name: 'Lihat di halaman dasar hukum' }).getAttribute('href')).resolves.toMatch(/^\/peraturan\/[a-z0-9-]+#[a-z0-9-]+$/);

    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await expect(page.evaluate((id) => document.activeElement?.getAttribute('popovertarget') === id, popoverId)).resolves.toBe(true);
  });
});

describe('a "Boleh atau tidak?" card, with the keyboard alone', () => {
  it('answer with Enter, hear the verdict, read why; "Coba lagi" with Space resets; a wrong answer is told apart', async () => {
    const m = modules[0];
    await page.goto(`/modul/${m.id}`);
    const card = page.locator('.scenario[data-verdict]').first();
    const id = await card.getAttribute('id');
    const verdict = (await card.getAttribute('data-verdict')) as 'boleh' | 'tidak';
    const right = verdict === 'boleh' ? 'Boleh' : 'Tidak boleh';
    const wrong = verdict === 'boleh' ? 'Tidak boleh' : 'Boleh';
    const rightAnswer = `#${id} button[data-answer="${verdict}"]`;
    const feedback = card.locator('[role="status"]');
    const details = card.locator('details');

    await tabTo(page, rightAnswer);
    await page.keyboard.press('Enter');
    await expect(feedback.innerText()).resolves.toBe(`Tepat! Jawaban Anda: ${right}.`);
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(card.locator('.scenario-explanation').isVisible()).resolves.toBe(true);
    await expect(card.locator('.scenario-answer').innerText()).resolves.toBe(`Jawaban: ${right}.`);
    await expect(card.getByRole('button', { name: right, exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');

    // The next stop after the answer is "Coba lagi".
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').innerText()).resolves.toBe('Coba lagi');
    await page.keyboard.press('Space');
    await expect(feedback.innerText()).resolves.toBe('');
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(card.getByRole('button', { name: 'Coba lagi' }).isVisible()).resolves.toBe(false);
    // Focus returns to the first answer, so the learner can answer again at once.
    await expect(page.locator(':focus').innerText()).resolves.toBe('Boleh');

    if (wrong !== 'Boleh') await page.keyboard.press('Tab');
    await expect(page.locator(':focus').innerText()).resolves.toBe(wrong);
    await page.keyboard.press('Space');
    await expect(feedback.innerText()).resolves.toBe(`Belum tepat. Jawaban Anda: ${wrong}. Jawaban yang benar: ${right}.`);
    await expect(card.locator('.scenario-explanation').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe('without JavaScript', () => {
  it('every card still holds its answer and explanation in <details>, and shows no dead buttons', async () => {
    const noJs = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'id-ID' });
    const p = await noJs.newPage();
    try {
      for (const m of modules) {
        await p.goto(`/modul/${m.id}`);
        const cards = await p.locator('.scenario[data-verdict]').all();
        expect(cards.length).toBeGreaterThan(0);
        for (const card of cards) {
          // Buttons that need the script stay hidden; only the citations (native popovers) remain.
          const visible = await card.locator('button:visible').evaluateAll((bs) => bs.filter((b) => !b.classList.contains('cite-button')).map((b) => b.textContent));
          expect(visible, `${m.id}: dead buttons`).toEqual([]);
          const verdict = await card.getAttribute('data-verdict');
          await expect(card.locator('.scenario-explanation').isVisible()).resolves.toBe(false);
          await card.locator('summary').click();
          await expect(card.locator('.scenario-answer').innerText()).resolves.toBe(`Jawaban: ${verdict === 'boleh' ? 'Boleh' : 'Tidak boleh'}.`);
          await expect(card.locator('.scenario-explanation').isVisible()).resolves.toBe(true);
          expect((await card.locator('.scenario-explanation').innerText()).length).toBeGreaterThan(40);
        }
      }
    } finally {
      await noJs.close();
    }
  });
});

describe('the legal basis pages', () => {
  const notInForce = acts.filter((a) => a.status !== 'berlaku');
  const statusLabel: Record<string, string> = { dicabut: 'Dicabut', 'dicabut-sebagian': 'Dicabut sebagian', dibubarkan: 'Dibubarkan' };

  it('/peraturan lists the revoked acts only under the history section, each marked; axe is clean', async () => {
    expect(notInForce.map((a) => a.id).sort()).toEqual(expect.arrayContaining(['kasn', 'pp-53-2010', 'uu-5-2014']));
    await page.goto('/peraturan');
    await expectNoAxeViolations(page);
    expect(await cspBlocked(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(360);
    const history = page.locator('section[aria-labelledby="riwayat"]');
    await expect(history.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Riwayat: aturan yang sudah tidak berlaku');
    const current = page.locator('section[aria-labelledby="berlaku"]');
    for (const a of notInForce) {
      const item = history.locator('li', { has: page.locator(`a[href="/peraturan/${a.id}"]`) });
      await expect(item.count()).resolves.toBe(1);
      await expect(item.locator('.status-badge.not-in-force').textContent()).resolves.toBe(statusLabel[a.status]);
      await expect(current.locator(`a[href="/peraturan/${a.id}"]`).count()).resolves.toBe(0);
    }
    for (const a of acts.filter((x) => x.status === 'berlaku')) {
      await expect(current.locator(`a[href="/peraturan/${a.id}"]`).count()).resolves.toBe(1);
    }
  });

  it('an article anchor on /peraturan/pp-94-2021 links back to every module that cites it', async () => {
    const ref = 'pp-94-2021/pasal-5-huruf-n-angka-1';
    const citing = modules.filter((m) => m.cites.includes(ref));
    expect(citing.length).toBeGreaterThan(1);
    await page.goto(`/peraturan/pp-94-2021#pasal-5-huruf-n-angka-1`);
    await expectNoAxeViolations(page);
    expect(await cspBlocked(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(360);
    const block = page.locator('article#pasal-5-huruf-n-angka-1');
    await expect(block.getByRole('heading', { level: 3 }).innerText()).resolves.toBe('Pasal 5 huruf n angka 1');
    expect(squash(await block.innerText())).toContain(squash(article(ref).text));
    const links = await block.locator('.cited-by a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(citing.map((m) => `/modul/${m.id}`));
    await block.locator('.cited-by a').first().click();
    await page.waitForURL(`**/modul/${citing[0].id}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(citing[0].title);
  });

  it('a revoked act\'s own page is marked and points to the act that replaced it', async () => {
    await page.goto('/peraturan/uu-5-2014');
    await expect(page.locator('h1 .status-badge.not-in-force').textContent()).resolves.toBe('Dicabut');
    await expect(page.locator('.act-status a[href="/peraturan/uu-20-2023"]').innerText()).resolves.toBe('UU 20/2023');
    await expectNoAxeViolations(page);
  });
});

describe('weight of every lesson page', () => {
  const client = 'dist/client';
  for (const m of modules) {
    it(`${m.id} ships at most ${BUDGETS.lesson.js / 1024} kB of gzip JavaScript`, () => {
      const w = pageWeight(client, readFileSync(path.join(client, 'modul', m.id, 'index.html'), 'utf8'));
      expect(w.js).toBeGreaterThan(0);
      expect(w.js).toBeLessThanOrEqual(BUDGETS.lesson.js);
      expect(w.total).toBeLessThanOrEqual(BUDGETS.lesson.total);
    });
  }
});
