import { municipalityCodeSchema } from '@wijknet/household';
import { z } from 'zod';
import { builder } from '../builder.js';
import { CURSOR_VALUES, drizzleCursorArgs } from './connection-cursors.js';

/** A LIKE pattern that matches `text` literally: %, _ and \\ lose their special meaning. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Name contains the text, or code starts with it; both ignoring case. */
function searchFilter(search: string | null | undefined) {
  const text = search?.trim() ?? '';
  if (text === '') return {};
  const escaped = escapeLike(text);
  return { OR: [{ name: { ilike: `%${escaped}%` } }, { id: { ilike: `${escaped}%` } }] };
}

export const Municipality = builder.drizzleObject('municipalities', {
  name: 'Municipality',
  description:
    'A Dutch municipality (gemeente), by its CBS code. Former municipalities keep their code with the period it was valid (herindeling).',
  fields: (t) => ({
    code: t.exposeString('id', {
      description: 'CBS municipality code (gemeentecode): GM and four digits, e.g. GM0080.',
    }),
    name: t.exposeString('name', { description: 'Name (gemeentenaam).' }),
    province: t.exposeString('province', {
      nullable: true,
      description: 'Province (provincie); null for a former municipality.',
    }),
    inhabitants: t.exposeInt('inhabitants', {
      nullable: true,
      description: 'Number of inhabitants (inwoners), from CBS.',
    }),
    households: t.exposeInt('households', {
      nullable: true,
      description: 'Number of private households (particuliere huishoudens), from CBS.',
    }),
    urbanity: t.exposeInt('urbanity', {
      nullable: true,
      description:
        'Urbanity class (stedelijkheid): 1 very strongly urban to 5 not urban, from CBS.',
    }),
    validFrom: t.exposeString('validFrom', {
      nullable: true,
      description: 'First day the code was valid (YYYY-MM-DD); null when before 2016.',
    }),
    validUntil: t.exposeString('validUntil', {
      nullable: true,
      description: 'First day the code was no longer valid (merger date); null while current.',
    }),
    districts: t.relation('districts', {
      description: 'The districts (wijken) of the municipality.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.queryFields((t) => ({
  municipalities: t.drizzleConnection({
    type: 'municipalities',
    // Ordered by CBS code, the key.
    validate: drizzleCursorArgs(CURSOR_VALUES.municipalityCode),
    description:
      'Municipalities (gemeenten) by CBS code, current ones unless former ones are asked for. Public reference data.',
    authScopes: { public: true },
    args: {
      province: t.arg.string({
        required: false,
        description: 'Only municipalities in this province (provincie).',
      }),
      includeFormer: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Also list municipalities that merged away (opgeheven gemeenten).',
      }),
      search: t.arg.string({
        required: false,
        description:
          'Only municipalities whose name contains this text or whose CBS code starts with it (zoeken), ignoring case, e.g. "leeuw" or "GM008".',
        validate: z.string().max(64, 'Search for at most 64 characters.'),
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.query.municipalities.findMany(
        query({
          where: {
            ...(args.province ? { province: args.province } : {}),
            ...(args.includeFormer ? {} : { validUntil: { isNull: true } }),
            ...searchFilter(args.search),
          },
          orderBy: { id: 'asc' },
        }),
      ),
  }),
  municipality: t.drizzleField({
    type: 'municipalities',
    nullable: true,
    description: 'One municipality (gemeente) by its CBS code. Public reference data.',
    authScopes: { public: true },
    args: {
      code: t.arg.string({
        required: true,
        description: 'CBS municipality code, e.g. GM0080.',
        validate: municipalityCodeSchema,
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.query.municipalities.findFirst(query({ where: { id: args.code } })),
  }),
}));
