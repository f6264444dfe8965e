/**
 * The learner's profile, remembered on the device after identification so the form is filled
 * in next time. The server holds the authoritative record; this is a convenience copy.
 */
import { persistentJSON } from '@nanostores/persistent';

export interface LearnerProfile {
  nip: string;
  kind: string;
  name: string;
  jabatan: string;
  pangkat: string | null;
  unit: string;
}

export const learnerProfile = persistentJSON<LearnerProfile | null>('netral:peserta', null);
