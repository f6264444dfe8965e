/** Debian's Chromium driven by playwright-core, with the flags this closed network needs. */
import jsQR from 'jsqr';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `extraArgs`: e.g. `--ignore-certificate-errors` for the test certificate behind nginx (deploy test). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Fills the staff sign-in form on the page (/staf/masuk, or where a staff page sent the browser) and sends it. */
export async function signInStaff(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** Plans a live session on /staf/sesi as a facilitator does (already signed in); returns its id. */
export async function planSession(page: Page, s: { title: string; place: string; unit: string }): Promise<string> {
  await page.getByLabel('Judul sesi').fill(s.title);
  await page.getByLabel('Tempat').fill(s.place);
  await page.getByLabel('Unit kerja peserta').selectOption(s.unit);
  await page.getByRole('button', { name: 'Buat sesi dan tampilkan kode' }).click();
  await page.waitForURL(/\/staf\/sesi\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

/** A phone-sized context (360 px wide), as most learners use. */
export async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID' });
}

/**
 * Reads the QR code shown in an element, as a phone camera would see it: a screenshot of the
 * element, turned into pixels on a blank page (outside the site's CSP) with a white quiet zone
 * around it, then decoded by jsQR. Null when no code can be read.
 */
export async function readQrCode(target: Locator): Promise<string | null> {
  const png = await target.screenshot();
  const blank = await target.page().context().newPage();
  try {
    const { width, height, pixels } = await blank.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const margin = 40;
      const canvas = document.createElement('canvas');
      canvas.width = img.width + 2 * margin;
      canvas.height = img.height + 2 * margin;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, margin, margin);
      return { width: canvas.width, height: canvas.height, pixels: Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
  } finally {
    await blank.close();
  }
}
