/** The data of a session's closing report (rendered by report.ts). */
import { timeZoneOfUnit } from '../certificates/issuer.ts';
import { course } from '../../content/course.ts';
import { getDb, type Db } from '../db/index.ts';
import type { SessionRow } from './common.ts';
import type { TestKind } from './state.ts';
import { staffView } from './views.ts';

// ---- Closing: the report ----

export interface ReportRow {
  no: number;
  nip: string;
  name: string;
  jabatan: string;
  joinedAt: string;
  pre: number | null;
  post: number | null;
  gain: number | null;
  /** Whether the post-test also counted as the final exam. */
  postCounted: boolean;
  signedAt: string | null;
}

export async function reportData(s: SessionRow, db: Db = getDb()) {
  const view = await staffView(s, db);
  const results = await db.selectFrom('live_results').selectAll().where('session_id', '=', s.id).execute();
  const res = (pid: string, test: TestKind) => results.find((r) => r.participant_id === pid && r.test === test);
  const rows: ReportRow[] = view.participants.map((p, i) => {
    const pre = res(p.id, 'pre');
    const post = res(p.id, 'post');
    const g = pre && post && Number(pre.score) < 100 ? (Number(post.score) - Number(pre.score)) / (100 - Number(pre.score)) : null;
    return {
      no: i + 1, nip: p.nip, name: p.name, jabatan: p.jabatan, joinedAt: p.joinedAt,
      pre: pre ? Number(pre.score) : null, post: post ? Number(post.score) : null, gain: g === null ? null : Math.round(g * 100) / 100,
      postCounted: !!post?.attempt_id, signedAt: p.signedAt,
    };
  });
  const areas = course.areas.map((a) => ({
    area: a.id,
    label: a.label,
    pre: view.tests.pre?.finished ? (view.tests.pre.perArea.find((x) => x.area === a.id)?.percent ?? null) : null,
    post: view.tests.post?.finished ? (view.tests.post.perArea.find((x) => x.area === a.id)?.percent ?? null) : null,
  }));
  // Printed times are local to the session's unit (WIB/WITA/WIT).
  // On a field laptop (field_kid) the central server decides which post-tests count as the final exam.
  return { ...view, rows, areas, field: !!s.field_kid, timeZone: await timeZoneOfUnit(s.unit_id, db) };
}

