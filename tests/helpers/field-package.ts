/**
 * A "paket sesi" built by hand per packageSchema, as the central server would hand it out, for
 * testing the laptop half on its own: a fresh session key (newSessionKey), questions drawn from
 * the graded bank like createSession does, and a small unit tree with a roster.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { course } from '../../src/content/course.ts';
import { gradedBank } from '../../src/quizzes/banks/graded/index.ts';
import { deriveSeed, drawExam } from '../../src/quizzes/engine/index.ts';
import { newSessionKey, PACKAGE_FORMAT, type FieldPackage } from '../../src/server/fieldkit/format.ts';
import { nipFor } from './bad-input.ts';

export interface PackageOptions {
  now?: Date;
  code?: string;
  roster?: number;
  /** Days the package (and the key) stays valid. */
  days?: number;
}

export async function makePackage(opts: PackageOptions = {}): Promise<FieldPackage> {
  const now = opts.now ?? new Date();
  const seed = randomBytes(16).toString('hex');
  const areas = course.areas.map((a) => a.id);
  const pre = drawExam(gradedBank, { perArea: course.preTestItemsPerArea, seed: deriveSeed(seed, 'draw', 'pre'), areas });
  const post = drawExam(gradedBank, { perArea: course.examItemsPerArea, seed: deriveSeed(seed, 'draw', 'post'), areas, avoid: pre });
  const day = now.toISOString().slice(0, 10);
  const key = await newSessionKey(randomUUID());
  const roster = Array.from({ length: opts.roster ?? 6 }, (_, i) => ({ nip: nipFor(300 + i), name: `Peserta Lapangan ${i + 1}`, unitId: i % 2 ? 'KUA-TANJUNG' : 'KAB-TABALONG', kind: 'pns' as const }));
  return {
    format: PACKAGE_FORMAT,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (opts.days ?? 32) * 86_400_000).toISOString(),
    origin: 'https://netral.kemenag-kalsel.example',
    courseVersion: course.version,
    session: {
      id: randomUUID(),
      code: opts.code ?? 'LPN7QK',
      title: 'Pembinaan Netralitas ASN di Aula KUA',
      day,
      place: 'Aula KUA Tanjung',
      unitId: 'KAB-TABALONG',
      facilitatorName: 'H. Muhammad Yusuf, S.Ag.',
      withPre: true,
      withPost: true,
      seed,
      preItems: pre,
      postItems: post,
      expiresAt: new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString(),
    },
    units: [
      { id: 'KAB-TABALONG', name: 'Kantor Kementerian Agama Kabupaten Tabalong', parentId: 'KANWIL-KALSEL', timeZone: 'Asia/Makassar' },
      { id: 'KUA-TANJUNG', name: 'KUA Kecamatan Tanjung', parentId: 'KAB-TABALONG', timeZone: null },
    ],
    roster,
    key: { kid: key.kid, privateJwk: key.privateJwk as FieldPackage['key']['privateJwk'] },
  };
}
