/** The one next step the home page and the navigation offer (pure). */
import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../src/server/journey.ts';

const base = {
  modules: { done: 0, total: 7, firstMissing: { id: '01-mengapa-netral', title: 'Mengapa netral' } as { id: string; title: string } | null },
  pre: { enabled: true, done: false, open: false, resultId: null },
  final: { passed: false, open: false, attemptsLeft: 3 as number | null, tries: 0, lastResultId: null },
  certificate: null as string | null,
};

describe('nextStep', () => {
  it('walks a learner through the course in order', () => {
    expect(nextStep(base).href).toBe('/ujian/pre-test');
    expect(nextStep({ ...base, pre: { ...base.pre, done: true } }).href).toBe('/modul/01-mengapa-netral');
    const learned = { ...base, pre: { ...base.pre, done: true }, modules: { done: 7, total: 7, firstMissing: null } };
    expect(nextStep(learned)).toEqual({ label: 'Ikuti ujian akhir', href: '/ujian/akhir' });
    expect(nextStep({ ...learned, final: { ...learned.final, tries: 1, attemptsLeft: 2 } }).label).toBe('Ulangi ujian akhir');
    expect(nextStep({ ...learned, final: { ...learned.final, tries: 3, attemptsLeft: 0 } }).href).toBe('/ujian');
    expect(nextStep({ ...learned, certificate: 'NTR-1' }).href).toBe('/sertifikat/NTR-1');
  });
  it('an open attempt comes first', () => {
    expect(nextStep({ ...base, final: { ...base.final, open: true } }).href).toBe('/ujian/akhir');
    expect(nextStep({ ...base, pre: { ...base.pre, open: true } }).href).toBe('/ujian/pre-test');
  });
});
