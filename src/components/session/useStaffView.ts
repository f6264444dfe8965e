/**
 * The facilitator's live view of a session, shared by the console and the projector: loaded
 * from the API and refreshed (throttled) whenever a live event arrives.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { connectLive, throttle } from './live-client.ts';
import type { StaffView } from './types.ts';

export function useStaffView(api: string, initial: StaffView): { view: StaffView; refresh: () => Promise<void> } {
  const [view, setView] = useState<StaffView>(initial);
  const startId = useRef(initial.eventId);
  const latest = useRef(initial.eventId);

  async function refresh() {
    try {
      const res = await fetch(api);
      if (!res.ok) return;
      const v = (await res.json()) as StaffView;
      // Responses can arrive out of order; never go back to an older state.
      if (v.eventId >= latest.current) {
        latest.current = v.eventId;
        setView(v);
      }
    } catch {
      /* the next event retries */
    }
  }

  useEffect(() => {
    const again = throttle(() => void refresh(), 700);
    return connectLive(`${api}/events`, startId.current, () => again());
  }, []);

  return { view, refresh };
}
