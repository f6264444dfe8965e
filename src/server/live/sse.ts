/**
 * Server-Sent Events for a session's live channel, and the polling answer for clients whose
 * EventSource fails. A client resumes with `Last-Event-ID` (the browser sends it on reconnect) or
 * `?after=<id>` (the id the state endpoint returned), so nothing published in between is lost.
 * Events carry no personal data: they tell clients what changed, and clients fetch what they may see.
 */
import { getBus, type Bus, type LiveEvent } from './bus.ts';
import { json } from '../http.ts';

/**
 * Headers of the phones' JSON answers: never cached, and not compressed (no-transform), because
 * in a hall 300 phones ask at the same moment and compressing each small answer cost more time
 * than it saved (profiled with the live-session bench).
 */
export const LIVE_JSON = { 'Cache-Control': 'no-store, no-transform' };

export const HEARTBEAT_MS = Number(process.env.NETRAL_SSE_HEARTBEAT_MS ?? 15_000) || 15_000;

/** The id to resume after: Last-Event-ID header first, then `?after=`; 0 when neither is valid. */
export function resumeId(request: Request): number {
  const url = new URL(request.url);
  for (const v of [request.headers.get('last-event-id'), url.searchParams.get('after')]) {
    if (v && /^\d{1,15}$/.test(v)) return Number(v);
  }
  return 0;
}

/** One event in the text/event-stream format (the payload is JSON on one line). */
export function formatEvent(e: LiveEvent): string {
  return `id: ${e.id}\ndata: ${JSON.stringify({ type: e.type, data: e.data })}\n\n`;
}

/** Which events a listener gets (all of them when absent). */
export type EventFilter = (e: Pick<LiveEvent, 'type' | 'data'>) => boolean;

/**
 * What a participant's phone acts on: a new state, and its own removal from the attendance list.
 * The console's nudges (answers, signatures, someone joined) would reach every phone several times
 * a second while a hall answers: 300 phones × 3 events a second of writes nobody reads.
 */
export const forPhones: EventFilter = (e) => e.type === 'state' || (e.type === 'attendance' && !!(e.data as { removed?: unknown } | null)?.removed);

/**
 * Events after `after` as JSON, for the polling fallback. `next`: the last id looked at, so a
 * client whose events were all filtered out still moves on (and never asks for them again).
 */
export async function pollResponse(sessionId: string, after: number, bus: Bus = getBus(), only: EventFilter = () => true): Promise<Response> {
  const events = await bus.since(sessionId, after, 500);
  return json({ events: events.filter(only).map((e) => ({ id: e.id, type: e.type, data: e.data })), next: events.at(-1)?.id ?? after });
}

export function sseResponse(request: Request, sessionId: string, opts: { bus?: Bus; heartbeatMs?: number; only?: EventFilter } = {}): Response {
  const bus = opts.bus ?? getBus();
  const only = opts.only ?? (() => true);
  const heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;
  const after = resumeId(request);
  const enc = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(ctrl) {
      let open = true;
      const sent = new Set<number>();
      const write = (text: string) => {
        if (!open) return;
        try {
          ctrl.enqueue(enc.encode(text));
        } catch {
          cleanup();
        }
      };
      const send = (e: LiveEvent) => {
        if (sent.has(e.id) || !only(e)) return;
        sent.add(e.id);
        if (sent.size > 2000) sent.delete(sent.values().next().value as number);
        write(formatEvent(e));
      };
      // Subscribe before catching up, buffering, so an event published in between is not lost.
      let buffer: LiveEvent[] | null = [];
      const unsubscribe = bus.subscribe(sessionId, (e) => (buffer ? buffer.push(e) : send(e)));
      const heartbeat = setInterval(() => write(': ping\n\n'), heartbeatMs);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          ctrl.close();
        } catch {
          /* already closed */
        }
      };
      request.signal?.addEventListener('abort', () => cleanup());
      write('retry: 3000\n\n');
      try {
        if (after > 0) for (const e of await bus.since(sessionId, after)) send(e);
      } catch {
        /* the client will poll or reconnect */
      }
      const pending = buffer ?? [];
      buffer = null;
      for (const e of pending) if (e.id > after) send(e);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
