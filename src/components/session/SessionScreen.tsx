/**
 * The projector: readable from the back of a hall and never scrolling (1920×1080 and 1280×720).
 * In the lobby the join address, code, QR and the number joined; during a test the current
 * question with its options and "terjawab 23 dari 41" only — the distribution, key and % correct
 * appear when the facilitator reveals them (the server sends nothing before); after a test its
 * average; the declaration with the number of signers.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { fill } from '../../lib/fill.ts';
import { useStaffView } from './useStaffView.ts';
import type { StaffView } from './types.ts';
import { Distribution, Gain, Summary } from './ResultsView.tsx';
import JoinAddress from './JoinAddress.tsx';
import Countdown from './Countdown.tsx';

interface Props {
  id: string;
  initial: StaffView;
  join: { url: string; lan: string[]; local: boolean };
  qrSvg: string;
  declaration: { title: string; intro: string; items: string[]; closing: string };
  strings: Record<string, string>;
}

/**
 * Sets the element's type as large as fits its box (from 1 down to 0.5 em), measured after each
 * render: long stems and options shrink instead of scrolling on any projector size.
 */
function useFit(deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      let scale = 1;
      el.style.fontSize = '1em';
      while ((el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) && scale > 0.5) {
        scale -= 0.05;
        el.style.fontSize = `${scale.toFixed(2)}em`;
      }
    };
    fit();
    addEventListener('resize', fit);
    return () => removeEventListener('resize', fit);
  }, deps);
  return ref;
}

export default function SessionScreen({ id, initial, join, qrSvg, declaration, strings: s }: Props) {
  const { view } = useStaffView(`/api/staf/sesi/${id}`, initial);
  const code = view.session.code;
  const stage = view.state.stage;
  const present = view.participants.length;
  const test = stage === 'pre' || stage === 'post' ? view.tests[stage] : undefined;
  const current = test && test.current !== null ? test.questions[test.current] : undefined;
  const fitRef = useFit([current?.id, current?.hidden, current?.answered, stage, test?.finished]);
  const qr = <div class="qr" role="img" aria-label={fill(s['session.scr.qr'], { url: join.url })} dangerouslySetInnerHTML={{ __html: qrSvg }} />;

  return (
    <div class={`screen stage-${stage}`}>
      {stage === 'lobby' ? (
        <div class="lobby">
          <JoinAddress {...join} code={code} present={present} strings={s} />
          {qr}
        </div>
      ) : stage === 'closed' ? null : (
        <p class="corner">{fill(s['session.scr.corner'], { url: join.url, code: `${code.slice(0, 3)} ${code.slice(3)}` })} · <span data-testid="present">{fill(s['session.scr.present'], { n: present })}</span></p>
      )}

      {test && (
        <div class="test">
          <h2>{stage === 'pre' ? 'Pre-test' : 'Post-test'}</h2>
          {test.finished ? (
            <div class="current" ref={fitRef}>
              <Summary r={test} strings={s} />
              {stage === 'post' && <Gain gain={view.gain} strings={s} />}
            </div>
          ) : current ? (
            <div class="current" ref={fitRef}>
              {current.open && <Countdown deadline={test.deadline} strings={s} />}
              <Distribution q={current} present={present} strings={s} big />
            </div>
          ) : (
            <p class="lead">{s['session.scr.waitQuestion']}</p>
          )}
        </div>
      )}

      {stage === 'presentation' && <p class="lead">{s['session.scr.presentation']}</p>}

      {stage === 'declaration' && (
        <div class="declaration current" ref={fitRef}>
          <h2>{declaration.title}</h2>
          <p>{declaration.intro}</p>
          <ol>{declaration.items.map((it, i) => <li key={i}>{it}</li>)}</ol>
          <p>{declaration.closing}</p>
          <p class="present" aria-live="polite">{fill(s['session.scr.signed'], { n: view.signed, total: present })}</p>
        </div>
      )}

      {stage === 'closed' && (
        <div class="closing current" ref={fitRef}>
          <h2>{s['session.scr.thanks']}</h2>
          {view.tests.pre?.finished && <Summary r={view.tests.pre} strings={s} areas={false} />}
          {view.tests.post?.finished && <Summary r={view.tests.post} strings={s} areas={false} />}
          <Gain gain={view.gain} strings={s} />
        </div>
      )}
    </div>
  );
}
