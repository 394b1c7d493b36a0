import { districtCodeSchema } from '@wijknet/household';
import { builder } from '../builder.js';

export const District = builder.drizzleObject('districts', {
  name: 'District',
  description: 'A district (wijk) of a municipality, by its CBS code.',
  fields: (t) => ({
    code: t.exposeString('id', {
      description: 'CBS district code (wijkcode): WK, the municipality digits and two characters.',
    }),
    name: t.exposeString('name', { description: 'Name (wijknaam).' }),
    inhabitants: t.exposeInt('inhabitants', { description: 'Number of inhabitants (inwoners).' }),
    households: t.exposeInt('households', {
      description: 'Number of private households (particuliere huishoudens).',
    }),
    municipality: t.relation('municipality', {
      description: 'The municipality (gemeente) the district lies in.',
    }),
  }),
});

builder.queryField('district', (t) =>
  t.drizzleField({
    type: 'districts',
    nullable: true,
    description: 'One district (wijk) by its CBS code. Public reference data.',
    authScopes: { public: true },
    args: {
      code: t.arg.string({
        required: true,
        description: 'CBS district code, e.g. WK008001.',
        validate: districtCodeSchema,
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.query.districts.findFirst(query({ where: { id: args.code } })),
  }),
);
