import { readDistrictsOf, readUnitRollups, type schema } from '@wijknet/db';
import {
  benchmarkAccessOf,
  controlDistrictFigures,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type DistrictFigureShape,
  formatPeriod,
  getIndicator,
  parsePeriod,
  periodTextSchema,
  quartersOf,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import { District } from './district.js';
import { Municipality } from './municipality.js';
import { suppressedForOthersField, withheldFigureFields } from './suppression.js';

type DistrictRow = typeof schema.districts.$inferSelect;
type FigureWithDistrict = DistrictFigureShape & { readonly district: DistrictRow };

const DistrictFigure = builder.objectRef<FigureWithDistrict>('DistrictFigure').implement({
  description:
    'A district’s figure (wijkcijfer) for one indicator and period. Districts add up to their municipality, so besides small numbers a district is withheld when it would reveal another district, the municipality’s withheld total, or a withheld quarter.',
  fields: (t) => ({
    district: t.field({
      type: District,
      description: 'The district (wijk).',
      resolve: (figure) => figure.district,
    }),
    ...withheldFigureFields(t),
    suppressedForOthers: suppressedForOthersField(t),
  }),
});

builder.objectField(Municipality, 'districtFigures', (t) =>
  t.field({
    type: [DistrictFigure],
    description:
      'One indicator for every district (wijk) of the municipality in a period, by district code. Needs a token: the municipality sees its own in full, others the published figures after suppression.',
    authScopes: { authenticated: true },
    args: {
      indicatorCode: t.arg.id({ required: true, description: 'The indicator code.' }),
      period: t.arg.string({
        required: true,
        description: 'A quarter or year, e.g. 2025-Q3.',
        validate: periodTextSchema,
      }),
    },
    resolve: async (municipality, args, context) => {
      const indicator = getIndicator(String(args.indicatorCode));
      const access = benchmarkAccessOf(context.viewer);
      const year = parsePeriod(args.period).year;
      const [districts, rollups] = await Promise.all([
        readDistrictsOf(context.db, municipality.id),
        readUnitRollups(context.db, {
          municipalityId: municipality.id,
          level: 'district',
          indicatorCodes: [indicator.code],
          periods: [String(year), ...quartersOf(year).map(formatPeriod)],
          publishedOnly: access.ownMunicipalityId !== municipality.id,
        }),
      ]);
      const figures = controlDistrictFigures({
        municipalityCode: municipality.id,
        period: args.period,
        indicator,
        districtIds: districts.map((district) => district.id),
        rollups,
        access,
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      });
      return figures.map((figure, index) => ({
        ...figure,
        district: districts[index] as DistrictRow,
      }));
    },
  }),
);
