import type { NewMembership } from '@wijknet/db';
import type { Role } from '../auth/roles.js';

/** A person of the development identity provider, and the membership wijknet gives them. */
export interface DemoPerson {
  /** Their `sub` at the demo provider. */
  readonly subject: string;
  readonly name: string;
  /** What they do, shown on the provider's choice page. */
  readonly description: string;
  /** The provider's group claim. */
  readonly groups: readonly string[];
  /** The membership `pnpm start` grants them; null for the person who has none. */
  readonly membership: {
    readonly kind: 'subject' | 'group';
    readonly role: Role;
    readonly team?: true;
  } | null;
}

/** The group the institute's advisers carry: their membership is the group's, as with Entra ID. */
export const INSTITUTE_GROUP = 'kennisinstituut-adviseurs';

/**
 * One person per role, for the municipality `pnpm start` speaks for (Leeuwarden, GM0080, when it
 * has data) and one of its teams, plus someone without a membership, who sees the public pages.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    subject: 'demo-adviser',
    name: 'Anouk Visser',
    description: 'Adviseur bij een kennisinstituut (instituut): vergelijkt gemeenten',
    groups: [INSTITUTE_GROUP],
    membership: { kind: 'group', role: 'institute' },
  },
  {
    subject: 'demo-policy-officer',
    name: 'Pieter Hoekstra',
    description: 'Beleidsmedewerker sociaal domein (gemeente)',
    groups: [],
    membership: { kind: 'subject', role: 'municipality' },
  },
  {
    subject: 'demo-privacy-officer',
    name: 'Sanne de Jong',
    description: 'Privacy officer (gemeente): leest het auditlog',
    groups: [],
    membership: { kind: 'subject', role: 'municipality' },
  },
  {
    subject: 'demo-team-lead',
    name: 'Jelle Dijkstra',
    description: 'Teamleider van een wijkteam (team)',
    groups: [],
    membership: { kind: 'subject', role: 'team', team: true },
  },
  {
    subject: 'demo-admin',
    name: 'Beheerder wijknet',
    description: 'Beheerder van het platform (admin): beheert lidmaatschappen',
    groups: [],
    membership: { kind: 'subject', role: 'admin' },
  },
  {
    subject: 'demo-visitor',
    name: 'Bezoeker zonder toegang',
    description: 'Ingelogd zonder lidmaatschap: ziet alleen openbare pagina’s',
    groups: [],
    membership: null,
  },
];

/** The memberships of the demo people at the demo provider `issuer`. */
export function demoMemberships(
  issuer: string,
  reach: { readonly municipalityId: string; readonly teamId: string | null },
): NewMembership[] {
  const memberships: NewMembership[] = [];
  for (const person of DEMO_PEOPLE) {
    const granted = person.membership;
    if (!granted || (granted.team && reach.teamId === null)) continue;
    const isTenant = granted.role === 'municipality' || granted.role === 'team';
    memberships.push({
      issuer,
      subject: granted.kind === 'subject' ? person.subject : null,
      groupName: granted.kind === 'group' ? (person.groups[0] ?? null) : null,
      role: granted.role,
      municipalityId: isTenant ? reach.municipalityId : null,
      teamId: granted.team ? reach.teamId : null,
      label: `${person.name} (demo)`,
      createdBy: 'pnpm start',
    });
  }
  return memberships;
}
