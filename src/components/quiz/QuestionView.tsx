/** One question in its accessible form: a group named by the stem, and the right input for its type. */
import type { PublicQuestion, QuestionResponse } from '../../quizzes/engine/types.ts';
import ChoiceQuestion from './ChoiceQuestion.tsx';
import MatchingQuestion from './MatchingQuestion.tsx';
import OrderingQuestion from './OrderingQuestion.tsx';

interface Props {
  q: PublicQuestion;
  value: QuestionResponse;
  onChange: (v: QuestionResponse) => void;
  disabled?: boolean;
  idPrefix: string;
  strings: Record<string, string>;
  /** Heading above the stem, e.g. "Soal 3 dari 20". */
  heading?: string;
  marks?: Record<string, 'correct' | 'wrong'>;
}

export default function QuestionView({ q, value, onChange, disabled, idPrefix, strings, heading, marks }: Props) {
  const hint = q.type === 'multiple' ? strings['exam.multipleHint'] : undefined;
  return (
    <fieldset class="question" data-qid={q.id} data-type={q.type} aria-describedby={hint ? `${idPrefix}-hint` : undefined}>
      <legend>
        {heading && <span class="q-heading">{heading}</span>}
        <span class="stem">{q.stem}</span>
      </legend>
      {hint && <p class="muted" id={`${idPrefix}-hint`}>{hint}</p>}
      {q.type === 'matching' ? (
        <MatchingQuestion q={q} value={value} onChange={onChange} disabled={disabled} idPrefix={idPrefix} strings={strings} />
      ) : q.type === 'ordering' ? (
        <OrderingQuestion q={q} value={value} onChange={onChange} disabled={disabled} idPrefix={idPrefix} strings={strings} />
      ) : (
        <ChoiceQuestion q={q} value={value} onChange={onChange} disabled={disabled} idPrefix={idPrefix} marks={marks} />
      )}
    </fieldset>
  );
}
