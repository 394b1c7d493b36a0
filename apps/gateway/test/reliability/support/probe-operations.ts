import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/** The rows a probe points its arguments at. */
export interface ProbeTarget {
  readonly municipalityCode: string;
  readonly districtCode: string;
  readonly teamId: string;
  readonly householdId: string;
  readonly planId: string;
  readonly memberId: string;
  readonly storyId: string;
  /**
   * What the target's own references (teamReference, householdReference, ...) start with. A
   * mutation names rows by the municipality's own references, which the writing token's
   * municipality resolves; the probes of one target register and then name the same ones.
   */
  readonly referencePrefix: string;
}

/** One root field called with generated arguments, ready to send. */
export interface ProbeOperation {
  readonly operation: 'query' | 'mutation';
  readonly field: string;
  readonly document: string;
  readonly variables: Record<string, unknown>;
}

/** An indicator of the registry, for arguments that name one. */
const INDICATOR_CODE = 'reach-per-1000-households';

/** How far a probe's selection follows object fields; the query limits allow a little more. */
const MAX_OBJECT_DEPTH = 4;

/**
 * An argument's value, chosen by its name and where it sits: anything that names a
 * municipality, district, team, household, plan, member or story points at the target's row. A new
 * argument with such a name is aimed at the target without anyone editing this list.
 */
function stringFor(context: string, target: ProbeTarget): string {
  const name = context.toLowerCase();
  const last = name.split('.').at(-1) ?? name;
  const lastAsWritten = context.split('.').at(-1) ?? context;
  if (/reference$/.test(last)) {
    const kind = /household/.test(last)
      ? 'household'
      : /plan/.test(last)
        ? 'plan'
        : /member|lead/.test(last)
          ? 'member'
          : 'team';
    return `${target.referencePrefix}-${kind}`;
  }
  // A quarter: some questions take quarters only, a story takes either.
  if (/period/.test(last)) return '2025-Q1';
  if (/locale|language/.test(last)) return 'nl';
  // `from` and `until` bound periods; a quarter, as the first granularity (QUARTER) needs.
  if (/^(from|until|to)$|(From|Until)$/.test(lastAsWritten)) return '2025-Q1';
  if (/^(asOf|date)$|(On|Date)$/.test(lastAsWritten)) return '2025-03-01';
  if (/story/.test(last)) return target.storyId;
  if (/household/.test(last)) return target.householdId;
  if (/plan/.test(last)) return target.planId;
  if (/member|lead/.test(last)) return target.memberId;
  if (/team/.test(last)) return target.teamId;
  if (/district|wijk/.test(last)) return target.districtCode;
  if (/municipalit|gemeente/.test(last)) return target.municipalityCode;
  if (/indicator/.test(last)) return INDICATOR_CODE;
  // `id` and `code` take the meaning of the field they belong to.
  if (last === 'id' || last === 'code' || last === 'unitid') {
    const owner = name.split('.').slice(0, -1).join('.');
    if (/household/.test(owner)) return target.householdId;
    if (/plan/.test(owner)) return target.planId;
    if (/member/.test(owner)) return target.memberId;
    if (/team/.test(owner)) return target.teamId;
    if (/district/.test(owner)) return target.districtCode;
    if (/municipalit/.test(owner)) return target.municipalityCode;
    if (/indicator/.test(owner)) return INDICATOR_CODE;
    return target.planId;
  }
  return 'probe';
}

/**
 * Valid values for input fields whose name alone says too little (a closed list of codes, a
 * sum, a minimum length), so a write probe aimed at the caller's own rows is accepted and a
 * refusal of one aimed at foreign rows means the target was foreign, not that the input was
 * bad. Keyed by `InputType.field` or by field name; a new input field without an entry gets a
 * value from its name, and the matrix's own-rows check fails when that is not accepted.
 */
const EXAMPLE_INPUT_VALUES: Readonly<Record<string, unknown>> = {
  // null: leave the field out.
  'PlanEventInput.type': 'OPENED',
  'RegisteredEventInput.type': 'eviction-prevented',
  'TeamInput.name': 'Probe team',
  // Only on `activated` and `lead-changed`; an `opened` event with a lead is refused.
  'PlanEventInput.leadMemberReference': null,
  accessMandate: 'own-mandate',
  kind: 'all-ages',
  discipline: 'SOCIAL_WORKER',
  ring: 'core',
  contractedHours: 32,
  hoursInWijk: 24,
  secondingOrganisation: 'Probe organisation',
  size: 2,
  adults: 1,
  minors: 1,
  eldestAgeBand: '27-44',
  intakeChannel: 'SELF',
  moment: 'intake',
  finances: 2,
  housing: 3,
  title: 'Probe story',
  text: 'A probe story, long enough for the forty characters a story needs.',
  lifeDomains: ['finances'],
};

