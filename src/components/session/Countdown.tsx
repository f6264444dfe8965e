/** The optional per-question countdown: seconds left, then "waktu habis" (no points for speed). */
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../lib/fill.ts';

export default function Countdown({ deadline, strings: s }: { deadline: string | null | undefined; strings: Record<string, string> }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!deadline) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [deadline]);
  if (!deadline) return null;
  const left = Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000));
  return (
    <p class={`countdown ${left === 0 ? 'over' : ''}`} role="timer" aria-live="off">
      {left === 0 ? s['session.cd.over'] : fill(s['session.cd.left'], { s: left })}
    </p>
  );
}
