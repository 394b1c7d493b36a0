import { hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { type Database, readPublicationVersion, withScope } from '@wijknet/db';
import { type ExecutionResult, Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../auth/viewer.js';

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

/** A kept answer with the text it is written as, serialised once when it was kept. */
type KeptResult = ExecutionResult & { stringify: () => string };

/**
 * The response cache's store: keys are `version:hash`, answers kept by KeptAnswers, their size
 * counted as four bytes per character of their JSON (the text, and the result it was made of).
 */
function publishedAnswerStore(maxBytes: number) {
  const kept = new KeptAnswers<KeptResult>({
    maxSize: maxBytes,
    sizeOf: (answer) => answer.stringify().length * 4,
  });
  const split = (key: string) => {
    const at = key.indexOf(':');
    return { version: key.slice(0, at), hash: key.slice(at + 1) };
  };
  return {
    get(key: string) {
      if (!key.includes(':')) return undefined;
      const { version, hash } = split(key);
      return kept.get(version, hash);
    },
    set(key: string, result: ExecutionResult) {
      if (!key.includes(':')) return;
      const { version, hash } = split(key);
      // Kept answers have no errors, and their `http` extension is the cache's own headers.
      const text = JSON.stringify({ data: result.data });
      kept.set(version, hash, { ...result, stringify: () => text });
    },
    // Writes never invalidate by entity: a newer publication version makes every answer unreachable.
    invalidate() {},
  };
}

/** Whether an operation's every root field is `compare`: published figures, nothing else. */
const figureQueries = new LRUCache<string, boolean>({ max: 1000 });
function isFigureQuery(text: string, operationName: string | null | undefined): boolean {
  let known = figureQueries.get(`${operationName ?? ''}\n${text}`);
  if (known === undefined) {
    try {
      const operations = parse(text).definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const operation = operationName
        ? operations.find((item) => item.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
      known =
        operation?.operation === 'query' &&
        operation.selectionSet.selections.every(
          (selection) =>
            selection.kind === Kind.FIELD &&
            ['compare', '__typename'].includes(selection.name.value),
        );
    } catch {
      known = false; // yoga refuses it with its own message
    }
    figureQueries.set(`${operationName ?? ''}\n${text}`, known);
  }
  return known;
}

/** Institutes and visitors without a token: all see the same published figures. */
const isPublic = (viewer: Viewer) => viewer.kind === 'anonymous' || viewer.role === 'institute';

/**
 * Keeps the public answers to figure queries (every root field `compare`), with graphql-yoga's
 * response cache, keyed on the operation, its variables and the database's publication version.
 * Public means the institute scope: institutes and visitors without a token, who all see the same
 * published figures; a municipality's own figures are never kept.
 *
 * Before each such operation one short statement reads the version (the sum the triggers on the
 * public figures, publication settings and reference tables raise in every writing transaction).
 * An answer is reused only under the version it was computed after, so a write through any
 * gateway process, an import or a seed makes every older answer unreachable at its commit, and
 * the first request after it lets them go. Place it after the persisted-operation policy, so a
 * request that policy refuses is never answered from the cache.
 */
export function usePublicAnswers(options: {
  database: Database;
  viewerOf: (request: Request) => Promise<Viewer>;
  /** How much the kept answers may take (64 MB unless told). */
  maxBytes?: number | undefined;
}): Plugin {
  const publicFigureRequests = new WeakSet<Request>();
  return useResponseCache({
    // Every answer kept here is public: its requests share one session. A request without a
    // session would have each object of its answer looked over for fields marked private (none
    // are): a twentieth of a fresh comparison's time.
    session: () => 'public',
    enabled: (request) => publicFigureRequests.has(request),
    cache: publishedAnswerStore(options.maxBytes ?? 64 * 1024 * 1024),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, request }) => {
      const hash = await hashSHA256(
        JSON.stringify([operationName ?? null, documentString, variableValues ?? {}]),
      );
      if (!isFigureQuery(documentString, operationName)) return hash;
      if (!isPublic(await options.viewerOf(request))) return hash;
      try {
        const version = await withScope(
          options.database,
          { role: 'institute' },
          readPublicationVersion,
        );
        publicFigureRequests.add(request);
        return `${version}:${hash}`;
      } catch {
        // The database is away: the operation runs as usual and reports that itself.
        return hash;
      }
    },
  });
}