function valueFor(
  type: GraphQLInputType,
  context: string,
  target: ProbeTarget,
  seen: ReadonlySet<string>,
): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, context, target, seen);
  if (isListType(type)) return [valueFor(type.ofType, context, target, seen)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return null;
    const nested = new Set([...seen, type.name]);
    // Required fields, and optional ones that point at rows or have an example value.
    return Object.fromEntries(
      Object.values(type.getFields()).flatMap((field) => {
        const key = [`${type.name}.${field.name}`, field.name].find(
          (candidate) => candidate in EXAMPLE_INPUT_VALUES,
        );
        if (key !== undefined) {
          const example = EXAMPLE_INPUT_VALUES[key];
          return example === null ? [] : [[field.name, example]];
        }
        if (!isNonNullType(field.type) && !POINTING_ARGUMENT.test(field.name)) return [];
        return [[field.name, valueFor(field.type, `${context}.${field.name}`, target, nested)]];
      }),
    );
  }
  switch (type.name) {
    case 'Int':
      return /first|last|limit/.test(context) ? 10 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      // Publishing makes a story or a group of figures public by design: the probes withdraw,
      // so whatever a probe finds of another tenant stays something that must never leak.
      return !/ispublished$/i.test(context);
    default:
      return stringFor(context, target);
  }
}

function typeText(type: GraphQLInputType): string {
  return type.toString();
}

function selectionOf(type: GraphQLNamedType, target: ProbeTarget, path: readonly string[]): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) {
    const members = type
      .getTypes()
      .map((member) => `... on ${member.name} ${selectionOf(member, target, path)}`);
    return `{ __typename ${members.join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    const inlineArgs = inlineArguments(field, `${type.name}.${field.name}`, target);
    if (isLeafType(named)) {
      parts.push(`${field.name}${inlineArgs}`);
      continue;
    }
    // Follow object fields, but never round a cycle and not deeper than the limit.
    if (path.length >= MAX_OBJECT_DEPTH || path.includes(named.name)) continue;
    const nested = selectionOf(named, target, [...path, named.name]);
    if (nested !== '') parts.push(`${field.name}${inlineArgs} ${nested}`);
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

/** A value written as a GraphQL literal: enum values bare, input objects with bare keys. */
function literalOf(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  if (isNonNullType(type)) return literalOf(value, type.ofType);
  if (isListType(type)) {
    return `[${(value as unknown[]).map((item) => literalOf(item, type.ofType)).join(', ')}]`;
  }
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([name, item]) => `${name}: ${literalOf(item, fields[name]?.type ?? type)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Arguments of nested fields go inline, as GraphQL literals; only required ones. */
function inlineArguments(
  field: GraphQLField<unknown, unknown>,
  context: string,
  target: ProbeTarget,
): string {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  if (required.length === 0) return '';
  const text = required.map((arg) => {
    const value = valueFor(arg.type, `${context}.${arg.name}`, target, new Set());
    return `${arg.name}: ${literalOf(value, arg.type)}`;
  });
  return `(${text.join(', ')})`;
}

/**
 * Optional arguments a probe fills in: those that point at rows. Paging and filters keep their
 * defaults, so the probe asks the plainest form of the question.
 */
const POINTING_ARGUMENT =
  /municipalit|district|team|household|plan|member|period|^id$|^code$|reference$/i;

function probeOf(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  target: ProbeTarget,
): ProbeOperation {
  const args = (field.args as readonly GraphQLArgument[]).filter(
    (arg) => isNonNullType(arg.type) || POINTING_ARGUMENT.test(arg.name),
  );
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    variables[arg.name] = valueFor(arg.type, `${field.name}.${arg.name}`, target, new Set());
  }
  const declarations = args.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
  const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = selectionOf(named, target, [named.name]);
  const document = `${operation} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''} ${selection} }`;
  return { operation, field: field.name, document, variables };
}

/**
 * Every root query and mutation field of the schema, each called once with every argument
 * filled in and aimed at `target`, selecting everything below it to a few levels.
 */
export function probeOperations(schema: GraphQLSchema, target: ProbeTarget): ProbeOperation[] {
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([operation, root]) =>
    root ? Object.values(root.getFields()).map((field) => probeOf(operation, field, target)) : [],
  );
}
