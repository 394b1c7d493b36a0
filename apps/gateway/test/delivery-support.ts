import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { CSRF_HEADER } from '../src/create-gateway.js';

export const DELIVER = /* GraphQL */ `
  mutation Deliver($kind: ImportKind!, $file: File!) {
    deliver(kind: $kind, file: $file) {
      id kind fileName period deliveredBy isAccepted rows inserted updated unchanged
      refusalCode problemCount problems { line column reason rule } problemReportCsv
    }
  }
`;

/** The example files of @wijknet/db (docs/import-formats.md), by kind. */
const examples = resolve(
  dirname(createRequire(import.meta.url).resolve('@wijknet/db/package.json')),
  'examples',
);
export const exampleFile = (kind: string) => readFileSync(resolve(examples, `${kind}.csv`), 'utf8');

export interface MultipartDelivery {
  readonly kind: string;
  readonly fileName: string;
  readonly text: string;
  readonly token?: string;
  /** Leave out the CSRF header, as a cross-site form post would. */
  readonly withoutCsrfHeader?: boolean;
  /** A document other than DELIVER. */
  readonly query?: string;
}

/**
 * A delivery as the GraphQL multipart request spec has it: the operations, a map pointing
 * `variables.file` at part 0, and the file as part 0, posted with `fetch`.
 */
export function multipartRequest(url: string, delivery: MultipartDelivery): Request {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: delivery.query ?? DELIVER,
      variables: { kind: delivery.kind, file: null },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new File([delivery.text], delivery.fileName, { type: 'text/csv' }));
  const headers: Record<string, string> = {};
  if (!delivery.withoutCsrfHeader) headers[CSRF_HEADER] = '1';
  if (delivery.token) headers.authorization = `Bearer ${delivery.token}`;
  return new Request(url, { method: 'POST', headers, body: form });
}

export interface DeliveryAnswer {
  readonly status: number;
  readonly codes: unknown[];
  readonly delivery: Record<string, unknown> | undefined;
}

/** Reads a delivery's answer: its status, error codes and the `deliver` result. */
export async function deliveryAnswerOf(response: Response): Promise<DeliveryAnswer> {
  const body = (await response.json()) as {
    data?: { deliver?: Record<string, unknown> } | null;
    errors?: Array<{ extensions?: { code?: unknown } }>;
  };
  return {
    status: response.status,
    codes: (body.errors ?? []).map((error) => error.extensions?.code),
    delivery: body.data?.deliver ?? undefined,
  };
}
