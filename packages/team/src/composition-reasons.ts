// The sentences of the composition checks, in Dutch and English. They name the facts, so a
// team lead reading one knows what to change without opening the figures.

import type { CalendarDate, Locale } from '@wijknet/household';
import { BASIC_MODEL } from './basic-model.js';
import type { GeneralistDomain } from './disciplines.js';
import { generalistDomainLabel } from './disciplines.js';
import type { TeamAge } from './team-age.js';
import { formatCalendarDate, formatDecimal, joinList } from './text-format.js';

const { maxCoreSize, idealCoreSize, minHoursInWijkPerWeek, settlingInYears } = BASIC_MODEL;

export function coverageReason(
  countsPerDomain: ReadonlyMap<GeneralistDomain, number>,
  missing: readonly GeneralistDomain[],
  locale: Locale,
): string {
  const label = (domain: GeneralistDomain) => generalistDomainLabel(domain, locale);
  if (missing.length === 0) {
    const counts = [...countsPerDomain].map(([domain, count]) => `${label(domain)} (${count})`);
    return locale === 'nl'
      ? `Het basisteam dekt alle drie domeinen van de generalist: ${counts.join('; ')}.`
      : `The core covers all three generalist domains: ${joinList(counts, locale)}.`;
  }
  return locale === 'nl'
    ? `Het basisteam mist een generalist voor: ${missing.map(label).join('; ')}. Het basismodel vraagt om een generalist in elk van de drie domeinen.`
    : `The core has no generalist for ${joinList(missing.map(label), locale)}; the basic model asks for a generalist in each of community development, individual support and care.`;
}

export function coreSizeReason(coreSize: number, locale: Locale): string {
  const ideal = `${idealCoreSize.min}–${idealCoreSize.max}`;
  if (coreSize === 0) {
    return locale === 'nl'
      ? `Het basisteam heeft geen leden; het basismodel vraagt om een basisteam van ${idealCoreSize.min} tot ${idealCoreSize.max} leden, hoogstens ${maxCoreSize}.`
      : `The core has no members; the basic model asks for a core of ${ideal} members, at most ${maxCoreSize}.`;
  }
  if (locale === 'nl') {
    const members = `${coreSize} ${coreSize === 1 ? 'lid' : 'leden'}`;
    if (coreSize > maxCoreSize) {
      return `Het basisteam heeft ${members}; het basismodel vraagt om hoogstens ${maxCoreSize} (${idealCoreSize.min} tot ${idealCoreSize.max} is ideaal).`;
    }
    if (coreSize >= idealCoreSize.min) {
      return `Het basisteam heeft ${members}, binnen het ideaal van ${idealCoreSize.min} tot ${idealCoreSize.max}.`;
    }
    return `Het basisteam heeft ${members}: binnen het maximum van ${maxCoreSize}, onder het ideaal van ${idealCoreSize.min} tot ${idealCoreSize.max}.`;
  }
  const members = `${coreSize} ${coreSize === 1 ? 'member' : 'members'}`;
  if (coreSize > maxCoreSize) {
    return `The core has ${members}; the basic model asks for at most ${maxCoreSize} (${ideal} is ideal).`;
  }
  if (coreSize >= idealCoreSize.min)
    return `The core has ${members}, within the ideal of ${ideal}.`;
  return `The core has ${members}: within the maximum of ${maxCoreSize}, below the ideal of ${ideal}.`;
}

/**
 * A core member short of the hours, as the reason names them: by discipline and hours, never by
 * an ID, which tells a team lead reading the sentence nothing.
 */
export interface ShortMember {
  readonly disciplineLabel: string;
  readonly hoursInWijkPerWeek: number;
}

export function coreHoursReason(
  coreSize: number,
  short: readonly ShortMember[],
  locale: Locale,
): string {
  const norm = minHoursInWijkPerWeek;
  if (coreSize === 0) {
    return locale === 'nl'
      ? `Het basisteam heeft geen leden, dus niemand werkt de ${norm} uur per week in het team en de wijk die het basismodel vraagt.`
      : `The core has no members, so no one works the ${norm} hours a week in the team and the district that the basic model asks for.`;
  }
  const unit = locale === 'nl' ? 'uur' : 'h';
  const named = short.map(
    (member) =>
      `${member.disciplineLabel} ${formatDecimal(member.hoursInWijkPerWeek, locale)} ${unit}`,
  );
  if (locale === 'nl') {
    if (short.length === 0) {
      return coreSize === 1
        ? `Het enige lid van het basisteam werkt ten minste ${norm} uur per week in het team en de wijk.`
        : `Alle ${coreSize} leden van het basisteam werken ten minste ${norm} uur per week in het team en de wijk.`;
    }
    const verb = short.length === 1 ? 'werkt' : 'werken';
    return `${short.length} van de ${coreSize} leden van het basisteam ${verb} minder dan ${norm} uur per week in het team en de wijk: ${named.join('; ')}.`;
  }
  if (short.length === 0) {
    return coreSize === 1
      ? `The only core member works at least ${norm} hours a week in the team and the district.`
      : `All ${coreSize} core members work at least ${norm} hours a week in the team and the district.`;
  }
  const verb = short.length === 1 ? 'works' : 'work';
  return `${short.length} of ${coreSize} core members ${verb} fewer than ${norm} hours a week in the team and the district: ${named.join('; ')}.`;
}

export function leadReason(leadCount: number, locale: Locale): string {
  if (locale === 'nl') {
    if (leadCount === 0) {
      return 'Het team heeft geen teambegeleider of coördinator; het basismodel zet het basisteam onder leiding van een ervaren teambegeleider.';
    }
    return leadCount === 1
      ? 'Het team heeft een teambegeleider of coördinator.'
      : `Het team heeft ${leadCount} teambegeleiders of coördinatoren.`;
  }
  if (leadCount === 0) {
    return 'The team has no team lead or coordinator; the basic model puts the core under an experienced lead (teambegeleider).';
  }
  return leadCount === 1
    ? 'The team has a team lead or coordinator.'
    : `The team has ${leadCount} team leads or coordinators.`;
}

export function teamAgeReason(
  startDate: CalendarDate,
  asOf: CalendarDate,
  age: TeamAge,
  locale: Locale,
): string {
  const { min, max } = settlingInYears;
  const started = formatCalendarDate(startDate, locale);
  const on = formatCalendarDate(asOf, locale);
  if (age.years === null) {
    return locale === 'nl'
      ? `Het team start op ${started}, na de peildatum ${on}, en heeft dus nog geen leeftijd.`
      : `The team starts on ${started}, after the reference date ${on}, so it has no age yet.`;
  }
  const years = formatDecimal(age.years, locale);
  if (locale === 'nl') {
    const conclusion = age.isSettlingIn
      ? 'dus het is nog bezig op elkaar ingespeeld te raken'
      : 'dus het heeft de tijd gehad om op elkaar ingespeeld te raken';
    return `Het team is gestart op ${started} en is op ${on} ${years} jaar oud; een team heeft ${min} tot ${max} jaar nodig om op elkaar ingespeeld te raken, ${conclusion}.`;
  }
  const conclusion = age.isSettlingIn
    ? 'so it is still settling in'
    : 'so it has had the time to settle in';
  return `The team started on ${started} and is ${years} ${age.years === 1 ? 'year' : 'years'} old on ${on}; a team needs ${min}–${max} years to settle in, ${conclusion}.`;
}
