import { type AuditLogEntry, auditLogCsv, readAuditLog } from '@wijknet/db';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { writingMunicipalityOf } from '../data/write-input-rows.js';
import { uuidArgument } from './codes.js';

/** Rows of one page of the log, and of one CSV export. */
const MAX_PAGE = 1000;
const MAX_EXPORT = 50_000;

const dateArgument = z.iso.date('Use a date as YYYY-MM-DD.');

const AuditLogEntryRef = builder.objectRef<AuditLogEntry>('AuditLogEntry').implement({
  description:
    'One row of the audit log (logregel): who read or wrote which households or plans, when, and through which operation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The row’s ID.' }),
    occurredAt: t.exposeString('occurredAt', {
      description: 'When (tijdstip), ISO 8601 with offset.',
    }),
    actor: t.exposeString('actor', {
      description: 'Who (wie): the token’s subject or the person signed in.',
    }),
    role: t.exposeString('role', {
      description: 'The role it acted in: municipality, team, admin.',
    }),
    action: t.exposeString('action', { description: 'read (inzage) or write (wijziging).' }),
    subjectType: t.exposeString('subjectType', { description: 'household or plan.' }),
    subjectIds: t.exposeStringList('subjectIds', {
      description:
        'The IDs of the households or plans; empty for a delivered file, which `details` names.',
    }),
    operation: t.exposeString('operation', {
      nullable: true,
      description:
        'The operation it came through (waarmee), e.g. `query CaseloadPage (plans)`; null for rows from before it was kept.',
    }),
    details: t.exposeString('details', {
      nullable: true,
      description: 'The request it belongs to, or the delivery and what it held.',
    }),
  }),
});

const filterArgs = (t: Parameters<Parameters<typeof builder.queryField>[1]>[0]) => ({
  from: t.arg.string({
    required: false,
    description: 'First day, YYYY-MM-DD.',
    validate: dateArgument,
  }),
  to: t.arg.string({
    required: false,
    description: 'Last day, YYYY-MM-DD, inclusive.',
    validate: dateArgument,
  }),
  actor: t.arg.string({
    required: false,
    description: 'Only what this subject (token subject or person) did.',
    validate: z.string().max(200, 'A subject has at most 200 characters.'),
  }),
  householdId: t.arg.id({
    required: false,
    description: 'Only rows about this household: its own and its plans’.',
    validate: uuidArgument,
  }),
});

interface FilterArgs {
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
  readonly actor?: string | null | undefined;
  readonly householdId?: string | number | null | undefined;
}

const readFiltered = (context: GatewayContext, args: FilterArgs, limit: number) =>
  readAuditLog(context.db, {
    municipalityId: writingMunicipalityOf(context),
    from: args.from ?? undefined,
    to: args.to ?? undefined,
    actor: args.actor ?? undefined,
    householdId: args.householdId == null ? undefined : String(args.householdId),
    limit,
  });

builder.queryField('auditLog', (t) =>
  t.field({
    type: [AuditLogEntryRef],
    description:
      'Your municipality’s audit log (logboek) for the privacy officer, newest first: who read or wrote which household or plan, when, through which operation. Filter by period, subject and household. Needs a municipality or admin token.',
    authScopes: { municipalityWriter: true },
    args: {
      ...filterArgs(t),
      first: t.arg.int({
        required: false,
        defaultValue: 100,
        description: `How many rows, newest first (at most ${MAX_PAGE}).`,
        validate: z.number().int().min(1).max(MAX_PAGE),
      }),
    },
    resolve: (_root, args, context) => readFiltered(context, args, args.first ?? 100),
  }),
);

builder.queryField('auditLogCsv', (t) =>
  t.string({
    description: `The audit log with the same filters as CSV (one line per row, newest first, at most ${MAX_EXPORT.toLocaleString('en')} rows), for the privacy officer’s own records. Needs a municipality or admin token.`,
    authScopes: { municipalityWriter: true },
    args: filterArgs(t),
    resolve: async (_root, args, context) =>
      auditLogCsv(await readFiltered(context, args, MAX_EXPORT)),
  }),
);
