/** The audit log of staff actions: who did what, to what, when. Written in the same transaction as the action. */
import { getDb, type Db } from '../db/index.ts';
import { MAX_OFFSET, MAX_PAGE_SIZE } from '../http.ts';

export async function audit(db: Db, actorId: string | null, action: string, target: string | null, detail: unknown, now = new Date()): Promise<void> {
  await db.insertInto('audit_log').values({ at: now.toISOString(), actor_id: actorId, action, target, detail: detail == null ? null : JSON.stringify(detail) }).execute();
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  detail: string | null;
}

/** Newest first, optionally filtered by action prefix; paged. */
export async function listAudit(opts: { action?: string; limit?: number; offset?: number } = {}, db: Db = getDb()): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('staff_users', 'staff_users.id', 'audit_log.actor_id')
    .select(['audit_log.id', 'audit_log.at', 'staff_users.username as actor', 'audit_log.action', 'audit_log.target', 'audit_log.detail'])
    .orderBy('audit_log.id', 'desc')
    .limit(Math.max(1, Math.min(opts.limit ?? 100, MAX_PAGE_SIZE)))
    .offset(Math.max(0, Math.min(opts.offset ?? 0, MAX_OFFSET)));
  if (opts.action) q = q.where('audit_log.action', 'like', `${opts.action.replace(/[%_]/g, '')}%`);
  return (await q.execute()).map((r) => ({ ...r, id: Number(r.id) }));
}
