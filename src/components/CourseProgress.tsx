/** Progress bar and "n of N" text, updated live from the progress store. */
import { useStore } from '@nanostores/preact';
import { completedCount, progress } from '../stores/progress.ts';

interface Props {
  moduleIds: string[];
  /** Template with {done} and {total}, from i18n. */
  label: string;
}

export default function CourseProgress({ moduleIds, label }: Props) {
  const p = useStore(progress);
  const done = completedCount(p, moduleIds);
  const total = moduleIds.length;
  const text = label.replace('{done}', String(done)).replace('{total}', String(total));
  return (
    <div class="course-progress">
      <p id="course-progress-label">{text}</p>
      <progress max={total} value={done} aria-labelledby="course-progress-label" />
    </div>
  );
}
