/**
 * The join address in very large type. It may wrap only between the host and "/sesi/CODE", never
 * inside the code; the code is also shown alone, spaced, for people who type it.
 */
import { fill } from '../../lib/fill.ts';

export function splitJoinUrl(url: string): { origin: string; path: string } {
  const i = url.indexOf('/sesi/');
  return i < 0 ? { origin: url, path: '' } : { origin: url.slice(0, i), path: url.slice(i) };
}

interface Props {
  url: string;
  lan: string[];
  local: boolean;
  code: string;
  present: number;
  strings: Record<string, string>;
}

export default function JoinAddress({ url, lan, local, code, present, strings: s }: Props) {
  const { origin, path } = splitJoinUrl(url);
  return (
    <div class="join">
      <p class="lead">{s['session.scr.joinAt']}</p>
      <p class="join-url" data-testid="join-url"><span class="nowrap">{origin}</span><wbr /><span class="nowrap">{path}</span></p>
      {local && (
        <p class="lan-note" role="note">
          {lan.length ? fill(s['session.scr.lanNote'], { list: lan.map((u) => splitJoinUrl(u).origin.replace(/^https?:\/\//, '')).join(', ') }) : s['session.scr.noLan']}
        </p>
      )}
      <p class="lead">{s['session.scr.code']}</p>
      <p class="join-code nowrap" aria-label={fill(s['session.scr.codeLabel'], { code: code.split('').join(' ') })}>{code.slice(0, 3)}&#8201;{code.slice(3)}</p>
      <p class="present" aria-live="polite" data-testid="present">{fill(s['session.scr.present'], { n: present })}</p>
    </div>
  );
}
