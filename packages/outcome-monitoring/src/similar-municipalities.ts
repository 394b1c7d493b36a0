import type { BilingualText } from './indicator-definition.js';
import { MonitoringError } from './monitoring-error.js';
import type { MunicipalityProfile, MunicipalityProfileInput } from './municipality-profile.js';
import { profilesWithTarget } from './peer-groups.js';

interface Characteristic {
  readonly key: string;
  readonly name: BilingualText;
  /** The number compared; null when the municipality's profile lacks it. */
  readonly measure: (profile: MunicipalityProfile) => number | null;
  readonly show: (profile: MunicipalityProfile, locale: 'nl' | 'en') => string;
}

const format = (value: number, locale: 'nl' | 'en', digits = 0) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
const percent = (share: number | null, locale: 'nl' | 'en') =>
  share === null ? '?' : `${format(share * 100, locale, 1)}%`;

/**
 * The characteristics similarity is measured on. Inhabitants count on a log scale, so 10,000
 * against 20,000 weighs as much as 100,000 against 200,000. Households enter as persons per
 * household, because their count on its own would repeat the size and weigh it twice.
 */
const CHARACTERISTICS: readonly Characteristic[] = [
  {
    key: 'inhabitants',
    name: { nl: 'inwonertal', en: 'number of inhabitants' },
    measure: (p) => Math.log(p.inhabitants),
    show: (p, locale) => format(p.inhabitants, locale),
  },
  {
    key: 'household-size',
    name: { nl: 'huishoudensgrootte', en: 'household size' },
    measure: (p) => p.inhabitants / p.households,
    show: (p, locale) => format(p.inhabitants / p.households, locale, 2),
  },
  {
    key: 'urbanity',
    name: { nl: 'stedelijkheid', en: 'urbanity' },
    measure: (p) => p.urbanity,
    show: (p) => String(p.urbanity),
  },
  {
    key: 'share-of-minors',
    name: { nl: 'aandeel minderjarigen', en: 'share of minors' },
    measure: (p) => p.shareOfMinors,
    show: (p, locale) => percent(p.shareOfMinors, locale),
  },
  {
    key: 'share-of-elderly',
    name: { nl: 'aandeel ouderen', en: 'share of elderly' },
    measure: (p) => p.shareOfElderly,
    show: (p, locale) => percent(p.shareOfElderly, locale),
  },
  {
    key: 'team-age',
    name: { nl: 'teamleeftijd', en: 'team age' },
    measure: (p) => p.teamAgeYears,
    show: (p, locale) => (p.teamAgeYears === null ? '?' : `${format(p.teamAgeYears, locale, 1)}`),
  },
];

/** A similar municipality (vergelijkbare gemeente) with why it was chosen. */
export interface SimilarMunicipality {
  readonly code: string;
  readonly name: string;
  /** Euclidean distance over the standardized characteristics; 0 is identical. */
  readonly distance: number;
  /** The characteristics it is closest on, nearest first. */
  readonly closestOn: readonly string[];
  /** Why it was chosen, for the user (reden), in Dutch and English. */
  readonly reason: BilingualText;
}

const CLOSE_ENOUGH = 0.25;
const MAX_REASONS = 3;

function describe(
  target: MunicipalityProfile,
  peer: MunicipalityProfile,
  closest: readonly Characteristic[],
): BilingualText {
  // "inwonertal 161.738 (Leeuwarden 128.810)": the peer's figure, then the target's beside it.
  const part = (c: Characteristic, locale: 'nl' | 'en') =>
    `${c.name[locale]} ${c.show(peer, locale)} (${target.name} ${c.show(target, locale)})`;
  const join = (parts: string[], and: string) =>
    parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
  return {
    nl: `Lijkt op ${target.name} in ${join(
      closest.map((c) => part(c, 'nl')),
      'en',
    )}.`,
    en: `Similar to ${target.name} in ${join(
      closest.map((c) => part(c, 'en')),
      'and',
    )}.`,
  };
}

/**
 * The k municipalities most like the target (vergelijkbare gemeenten): nearest neighbours on
 * standardized characteristics (z-scores over all municipalities given, population standard
 * deviation). Optional characteristics (minors, elderly, team age) count only when every
 * municipality has them; characteristics without spread are left out. Ties go to the lower
 * code. Each peer comes with its distance and the characteristics it is closest on
 * (within 0.25 standard deviation, at most three, at least the closest one).
 */
export function findSimilarMunicipalities(
  targetCode: string,
  municipalities: readonly MunicipalityProfileInput[],
  options: { k?: number } = {},
): SimilarMunicipality[] {
  const { target, profiles } = profilesWithTarget(targetCode, municipalities);
  const k = options.k ?? 10;
  if (!Number.isInteger(k) || k < 1) {
    throw new MonitoringError(
      'invalid-input',
      `Ask for at least one similar municipality, not ${k}.`,
    );
  }
  const used = CHARACTERISTICS.flatMap((characteristic) => {
    const values = profiles.map(characteristic.measure);
    if (values.some((value) => value === null)) return [];
    const numbers = values as number[];
    const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    const spread = Math.sqrt(
      numbers.reduce((sum, value) => sum + (value - mean) ** 2, 0) / numbers.length,
    );
    if (spread === 0) return [];
    return [
      {
        characteristic,
        z: (p: MunicipalityProfile) => ((characteristic.measure(p) as number) - mean) / spread,
      },
    ];
  });
  return profiles
    .filter((profile) => profile.code !== target.code)
    .map((peer) => {
      const differences = used
        .map(({ characteristic, z }) => ({ characteristic, gap: Math.abs(z(peer) - z(target)) }))
        .sort((a, b) => a.gap - b.gap);
      const distance = Math.sqrt(differences.reduce((sum, { gap }) => sum + gap ** 2, 0));
      const close = differences.filter(({ gap }) => gap <= CLOSE_ENOUGH).slice(0, MAX_REASONS);
      const closest = (close.length > 0 ? close : differences.slice(0, 1)).map(
        (d) => d.characteristic,
      );
      return {
        code: peer.code,
        name: peer.name,
        distance,
        closestOn: closest.map((c) => c.key),
        reason: describe(target, peer, closest),
      };
    })
    .sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : 1))
    .slice(0, Math.max(0, k));
}
