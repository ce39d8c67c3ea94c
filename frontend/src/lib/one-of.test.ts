import { describe, expect, it } from 'vitest';
import { oneOf } from './one-of';

describe('oneOf', () => {
  it('accepts a member of the set and refuses anything else', () => {
    const levels = ['basic', 'advanced'] as const;
    expect(oneOf(levels, 'advanced')).toBe(true);
    expect(oneOf(levels, 'Advanced')).toBe(false);
    expect(oneOf(levels, '')).toBe(false);
  });
});
