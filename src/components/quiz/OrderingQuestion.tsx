/**
 * Ordering: the learner moves items up and down with buttons (keyboard and screen-reader
 * friendly, unlike drag and drop); each move is announced.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicQuestion, QuestionResponse } from '../../quizzes/engine/types.ts';
import { fill } from '../../lib/fill.ts';

interface Props {
  q: Extract<PublicQuestion, { type: 'ordering' }>;
  value: QuestionResponse;
  onChange: (v: QuestionResponse) => void;
  disabled?: boolean;
  idPrefix: string;
  strings: Record<string, string>;
}


export default function OrderingQuestion({ q, value, onChange, disabled, idPrefix, strings: s }: Props) {
  const order = Array.isArray(value) && value.length === q.items.length ? (value as string[]) : q.items.map((i) => i.id);
  const byId = new Map(q.items.map((i) => [i.id, i]));
  const [announce, setAnnounce] = useState('');
  // After a move, focus follows the moved item: the same arrow, or the other one when the item
  // reached the top or bottom and that arrow is disabled (focus must never drop to the page).
  const pendingFocus = useRef<{ item: string; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const same = document.getElementById(`${idPrefix}-${want.item}-${want.dir}`) as HTMLButtonElement | null;
    const other = document.getElementById(`${idPrefix}-${want.item}-${want.dir === 'up' ? 'down' : 'up'}`) as HTMLButtonElement | null;
    if (same && !same.disabled) same.focus();
    else other?.focus();
    pendingFocus.current = null;
  });
  const move = (index: number, delta: number) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item);
    onChange(next);
    setAnnounce(fill(s['exam.moved'], { item: byId.get(item)?.text ?? '', position: index + delta + 1, total: next.length }));
    pendingFocus.current = { item, dir: delta < 0 ? 'up' : 'down' };
  };
  return (
    <div class="ordering">
      <p class="muted">{s['exam.orderHint']}</p>
      <ol>
        {order.map((id, i) => (
          <li key={id} data-item={id}>
            <span class="text">{byId.get(id)?.text}</span>
            <span class="moves">
              <button type="button" class="button secondary small" id={`${idPrefix}-${id}-up`} data-move="-1" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={fill(s['exam.moveUp'], { item: byId.get(id)?.text ?? '' })}>↑</button>
              <button type="button" class="button secondary small" id={`${idPrefix}-${id}-down`} data-move="1" disabled={disabled || i === order.length - 1} onClick={() => move(i, 1)} aria-label={fill(s['exam.moveDown'], { item: byId.get(id)?.text ?? '' })}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      {!Array.isArray(value) && (
        // The shown order may already be right; the learner can accept it without moving anything.
        <button type="button" class="button secondary small keep-order" disabled={disabled} onClick={() => { onChange(order); setAnnounce(s['exam.orderKept']); }}>{s['exam.keepOrder']}</button>
      )}
      <p class="visually-hidden order-announce" aria-live="polite">{announce}</p>
    </div>
  );
}
