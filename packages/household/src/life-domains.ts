import { z } from 'zod';
import type { Locale, LocalisedLabel } from './locale.js';

/**
 * The 13 life domains (leefgebieden) of the Zelfredzaamheid-Matrix (ZRM), in the matrix's
 * own order.
 */
export const ZRM_DOMAINS = [
  'finances',
  'work-and-education',
  'time-use',
  'housing',
  'domestic-relations',
  'mental-health',
  'physical-health',
  'substance-use',
  'basic-adl',
  'instrumental-adl',
  'social-network',
  'social-participation',
  'justice',
] as const;

/**
 * The parenting supplement (aanvulling opvoeding): scored only for households with minors.
 */
export const PARENTING_DOMAIN = 'parenting' as const;

/**
 * Every life domain (leefgebied) a household can be scored on: the 13 ZRM domains plus the
 * parenting supplement (opvoeding).
 */
export const LIFE_DOMAINS = [...ZRM_DOMAINS, PARENTING_DOMAIN] as const;

/** A life domain (leefgebied) of the ZRM, or the parenting supplement (opvoeding). */
export const lifeDomainSchema = z.enum(LIFE_DOMAINS, {
  error: (issue) =>
    `Unknown life domain (leefgebied) ${JSON.stringify(issue.input)}: use one of ${LIFE_DOMAINS.join(', ')}.`,
});

/** A life domain (leefgebied) of the ZRM, or the parenting supplement (opvoeding). */
export type LifeDomain = z.infer<typeof lifeDomainSchema>;

/** One of the 13 ZRM life domains (leefgebieden), without the parenting supplement. */
export type ZrmDomain = (typeof ZRM_DOMAINS)[number];

const LIFE_DOMAIN_LABELS: Readonly<Record<LifeDomain, LocalisedLabel>> = {
  finances: { nl: 'Financiën', en: 'Finances' },
  'work-and-education': { nl: 'Werk & opleiding', en: 'Work and education' },
  'time-use': { nl: 'Tijdsbesteding', en: 'Time use' },
  housing: { nl: 'Huisvesting', en: 'Housing' },
  'domestic-relations': { nl: 'Huiselijke relaties', en: 'Domestic relations' },
  'mental-health': { nl: 'Geestelijke gezondheid', en: 'Mental health' },
  'physical-health': { nl: 'Lichamelijke gezondheid', en: 'Physical health' },
  'substance-use': { nl: 'Middelengebruik', en: 'Substance use' },
  'basic-adl': { nl: 'Basale ADL', en: 'Basic ADL' },
  'instrumental-adl': { nl: 'Instrumentele ADL', en: 'Instrumental ADL' },
  'social-network': { nl: 'Sociaal netwerk', en: 'Social network' },
  'social-participation': { nl: 'Maatschappelijke participatie', en: 'Social participation' },
  justice: { nl: 'Justitie', en: 'Justice' },
  parenting: { nl: 'Opvoeding', en: 'Parenting' },
};

/** The name of a life domain (leefgebied) in Dutch (`nl`) or English (`en`). */
export function lifeDomainLabel(domain: LifeDomain, locale: Locale): string {
  return LIFE_DOMAIN_LABELS[domain][locale];
}

/** Whether a household with this many minors is scored on the domain (opvoeding needs minors). */
export function doesLifeDomainApply(domain: LifeDomain, household: { readonly minors: number }) {
  return domain !== PARENTING_DOMAIN || household.minors > 0;
}

/**
 * The life domains (leefgebieden) that apply to a household: the 13 ZRM domains, plus
 * parenting (opvoeding) when minors live in it.
 */
export function applicableLifeDomains(household: {
  readonly minors: number;
}): readonly LifeDomain[] {
  return LIFE_DOMAINS.filter((domain) => doesLifeDomainApply(domain, household));
}
