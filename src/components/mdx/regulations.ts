/**
 * Look-ups of acts and articles for the MDX components and the regulation pages.
 * A reference that does not resolve throws: a wrong citation must fail the build, never render.
 */
import { getEntry } from 'astro:content';
import type { Article, Regulation } from '../../content/schemas.ts';
import { t } from '../../i18n/index.ts';

export interface ResolvedArticle {
  actId: string;
  act: Regulation;
  article: Article;
}

/** The act with id `actId`; `usedBy` names the caller in the error (e.g. `<AturanLama act="x">`). */
export async function getAct(actId: string, usedBy: string): Promise<Regulation> {
  const entry = await getEntry('regulations', actId);
  if (!entry) throw new Error(`${usedBy}: unknown act "${actId}" (no src/content/regulations/${actId}.yaml)`);
  return entry.data;
}

/** The article `<act id>/<article id>`. */
export async function getArticle(ref: string, usedBy: string): Promise<ResolvedArticle> {
  const slash = ref.indexOf('/');
  if (slash < 0) throw new Error(`${usedBy}: "${ref}" is not an article id (expected <act>/<article>, e.g. uu-20-2023/pasal-2-huruf-f)`);
  const actId = ref.slice(0, slash);
  const articleId = ref.slice(slash + 1);
  const act = await getAct(actId, usedBy);
  const article = act.articles.find((a) => a.id === articleId);
  if (!article) throw new Error(`${usedBy}: act "${actId}" has no article "${articleId}" (see src/content/regulations/${actId}.yaml)`);
  return { actId, act, article };
}

/** How a citation reads in the text: "Pasal 2 huruf f UU 20/2023". */
export function citeLabel(r: ResolvedArticle): string {
  return `${r.article.label} ${r.act.short}`;
}

/** Link to the article on its act's page. */
export function articleHref(actId: string, articleId: string): string {
  return `/peraturan/${actId}#${articleId}`;
}

/** Indonesian label of an act's status ("Berlaku", "Dicabut", …). */
export function statusLabel(status: Regulation['status']): string {
  return t(`content.status.${status}`);
}

/** "31 Oktober 2023" from an ISO date. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A per-render unique suffix for element ids (a page may cite the same article twice). */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}

const KIND_ORDER: Regulation['kind'][] = ['uu', 'pp', 'perpres', 'peraturan-bkn', 'peraturan-kpu', 'skb', 'se', 'putusan-mk', 'lembaga'];

/** Acts in reading order: by kind (undang-undang first), then newest first, then by id. */
export function sortActs<T extends { id: string; data: Pick<Regulation, 'kind' | 'date' | 'short'> }>(acts: T[]): T[] {
  const year = (a: T) => Number(/(\d{4})\b(?!.*\d{4})/.exec(a.data.date ?? a.data.short)?.[1] ?? 0);
  return [...acts].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || year(b) - year(a) || a.id.localeCompare(b.id),
  );
}
