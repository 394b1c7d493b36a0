import { type Database, readPublicationVersion, withScope } from '@wijknet/db';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, Kind, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { tenancyScopeOf } from '../auth/tenancy-scope.js';
import type { RequestContext } from '../context.js';

/** A query whose every root field (`__typename` aside) is `compare`: published figures only. */
function readsOnlyFigures(args: ExecutionArgs): boolean {
  const [operation, ...others] = args.document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation || others.length > 0 || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.name.value === '__typename' || selection.name.value === 'compare'),
  );
}

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
 * The kept answers of the newest publication version seen. The version only ever grows, so once
 * a newer one is read no request can reach an older answer again: those are let go at once rather
 * than left to fill the cache until the least recently used make room. An answer computed under a
 * version older than the newest seen (a request that read the version just before a write) is
 * not kept either.
 */
export class KeptAnswers<Answer extends {}> {
  readonly #answers: LRUCache<string, Answer>;
  #version = -1n;

  constructor(options: { maxSize: number; sizeOf: (answer: Answer) => number }) {
    this.#answers = new LRUCache({
      maxSize: options.maxSize,
      sizeCalculation: (answer) => Math.max(1, options.sizeOf(answer)),
    });
  }

  /** How much the kept answers take, as `sizeOf` counts it. */
  get size(): number {
    return this.#answers.calculatedSize;
  }

  /** Says a request read `version`: a newer one than any before lets every kept answer go. */
  #see(version: string): boolean {
    const seen = BigInt(version);
    if (seen > this.#version) {
      this.#version = seen;
      this.#answers.clear();
    }
    return seen === this.#version;
  }

  get(version: string, key: string): Answer | undefined {
    return this.#see(version) ? this.#answers.get(key) : undefined;
  }

  set(version: string, key: string, answer: Answer): void {
    if (this.#see(version)) this.#answers.set(key, answer);
  }
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
 * gateway process, an import or a seed makes every older answer unreachable at its commit, and
 * the first request after it lets them go. What a reused answer costs is that one read and the
 * write of the kept bytes.
 */
export function usePublicAnswerCache(
  database: Database,
  options: PublicAnswerCacheOptions = {},
): Plugin {
  const kept = new KeptAnswers<KeptAnswer>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeOf: (answer) => answer.text.length * 4 + answer.bytes.byteLength,
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
        args.operationName ?? null,
        textOf(args.document),
        args.variableValues ?? {},
      ]);
      const answer = kept.get(version, key);
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
            kept.set(version, key, {
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
