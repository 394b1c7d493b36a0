import {
  getIndicator,
  INDICATOR_GROUPS,
  INDICATOR_UNITS,
  INDICATORS,
  type IndicatorDefinition,
  isIndicatorCode,
  PERIOD_RULES,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';

/** `a, b or c`: the registry's closed lists, written out in a description. */
const oneOf = (values: readonly string[]) =>
  `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

const Text = builder.objectRef<{ nl: string; en: string }>('BilingualText').implement({
  description: 'A text in Dutch and English (tekst in het Nederlands en het Engels).',
  fields: (t) => ({
    nl: t.exposeString('nl', { description: 'Dutch (Nederlands), the first language.' }),
    en: t.exposeString('en', { description: 'English.' }),
  }),
});

export const IndicatorGroup = builder.enumType('IndicatorGroup', {
  description:
    'The group a municipality opts in to publication for (publicatiegroep): its aggregates in a group reach the national benchmark only when it chose so.',
  values: Object.fromEntries(
    INDICATOR_GROUPS.map((group) => [
      group.toUpperCase(),
      { value: group, description: `The ${group} group.` },
    ]),
  ) as Record<string, { value: (typeof INDICATOR_GROUPS)[number]; description: string }>,
});

export const Indicator = builder.objectRef<IndicatorDefinition>('Indicator').implement({
  description:
    'An indicator (indicator) of the registry: what is counted, how, in which unit and which way is better.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, kebab-case (e.g. reach-per-1000).' }),
    name: t.field({ type: Text, description: 'Name (naam).', resolve: (i) => i.name }),
    definition: t.field({
      type: Text,
      description: 'The exact rule behind the figure (definitie).',
      resolve: (i) => i.definition,
    }),
    numerator: t.field({
      type: Text,
      description: 'What is counted (teller).',
      resolve: (i) => i.numerator,
    }),
    denominator: t.field({
      type: Text,
      description: 'What it is divided by (noemer).',
      resolve: (i) => i.denominator,
    }),
    unit: t.exposeString('unit', {
      description: `Unit (eenheid): ${oneOf(INDICATOR_UNITS)}.`,
    }),
    precision: t.exposeInt('precision', {
      description:
        'Decimals the figure is shown with (precisie); for a share, the decimals of its percentage.',
    }),
    periodRule: t.exposeString('periodRule', {
      description: `Which records of a period count (periodeafbakening): ${oneOf(PERIOD_RULES)}. A plan is open from its opening date through its closing date, both included.`,
    }),
    direction: t.exposeString('direction', {
      description: 'Which way is better (richting): higher-is-better, lower-is-better or neutral.',
    }),
    levels: t.exposeStringList('levels', {
      description: 'Levels the figure exists on (niveaus): team, district, municipality, nation.',
    }),
    kind: t.exposeString('kind', {
      description: 'Output (prestatie), outcome (effect) or context.',
    }),
    group: t.field({
      type: IndicatorGroup,
      description: 'Publication group (publicatiegroep).',
      resolve: (i) => i.group,
    }),
    countingUnit: t.exposeString('countingUnit', {
      description:
        'What n counts (teleenheid); small-number suppression compares it with the threshold.',
    }),
  }),
});

builder.queryFields((t) => ({
  indicators: t.field({
    type: [Indicator],
    description: 'The indicator registry (indicatorenregister). Public reference data.',
    authScopes: { public: true },
    args: {
      group: t.arg({ type: IndicatorGroup, required: false, description: 'Only this group.' }),
    },
    resolve: (_root, args) =>
      INDICATORS.filter((indicator) => !args.group || indicator.group === args.group),
  }),
  indicator: t.field({
    type: Indicator,
    nullable: true,
    description: 'One indicator by its code. Public reference data.',
    authScopes: { public: true },
    args: { code: t.arg.string({ required: true, description: 'The indicator code.' }) },
    resolve: (_root, args) => (isIndicatorCode(args.code) ? getIndicator(args.code) : null),
  }),
}));
