import { type Database, readPublicationVersion, withScope } from '@wijknet/db';
import { type DocumentNode, type ExecutionResult, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { tenancyScopeOf } from '../auth/tenancy-scope.js';
import type { RequestContext } from '../context.js';
import { readsOnlyFigures } from './compiled-execution.js';

/** What yoga writes to the wire: the result's own serialiser when it has one. */
type SerialisableResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

interface KeptAnswer {
  readonly result: ExecutionResult;
  readonly text: string;
  /** The text as UTF-8, encoded once: what a reused answer writes to the socket. */
  readonly bytes: Buffer<ArrayBuffer>;
}

export interface PublicAnswerCacheOptions {
  /** How much the kept answers may take, counted as four bytes per character of their JSON. */
  readonly maxBytes?: number;
}

/** Each distinct document printed once: yoga hands the same parsed document for the same text. */
const documentTexts = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode): string {
  let text = documentTexts.get(document);
  if (text === undefined) {
    text = print(document);
    documentTexts.set(document, text);
  }
  return text;
}

/**
 * Keeps the public answers to figure queries (every root field `compare`) as the JSON they were
 * sent as, keyed on the operation, its variables and the database's publication version. Public
 * means the institute scope: institutes and visitors without a token, who all see the same
 * published figures; a municipality's own figures are never kept.
 *
 * Before each such operation one short statement reads the version (the sum the triggers on the
 * public figures, publication settings and reference tables raise in every writing transaction).
 * An answer is reused only under the version it was computed after, so a write through any
 * gateway process, an import or a seed makes every older answer unreachable at its commit; the
 * least recently used ones then make room. What a reused answer costs is that one read and the
 * write of the kept bytes.
 */
export function usePublicAnswerCache(
  database: Database,
  options: PublicAnswerCacheOptions = {},
): Plugin {
  const kept = new LRUCache<string, KeptAnswer>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (answer) => Math.max(1, answer.text.length * 4 + answer.bytes.byteLength),
  });
  /** The kept answer a request is being answered with, so its response can carry the bytes. */
  const answering = new WeakMap<Request, KeptAnswer>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext & {
        readonly request: Request;
      };
      if (tenancyScopeOf(context.viewer).role !== 'institute' || !readsOnlyFigures(args)) return;
      let version: string;
      try {
        version = await withScope(database, { role: 'institute' }, readPublicationVersion);
      } catch {
        // The database is away: the operation runs as usual and reports that itself.
        return;
      }
      const key = JSON.stringify([
        version,
        args.operationName ?? null,
        textOf(args.document),
        args.variableValues ?? {},
      ]);
      const answer = kept.get(key);
      if (answer) {
        answering.set(context.request, answer);
        setResultAndStopExecution({ ...answer.result, stringify: () => answer.text } as never);
        return;
      }
      return {
        onExecuteDone({ result }) {
          const done = result as SerialisableResult;
          if (Symbol.asyncIterator in done || done.errors?.length) return;
          // Kept as yoga writes it: the first answer is serialised once, for the wire and the cache.
          const serialise = done.stringify ?? JSON.stringify;
          done.stringify = (sanitised) => {
            const text = serialise(sanitised);
            kept.set(key, {
              result: sanitised,
              text,
              bytes: Buffer.from(text) as Buffer<ArrayBuffer>,
            });
            return text;
          };
        },
      };
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const answer = answering.get(request);
      // The response yoga made carries the kept text; the same answer as bytes encoded once spares
      // encoding it again for every request (and the memory that churns through under load).
      if (answer && response.status === 200)
        setResponse(
          new fetchAPI.Response(answer.bytes, { status: 200, headers: response.headers }),
        );
    },
  };
}
