import type { APIRoute } from 'astro';
import { sql } from 'kysely';
import { getDbHandle } from '../../server/db/index.ts';
import { course } from '../../content/course.ts';
import pkg from '../../../package.json' with { type: 'json' };

/** Liveness and readiness: the database answers, and which version runs. */
export const GET: APIRoute = async () => {
  const handle = getDbHandle();
  let database = 'ok';
  try {
    await sql`select 1`.execute(handle.db);
  } catch {
    database = 'unreachable';
  }
  const body = { status: database === 'ok' ? 'ok' : 'degraded', version: pkg.version, courseVersion: course.version, database: { engine: handle.engine, status: database } };
  return new Response(JSON.stringify(body), {
    status: database === 'ok' ? 200 : 503,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
};
