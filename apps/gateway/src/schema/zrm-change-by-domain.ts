import { readZrmDomainSeries } from '@wijknet/db';
import { lifeDomainLabel } from '@wijknet/household';
import {
  benchmarkAccessOf,
  controlZrmChangeByDomain,
  DEFAULT_SUPPRESSION_THRESHOLD,
  periodTextSchema,
  type ZrmDomainFigure,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import { BilingualText, bilingualLabel } from './bilingual-text-ref.js';
import { Municipality } from './municipality.js';
import { Suppression } from './suppression.js';

const ZrmDomainChange = builder.objectRef<ZrmDomainFigure>('ZrmDomainChange').implement({
  description:
    'ZRM change on one life domain (ZRM-verandering per leefgebied) from intake to closure, over the plans closed in the period that were scored on the domain both times: the same plans and period rule as the indicator zrm-mean-change. Withheld figures carry only their reason, never a number.',
  fields: (t) => ({
    lifeDomainCode: t.exposeString('lifeDomain', {
      description: 'The life domain (leefgebied) as a code, e.g. finances, housing, parenting.',
    }),
    lifeDomain: t.field({
      type: BilingualText,
      description: 'The life domain (leefgebied), named in Dutch and English.',
      resolve: (figure) => bilingualLabel(lifeDomainLabel, figure.lifeDomain),
    }),
    meanChange: t.exposeFloat('meanChange', {
      nullable: true,
      description:
        'Mean change in ZRM steps, closure − intake (gemiddelde verandering); positive is better. Null when withheld.',
    }),
    n: t.exposeInt('n', {
      nullable: true,
      description: 'Closed plans scored on the domain at intake and closure (aantal plannen).',
    }),
    improved: t.exposeInt('improved', {
      nullable: true,
      description: 'Plans whose score on the domain rose (verbeterd).',
    }),
    unchanged: t.exposeInt('unchanged', {
      nullable: true,
      description: 'Plans whose score on the domain stayed the same (gelijk gebleven).',
    }),
    worsened: t.exposeInt('worsened', {
      nullable: true,
      description: 'Plans whose score on the domain fell (verslechterd).',
    }),
    suppression: t.field({
      type: Suppression,
      nullable: true,
      description: 'Why the figure is withheld (onderdrukking); null when it is shown.',
      resolve: (figure) => figure.suppression,
    }),
  }),
});

builder.objectField(Municipality, 'zrmChangeByDomain', (t) =>
  t.field({
    type: [ZrmDomainChange],
    description:
      'ZRM change per life domain (ZRM-verandering per leefgebied) with trajectories (improved, unchanged, worsened) for one quarter or year, every life domain in the order of the ZRM. The municipality sees its own in full; its teams see it without small numbers; anyone else only when the municipality publishes the group of zrm-mean-change, after small-number and complementary suppression (SMALL_NUMBER, DERIVABLE, NOT_PUBLISHED, NO_DATA).',
    authScopes: { public: true },
    args: {
      period: t.arg.string({
        required: true,
        description: 'The quarter or year, e.g. 2025-Q3 or 2025.',
        validate: periodTextSchema,
      }),
    },
    resolve: async (municipality, { period }, context) => {
      const access = benchmarkAccessOf(context.viewer);
      const { series, isPublished } = await readZrmDomainSeries(context.db, {
        municipalityId: municipality.id,
        ownMunicipalityId: access.ownMunicipalityId,
      });
      return controlZrmChangeByDomain({
        series,
        period,
        municipalityCode: municipality.id,
        isPublished,
        access,
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      });
    },
  }),
);
