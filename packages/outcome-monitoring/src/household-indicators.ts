import { defineIndicator, type IndicatorLevel } from './indicator-definition.js';

const ALL_LEVELS: IndicatorLevel[] = ['team', 'district', 'municipality', 'nation'];

/*
 * Shared rules, repeated in each definition so every definition stands alone:
 * - a plan is closed in the period when its closing date lies on or between the period's first
 *   and last day;
 * - a plan is open from its opening date through its closing date, both days included: it is
 *   open on a day when opened on or before that day and not closed before it, and open during the
 *   period when opened on or before the last day and not closed before the first day. A plan
 *   closed on the period's last day was open during the period and on its last day
 *   (period-rules.ts holds these comparisons once);
 * - intake score = the plan's earliest assessment of kind 'intake'; closure score = its latest
 *   assessment of kind 'closure'.
 */

/** Indicators of plans and their results (uitkomsten), group 'outcomes'. */
export const OUTCOME_INDICATORS = [
  defineIndicator({
    code: 'zrm-mean-change',
    name: {
      nl: 'Gemiddelde ZRM-verandering van intake tot afsluiting',
      en: 'Mean ZRM change from intake to closure',
    },
    definition: {
      nl: 'Plannen afgesloten in de periode (afsluitdatum op of tussen de eerste en laatste dag) met een intake- en een afsluitmeting. Per plan: het gemiddelde van (afsluitscore − intakescore) over alle leefgebieden die in beide metingen gescoord zijn; plannen zonder zo’n leefgebied tellen niet mee. Waarde: het gemiddelde van die planwaarden (elk huishouden telt even zwaar).',
      en: 'Plans closed in the period (closing date on or between its first and last day) with an intake and a closure assessment. Per plan: the mean of (closure score − intake score) over every life domain scored in both; plans without such a domain are left out. Value: the mean of those plan means (each household weighs the same).',
    },
    unit: 'score-change',
    precision: 2,
    direction: 'higher-is-better',
    numerator: {
      nl: 'Som van de gemiddelde scoreverandering per plan',
      en: 'Sum of the per-plan mean score changes',
    },
    denominator: {
      nl: 'Afgesloten plannen met intake- en afsluitmeting op een gemeenschappelijk leefgebied',
      en: 'Closed plans with intake and closure scores on a common life domain',
    },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'outcomes',
    countingUnit: 'plan',
    periodRule: 'plans-closed-in-period',
    inputs: ['plans', 'plan-leads', 'households', 'assessments'],
    completeness: 'zrm-intake-and-closure',
  }),
  defineIndicator({
    code: 'closed-plans-improved-on-goals',
    name: {
      nl: 'Aandeel afgesloten plannen met verbetering op de doel-leefgebieden',
      en: 'Share of closed plans improved on their goal domains',
    },
    definition: {
      nl: 'Plannen afgesloten in de periode met ten minste één doel-leefgebied dat in de intake- en afsluitmeting gescoord is. Verbeterd: op minstens één van die doel-leefgebieden is de afsluitscore hoger dan de intakescore en op geen enkele lager.',
      en: 'Plans closed in the period with at least one goal domain scored at both intake and closure. Improved: the closure score is higher than the intake score on at least one of those goal domains and lower on none.',
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: { nl: 'Verbeterde afgesloten plannen', en: 'Improved closed plans' },
    denominator: {
      nl: 'Afgesloten plannen met een doel-leefgebied gescoord bij intake en afsluiting',
      en: 'Closed plans with a goal domain scored at intake and closure',
    },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'outcomes',
    countingUnit: 'plan',
    periodRule: 'plans-closed-in-period',
    inputs: ['plans', 'plan-leads', 'households', 'assessments', 'goals'],
    completeness: 'zrm-intake-and-closure',
  }),
  defineIndicator({
    code: 'closed-plans-goals-achieved',
    name: {
      nl: 'Aandeel plannen afgesloten met doelen bereikt',
      en: 'Share of plans closed with goals achieved',
    },
    definition: {
      nl: "Van de plannen afgesloten in de periode, het aandeel met als afsluitreden 'doelen bereikt'.",
      en: "Of the plans closed in the period, the share whose closure reason is 'goals achieved' (goals-achieved).",
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: {
      nl: 'Plannen afgesloten met doelen bereikt',
      en: 'Plans closed with goals achieved',
    },
    denominator: { nl: 'Plannen afgesloten in de periode', en: 'Plans closed in the period' },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'outcomes',
    countingUnit: 'plan',
    periodRule: 'plans-closed-in-period',
    inputs: ['plans', 'plan-leads', 'households'],
  }),
  defineIndicator({
    code: 'plans-escalated',
    name: { nl: 'Aandeel opgeschaalde plannen', en: 'Share of plans escalated' },
    definition: {
      nl: 'Van de plannen die in de periode open waren (geopend op of voor de laatste dag, niet afgesloten voor de eerste dag), het aandeel met ten minste één opschaling (naar specialistische hulp) gedateerd in de periode.',
      en: 'Of the plans open during the period (opened on or before its last day, not closed before its first day), the share with at least one escalation (to specialist help) dated within the period.',
    },
    unit: 'share',
    precision: 1,
    direction: 'lower-is-better',
    numerator: {
      nl: 'Open plannen met een opschaling in de periode',
      en: 'Open plans with an escalation in the period',
    },
    denominator: { nl: 'Plannen open in de periode', en: 'Plans open during the period' },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'outcomes',
    countingUnit: 'plan',
    periodRule: 'plans-open-during-period',
    inputs: ['plans', 'plan-leads', 'households', 'escalations'],
  }),
  defineIndicator({
    code: 'escalations-de-escalated-within-12-months',
    name: {
      nl: 'Aandeel opschalingen binnen 12 maanden afgeschaald',
      en: 'Share of escalations de-escalated within 12 months',
    },
    definition: {
      nl: 'Opschalingen waarvan de termijn van 12 maanden in de periode afloopt (opschaaldatum + 12 kalendermaanden valt op of tussen de eerste en laatste dag), zodat de uitkomst bekend is. Teller: die waarvan de afschaaldatum op of voor die termijn ligt.',
      en: 'Escalations whose 12-month window ends in the period (escalation date + 12 calendar months falls on or between its first and last day), so the outcome is known. Numerator: those de-escalated on or before that deadline.',
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: {
      nl: 'Opschalingen afgeschaald binnen 12 maanden',
      en: 'Escalations de-escalated within 12 months',
    },
    denominator: {
      nl: 'Opschalingen waarvan de termijn van 12 maanden in de periode afloopt',
      en: 'Escalations whose 12-month window ends in the period',
    },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'outcomes',
    countingUnit: 'escalation',
    periodRule: 'windows-ending-in-period',
    inputs: ['plans', 'plan-leads', 'households', 'escalations'],
  }),
];

/** Indicators of access to the teams (toegang), group 'access'. */
export const ACCESS_INDICATORS = [
  defineIndicator({
    code: 'one-plan-compliance',
    name: {
      nl: 'Eén huishouden, één plan, één regievoerder',
      en: 'One-plan compliance',
    },
    definition: {
      nl: 'Huishoudens met ten minste één plan dat open is op de laatste dag van de periode (geopend op of voor die dag, niet afgesloten voor die dag; een plan dat op die dag is afgesloten telt als open). Teller: die met precies één open plan dat op die dag een regievoerder had (vanaf de activering).',
      en: 'Households with at least one plan open on the last day of the period (opened on or before that day, not closed before it; a plan closed on that day counts as open). Numerator: those with exactly one open plan, and that plan had a lead worker on that day (from its activation on).',
    },
    unit: 'share',
    precision: 1,
    direction: 'higher-is-better',
    numerator: {
      nl: 'Huishoudens met precies één open plan met regievoerder',
      en: 'Households with exactly one open plan with a lead worker',
    },
    denominator: {
      nl: 'Huishoudens met een open plan op de laatste dag',
      en: 'Households with an open plan on the last day',
    },
    levels: ALL_LEVELS,
    kind: 'output',
    group: 'access',
    countingUnit: 'household',
    periodRule: 'plans-open-on-last-day',
    inputs: ['plans', 'plan-leads', 'households'],
  }),
  defineIndicator({
    code: 'reach-per-1000-households',
    name: { nl: 'Bereik per 1.000 huishoudens', en: 'Reach per 1,000 households' },
    definition: {
      nl: 'Verschillende huishoudens met een plan dat in de periode open was, per 1.000 particuliere huishoudens in het gebied (CBS). Te lezen naast de 80-20-5-regel: 20% heeft steun nodig op meerdere leefgebieden.',
      en: 'Distinct households with a plan open during the period, per 1,000 private households in the area (CBS). Read beside the 80-20-5 rule: 20% need support on several life domains.',
    },
    unit: 'per-1000',
    precision: 1,
    direction: 'neutral',
    numerator: {
      nl: 'Huishoudens met een plan open in de periode',
      en: 'Households with a plan open during the period',
    },
    denominator: { nl: 'Huishoudens in het gebied (CBS)', en: 'Households in the area (CBS)' },
    levels: ALL_LEVELS,
    kind: 'output',
    group: 'access',
    countingUnit: 'household',
    periodRule: 'plans-open-during-period',
    inputs: ['plans', 'plan-leads', 'households', 'teams', 'areas'],
  }),
  defineIndicator({
    code: 'median-days-to-first-plan',
    name: {
      nl: 'Mediaan aantal dagen van aanmelding tot eerste plan',
      en: 'Median days from registration to first plan',
    },
    definition: {
      nl: 'Huishoudens waarvan het eerste plan (vroegste openingsdatum) in de periode geopend is. Per huishouden: openingsdatum − aanmelddatum in dagen, 0 als het plan eerder geopend is. Waarde: de mediaan (bij een even aantal het gemiddelde van de middelste twee).',
      en: 'Households whose first plan (earliest opening date) was opened in the period. Per household: opening date − registration date in days, 0 when the plan was opened earlier. Value: the median (for an even count the mean of the middle two).',
    },
    unit: 'days',
    precision: 0,
    direction: 'lower-is-better',
    numerator: { nl: 'Niet van toepassing (mediaan)', en: 'Not applicable (median)' },
    denominator: {
      nl: 'Huishoudens met een eerste plan in de periode',
      en: 'Households with a first plan in the period',
    },
    levels: ALL_LEVELS,
    kind: 'output',
    group: 'access',
    countingUnit: 'household',
    periodRule: 'first-plans-in-period',
    inputs: ['plans', 'plan-leads', 'households'],
  }),
];

/** Indicators of evictions and supervision orders (uithuiszettingen, OTS), group 'safety'. */
export const SAFETY_INDICATORS = [
  defineIndicator({
    code: 'evictions-per-1000-households',
    name: { nl: 'Uithuiszettingen per 1.000 huishoudens', en: 'Evictions per 1,000 households' },
    definition: {
      nl: 'Geregistreerde uithuiszettingen met een datum in de periode, per 1.000 particuliere huishoudens in het gebied (CBS).',
      en: "Registered events 'eviction' dated within the period, per 1,000 private households in the area (CBS).",
    },
    unit: 'per-1000',
    precision: 1,
    direction: 'lower-is-better',
    numerator: { nl: 'Uithuiszettingen in de periode', en: 'Evictions in the period' },
    denominator: { nl: 'Huishoudens in het gebied (CBS)', en: 'Households in the area (CBS)' },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'safety',
    countingUnit: 'event',
    periodRule: 'events-dated-in-period',
    inputs: ['registered-events', 'teams', 'areas'],
  }),
  defineIndicator({
    code: 'evictions-prevented-per-1000-households',
    name: {
      nl: 'Voorkomen uithuiszettingen per 1.000 huishoudens',
      en: 'Evictions prevented per 1,000 households',
    },
    definition: {
      nl: 'Geregistreerde voorkomen uithuiszettingen met een datum in de periode, per 1.000 particuliere huishoudens in het gebied (CBS).',
      en: "Registered events 'eviction prevented' dated within the period, per 1,000 private households in the area (CBS).",
    },
    unit: 'per-1000',
    precision: 1,
    direction: 'higher-is-better',
    numerator: {
      nl: 'Voorkomen uithuiszettingen in de periode',
      en: 'Evictions prevented in the period',
    },
    denominator: { nl: 'Huishoudens in het gebied (CBS)', en: 'Households in the area (CBS)' },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'safety',
    countingUnit: 'event',
    periodRule: 'events-dated-in-period',
    inputs: ['registered-events', 'teams', 'areas'],
  }),
  defineIndicator({
    code: 'supervision-orders-per-1000-minors',
    name: {
      nl: 'Ondertoezichtstellingen (OTS) per 1.000 minderjarigen',
      en: 'Supervision orders (OTS) per 1,000 minors',
    },
    definition: {
      nl: 'Geregistreerde ondertoezichtstellingen met een datum in de periode, per 1.000 minderjarigen (0–17 jaar) in het gebied: het aantal van het CBS waar wijknet dat heeft, anders een schatting van 19,5% van de inwoners (ongeveer het landelijke aandeel), afgerond op een heel kind. De meegeleverde CBS-lijsten bevatten geen leeftijdsgroepen, dus nu is het overal de schatting.',
      en: "Registered events 'supervision order' dated within the period, per 1,000 minors (aged 0–17) in the area: the CBS count where wijknet has it, otherwise an estimate of 19.5% of the inhabitants (about the national share), rounded to a whole child. The CBS lists shipped hold no age groups, so today it is the estimate everywhere.",
    },
    unit: 'per-1000',
    precision: 1,
    direction: 'lower-is-better',
    numerator: {
      nl: 'Ondertoezichtstellingen in de periode',
      en: 'Supervision orders in the period',
    },
    denominator: {
      nl: 'Minderjarigen in het gebied (CBS, anders 19,5% van de inwoners)',
      en: 'Minors in the area (CBS, otherwise 19.5% of inhabitants)',
    },
    levels: ALL_LEVELS,
    kind: 'outcome',
    group: 'safety',
    countingUnit: 'event',
    periodRule: 'events-dated-in-period',
    inputs: ['registered-events', 'teams', 'areas'],
  }),
];
