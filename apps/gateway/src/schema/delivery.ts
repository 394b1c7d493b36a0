import {
  type DeliveredKinds,
  type DeliveryRow,
  deliverFile,
  IMPORT_KINDS,
  type ImportKindName,
  type ImportProblem,
  problemReportCsv,
  readDeliveredKinds,
  readDeliveries,
  readDeliveryProblems,
} from '@wijknet/db';
import { periodsWithin } from '@wijknet/outcome-monitoring';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { operationLabel } from '../data/operation-label.js';
import { writingMunicipalityOf } from '../data/write-input-rows.js';
import { GatewayError } from '../errors/gateway-error.js';
import { periodRangeArgs } from './codes.js';

export const ImportKind = builder.enumType('ImportKind', {
  description:
    'What a delivered CSV file holds (soort aanlevering); each kind has its own columns, see docs/import-formats.md.',
  values: Object.fromEntries(
    IMPORT_KINDS.map((kind) => [
      kind.toUpperCase().replaceAll('-', '_'),
      { value: kind, description: `The ${kind} file.` },
    ]),
  ) as Record<string, { value: ImportKindName; description: string }>,
});

/**
 * Whether a value is a file part. Not `instanceof File`: behind Node's HTTP server the parts are
 * the fetch ponyfill's files, which are not instances of Node's own File.
 */
const isFile = (value: unknown): value is File =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<File>).stream === 'function' &&
  typeof (value as Partial<File>).name === 'string';

/** A file of a GraphQL multipart request: only ever an argument, never a result. */
export const FileScalar = builder.scalarType('File', {
  description:
    'A file sent in a GraphQL multipart request (the multipart request spec): the `map` field points a variable at the file part.',
  serialize: () => {
    throw new GraphQLError('A file is only ever sent to wijknet, never returned.');
  },
  parseValue: (value) => {
    if (isFile(value)) return value;
    throw new GraphQLError(
      'Send the file as a part of a multipart request (Content-Type: multipart/form-data), mapped to this variable.',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  },
});

const DeliveryProblem = builder.objectRef<ImportProblem>('DeliveryProblem').implement({
  description: 'One thing wrong with a refused file (probleem): where it is and why.',
  fields: (t) => ({
    line: t.exposeInt('line', {
      description: 'Line in the file, the header being line 1; 0 when it concerns the whole file.',
    }),
    column: t.exposeString('column', {
      description: 'The column (header name); empty when it concerns the whole row.',
    }),
    reason: t.exposeString('reason', { description: 'What is wrong, in words to act on.' }),
    rule: t.string({
      nullable: true,
      description: 'The domain rule that refused the row (e.g. plan-not-active), if one did.',
      resolve: (problem) => problem.rule ?? null,
    }),
  }),
});

/** The kept problems of a delivery, read once per delivery and request. */
function problemsOf(delivery: DeliveryRow, context: GatewayContext): Promise<ImportProblem[]> {
  if (delivery.problemCount === 0) return Promise.resolve([]);
  return readDeliveryProblems(context.db, {
    municipalityId: delivery.municipalityId,
    deliveryId: delivery.id,
  });
}

export const Delivery = builder.objectRef<DeliveryRow>('Delivery').implement({
  description:
    'A CSV file a municipality delivered (aanlevering): all or nothing, so either every row was taken in, or none and the problem report says why.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The delivery’s ID.' }),
    kind: t.field({
      type: ImportKind,
      description: 'What the file holds (soort).',
      resolve: (delivery) => delivery.kind as ImportKindName,
    }),
    fileName: t.exposeString('fileName', { description: 'The file’s name (bestandsnaam).' }),
    period: t.exposeString('period', {
      description: 'The quarter it was delivered in (kwartaal), e.g. 2026-Q4.',
    }),
    deliveredAt: t.exposeString('deliveredAt', {
      description: 'When it was delivered (tijdstip), ISO 8601 with offset.',
    }),
    deliveredBy: t.exposeString('actor', {
      description: 'Who delivered it (aangeleverd door): the token’s subject or the person.',
    }),
    isAccepted: t.exposeBoolean('isAccepted', {
      description: 'Whether it was accepted (geaccepteerd); a refused file wrote nothing.',
    }),
    rows: t.exposeInt('rows', { description: 'Data rows read (regels), the header not counted.' }),
    inserted: t.exposeInt('inserted', { description: 'Rows that were new (nieuw).' }),
    updated: t.exposeInt('updated', { description: 'Rows that changed what was stored.' }),
    unchanged: t.exposeInt('unchanged', {
      description: 'Rows already stored as they are: delivering a file again changes nothing.',
    }),
    refusalCode: t.exposeString('refusalCode', {
      nullable: true,
      description:
        'Why it was refused: invalid-rows, invalid-header, invalid-encoding, ...; null when accepted.',
    }),
    refusalSummary: t.exposeString('refusalSummary', {
      nullable: true,
      description: 'The refusal in one sentence; null when accepted.',
    }),
    problemCount: t.exposeInt('problemCount', {
      description: 'How many problems the file had (problemen).',
    }),
    problems: t.field({
      type: [DeliveryProblem],
      description: `Every problem, in line order, up to the first 10,000 (the count says how many there were).`,
      resolve: (delivery, _args, context) => problemsOf(delivery, context),
    }),
    problemReportCsv: t.string({
      description:
        'The problem report as CSV (line, column, problem, rule), to open beside the file in a spreadsheet.',
      resolve: async (delivery, _args, context) =>
        problemReportCsv(delivery, await problemsOf(delivery, context)),
    }),
  }),
});

