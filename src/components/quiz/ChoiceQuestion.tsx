/** Single choice, multiple response, true/false and "boleh/tidak": radios or checkboxes in a fieldset. */
import type { PublicQuestion, QuestionResponse } from '../../quizzes/engine/types.ts';

type ChoiceQ = Extract<PublicQuestion, { type: 'single' | 'multiple' | 'truefalse' | 'judgement' }>;

interface Props {
  q: ChoiceQ;
  value: QuestionResponse;
  onChange: (v: QuestionResponse) => void;
  disabled?: boolean;
  /** Unique prefix for input ids on a page with several questions. */
  idPrefix: string;
  /** Per-choice marks after checking (knowledge check): value → 'correct' | 'wrong'. */
  marks?: Record<string, 'correct' | 'wrong'>;
}

export default function ChoiceQuestion({ q, value, onChange, disabled, idPrefix, marks }: Props) {
  const multiple = q.type === 'multiple';
  const choices: { key: string; value: string | boolean; label: string }[] =
    q.type === 'single' || q.type === 'multiple'
      ? q.options.map((o) => ({ key: o.id, value: o.id, label: o.text }))
      : q.choices.map((c) => ({ key: String(c.value), value: c.value, label: c.label }));
  const selected = (v: string | boolean) => (multiple ? Array.isArray(value) && value.includes(v as string) : value === v);
  const toggle = (v: string | boolean) => {
    if (!multiple) return onChange(v as QuestionResponse);
    const cur = Array.isArray(value) ? value : [];
    onChange(cur.includes(v as string) ? cur.filter((x) => x !== v) : [...cur, v as string]);
  };
  return (
    <ul class={`choices ${q.type === 'truefalse' || q.type === 'judgement' ? 'inline' : ''}`}>
      {choices.map((c) => {
        const id = `${idPrefix}-${c.key}`;
        const mark = marks?.[c.key];
        return (
          <li key={c.key} class={mark ?? ''}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={idPrefix}
              value={String(c.value)}
              checked={selected(c.value)}
              disabled={disabled}
              onChange={() => toggle(c.value)}
            />
            <label for={id}>{c.label}</label>
          </li>
        );
      })}
    </ul>
  );
}
