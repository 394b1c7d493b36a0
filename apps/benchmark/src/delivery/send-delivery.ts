import { formatDocument, stringifyDocument } from '@urql/core';
import type { DocumentNode } from 'graphql';
import { CSRF_HEADERS } from '../graphql/client';
import type { ResultOf, VariablesOf } from '../graphql/graphql';
import { sha256Hex } from '../graphql/persisted-operations';
import { DeliverMutation } from './delivery-page.graphql';

export type DeliveryResult = ResultOf<typeof DeliverMutation>['deliver'];
export type ImportKindName = VariablesOf<typeof DeliverMutation>['kind'];

/**
 * The multipart request's operations part. A production build names the operation by the hash
 * of the text urql would send (the persisted-operations manifest lists it); in development the
 * text itself goes along.
 */
async function operationsPart(kind: ImportKindName): Promise<string> {
  const text = stringifyDocument(formatDocument(DeliverMutation as DocumentNode) as DocumentNode);
  const variables = { kind, file: null };
  if (!import.meta.env.PROD) return JSON.stringify({ query: text, variables });
  const sha256Hash = await sha256Hex(text);
  return JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
}

export interface SendDeliveryOptions {
  readonly kind: ImportKindName;
  readonly file: File;
  /** The share of the file sent so far, 0 to 1. */
  readonly onProgress: (share: number) => void;
}

/**
 * Sends a file as a GraphQL multipart request (operations, map, the file as part 0). It goes by
 * XMLHttpRequest because fetch reports no upload progress. The request is a "simple" one a
 * browser would not preflight, so it carries the CSRF header the gateway asks of those.
 */
export async function sendDelivery(options: SendDeliveryOptions): Promise<DeliveryResult> {
  const form = new FormData();
  form.set('operations', await operationsPart(options.kind));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', options.file, options.file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/graphql');
    // Same origin: the session cookie goes along by itself.
    for (const [name, value] of Object.entries(CSRF_HEADERS)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new Error('the server could not be reached'));
    request.onload = () => {
      let body: { data?: { deliver?: DeliveryResult }; errors?: { message: string }[] };
      try {
        body = JSON.parse(request.responseText);
      } catch {
        reject(new Error(`HTTP ${request.status}`));
        return;
      }
      const deliver = body.data?.deliver;
      if (deliver) resolve(deliver);
      else reject(new Error(body.errors?.map((error) => error.message).join(' ') ?? 'no answer'));
    };
    request.send(form);
  });
}
