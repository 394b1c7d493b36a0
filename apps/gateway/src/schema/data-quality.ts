import type { ImportKindName } from '@wijknet/db';
import {
  type LastDelivery as LastDeliveryShape,
  type RegistrationCounts,
  readDataQuality,
  readLastDeliveries,
} from '@wijknet/db';
import {
  benchmarkAccessOf,
  COMPLETENESS_THRESHOLD,
  type CompletenessCount,
  DEFAULT_SUPPRESSION_THRESHOLD,
  isBelowCompletenessThreshold,
  periodTextSchema,
  type RegistrationShare as RegistrationShareShape,
  registrationShare,
  suppressionOf,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { MEASURE_COUNTS } from '../data/completeness-flags.js';
import { loadRegistrationCounts } from '../data/data-quality-loader.js';
import type { MunicipalityRow } from '../data/municipality-rows.js';
import { ImportKind } from './delivery.js';
import { Municipality } from './municipality.js';
import { Suppression } from './suppression.js';

const RegistrationShare = builder.objectRef<RegistrationShareShape>('RegistrationShare').implement({
  description:
    'A share of a municipality’s registration (registratieaandeel), e.g. plans with an intake ZRM of all plans opened. The municipality itself sees the counts; others see the share only, withheld behind fewer than the small-number threshold.',
  fields: (t) => ({
    count: t.exposeInt('part', {
      nullable: true,
      description: 'How many meet it (aantal); null for anyone but the municipality itself.',
    }),
    total: t.exposeInt('whole', {
      nullable: true,
      description: 'Out of how many (totaal); null for anyone but the municipality itself.',
    }),
    share: t.exposeFloat('share', {
      nullable: true,
      description:
        'count / total, a fraction from 0 to 1 (aandeel); null when withheld or when there is nothing to count.',
    }),
    suppression: t.field({
      type: Suppression,
      nullable: true,
      description: 'Why there is no share (NO_DATA, SMALL_NUMBER); null when it is shown.',
      resolve: (share) =>
        share.suppression === null
          ? null
          : suppressionOf(share.suppression, DEFAULT_SUPPRESSION_THRESHOLD),
    }),
  }),
});

const LastDelivery = builder.objectRef<LastDeliveryShape>('LastDelivery').implement({
  description: 'The latest accepted delivery of one kind of file (laatste aanlevering).',
  fields: (t) => ({
    kind: t.field({
      type: ImportKind,
      description: 'What the file held (soort).',
      resolve: (delivery) => delivery.kind as ImportKindName,
    }),
    period: t.exposeString('period', {
      description: 'The quarter it came in (kwartaal), e.g. 2026-Q4.',
    }),
    deliveredAt: t.exposeString('deliveredAt', {
      nullable: true,
      description: 'When (tijdstip), ISO 8601; only for the municipality itself, null for others.',
    }),
  }),
});

/** The counts of one municipality and period, with whether the viewer sees the counts. */
interface DataQualityShape {
  readonly counts: RegistrationCounts;
  readonly seesCounts: boolean;
  readonly municipality: MunicipalityRow;
}

/** Whether the viewer sees the counts behind the shares: the municipality itself only. */
function seesCountsOf(context: GatewayContext, municipalityId: string): boolean {
  const access = benchmarkAccessOf(context.viewer);
  return access.seesOwnSmallNumbers && access.ownMunicipalityId === municipalityId;
}

const SHARES = {
  intakeZrm: {
    description:
      'Plans opened in the period with an intake ZRM (intakemeting), of all plans opened.',
    count: (c) => ({ part: c.plansOpenedWithIntakeZrm, whole: c.plansOpened }),
  },
  closureZrm: {
    description:
      'Plans closed in the period with a closure ZRM (afsluitmeting), of all plans closed.',
    count: (c) => ({ part: c.plansClosedWithClosureZrm, whole: c.plansClosed }),
  },
  intakeAndClosureZrm: {
    description:
      'Plans closed in the period with both an intake and a closure ZRM, of all plans closed: the plans the ZRM outcome figures can count, and the completeness their flag is about.',
    count: MEASURE_COUNTS['zrm-intake-and-closure'],
  },
  plansWithoutLead: {
    description:
      'Plans open on the period’s last day (today while it runs) without a lead worker (zonder regievoerder), of all open plans.',
    count: (c) => ({ part: c.openPlansWithoutLead, whole: c.openPlans }),
  },
  assessmentsOverdue3Months: {
    description:
      'Open plans whose latest ZRM (or opening, without one) is more than 3 months old (meting 3 maanden over tijd), of all open plans.',
    count: (c) => ({ part: c.openPlansOverdue3Months, whole: c.openPlans }),
  },
  assessmentsOverdue6Months: {
    description:
      'Open plans whose latest ZRM (or opening, without one) is more than 6 months old (meting 6 maanden over tijd), of all open plans.',
    count: (c) => ({ part: c.openPlansOverdue6Months, whole: c.openPlans }),
  },
  householdsWithoutDistrictTeam: {
    description:
      'Households registered by the period’s last day whose district (wijk) no active team serves, of all households. Every household has a district (the import refuses one without), so this counts those whose district no team’s figures can hold.',
    count: (c) => ({ part: c.householdsOutsideTeamDistricts, whole: c.households }),
  },
} satisfies Record<
  string,
  { description: string; count: (counts: RegistrationCounts) => CompletenessCount }
>;

const DataQuality = builder.objectRef<DataQualityShape>('DataQuality').implement({
  description:
    'How complete a municipality’s registration is in a period (datakwaliteit), so a difference in registration is not read as a difference in practice. Open plans and households are counted on the period’s last day, or today while the period runs.',
  fields: (t) => ({
    municipality: t.field({
      type: Municipality,
      description: 'The municipality (gemeente).',
      resolve: (quality) => quality.municipality,
    }),
    period: t.string({
      description: 'The period (periode): 2025-Q3 or 2025.',
      resolve: (quality) => quality.counts.period,
    }),
    ...Object.fromEntries(
      Object.entries(SHARES).map(([name, { description, count }]) => [
        name,
        t.field({
          type: RegistrationShare,
          description,
          resolve: (quality) =>
            registrationShare(count(quality.counts), {
              seesCounts: quality.seesCounts,
              threshold: DEFAULT_SUPPRESSION_THRESHOLD,
            }),
        }),
      ]),
    ),
    completenessThreshold: t.float({
      description: `The share of intakeAndClosureZrm below which the ZRM outcome figures carry a completeness flag (${COMPLETENESS_THRESHOLD * 100}%, see docs/glossary.md).`,
      resolve: () => COMPLETENESS_THRESHOLD,
    }),
    isBelowCompletenessThreshold: t.boolean({
      description:
        'Whether intakeAndClosureZrm is below the threshold, so the ZRM outcome figures of the period carry the flag (onvolledig geregistreerd).',
      resolve: (quality) =>
        isBelowCompletenessThreshold(
          registrationShare(SHARES.intakeAndClosureZrm.count(quality.counts), {
            seesCounts: quality.seesCounts,
            threshold: DEFAULT_SUPPRESSION_THRESHOLD,
          }).share,
        ),
    }),
    lastDeliveries: t.field({
      type: [LastDelivery],
      description:
        'Per kind of file, the latest accepted delivery (laatste aanlevering), whatever the period: the quarter for everyone who may see the data quality, the moment for the municipality itself.',
      resolve: (quality, _args, context) =>
        readLastDeliveries(context.db, quality.counts.municipalityId),
    }),
  }),
});

/** The one argument of both data-quality fields. */
const periodArgs = builder.args((t) => ({
  period: t.string({
    required: true,
    description: 'The period: a quarter (2025-Q3) or a year (2025).',
    validate: periodTextSchema,
  }),
}));

builder.objectField(Municipality, 'dataQuality', (t) =>
  t.field({
    type: DataQuality,
    nullable: true,
    description:
      'How complete the municipality’s registration is in a period (datakwaliteit): ZRMs at intake and closure, plans without a lead, ZRMs overdue, households whose district no team serves, last deliveries. A municipality or admin token sees its own, with counts; every token sees the shares of municipalities that publish an indicator group; null for any other.',
    authScopes: { authenticated: true },
    args: periodArgs,
    resolve: async (municipality, { period }, context) => {
      const counts = await loadRegistrationCounts(context, municipality.id, period);
      if (counts === null) return null;
      return { counts, seesCounts: seesCountsOf(context, municipality.id), municipality };
    },
  }),
);

builder.queryField('dataQualities', (t) =>
  t.field({
    type: [DataQuality],
    description:
      'The data quality (datakwaliteit) in a period of every current municipality you may see it of, by CBS code: your own municipality (municipality or admin token) and every municipality that publishes an indicator group. Read in one statement.',
    authScopes: { authenticated: true },
    args: periodArgs,
    resolve: async (_root, { period }, context) => {
      const municipalities = await context.db.query.municipalities.findMany({
        where: { validUntil: { isNull: true } },
        orderBy: { id: 'asc' },
      });
      const rows = await readDataQuality(context.db, {
        municipalityIds: municipalities.map((municipality) => municipality.id),
        periods: [period],
      });
      const byId = new Map(municipalities.map((municipality) => [municipality.id, municipality]));
      return rows.flatMap((counts) => {
        const municipality = byId.get(counts.municipalityId);
        if (!municipality) return [];
        return [{ counts, seesCounts: seesCountsOf(context, counts.municipalityId), municipality }];
      });
    },
  }),
);
