import { readPublishedPeriods, today } from '@wijknet/db';
import {
  formatPeriod,
  isPeriodComplete,
  latestCompletePeriod,
  parsePeriod,
  periodEnd,
  periodLabel,
  periodStart,
  yearCompleteThroughQuarter,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import { PeriodGranularity } from './compare.js';

interface PeriodShape {
  readonly code: string;
  readonly today: string;
}

const Period = builder.objectRef<PeriodShape>('Period').implement({
  description:
    'A reporting period (periode) figures are kept for: a calendar quarter or year. The calendar runs from the first data through the quarter holding today, so it grows as time passes; the current quarter and year are still running.',
  fields: (t) => ({
    code: t.string({
      description: 'The period as written everywhere else: 2026-Q3 or 2026.',
      resolve: (period) => period.code,
    }),
    granularity: t.field({
      type: PeriodGranularity,
      description: 'Quarter or year.',
      resolve: (period) => parsePeriod(period.code).kind,
    }),
    firstDay: t.string({
      description: 'The first day (YYYY-MM-DD).',
      resolve: (period) => periodStart(period.code),
    }),
    lastDay: t.string({
      description: 'The last day (YYYY-MM-DD).',
      resolve: (period) => periodEnd(period.code),
    }),
    isComplete: t.boolean({
      description:
        'Whether the period has ended (afgesloten). Figures of a period still running (lopend) grow as data arrives.',
      resolve: (period) => isPeriodComplete(period.code, period.today),
    }),
    isLatestComplete: t.boolean({
      description:
        'Whether this is the latest complete period of its granularity: what a comparison shows by default.',
      resolve: (period) =>
        formatPeriod(latestCompletePeriod(parsePeriod(period.code).kind, period.today)) ===
        period.code,
    }),
    throughQuarter: t.int({
      nullable: true,
      description:
        'For a year still running: the last of its quarters that has ended (t/m kwartaal), 0 when none has. Null for a quarter or a complete year.',
      resolve: (period) => yearCompleteThroughQuarter(period.code, period.today),
    }),
    label: t.string({
      description:
        'The Dutch label the benchmark shows: K3 2026 for a quarter, 2025 for a complete year, 2026 t/m K3 for a year still running, 2027 (lopend) before its first quarter ends.',
      resolve: (period) => periodLabel(period.code, period.today),
    }),
  }),
});

builder.queryFields((t) => ({
  periods: t.field({
    type: [Period],
    description:
      'The periods published figures cover (perioden), oldest first: from the earliest published quarter through the quarter holding today, with which are still running. Public.',
    authScopes: { public: true },
    args: {
      granularity: t.arg({
        type: PeriodGranularity,
        required: true,
        description: 'Quarters or years.',
      }),
    },
    resolve: async (_root, args, context) => {
      const day = today();
      const codes = await readPublishedPeriods(context.db, day);
      return codes
        .filter((code) => parsePeriod(code).kind === args.granularity)
        .map((code) => ({ code, today: day }));
    },
  }),
}));
