import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './text-format.js';

describe('formatCalendarDate', () => {
  it('writes a date as a Dutch or English reader does', () => {
    expect(formatCalendarDate('2014-01-07', 'nl')).toBe('7 januari 2014');
    expect(formatCalendarDate('2025-12-31', 'en')).toBe('31 December 2025');
  });

  it('leaves anything that is not a calendar date as it is', () => {
    expect(formatCalendarDate('2025-Q3', 'nl')).toBe('2025-Q3');
    expect(formatCalendarDate('2025-13-01', 'nl')).toBe('2025-13-01');
  });
});
