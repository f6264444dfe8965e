/**
 * The interactive part of a "Boleh atau tidak?" card. The server renders the explanation and the
 * citations as children; this island adds the two answer buttons, announces the feedback through
 * a live region and opens the explanation. Without JavaScript the buttons are not rendered and the
 * explanation stays available in its <details>.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

type Verdict = 'boleh' | 'tidak';

interface Props {
  /** Scenario id, used for element ids. */
  id: string;
  verdict: Verdict;
  /** UI strings `content.scenario.*`, passed in so the island does not bundle the i18n files. */
  strings: Record<string, string>;
  children?: ComponentChildren;
}

const VERDICTS: Verdict[] = ['boleh', 'tidak'];

export default function ScenarioCard({ id, verdict, strings, children }: Props) {
  const [ready, setReady] = useState(false);
  const [answer, setAnswer] = useState<Verdict | null>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setReady(true), []);

  const s = (key: string, params: Record<string, string> = {}) =>
    (strings[`content.scenario.${key}`] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  const label = (v: Verdict) => s(v);

  const feedback =
    answer === null
      ? ''
      : answer === verdict
        ? s('right', { answer: label(answer) })
        : s('wrong', { answer: label(answer), verdict: label(verdict) });

  const retry = () => {
    setAnswer(null);
    firstButton.current?.focus();
  };

  return (
    <div class="scenario-island">
      {ready && (
        <div class="scenario-choices" role="group" aria-labelledby={`${id}-q`}>
          <p class="scenario-question" id={`${id}-q`}>
            {s('question')}
          </p>
          {VERDICTS.map((v, i) => (
            <button
              key={v}
              ref={i === 0 ? firstButton : undefined}
              type="button"
              class={`button ${answer === v ? '' : 'secondary'}`}
              aria-pressed={answer === v}
              aria-disabled={answer !== null}
              onClick={() => {
                if (answer === null) setAnswer(v);
              }}
            >
              {label(v)}
            </button>
          ))}
        </div>
      )}
      <p
        role="status"
        class={`scenario-feedback ${answer === null ? '' : answer === verdict ? 'ok' : 'bad'}`}
      >
        {feedback}
      </p>
      {ready && answer !== null && (
        <button type="button" class="button secondary scenario-retry" onClick={retry}>
          {s('retry')}
        </button>
      )}
      <details class="scenario-details" open={answer !== null}>
        <summary>{answer === null ? s('reveal') : s('explanation')}</summary>
        <p class="scenario-answer">
          <strong>{s('answer', { verdict: label(verdict) })}</strong>
        </p>
        {children}
      </details>
    </div>
  );
}
