/** Marks the current module as read (when the course does not require passing its check). */
import { useStore } from '@nanostores/preact';
import { markModuleComplete, progress } from '../stores/progress.ts';

interface Props {
  moduleId: string;
  label: string;
  doneLabel: string;
}

export default function MarkReadButton({ moduleId, label, doneLabel }: Props) {
  const done = Boolean(useStore(progress)[moduleId]);
  return (
    <div class="mark-read">
      {done ? (
        <p class="notice ok" role="status">{doneLabel}</p>
      ) : (
        <button type="button" class="button" onClick={() => markModuleComplete(moduleId)}>{label}</button>
      )}
    </div>
  );
}
