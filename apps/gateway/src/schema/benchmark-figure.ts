import type { BenchmarkFigure as FigureShape, ListedValue } from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import type { CompletenessFlag } from '../data/completeness-flags.js';
import type { MunicipalityRow } from '../data/municipality-rows.js';
import { Municipality } from './municipality.js';
import { suppressedForOthersField, withheldFigureFields } from './suppression.js';

/** A figure with the municipality row it belongs to (reference data, public). */
export type LabelledFigure = FigureShape & {
  readonly municipality: MunicipalityRow;
  readonly completeness: CompletenessFlag | null;
};

const Completeness = builder.objectRef<CompletenessFlag>('Completeness').implement({
  description:
    'How complete the registration behind a figure is (registratievolledigheid). Below the threshold the figure may show a difference in registration rather than in practice: read it with care (see docs/glossary.md).',
  fields: (t) => ({
    measure: t.exposeString('measure', {
      description:
        'What is measured: zrm-intake-and-closure, the share of plans closed in the period with both an intake and a closure ZRM.',
    }),
    share: t.exposeFloat('share', { description: 'The share, a fraction from 0 to 1 (aandeel).' }),
    threshold: t.exposeFloat('threshold', {
      description: 'The share below which the figure is flagged (drempel), 0.8.',
    }),
    isBelowThreshold: t.exposeBoolean('isBelowThreshold', {
      description:
        'Whether the registration is too incomplete to read the figure as practice (onvolledig geregistreerd).',
    }),
  }),
});

export const BenchmarkFigure = builder.objectRef<LabelledFigure>('BenchmarkFigure').implement({
  description:
    'One municipality’s figure for one indicator and period (benchmarkcijfer), placed in the national distribution. Small numbers (n below the threshold) and figures derivable from published ones are withheld for everyone but the municipality itself.',
  fields: (t) => ({
    municipality: t.field({
      type: Municipality,
      description: 'The municipality (gemeente).',
      resolve: (figure) => figure.municipality,
    }),
    ...withheldFigureFields(t),
    suppressedForOthers: suppressedForOthersField(t),
    completeness: t.field({
      type: Completeness,
      nullable: true,
      description:
        'For figures that depend on complete registration (the ZRM outcome figures): how complete it is, with the flag when below the threshold; null for other figures, for figures without a value, and where the viewer may not see the municipality’s data quality.',
      resolve: (figure) => figure.completeness,
    }),
    zScore: t.exposeFloat('zScore', {
      nullable: true,
      description:
        'z-score (z-waarde): (value − national mean) / national standard deviation; null without a value or spread.',
    }),
    rank: t.exposeInt('rank', {
      nullable: true,
      description:
        'Rank (positie), 1 = best by the indicator’s direction, among the municipalities of the national distribution (plus your own figure when it is outside it); null for neutral indicators.',
    }),
    rankOutOf: t.exposeInt('rankOutOf', {
      nullable: true,
      description: 'Out of how many municipalities the rank is (aantal gemeenten gerangschikt).',
    }),
    changeOnPreviousPeriod: t.exposeFloat('changeOnPreviousPeriod', {
      nullable: true,
      description:
        'Change on the previous period of the same kind (verandering t.o.v. vorige periode): value − previous value; null when either is withheld.',
    }),
  }),
});

export const MunicipalValue = builder.objectRef<ListedValue>('MunicipalValue').implement({
  description:
    'A municipality’s value in a list of every municipality (gemeentewaarde), for strip plots and maps. Municipalities that did not publish the indicator’s group are left out, except your own.',
  fields: (t) => ({
    municipalityCode: t.exposeID('municipalityCode', {
      description: 'CBS municipality code (gemeentecode).',
    }),
    municipalityName: t.exposeString('municipalityName', {
      description: 'Name (gemeentenaam).',
    }),
    ...withheldFigureFields(t),
  }),
});
