/**
 * The graded bank (final exam and pre-test). Server only: never import this from a page or island,
 * or the answer keys reach the browser. One file per area and topic, each under ~400 lines.
 */
import type { Question } from '../../schema.ts';
import { validateBank } from '../validate.ts';
import karier from './karier.ts';
import karierPencalonan from './karier-pencalonan.ts';
import karierAdHoc from './karier-ad-hoc.ts';
import karierDisiplin from './karier-disiplin.ts';
import karierProsedur from './karier-prosedur.ts';
import partai from './partai.ts';
import partaiPasangan from './partai-pasangan.ts';
import partaiRelawan from './partai-relawan.ts';
import partaiLain from './partai-lain.ts';
import partaiPencalonan from './partai-pencalonan.ts';
import kampanye from './kampanye.ts';
import kampanyeTempat from './kampanye-tempat.ts';
import kampanyeCeramah from './kampanye-ceramah.ts';
import kampanyeLain from './kampanye-lain.ts';
import kampanyeTim from './kampanye-tim.ts';
import pelayanan from './pelayanan.ts';
import pelayananPolitikUang from './pelayanan-politik-uang.ts';
import pelayananKeputusan from './pelayanan-keputusan.ts';
import pelayananLayanan from './pelayanan-layanan.ts';
import pelayananPelaporan from './pelayanan-pelaporan.ts';

/** Every graded question, validated at import; throws naming the first broken question. */
export const gradedBank: Question[] = validateBank(
  [...karier, ...karierPencalonan, ...karierAdHoc, ...karierDisiplin, ...karierProsedur,
    ...partai, ...partaiPasangan, ...partaiRelawan, ...partaiLain, ...partaiPencalonan,
    ...kampanye, ...kampanyeTempat, ...kampanyeCeramah, ...kampanyeLain, ...kampanyeTim,
    ...pelayanan, ...pelayananPolitikUang, ...pelayananKeputusan, ...pelayananLayanan,
    ...pelayananPelaporan],
  'graded',
);

// Ids follow `g-<area>-NN`, so a question filed under the wrong area is caught here.
for (const q of gradedBank) {
  if (!q.id.startsWith(`g-${q.area}-`)) throw new Error(`graded: question ${q.id} is tagged area "${q.area}"`);
}
