import { describe, expect, it } from 'vitest';
import { calendarDateSchema, lastPlausibleYear } from './calendar-date.js';

describe('calendarDateSchema', () => {
  it.each(['1900-01-01', '2025-03-31', `${lastPlausibleYear()}-12-31`])('takes %s', (date) => {
    expect(calendarDateSchema.parse(date)).toBe(date);
  });

  it.each(['0001-01-01', '1899-12-31', '2999-01-01', `${lastPlausibleYear() + 1}-01-01`])(
    'refuses %s as a slip of the keyboard, naming the years it takes',
    (date) => {
      const result = calendarDateSchema.safeParse(date);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/outside the years 1900 to \d{4}/);
    },
  );

  it('still refuses what is no date at all', () => {
    expect(calendarDateSchema.safeParse('2024-02-30').error?.issues[0]?.message).toMatch(
      /is not a date/,
    );
  });
});
