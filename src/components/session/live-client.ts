/**
 * The browser side of the live channel: EventSource with resume (the browser sends Last-Event-ID
 * when it reconnects), and polling every few seconds when EventSource is missing or keeps failing
 * (proxies that buffer, old browsers).
 */
export interface LiveMessage {
  id: number;
  type: string;
  data: unknown;
}

export function connectLive(url: string, after: number, onMessage: (m: LiveMessage) => void, opts: { pollMs?: number } = {}): () => void {
  let last = after;
  let stopped = false;
  let es: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  const seen = new Set<number>();
  const handle = (m: LiveMessage) => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    last = Math.max(last, m.id);
    onMessage(m);
  };
  const poll = async () => {
    if (stopped) return;
    try {
      const res = await fetch(`${url}?poll=1&after=${last}`, { headers: { accept: 'application/json' } });
      if (res.ok) {
        const body = (await res.json()) as { events: LiveMessage[]; next?: number };
        for (const e of body.events) handle(e);
        // Events this page does not need are not sent; `next` says how far the server looked.
        if (typeof body.next === 'number') last = Math.max(last, body.next);
      }
    } catch {
      /* offline for a moment: try again */
    }
    timer = setTimeout(poll, opts.pollMs ?? 2500);
  };
  const startPolling = () => {
    es?.close();
    es = undefined;
    if (!timer) void poll();
  };
  if (typeof EventSource === 'undefined') startPolling();
  else {
    es = new EventSource(`${url}?after=${after}`);
    es.onopen = () => (failures = 0);
    es.onmessage = (ev) => {
      try {
        const body = JSON.parse(ev.data) as { type: string; data: unknown };
        handle({ id: Number(ev.lastEventId), type: body.type, data: body.data });
      } catch {
        /* not ours */
      }
    };
    es.onerror = () => {
      // The browser retries by itself; after repeated failures we poll instead.
      failures++;
      if (failures >= 3 || es?.readyState === EventSource.CLOSED) startPolling();
    };
  }
  return () => {
    stopped = true;
    es?.close();
    if (timer) clearTimeout(timer);
  };
}

/** Calls `fn` at most once per `ms` (trailing call kept), for refetching on bursts of events. */
export function throttle(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  return () => {
    if (timer) return;
    const wait = Math.max(0, lastRun + ms - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      lastRun = Date.now();
      fn();
    }, wait);
  };
}
