import type { Locale, LocalisedLabel } from '@wijknet/household';

/**
 * The three generalist domains of the basic model (basismodel): community development
 * (samenlevingsopbouw), individual support and help (individuele ondersteuning en
 * hulpverlening) and care (zorg). The core team has at least one generalist in each.
 */
export const GENERALIST_DOMAINS = ['community-development', 'individual-support', 'care'] as const;

/** A generalist domain of the basic model (domein van de generalist). */
export type GeneralistDomain = (typeof GENERALIST_DOMAINS)[number];

/**
 * Disciplines (disciplines) a team member can have: the professions of the three generalist
 * domains, the additional disciplines (aanvullende disciplines) that join the team or its ring,
 * and the team lead or coordinator (teambegeleider). Volunteers are deliberately absent: they
 * are a function of the team, not members of it.
 */
export const DISCIPLINES = [
  // community development (samenlevingsopbouw)
  'community-worker',
  'neighbourhood-worker',
  'sociocultural-worker',
  // individual support (individuele ondersteuning en hulpverlening)
  'social-worker',
  'pedagogue',
  'social-educational-worker',
  // care (zorg)
  'district-nurse',
  'care-worker',
  // additional disciplines (aanvullende disciplines)
  'debt-counsellor',
  'youth-worker',
  'housing-consultant',
  'community-police-officer',
  'social-psychiatric-nurse',
  'wmo-consultant',
  'social-services-worker',
  'youth-specialist',
  'experience-expert',
  'volunteer-coordinator',
  // lead (teambegeleider)
  'team-lead',
] as const;

/** A discipline of a team member (discipline, beroep). */
export type Discipline = (typeof DISCIPLINES)[number];

interface DisciplineInfo extends LocalisedLabel {
  /** The generalist domain this profession belongs to; null for additional disciplines and the lead. */
  readonly domain: GeneralistDomain | null;
}

const DISCIPLINE_INFO: Record<Discipline, DisciplineInfo> = {
  'community-worker': {
    domain: 'community-development',
    nl: 'Opbouwwerker',
    en: 'Community worker',
  },
  'neighbourhood-worker': {
    domain: 'community-development',
    nl: 'Buurtwerker',
    en: 'Neighbourhood worker',
  },
  'sociocultural-worker': {
    domain: 'community-development',
    nl: 'Sociaal cultureel werker',
    en: 'Sociocultural worker',
  },
  'social-worker': {
    domain: 'individual-support',
    nl: 'Maatschappelijk werker',
    en: 'Social worker',
  },
  pedagogue: { domain: 'individual-support', nl: 'Pedagoog', en: 'Pedagogue' },
  'social-educational-worker': {
    domain: 'individual-support',
    nl: 'Sociaal-pedagogisch hulpverlener (SPH)',
    en: 'Social-educational care worker (SPH)',
  },
  'district-nurse': { domain: 'care', nl: 'Wijkverpleegkundige', en: 'District nurse' },
  'care-worker': { domain: 'care', nl: 'Verzorgende', en: 'Care worker' },
  'debt-counsellor': { domain: null, nl: 'Schuldhulpverlener', en: 'Debt counsellor' },
  'youth-worker': { domain: null, nl: 'Jongerenwerker', en: 'Youth worker' },
  'housing-consultant': { domain: null, nl: 'Woonconsulent', en: 'Housing consultant' },
  'community-police-officer': { domain: null, nl: 'Wijkagent', en: 'Community police officer' },
  'social-psychiatric-nurse': {
    domain: null,
    nl: 'Sociaal-psychiatrisch verpleegkundige (SPV)',
    en: 'Social-psychiatric nurse (SPN)',
  },
  'wmo-consultant': { domain: null, nl: 'Wmo-consulent', en: 'Wmo consultant' },
  'social-services-worker': {
    domain: null,
    nl: 'Medewerker sociale dienst en arbeidstoeleiding',
    en: 'Social services and work consultant',
  },
  'youth-specialist': { domain: null, nl: 'Jeugdspecialist', en: 'Youth specialist' },
  'experience-expert': { domain: null, nl: 'Ervaringsdeskundige', en: 'Experience expert' },
  'volunteer-coordinator': {
    domain: null,
    nl: 'Vrijwilligerscoördinator',
    en: 'Volunteer coordinator',
  },
  'team-lead': {
    domain: null,
    nl: 'Teambegeleider of coördinator',
    en: 'Team lead or coordinator',
  },
};

const GENERALIST_DOMAIN_LABELS: Record<GeneralistDomain, LocalisedLabel> = {
  'community-development': { nl: 'samenlevingsopbouw', en: 'community development' },
  'individual-support': {
    nl: 'individuele ondersteuning en hulpverlening',
    en: 'individual support',
  },
  care: { nl: 'zorg', en: 'care' },
};

/** The generalist domain of a discipline, or null when it is an additional discipline or the lead. */
export function generalistDomainOf(discipline: Discipline): GeneralistDomain | null {
  return DISCIPLINE_INFO[discipline].domain;
}

/** Whether the discipline leads or coordinates the team (teambegeleider, coördinator). */
export function isLeadDiscipline(discipline: Discipline): boolean {
  return discipline === 'team-lead';
}

/** The name of a discipline as the web app shows it (a profession, capitalised). */
export function disciplineLabel(discipline: Discipline, locale: Locale): string {
  return DISCIPLINE_INFO[discipline][locale];
}

/** The name of a generalist domain as it reads inside a sentence (lower case). */
export function generalistDomainLabel(domain: GeneralistDomain, locale: Locale): string {
  return GENERALIST_DOMAIN_LABELS[domain][locale];
}
