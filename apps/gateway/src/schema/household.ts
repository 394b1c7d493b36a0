import { builder } from '../builder.js';
import { districtCodeArgument } from './codes.js';

export const Household = builder.drizzleObject('households', {
  name: 'Household',
  description:
    'A household (huishouden), pseudonymous: no names, no BSN, no address. Every read is written to the audit log.',
  // Checked per household: only tenant tokens, and the read is recorded (wie, wat, wanneer).
  authScopes: (household) => ({ householdRead: { subjectType: 'household', id: household.id } }),
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The household’s ID in wijknet.' }),
    districtCode: t.exposeString('districtId', {
      description: 'CBS code of the district (wijk) the household lives in.',
    }),
    size: t.exposeInt('size', { description: 'Number of people (omvang).' }),
    adults: t.exposeInt('adults', { description: 'Number of adults (volwassenen).' }),
    minors: t.exposeInt('minors', { description: 'Number of minors (minderjarigen).' }),
    eldestAgeBand: t.exposeString('eldestAgeBand', {
      description: 'Age band of the eldest member (leeftijdsklasse oudste), e.g. 45-64.',
    }),
    registeredOn: t.exposeString('registeredOn', {
      description: 'Registration date (aanmelddatum), YYYY-MM-DD.',
    }),
    intakeChannel: t.exposeString('intakeChannel', {
      description:
        'How the household came in (binnenkomst): self, general-practitioner, school, housing-corporation, neighbour-or-network, outreach, police or other.',
    }),
    plans: t.relation('plans', {
      description: 'The household’s plans (plannen), newest first.',
      query: { orderBy: { openedOn: 'desc' } },
    }),
  }),
});

builder.queryField('households', (t) =>
  t.drizzleConnection({
    type: 'households',
    description:
      'Households (huishoudens) of your municipality, or of your team’s districts for a team token. Every household read is audited.',
    authScopes: { tenant: true },
    args: {
      districtCode: t.arg.string({
        required: false,
        description: 'Only households in this district (wijk).',
        validate: districtCodeArgument.optional(),
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.query.households.findMany(
        query({
          where: args.districtCode ? { districtId: args.districtCode } : {},
          orderBy: { registeredOn: 'desc' },
        }),
      ),
  }),
);
