/**
 * The live event bus of pembinaan sessions. Every event is first persisted (live_events, with an
 * id that increases per session) and then announced:
 *  - SQLite (one process): an in-process EventEmitter;
 *  - PostgreSQL (possibly several app instances): NOTIFY on a channel, and one dedicated pg
 *    client per process that LISTENs and hands the events to this process's subscribers.
 * Because events are persisted, a client that reconnects asks for everything after its
 * Last-Event-ID (`since`), whichever instance it reaches. After the listener reconnects, the bus
 * replays from the database what its subscribers may have missed.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { sql } from 'kysely';
import { getDb, getDbHandle, type Db } from '../db/index.ts';
import { config } from '../config.ts';

export interface LiveEvent {
  id: number;
  sessionId: string;
  type: string;
  data: unknown;
  at: string;
}

export type Listener = (e: LiveEvent) => void;

export interface Bus {
  readonly kind: 'memory' | 'postgres';
  /** Persists the event and announces it to every subscriber, in this and other instances. */
  publish(sessionId: string, type: string, data?: unknown): Promise<LiveEvent>;
  /** Calls `fn` for each event of the session published from now on; returns the unsubscribe. */
  subscribe(sessionId: string, fn: Listener): () => void;
  /** Persisted events of a session after `afterId`, oldest first. */
  since(sessionId: string, afterId: number, limit?: number): Promise<LiveEvent[]>;
  /** Resolves once the bus can deliver events published elsewhere (LISTEN active). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export const CHANNEL = 'netral_live';
/** NOTIFY payloads are limited to 8000 bytes; larger events are announced by id and read back. */
const MAX_PAYLOAD = 7000;

function toEvent(r: { id: number | string; session_id: string; type: string; data: string; at: string }): LiveEvent {
  return { id: Number(r.id), sessionId: r.session_id, type: r.type, data: JSON.parse(r.data), at: r.at };
}

export interface BusOptions {
  /** The database to persist in (a function, so a replaced process handle is picked up). */
  db?: () => Db;
  /** PostgreSQL connection string for the LISTEN client; without it the bus is in-process only. */
  databaseUrl?: string;
}

export function createBus(opts: BusOptions = {}): Bus {
  const db = opts.db ?? getDb;
  const local = new EventEmitter();
  local.setMaxListeners(0);
  /** Highest id delivered per session, to skip duplicates and to replay after a reconnect. */
  const delivered = new Map<string, number>();
  const deliver = (e: LiveEvent) => {
    // A replay after a reconnect may overlap what was already delivered.
    const seen = recent(e.sessionId);
    if (seen.has(e.id)) return;
    seen.add(e.id);
    delivered.set(e.sessionId, Math.max(delivered.get(e.sessionId) ?? 0, e.id));
    local.emit(e.sessionId, e);
  };
  const recentIds = new Map<string, Set<number>>();
  function recent(sessionId: string): Set<number> {
    let s = recentIds.get(sessionId);
    if (!s) recentIds.set(sessionId, (s = new Set()));
    if (s.size > 500) {
      const keep = [...s].slice(-250);
      s.clear();
      for (const id of keep) s.add(id);
    }
    return s;
  }

  async function since(sessionId: string, afterId: number, limit = 1000): Promise<LiveEvent[]> {
    const rows = await db().selectFrom('live_events').selectAll().where('session_id', '=', sessionId).where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map(toEvent);
  }

  async function persist(sessionId: string, type: string, data: unknown): Promise<LiveEvent> {
    const at = new Date().toISOString();
    const text = JSON.stringify(data ?? null);
    const row = await db().insertInto('live_events').values({ session_id: sessionId, type, data: text, at }).returning('id').executeTakeFirstOrThrow();
    return { id: Number(row.id), sessionId, type, data: JSON.parse(text), at };
  }

  const subscribe = (sessionId: string, fn: Listener) => {
    local.on(sessionId, fn);
    return () => {
      local.off(sessionId, fn);
      if (local.listenerCount(sessionId) === 0) {
        delivered.delete(sessionId);
        recentIds.delete(sessionId);
      }
    };
  };

  if (!opts.databaseUrl) {
    return {
      kind: 'memory',
      async publish(sessionId, type, data) {
        const e = await persist(sessionId, type, data);
        deliver(e);
        return e;
      },
      subscribe,
      since,
      ready: async () => {},
      close: async () => {
        local.removeAllListeners();
      },
    };
  }

  // PostgreSQL: a dedicated client (not from the pool: LISTEN belongs to one connection).
  const url = opts.databaseUrl;
  let client: pg.Client | undefined;
  let closed = false;
  let readyPromise: Promise<void>;
  let retry: NodeJS.Timeout | undefined;

  const onNotification = (msg: pg.Notification) => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    let p: { id: number; sessionId: string; type?: string; data?: unknown; at?: string; ref?: boolean };
    try {
      p = JSON.parse(msg.payload);
    } catch {
      return;
    }
    if (local.listenerCount(p.sessionId) === 0) return;
    if (!p.ref && p.type && p.at) {
      deliver({ id: p.id, sessionId: p.sessionId, type: p.type, data: p.data, at: p.at });
      return;
    }
    void db()
      .selectFrom('live_events')
      .selectAll()
      .where('id', '=', p.id)
      .executeTakeFirst()
      .then((r) => r && deliver(toEvent(r)))
      .catch(() => {});
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', onNotification);
    c.on('error', () => {});
    c.on('end', () => {
      if (client === c) client = undefined;
      if (!closed) scheduleReconnect();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
    // Replay what subscribers may have missed while no listener was connected.
    for (const [sessionId, last] of delivered) {
      for (const e of await since(sessionId, last)) deliver(e);
    }
  }
  function scheduleReconnect() {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = undefined;
      readyPromise = connect().catch(() => scheduleReconnect());
    }, 1000);
    retry.unref();
  }
  readyPromise = connect().catch(() => scheduleReconnect());

  return {
    kind: 'postgres',
    async publish(sessionId, type, data) {
      const e = await persist(sessionId, type, data);
      let payload = JSON.stringify(e);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ id: e.id, sessionId, ref: true });
      await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(db());
      return e;
    },
    subscribe,
    since,
    ready: () => readyPromise,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      local.removeAllListeners();
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}

const KEY = Symbol.for('netral.liveBus');
type Holder = { [KEY]?: Bus };

/** The process-wide bus: PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL, else in-process. */
export function getBus(): Bus {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    const postgres = getDbHandle().engine === 'postgres';
    g[KEY] = createBus({ databaseUrl: postgres ? (config.databaseUrl ?? process.env.DATABASE_URL) : undefined });
  }
  return g[KEY];
}

/** Replaces the process-wide bus (tests). */
export async function setBus(bus: Bus | undefined): Promise<void> {
  const g = globalThis as Holder;
  const old = g[KEY];
  g[KEY] = bus;
  if (old && old !== bus) await old.close();
}
