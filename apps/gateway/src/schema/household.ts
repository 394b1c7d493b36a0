import { districtCodeSchema } from '@wijknet/household';
import { builder } from '../builder.js';
import { writeReferencedRow, writtenRow } from '../data/write-input-rows.js';
import { IntakeChannel } from './closed-lists.js';
import { CURSOR_VALUES, drizzleCursorArgs } from './connection-cursors.js';

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
    intakeChannel: t.field({
      type: IntakeChannel,
      description: 'How the household came in (binnenkomst).',
      select: { columns: { intakeChannel: true } },
      resolve: (household) => household.intakeChannel as (typeof IntakeChannel)['$inferType'],
    }),
  }),
});

builder.queryField('households', (t) =>
  t.drizzleConnection({
    type: 'households',
    // Ordered by registration day, then the key (municipality, ID).
    validate: drizzleCursorArgs(
      CURSOR_VALUES.calendarDay,
      CURSOR_VALUES.municipalityCode,
      CURSOR_VALUES.uuid,
    ),
    description:
      'Households (huishoudens) of your municipality, or of your team’s districts for a team token. Every household read is audited.',
    authScopes: { tenant: true },
    args: {
      districtCode: t.arg.string({
        required: false,
        description: 'Only households in this district (wijk).',
        validate: districtCodeSchema.optional(),
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

const HouseholdInput = builder.inputType('HouseholdInput', {
  description:
    'A household (huishouden), as a row of the `households` import (docs/import-formats.md): no names, BSN or address; registering the same reference again updates it.',
  fields: (t) => ({
    householdReference: t.string({
      required: true,
      description: 'Your own reference (e.g. case number); stored only as its keyed hash.',
    }),
    districtCode: t.string({
      required: true,
      description: 'CBS code of the district (wijk) it lives in.',
    }),
    size: t.int({ required: true, description: 'People in the household: adults plus minors.' }),
    adults: t.int({ required: true, description: 'People aged 18 or over.' }),
    minors: t.int({ required: true, description: 'People under 18.' }),
    eldestAgeBand: t.string({
      required: true,
      description: 'under-18, 18-26, 27-44, 45-64, 65-74 or 75-and-over.',
    }),
    registeredOn: t.string({ required: true, description: 'Registration date, YYYY-MM-DD.' }),
    intakeChannel: t.field({
      type: IntakeChannel,
      required: true,
      description: 'How the household came in (binnenkomst).',
    }),
  }),
});

builder.mutationField('registerHousehold', (t) =>
  t.drizzleField({
    type: 'households',
    description:
      'Registers a household of your municipality, or updates it when the reference is known (a municipality, or an admin acting for one). A team registers none: a team that could would learn, from the answer, whether a reference is already in use in another team. The write is audited.',
    authScopes: { municipalityWriter: true },
    args: { input: t.arg({ type: HouseholdInput, required: true, description: 'What to write.' }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await writeReferencedRow(context, 'households', input, {
        row: 'household',
        reference: input.householdReference,
      });
      return writtenRow(await context.db.query.households.findFirst(query({ where: { id } })));
    },
  }),
);
