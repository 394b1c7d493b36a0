import { defineIndicator, type IndicatorLevel } from './indicator-definition.js';

const TEAM_LEVELS: IndicatorLevel[] = ['team', 'municipality', 'nation'];

/*
 * Team figures are a snapshot on the last day of the period: a team counts when it started on
 * or before that day and had not ended on or before it; so do its members, and its core members
 * (basisteam) are the members in ring 'core' on that day.
 */
const SNAPSHOT_NL =
  'Teams actief op de laatste dag van de periode (gestart op of voor die dag, niet beëindigd op of voor die dag).';
const SNAPSHOT_EN =
  'Teams active on the last day of the period (started on or before that day, not ended on or before it).';

/** Team composition against the basic model (samenstelling basisteam), group 'composition'. */
export const COMPOSITION_INDICATORS = [
  defineIndicator({
    code: 'core-size',
    name: { nl: 'Gemiddelde omvang basisteam', en: 'Mean core team size' },
    definition: {
      nl: `${SNAPSHOT_NL} Waarde: het totaal aantal kernleden gedeeld door het aantal teams. Het basismodel noemt 6–8 ideaal.`,
      en: `${SNAPSHOT_EN} Value: the total number of core members divided by the number of teams. The basic model calls 6–8 ideal.`,
    },
    unit: 'count',
    precision: 1,
    direction: 'neutral',
    numerator: { nl: 'Kernleden van actieve teams', en: 'Core members of active teams' },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'teams-covering-three-domains',
    name: {
      nl: 'Aandeel teams met de drie generalistische domeinen',
      en: 'Share of teams covering the three generalist domains',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Teller: teams waarvan de kern samenlevingsopbouw, individuele ondersteuning en zorg alle drie dekt (toets 1 van het basismodel).`,
      en: `${SNAPSHOT_EN} Numerator: teams whose core covers community development, individual support and care (basic-model check 1).`,
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Teams die de drie domeinen dekken', en: 'Teams covering the three domains' },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'teams-core-at-most-8',
    name: {
      nl: 'Aandeel teams met een kern van hoogstens 8 leden',
      en: 'Share of teams with a core of at most 8 members',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Teller: teams met ten minste 1 en hoogstens 8 kernleden (toets 2 van het basismodel).`,
      en: `${SNAPSHOT_EN} Numerator: teams with at least 1 and at most 8 core members (basic-model check 2).`,
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Teams met 1–8 kernleden', en: 'Teams with 1–8 core members' },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'teams-core-24-hours',
    name: {
      nl: 'Aandeel teams waarvan elk kernlid ten minste 24 uur in de wijk werkt',
      en: 'Share of teams whose every core member works at least 24 hours in the wijk',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Teller: teams met ten minste één kernlid waarvan elk kernlid ten minste 24 uur per week in team en wijk werkt (toets 3 van het basismodel).`,
      en: `${SNAPSHOT_EN} Numerator: teams with at least one core member where every core member works at least 24 hours a week in the team and the wijk (basic-model check 3).`,
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: {
      nl: 'Teams met alle kernleden ≥ 24 uur',
      en: 'Teams with every core member ≥ 24 hours',
    },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'teams-with-lead',
    name: {
      nl: 'Aandeel teams met een teamleider of coördinator',
      en: 'Share of teams with a lead or coordinator',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Teller: teams met een teamleider of teambegeleider (toets 4 van het basismodel).`,
      en: `${SNAPSHOT_EN} Numerator: teams with a team lead or coordinator (basic-model check 4).`,
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Teams met een teamleider', en: 'Teams with a lead' },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'teams-meeting-basic-model',
    name: {
      nl: 'Aandeel teams dat aan het basismodel voldoet',
      en: 'Share of teams meeting the basic model',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Teller: teams die aan toetsen 1 tot en met 4 tegelijk voldoen (drie domeinen, 1–8 kernleden, elk kernlid ≥ 24 uur, een teamleider). Toets 5 (teamleeftijd melden) is context en geen voorwaarde.`,
      en: `${SNAPSHOT_EN} Numerator: teams meeting checks 1 to 4 at once (three domains, 1–8 core members, every core member ≥ 24 hours, a lead). Check 5 (report team age) is context, not a condition.`,
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Teams die aan toets 1–4 voldoen', en: 'Teams meeting checks 1–4' },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'fte-per-10000-inhabitants',
    name: { nl: 'Fte per 10.000 inwoners', en: 'FTE per 10,000 inhabitants' },
    definition: {
      nl: `${SNAPSHOT_NL} Waarde: de fte van alle teamleden (kern en schil) uit hun contracturen (36 contracturen = 1 fte; uren in team of wijk tellen niet) per 10.000 inwoners van het gebied (CBS; voor een team: de wijken die het bedient). Het teamprofiel rekent de fte van een team op dezelfde manier.`,
      en: `${SNAPSHOT_EN} Value: the FTE of all members (core and ring) from their contracted hours (36 contracted hours = 1 FTE; hours in the team or the wijk do not count) per 10,000 inhabitants of the area (CBS; for a team: the districts it serves). The team profile counts a team's FTE the same way.`,
    },
    unit: 'fte-per-10000',
    precision: 1,
    direction: 'neutral',
    numerator: {
      nl: 'Fte (contracturen / 36) van actieve teams',
      en: 'FTE (contracted hours / 36) of active teams',
    },
    denominator: { nl: 'Inwoners van het gebied (CBS)', en: 'Inhabitants of the area (CBS)' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members', 'areas'],
  }),
  defineIndicator({
    code: 'team-age-years',
    name: { nl: 'Gemiddelde teamleeftijd in jaren', en: 'Mean team age in years' },
    definition: {
      nl: `${SNAPSHOT_NL} Per team: de volledige maanden van startdatum tot de laatste dag van de periode gedeeld door 12 (een maand telt zodra de dag van de maand bereikt is). Waarde: het gemiddelde over de teams. Het teamprofiel rekent de leeftijd van een team op dezelfde manier. Een team heeft 2–4 jaar nodig om te settelen.`,
      en: `${SNAPSHOT_EN} Per team: the completed months from the start date to the last day of the period divided by 12 (a month counts once its day of the month is reached). Value: the mean over teams. The team profile counts a team's age the same way. A team needs 2–4 years to settle in.`,
    },
    unit: 'years',
    precision: 1,
    direction: 'neutral',
    numerator: { nl: 'Som van de teamleeftijden', en: 'Sum of team ages' },
    denominator: { nl: 'Actieve teams', en: 'Active teams' },
    levels: TEAM_LEVELS,
    kind: 'context',
    group: 'composition',
    countingUnit: 'team',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
];

/** Hours spent in the team and the wijk (uren in de wijk), group 'hours'. */
export const HOURS_INDICATORS = [
  defineIndicator({
    code: 'hours-in-wijk-per-core-member',
    name: {
      nl: 'Gemiddelde uren in de wijk per kernlid',
      en: 'Mean hours in the wijk per core member',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Waarde: de som van de uren per week in team en wijk van alle kernleden gedeeld door het aantal kernleden (elk kernlid telt even zwaar).`,
      en: `${SNAPSHOT_EN} Value: the sum of weekly hours in the team and the wijk of all core members divided by the number of core members (each core member weighs the same).`,
    },
    unit: 'hours',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Uren in de wijk van kernleden', en: 'Hours in the wijk of core members' },
    denominator: { nl: 'Kernleden', en: 'Core members' },
    levels: TEAM_LEVELS,
    kind: 'output',
    group: 'hours',
    countingUnit: 'core-member',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
  defineIndicator({
    code: 'core-members-at-least-24-hours',
    name: {
      nl: 'Aandeel kernleden met ten minste 24 uur in de wijk',
      en: 'Share of core members with at least 24 hours in the wijk',
    },
    definition: {
      nl: `${SNAPSHOT_NL} Van hun kernleden, het aandeel dat ten minste 24 uur per week in team en wijk werkt.`,
      en: `${SNAPSHOT_EN} Of their core members, the share working at least 24 hours a week in the team and the wijk.`,
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Kernleden met ≥ 24 uur', en: 'Core members with ≥ 24 hours' },
    denominator: { nl: 'Kernleden', en: 'Core members' },
    levels: TEAM_LEVELS,
    kind: 'output',
    group: 'hours',
    countingUnit: 'core-member',
    periodRule: 'teams-active-on-last-day',
    inputs: ['teams', 'members'],
  }),
];
