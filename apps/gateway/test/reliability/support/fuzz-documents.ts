import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { type KnownValues, kindOf, plausibleValue } from './fuzz-values.js';

/** Strings an attacker tries in every string argument. */
export const INJECTION_STRINGS = [
  "' or '1'='1",
  "'; drop table households; --",
  '"; select pg_sleep(10); --',
  "GM0080' union select reference_hash from households --",
  '$1',
  "\\'",
  '%00',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack.
  '${process.env}',
  '__proto__',
  'constructor',
  '😀'.repeat(500),
  'x'.repeat(20_000),
  'GM',
  'GM00800',
  'gm0080',
  'GM 0080',
  'GM-0080',
  'WK0080',
  'WK008099999',
  'WK9999XX',
  '2025-Q5',
  '2025-Q0',
  '20250',
  '-2025',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  'NaN',
  'Infinity',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '',
  ' ',
] as const;

/** Values of the wrong type for any argument. */
const wrongTypedValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
  fc.constant(2 ** 53),
  fc.constant(-(2 ** 31) - 1),
);

const stringValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTION_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/**
 * A value for an argument of this type: mostly one that looks the part (a real or well-formed ID,
 * code, date, period or cursor, chosen by the argument's name, so the request gets past the first
 * check and reaches the resolver), else a hostile string or a value of the wrong type.
 */
function argumentValue(
  arg: { readonly name: string; readonly type: GraphQLInputType },
  known: KnownValues,
  depth = 0,
): fc.Arbitrary<unknown> {
  const named = getNamedType(arg.type);
  const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
  let value: fc.Arbitrary<unknown>;
  if (isInputObjectType(named) && depth < 3) {
    // An input object: its fields generated the same way, any of them left out.
    const fields = Object.values(named.getFields());
    value = fc.record(
      Object.fromEntries(
        fields.map((field) => [field.name, argumentValue(field, known, depth + 1)]),
      ),
      {
        requiredKeys: fields
          .filter((field) => isNonNullType(field.type))
          .map((field) => field.name),
      },
    );
  } else if (isEnumType(named)) {
    value = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: stringValue },
    );
  } else {
    switch (named.name) {
      case 'Int':
        value = fc.oneof(
          fc.integer({ min: -5, max: 200 }),
          fc.constantFrom(0, -1, 2 ** 31 - 1, 1_000_000),
        );
        break;
      case 'Float':
        value = fc.double();
        break;
      case 'Boolean':
        value = fc.boolean();
        break;
      default:
        value = fc.oneof(
          { weight: 3, arbitrary: plausibleValue(kindOf(arg.name, named.name), known) },
          { weight: 2, arbitrary: stringValue },
        );
    }
  }
  const typed = list ? fc.array(value, { maxLength: 3 }) : value;
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: wrongTypedValue });
}

function leafSelection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (!('getFields' in named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((child) => isLeafType(getNamedType(child.type)) && child.args.length === 0)
    .map((child) => child.name);
  if (leaves.length > 0) return `{ ${leaves.join(' ')} }`;
  // A connection: one level down through edges to the nodes' leaves.
  const edges = named.getFields().edges;
  const node = edges && getNamedType(edges.type);
  if (node && 'getFields' in node && node.getFields().node) {
    const nodeType = getNamedType(node.getFields().node?.type ?? edges.type);
    if ('getFields' in nodeType) {
      const nodeLeaves = Object.values(nodeType.getFields())
        .filter((child) => isLeafType(getNamedType(child.type)) && child.args.length === 0)
        .map((child) => child.name);
      return `{ edges { node { ${nodeLeaves.join(' ') || '__typename'} } } }`;
    }
  }
  return '{ __typename }';
}

export interface FuzzRequest {
  readonly query: unknown;
  readonly variables?: unknown;
  /** The root field asked, for the tally of arguments that reached it. */
  readonly field?: string;
}

/** A root field of the schema with generated (often hostile) variables for its arguments. */
export function rootFieldRequest(
  schema: GraphQLSchema,
  known: KnownValues,
): fc.Arbitrary<FuzzRequest> {
  const fields = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(
      (f) => ['mutation', f] as const,
    ),
  ];
  return fc.constantFrom(...fields).chain(([operation, field]) => {
    const { args } = field;
    const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const document = `${operation}${declarations ? ` Fuzz(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''} ${leafSelection(field)} }`;
    const variables = fc.record(
      Object.fromEntries(args.map((arg) => [arg.name, argumentValue(arg, known)])),
      { requiredKeys: [] },
    );
    return variables.map((values) => ({ query: document, variables: values, field: field.name }));
  });
}

/** The same fields with hostile literals written into the document instead of variables. */
export function inlineLiteralRequest(
  schema: GraphQLSchema,
  known: KnownValues,
): fc.Arbitrary<FuzzRequest> {
  return rootFieldRequest(schema, known).map(({ query, variables }) => {
    let document = String(query).replace(/\(\$[^)]*\)/, '');
    for (const [name, value] of Object.entries((variables ?? {}) as Record<string, unknown>)) {
      const literal =
        typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
      document = document.replace(`$${name}`, literal.replace(/"([^"]+)":/g, '$1:'));
    }
    return { query: document.replace(/\$\w+/g, 'null') };
  });
}

const nested = (depth: number, field: string) =>
  `${`${field} { `.repeat(depth)}__typename${' }'.repeat(depth)}`;

/** Documents built to exhaust rather than ask: depth, aliases, tokens, directives, fragments. */
export const abusiveDocument: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.integer({ min: 13, max: 400 }).map((depth) => ({
    query: `{ municipalities { edges { node { districts { municipality { ${nested(depth, 'districts { municipality')} } } } } } }`,
  })),
  fc.integer({ min: 16, max: 2000 }).map((count) => ({
    query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: indicators { code }`).join(' ')} }`,
  })),
  fc.integer({ min: 21, max: 500 }).map((count) => ({
    query: `{ viewer { isAuthenticated ${'@include(if: true) '.repeat(count)} } }`,
  })),
  fc.integer({ min: 2, max: 50 }).map((count) => ({
    query: `query { ...F0 } ${Array.from({ length: count }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % count} }`).join(' ')}`,
  })),
  fc.integer({ min: 1000, max: 30_000 }).map((count) => ({
    query: `{ indicators { ${'code '.repeat(count)} } }`,
  })),
  fc.integer({ min: 20_000, max: 200_000 }).map((length) => ({
    query: '{ indicators { code } }',
    variables: { padding: Array.from({ length }, (_, i) => i) },
  })),
  fc.integer({ min: 2, max: 200 }).map((count) => ({
    query: `${'query A { viewer { role } } '.repeat(count)}`,
  })),
);

/** Text that is not GraphQL, or GraphQL cut off or garbled. */
export const malformedDocument: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.string({ maxLength: 200 }).map((query) => ({ query })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((query) => ({ query })),
  fc
    .tuple(
      fc.constantFrom(
        '{ municipalities(first: 3) { edges { node { code name } } } }',
        'query Q($code: String!) { municipality(code: $code) { name districts { code } } }',
        '{ households { edges { node { id plans { id status } } } } }',
      ),
      fc.nat(),
      fc.constantFrom('', '{', '}', '(', ')', '"', '$', '...', '#', '\\', '@', ':', '!'),
    )
    .map(([document, cut, insert]) => {
      const at = cut % document.length;
      return { query: `${document.slice(0, at)}${insert}${document.slice(at + 1)}` };
    }),
  wrongTypedValue.map((query) => ({ query })),
  fc.constant({ query: undefined }),
);
