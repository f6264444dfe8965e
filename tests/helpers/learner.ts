/**
 * Learner accounts in a real browser: register ("Daftar"), log in ("Masuk"), and the key-leak
 * detector the harvest tests share.
 */
import type { Page } from 'playwright-core';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { practiceByModule } from '../../src/quizzes/banks/practice/index.ts';

export const PASSWORD = 'sandi-uji-12345';

export interface NewLearner {
  nip: string;
  name: string;
  password?: string;
  jabatan?: string;
  unit?: string;
  activationCode?: string;
}

/** Fills in "Daftar" on /masuk and submits; waits until the page moved on (unless `expectError`). */
export async function registerInBrowser(page: Page, l: NewLearner, opts: { expectError?: boolean } = {}): Promise<void> {
  await page.goto('/masuk');
  await page.getByRole('button', { name: 'Daftar', exact: true }).click();
  await page.getByRole('heading', { name: 'Daftar akun baru' }).waitFor();
  await page.getByLabel('NIP / NI PPPK').fill(l.nip);
  await page.getByLabel('Nama lengkap dengan gelar').fill(l.name);
  await page.getByLabel('Jabatan', { exact: true }).fill(l.jabatan ?? 'Penyuluh Agama Islam');
  await page.getByLabel('Unit kerja').fill(l.unit ?? 'KUA Kecamatan Tanjung');
  if (l.activationCode) await page.getByLabel(/Kode aktivasi/).fill(l.activationCode);
  await page.getByLabel('Kata sandi baru').fill(l.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Daftar dan masuk' }).click();
  if (opts.expectError) await page.locator('.form-status.notice.bad').waitFor();
  else await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
}

/** Fills in "Masuk" on /masuk (with ?lanjut= when given) and submits. */
export async function loginInBrowser(page: Page, nip: string, password = PASSWORD, next?: string): Promise<void> {
  await page.goto(next ? `/masuk?lanjut=${encodeURIComponent(next)}` : '/masuk');
  await page.getByLabel('NIP / NI PPPK').fill(nip);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
}

// --- Finding graded keys in what a client received ---------------------------------------------

const practiceText = JSON.stringify(practiceByModule);
/** Text that only a key carries: every graded explanation and option feedback (longer than a stock phrase). */
const SECRETS = gradedBank.flatMap((q) => [q.explanation, ...('options' in q ? q.options.map((o) => o.feedback ?? '') : [])]).filter((s) => s.length > 25 && !practiceText.includes(s));

/**
 * The graded keys visible in one response body (JSON or HTML): fields that only a review with the
 * right answer has, options marked right or wrong, the "Jawaban benar" label, or the text of a
 * graded explanation or option feedback. Empty when the body gives nothing away.
 */
export function keysIn(body: string, opts: { fields?: boolean } = {}): string[] {
  const found: string[] = [];
  if (opts.fields === false) {
    // Lesson pages carry the public practice checks, whose fields look alike: only graded text counts there.
    for (const s of SECRETS) if (body.includes(s) || body.includes(JSON.stringify(s).slice(1, -1))) found.push(`text ${s.slice(0, 40)}…`);
    return found;
  }
  const unescaped = body.replace(/\\"/g, '"');
  // (The review options themselves, e.g. "explanation": false, say what is hidden, not what it is.)
  for (const m of unescaped.matchAll(/"(answer|explanation|feedback)"\s*:\s*["{[]|"(inPlace)"\s*:/g)) found.push(`field ${m[1] ?? m[2]}`);
  for (const m of unescaped.matchAll(/\{[^{}]*"text"[^{}]*"correct"\s*:[^{}]*\}|\{[^{}]*"correct"\s*:[^{}]*"text"[^{}]*\}/g)) found.push(`marked option ${m[0].slice(0, 60)}`);
  if (body.includes('Jawaban benar')) found.push('label "Jawaban benar"');
  if (body.includes('Pembahasan:')) found.push('label "Pembahasan:"');
  for (const s of SECRETS) if (body.includes(s) || body.includes(JSON.stringify(s).slice(1, -1))) found.push(`text ${s.slice(0, 40)}…`);
  return found;
}