const deliveryPeriods = (from: string, to: string) =>
  periodsWithin(from, to).filter((period) => period.includes('-Q'));

builder.mutationField('deliver', (t) =>
  t.field({
    type: Delivery,
    description:
      'Delivers a CSV file of your municipality (aanleveren) as a GraphQL multipart request: the same checks as `wijknet import`, all or nothing, every problem with its line and column, and nothing changed when the same file comes again. Refused files are answered (and kept in the history) with their problems. Needs a municipality or admin token.',
    authScopes: { municipalityWriter: true },
    args: {
      kind: t.arg({ type: ImportKind, required: true, description: 'What the file holds.' }),
      file: t.arg({
        type: FileScalar,
        required: true,
        description: 'The CSV file: UTF-8, a header row, comma or semicolon separated.',
      }),
    },
    resolve: async (_root, { kind, file }, context, info) => {
      const municipalityId = writingMunicipalityOf(context);
      const { viewer } = context;
      const operation = operationLabel(info.operation);
      const actor =
        viewer.kind === 'authenticated'
          ? { subject: viewer.subject, role: viewer.role, operation }
          : { subject: 'anonymous', role: 'anonymous', operation };
      return deliverFile(context.db, {
        kind,
        municipalityId,
        source: file.stream() as unknown as AsyncIterable<Uint8Array>,
        fileName: fileNameOf(file, kind),
        secret: context.pseudonymSecretOf(municipalityId),
        actor,
      });
    },
  }),
);

/** The longest file name a file system keeps; a delivery's history shows it beside the outcome. */
const MAX_FILE_NAME_LENGTH = 255;

/** The name a delivered file is kept under: its own, or `<kind>.csv` when it has none. */
function fileNameOf(file: File, kind: string): string {
  if (file.name === '') return `${kind}.csv`;
  if (file.name.includes('\u0000'))
    throw new GatewayError('BAD_USER_INPUT', 'file: the file name holds the NUL character.');
  if (file.name.length > MAX_FILE_NAME_LENGTH) {
    throw new GatewayError(
      'BAD_USER_INPUT',
      `file: the file name has ${file.name.length.toLocaleString('en')} characters; at most ${MAX_FILE_NAME_LENGTH} are taken.`,
    );
  }
  return file.name;
}

builder.queryField('deliveries', (t) =>
  t.field({
    type: [Delivery],
    description:
      'Your municipality’s delivery history (aanleveringen) in the quarters of a range, newest first: kind, file, rows, who, when, accepted or refused, and the problem report. Needs a municipality or admin token.',
    authScopes: { municipalityWriter: true },
    args: {
      ...periodRangeArgs(t.arg),
    },
    resolve: (_root, args, context) =>
      readDeliveries(context.db, {
        municipalityId: writingMunicipalityOf(context),
        periods: deliveryPeriods(args.from, args.to),
      }),
  }),
);

const DeliveryCoverage = builder.objectRef<DeliveredKinds>('DeliveryCoverage').implement({
  description:
    'Which kinds of file a municipality delivered and had accepted in a quarter (aanleverstatus): never what they held.',
  fields: (t) => ({
    municipalityCode: t.exposeString('municipalityId', {
      description: 'CBS municipality code (gemeentecode).',
    }),
    municipalityName: t.exposeString('municipalityName', {
      description: 'Name (gemeentenaam).',
    }),
    period: t.exposeString('period', { description: 'The quarter (kwartaal), e.g. 2026-Q4.' }),
    kinds: t.field({
      type: [ImportKind],
      description: 'The kinds delivered and accepted in the quarter.',
      resolve: (coverage) => coverage.kinds as ImportKindName[],
    }),
  }),
});

builder.queryField('deliveryCoverage', (t) =>
  t.field({
    type: [DeliveryCoverage],
    description:
      'Per municipality and quarter of a range, which kinds of file it delivered and had accepted: all a knowledge institute learns of deliveries. Municipalities without an accepted delivery are not listed. Any token.',
    authScopes: { authenticated: true },
    args: {
      ...periodRangeArgs(t.arg),
    },
    resolve: (_root, args, context) =>
      readDeliveredKinds(context.db, { periods: deliveryPeriods(args.from, args.to) }),
  }),
);
