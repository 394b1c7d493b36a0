import {
  type PublicationSetting,
  type PublicFigure,
  readPublicationPreview,
  readPublicationSettings,
  setPublication,
} from '@wijknet/db';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  type IndicatorGroup as Group,
  getIndicator,
  periodsWithin,
  periodTextSchema,
  suppressionOf,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import { writingMunicipalityOf } from '../data/write-input-rows.js';
import { Indicator, IndicatorGroup } from './indicator.js';
import { Suppression } from './suppression.js';

const PublicationSettingRef = builder
  .objectRef<PublicationSetting>('PublicationSetting')
  .implement({
    description:
      'Whether your municipality publishes an indicator group to the national benchmark (publicatie, opt-in). Unpublished groups reach others only inside national totals that cannot reveal you.',
    fields: (t) => ({
      indicatorGroup: t.field({
        type: IndicatorGroup,
        description: 'The indicator group (publicatiegroep).',
        resolve: (setting) => setting.indicatorGroup,
      }),
      isPublished: t.exposeBoolean('isPublished', {
        description: 'Whether its aggregates are published (gepubliceerd).',
      }),
    }),
  });

builder.queryField('publicationSettings', (t) =>
  t.field({
    type: [PublicationSettingRef],
    description: 'Your municipality’s publication choice for every indicator group.',
    authScopes: { tenant: true },
    resolve: (_root, _args, context) =>
      readPublicationSettings(context.db, writingMunicipalityOf(context)),
  }),
);

builder.mutationField('setPublication', (t) =>
  t.field({
    type: [PublicationSettingRef],
    description:
      'Publishes an indicator group of your municipality to the national benchmark, or withdraws it; the benchmark follows at once. Needs a municipality or admin token. Returns every group’s setting.',
    authScopes: { municipalityWriter: true },
    args: {
      indicatorGroup: t.arg({ type: IndicatorGroup, required: true, description: 'The group.' }),
      isPublished: t.arg.boolean({ required: true, description: 'Publish (true) or not.' }),
    },
    resolve: (_root, args, context) =>
      setPublication(context.db, {
        municipalityId: writingMunicipalityOf(context),
        indicatorGroup: args.indicatorGroup,
        isPublished: args.isPublished,
      }),
  }),
);

const PublicFigureRef = builder.objectRef<PublicFigure>('PublicFigure').implement({
  description:
    'One of your figures as everyone outside your municipality sees it once its group is published (openbaar cijfer): after small-number suppression and after withholding what a subtraction of published figures would reveal.',
  fields: (t) => ({
    indicator: t.field({
      type: Indicator,
      description: 'The indicator (indicator).',
      resolve: (figure) => getIndicator(figure.indicatorCode),
    }),
    period: t.exposeString('period', { description: 'The period (periode): 2025-Q3 or 2025.' }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The value others see (waarde); null when withheld.',
    }),
    n: t.exposeInt('n', {
      nullable: true,
      description: 'The count behind it (n); null when withheld.',
    }),
    suppression: t.field({
      type: Suppression,
      nullable: true,
      description: 'Why others get no value (onderdrukking); null when they see it.',
      resolve: (figure) => {
        if (figure.suppressionReason)
          return suppressionOf(figure.suppressionReason, DEFAULT_SUPPRESSION_THRESHOLD);
        return figure.value === null
          ? suppressionOf('NO_DATA', DEFAULT_SUPPRESSION_THRESHOLD)
          : null;
      },
    }),
  }),
});

interface PublicationPreviewShape {
  readonly setting: PublicationSetting;
  readonly figures: readonly PublicFigure[];
}

const PublicationPreviewRef = builder
  .objectRef<PublicationPreviewShape>('PublicationPreview')
  .implement({
    description:
      'What everyone outside your municipality sees of an indicator group once it is published (voorbeeld van de publicatie): the same figures, after the same suppression, that the national benchmark shows.',
    fields: (t) => ({
      indicatorGroup: t.field({
        type: IndicatorGroup,
        description: 'The indicator group (publicatiegroep).',
        resolve: (preview) => preview.setting.indicatorGroup,
      }),
      isPublished: t.boolean({
        description: 'Whether the group is published now (gepubliceerd).',
        resolve: (preview) => preview.setting.isPublished,
      }),
      figures: t.field({
        type: [PublicFigureRef],
        description:
          'Every figure of the group in the periods asked, by indicator and then period, as others see it.',
        resolve: (preview) => preview.figures,
      }),
    }),
  });

builder.queryField('publicationPreview', (t) =>
  t.field({
    type: PublicationPreviewRef,
    description:
      'Before you publish an indicator group, or withdraw it: exactly what of it everyone outside your municipality sees when it is published. Needs a municipality or admin token.',
    authScopes: { municipalityWriter: true },
    args: {
      indicatorGroup: t.arg({ type: IndicatorGroup, required: true, description: 'The group.' }),
      from: t.arg.string({
        required: false,
        description: 'First period, e.g. 2025-Q1 or 2025; with `to`. Every period without them.',
        validate: periodTextSchema.optional(),
      }),
      to: t.arg.string({
        required: false,
        description: 'Last period, inclusive.',
        validate: periodTextSchema.optional(),
      }),
    },
    resolve: async (_root, args, context) => {
      const municipalityId = writingMunicipalityOf(context);
      const indicatorGroup: Group = args.indicatorGroup;
      const settings = await readPublicationSettings(context.db, municipalityId);
      const figures = await readPublicationPreview(context.db, {
        municipalityId,
        indicatorGroup,
        periods: args.from && args.to ? periodsWithin(args.from, args.to) : undefined,
      });
      const setting = settings.find((candidate) => candidate.indicatorGroup === indicatorGroup);
      return { setting: setting ?? { indicatorGroup, isPublished: false }, figures };
    },
  }),
);
