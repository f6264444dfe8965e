import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../../src/lib/content-check.ts';
import { loadContent } from '../../../scripts/check-content.ts';

describe('the real course content', () => {
  it('passes every content check', async () => {
    const { input, loadProblems } = await loadContent();
    expect(input.regulations.length).toBeGreaterThan(0);
    expect(input.modules.length).toBeGreaterThan(0);
    const problems = [...loadProblems, ...checkContent(input)];
    expect(formatProblems(problems)).toBe('');
  });
});
