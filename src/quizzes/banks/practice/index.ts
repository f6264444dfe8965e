/**
 * Knowledge-check questions per module (keyed by the module's URL slug). These may reach the
 * browser; they never overlap with the graded bank.
 */
import type { Question } from '../../schema.ts';
import { validateBank } from '../validate.ts';
import { course } from '../../../content/course.ts';
import m01 from './01-mengapa-netral.ts';
import m02 from './02-dasar-hukum.ts';
import m03 from './03-kegiatan-dilarang.ts';
import m04 from './04-media-sosial.ts';
import m05 from './05-sanksi.ts';
import m06 from './06-pelaporan.ts';
import m07 from './07-studi-kasus-komitmen.ts';

const modules = {
  '01-mengapa-netral': m01,
  '02-dasar-hukum': m02,
  '03-kegiatan-dilarang': m03,
  '04-media-sosial': m04,
  '05-sanksi': m05,
  '06-pelaporan': m06,
  '07-studi-kasus-komitmen': m07,
};

// Validate all modules together so ids are unique across the whole practice bank.
const all = validateBank(Object.values(modules).flat(), 'practice');

/**
 * Questions of each module's knowledge check: the first `course.checkItemsPerModule` in authoring
 * order (authors put the ones that matter most first; the rest stay as spare items).
 */
export const practiceByModule: Record<string, Question[]> = Object.fromEntries(
  Object.entries(modules).map(([slug, items]) => {
    const prefix = `p-${slug.slice(0, 2)}-`;
    const questions = all.filter((q) => items.some((i) => i.id === q.id));
    // Ids follow `p-NN-M`, NN being the module number, so a question filed in the wrong module is caught.
    for (const q of questions) {
      if (!q.id.startsWith(prefix)) throw new Error(`practice: question ${q.id} is filed under module ${slug}`);
    }
    return [slug, questions.slice(0, course.checkItemsPerModule)];
  }),
);
