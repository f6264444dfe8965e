/**
 * The projector: large type, readable from the back of a hall. In the lobby the join address,
 * code and QR; during a test the current question with its answer distribution (the key only once
 * it is closed); after a test the class average, mastery per area and the pre→post gain; the
 * declaration with the number of signers.
 */
import { fill } from '../../lib/fill.ts';
import { useStaffView } from './useStaffView.ts';
import type { StaffView } from './types.ts';
import { Distribution, Gain, Summary } from './ResultsView.tsx';

interface Props {
  id: string;
  initial: StaffView;
  joinUrl: string;
  qrSvg: string;
  declaration: { title: string; intro: string; items: string[]; closing: string };
  strings: Record<string, string>;
}

export default function SessionScreen({ id, initial, joinUrl, qrSvg, declaration, strings: s }: Props) {
  const { view } = useStaffView(`/api/staf/sesi/${id}`, initial);

  const code = `${view.session.code.slice(0, 3)} ${view.session.code.slice(3)}`;
  const stage = view.state.stage;
  const present = view.participants.length;
  const test = stage === 'pre' || stage === 'post' ? view.tests[stage] : undefined;
  const current = test && test.current !== null ? test.questions[test.current] : undefined;

  return (
    <div class={`screen stage-${stage}`}>
      {stage === 'lobby' ? (
        <div class="lobby">
          <div class="join">
            <p class="lead">{s['session.scr.joinAt']}</p>
            <p class="join-url">{joinUrl}</p>
            <p class="lead">{s['session.scr.code']}</p>
            <p class="join-code" aria-label={fill(s['session.scr.codeLabel'], { code: view.session.code.split('').join(' ') })}>{code}</p>
            <p class="present" aria-live="polite">{fill(s['session.scr.present'], { n: present })}</p>
          </div>
          <div class="qr" role="img" aria-label={fill(s['session.scr.qr'], { url: joinUrl })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
        </div>
      ) : stage === 'closed' ? null : (
        <p class="corner">{fill(s['session.scr.corner'], { url: joinUrl, code })} · {fill(s['session.scr.present'], { n: present })}</p>
      )}

      {test && (
        <div class="test">
          <h2>{stage === 'pre' ? 'Pre-test' : 'Post-test'}</h2>
          {test.finished ? (
            <>
              <Summary r={test} strings={s} />
              {stage === 'post' && <Gain gain={view.gain} strings={s} />}
            </>
          ) : current ? (
            <Distribution q={current} strings={s} big />
          ) : (
            <p class="lead">{s['session.scr.waitQuestion']}</p>
          )}
        </div>
      )}

      {stage === 'presentation' && <p class="lead">{s['session.scr.presentation']}</p>}

      {stage === 'declaration' && (
        <div class="declaration">
          <h2>{declaration.title}</h2>
          <p>{declaration.intro}</p>
          <ol>{declaration.items.map((it, i) => <li key={i}>{it}</li>)}</ol>
          <p>{declaration.closing}</p>
          <p class="present" aria-live="polite">{fill(s['session.scr.signed'], { n: view.signed, total: present })}</p>
        </div>
      )}

      {stage === 'closed' && (
        <div class="closing">
          <h2>{s['session.scr.thanks']}</h2>
          {view.tests.pre?.finished && <Summary r={view.tests.pre} strings={s} />}
          {view.tests.post?.finished && <Summary r={view.tests.post} strings={s} />}
          <Gain gain={view.gain} strings={s} />
        </div>
      )}
    </div>
  );
}
