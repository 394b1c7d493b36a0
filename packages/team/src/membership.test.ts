import { describe, expect, it } from 'vitest';
import { isMemberOn, membersOn } from './membership.js';
import { makeMember } from './test-fixtures.js';

describe('isMemberOn', () => {
  const member = makeMember('social-worker', { startDate: '2023-01-01', endDate: '2024-01-01' });

  it('counts a member from the start date on', () => {
    expect(isMemberOn(member, '2022-12-31')).toBe(false);
    expect(isMemberOn(member, '2023-01-01')).toBe(true);
  });

  it('no longer counts a member on the end date', () => {
    expect(isMemberOn(member, '2023-12-31')).toBe(true);
    expect(isMemberOn(member, '2024-01-01')).toBe(false);
  });

  it('counts a member without an end date from the start on', () => {
    const open = makeMember('social-worker', { startDate: '2023-01-01' });
    expect(isMemberOn(open, '2099-12-31')).toBe(true);
  });

  it('lets a successor start on the predecessor’s end date without overlap', () => {
    const before = makeMember('district-nurse', { startDate: '2022-01-01', endDate: '2024-03-01' });
    const after = makeMember('district-nurse', { startDate: '2024-03-01' });
    for (const date of ['2024-02-29', '2024-03-01']) {
      expect(membersOn([before, after], date)).toHaveLength(1);
    }
  });
});
