import { describe, expect, it } from 'vitest';
import {
  DISCIPLINES,
  disciplineLabel,
  GENERALIST_DOMAINS,
  generalistDomainLabel,
  generalistDomainOf,
} from './disciplines.js';
import { MANDATES, mandateLabel } from './mandates.js';
import { RINGS, ringLabel } from './rings.js';
import { TEAM_KINDS, teamKindLabel } from './team-kinds.js';

const sets: [string, readonly string[], (value: never, locale: 'nl' | 'en') => string][] = [
  ['discipline', DISCIPLINES, disciplineLabel],
  ['generalist domain', GENERALIST_DOMAINS, generalistDomainLabel],
  ['ring', RINGS, ringLabel],
  ['mandate', MANDATES, mandateLabel],
  ['team kind', TEAM_KINDS, teamKindLabel],
];

describe('labels', () => {
  it.each(sets)('gives every %s a distinct Dutch and English label', (_, values, label) => {
    for (const locale of ['nl', 'en'] as const) {
      const labels = values.map((value) => label(value as never, locale));
      expect(labels.every((text) => text.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(values.length);
    }
  });

  it('uses the Dutch terms of the source', () => {
    expect(disciplineLabel('district-nurse', 'nl')).toBe('Wijkverpleegkundige');
    expect(disciplineLabel('team-lead', 'nl')).toBe('Teambegeleider of coördinator');
    expect(ringLabel('core', 'nl')).toBe('Basisteam');
    expect(mandateLabel('derived-mandate', 'nl')).toBe('Afgeleid mandaat');
    expect(teamKindLabel('village', 'nl')).toBe('Dorpenteam');
    expect(generalistDomainLabel('community-development', 'nl')).toBe('samenlevingsopbouw');
  });
});

describe('generalistDomainOf', () => {
  it('places the professions of the basic model in their domains', () => {
    const byDomain = Object.fromEntries(
      GENERALIST_DOMAINS.map((domain) => [
        domain,
        DISCIPLINES.filter((discipline) => generalistDomainOf(discipline) === domain),
      ]),
    );
    expect(byDomain).toEqual({
      'community-development': ['community-worker', 'neighbourhood-worker', 'sociocultural-worker'],
      'individual-support': ['social-worker', 'pedagogue', 'social-educational-worker'],
      care: ['district-nurse', 'care-worker'],
    });
  });

  it('gives additional disciplines and the lead no generalist domain', () => {
    expect(generalistDomainOf('community-police-officer')).toBeNull();
    expect(generalistDomainOf('social-psychiatric-nurse')).toBeNull();
    expect(generalistDomainOf('team-lead')).toBeNull();
  });
});
