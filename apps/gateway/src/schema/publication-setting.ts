import { type PublicationSetting, readPublicationSettings, setPublication } from '@wijknet/db';
import { builder } from '../builder.js';
import { writingMunicipalityOf } from '../data/write-input-rows.js';
import { IndicatorGroup } from './indicator.js';

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
