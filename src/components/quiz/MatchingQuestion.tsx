/** Matching: for each statement on the left, the learner picks its partner from a list. */
import type { PublicQuestion, QuestionResponse } from '../../quizzes/engine/types.ts';

interface Props {
  q: Extract<PublicQuestion, { type: 'matching' }>;
  value: QuestionResponse;
  onChange: (v: QuestionResponse) => void;
  disabled?: boolean;
  idPrefix: string;
  strings: Record<string, string>;
}

export default function MatchingQuestion({ q, value, onChange, disabled, idPrefix, strings: s }: Props) {
  const current = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, string>;
  const chosen = Object.values(current);
  const dup = new Set(chosen.filter((v, i) => chosen.indexOf(v) !== i));
  const errId = `${idPrefix}-dup`;
  return (
    <>
    {dup.size > 0 && <p class="field-error" id={errId} role="alert">{s['exam.duplicatePair']}</p>}
    <ol class="matching">
      {q.lefts.map((left) => {
        const id = `${idPrefix}-${left.id}`;
        return (
          <li key={left.id}>
            <label for={id}>{left.text}</label>
            <select
              id={id}
              data-left={left.id}
              disabled={disabled}
              aria-invalid={dup.has(current[left.id]) ? 'true' : undefined}
              aria-describedby={dup.has(current[left.id]) ? errId : undefined}
              value={current[left.id] ?? ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                const next = { ...current };
                if (v) next[left.id] = v;
                else delete next[left.id];
                onChange(next);
              }}
            >
              <option value="">{s['exam.choosePair']}</option>
              {q.rights.map((r) => (
                <option key={r.id} value={r.id}>{r.text}</option>
              ))}
            </select>
          </li>
        );
      })}
    </ol>
    </>
  );
}
