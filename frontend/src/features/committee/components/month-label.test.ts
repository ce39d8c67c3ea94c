import { describe, expect, it } from 'vitest';
import { monthLabel } from './month-label';

describe('monthLabel', () => {
  it('names the month in the page language, whatever the time zone', () => {
    expect(monthLabel('2026-04', 'ja')).toBe('4月');
    expect(monthLabel('2027-03', 'ja')).toBe('3月');
    expect(monthLabel('2026-04', 'en')).toBe('Apr');
    expect(monthLabel('2026-12', 'en')).toBe('Dec');
  });

  it('shows an unexpected value as it came', () => {
    expect(monthLabel('2026-W14', 'ja')).toBe('2026-W14');
    expect(monthLabel(undefined, 'ja')).toBe('');
  });
});
