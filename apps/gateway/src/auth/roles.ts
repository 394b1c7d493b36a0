/**
 * Who a token speaks for:
 * - `institute` (kennisinstituut): compares municipalities, sees only published aggregates;
 * - `municipality` (gemeente): its own data in full, others only as published aggregates;
 * - `team` (wijkteam, usually its teamleider): its own team's households and plans;
 * - `admin` (beheerder): operates the platform.
 */
export const ROLES = ['institute', 'municipality', 'team', 'admin'] as const;

export type Role = (typeof ROLES)[number];
