import { builder } from '../builder.js';
import { writeReferencedRow, writtenRow } from '../data/write-input-rows.js';
import { Household } from './household.js';

export const RegisteredEvent = builder.drizzleObject('registeredEvents', {
  name: 'RegisteredEvent',
  description:
    'An event a team registers outside a plan’s life cycle: eviction (uithuiszetting), eviction prevented (voorkomen uithuiszetting) or supervision order (ondertoezichtstelling, OTS).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The event’s ID.' }),
    type: t.exposeString('type', {
      description: 'eviction, eviction-prevented or supervision-order.',
    }),
    occurredOn: t.exposeString('occurredOn', { description: 'Date (datum), YYYY-MM-DD.' }),
    planId: t.exposeString('planId', { nullable: true, description: 'The plan, if any.' }),
    teamId: t.exposeString('teamId', { nullable: true, description: 'The team, if any.' }),
    districtCode: t.exposeString('districtId', {
      nullable: true,
      description: 'CBS code of the household’s district (wijk) when it happened.',
    }),
  }),
});

builder.drizzleObjectField(Household, 'registeredEvents', (t) =>
  t.relation('registeredEvents', {
    description: 'Evictions, evictions prevented and supervision orders (OTS) of the household.',
    query: { orderBy: { occurredOn: 'asc' } },
  }),
);

const RegisteredEventInput = builder.inputType('RegisteredEventInput', {
  description:
    'An eviction, eviction prevented or supervision order, as a row of the `registered-events` import (docs/import-formats.md).',
  fields: (t) => ({
    type: t.string({
      required: true,
      description: 'eviction, eviction-prevented or supervision-order.',
    }),
    occurredOn: t.string({ required: true, description: 'The day it happened, YYYY-MM-DD.' }),
    householdReference: t.string({
      required: true,
      description: 'Your own reference of the household (stored only as its keyed hash).',
    }),
    planReference: t.string({ description: 'Your own reference of the household’s plan.' }),
    teamReference: t.string({
      description: 'Your own reference of the team; the plan’s team when left out.',
    }),
  }),
});

builder.mutationField('recordRegisteredEvent', (t) =>
  t.drizzleField({
    type: 'households',
    description:
      'Registers an eviction, eviction prevented or supervision order (OTS) of a household; returns the household with its registered events. Checked as an import row; the rollups are current when it returns.',
    authScopes: { tenant: true },
    args: {
      input: t.arg({ type: RegisteredEventInput, required: true, description: 'What to write.' }),
    },
    resolve: async (query, _root, { input }, context) => {
      const id = await writeReferencedRow(context, 'registered-events', input, {
        row: 'household',
        reference: input.householdReference,
      });
      return writtenRow(await context.db.query.households.findFirst(query({ where: { id } })));
    },
  }),
);
