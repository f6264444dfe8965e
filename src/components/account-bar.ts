/**
 * Fills the account bar of the header (and the home page's state box, when present) from
 * /api/akun/status. Plain DOM, no framework: it runs on every learner page, lessons included.
 * "Keluar" ends the session on the server and clears what this device remembers of the learner,
 * so the next person on a shared phone starts clean.
 */
interface Journey {
  learner: { name: string };
  modules: { done: number; total: number };
  pre: { enabled: boolean; done: boolean };
  final: { passed: boolean; attemptsLeft: number | null };
  certificate: string | null;
  next: { label: string; href: string };
}

const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(p[k] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

export function stateLines(j: Journey, s: Record<string, string>): string[] {
  return [
    fill(s['journey.modules'], { done: j.modules.done, total: j.modules.total }),
    ...(j.pre.enabled ? [j.pre.done ? s['journey.preDone'] : s['journey.preNot']] : []),
    j.final.passed ? s['journey.finalPassed'] : j.final.attemptsLeft === null ? s['journey.finalUnlimited'] : j.final.attemptsLeft === 0 ? s['journey.finalNone'] : fill(s['journey.finalLeft'], { left: j.final.attemptsLeft }),
    j.certificate ? fill(s['journey.certificate'], { number: j.certificate }) : s['journey.noCertificate'],
  ];
}

async function logout() {
  await fetch('/api/peserta', { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith('netral:')) localStorage.removeItem(k);
  } catch { /* storage blocked: nothing remembered */ }
  location.assign('/');
}

export async function loadAccountBar() {
  const bar = document.querySelector<HTMLElement>('[data-account-bar]');
  if (!bar) return;
  const s = JSON.parse(bar.dataset.strings ?? '{}') as Record<string, string>;
  let j: Journey | null = null;
  try {
    const r = await fetch('/api/akun/status', { credentials: 'same-origin' });
    if (r.ok) j = await r.json();
  } catch { /* offline: keep the login link */ }
  const box = document.querySelector<HTMLElement>('[data-journey]');
  if (!j) {
    box?.querySelector('[data-guest]')?.removeAttribute('hidden');
    return;
  }
  const who = bar.querySelector<HTMLElement>('[data-who]')!;
  const out = el('button', { type: 'button', className: 'linkish', textContent: s['account.logout'] });
  out.addEventListener('click', logout);
  who.replaceChildren(`${s['account.signedInAs']} `, el('strong', { textContent: j.learner.name }), ` · ${s['account.notYou']} `, out);
  const state = bar.querySelector<HTMLElement>('[data-state]')!;
  state.replaceChildren(stateLines(j, s).join(' · '), ' · ', el('a', { href: j.next.href, textContent: j.next.label }));
  state.hidden = false;
  if (box) {
    box.querySelector('[data-guest]')?.setAttribute('hidden', '');
    const list = box.querySelector<HTMLElement>('[data-lines]')!;
    list.replaceChildren(...stateLines(j, s).map((line) => el('li', { textContent: line })));
    const next = box.querySelector<HTMLAnchorElement>('[data-next]')!;
    next.href = j.next.href;
    next.textContent = j.next.label;
  }
}
