import type { CalendarDate } from '@wijknet/household';
import type { Member } from './member.js';

/**
 * Whether the person belongs to the team on a date (is teamlid op datum): from the start date
 * on, up to but not including the end date, so a successor starting on a predecessor's end
 * date never overlaps.
 */
export function isMemberOn(member: Member, date: CalendarDate): boolean {
  return member.startDate <= date && (member.endDate === undefined || member.endDate > date);
}

/** The members who belong to the team on a date (bezetting op datum). */
export function membersOn(members: readonly Member[], date: CalendarDate): Member[] {
  return members.filter((member) => isMemberOn(member, date));
}
