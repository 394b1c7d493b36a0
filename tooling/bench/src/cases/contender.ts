import type { Sql } from 'postgres';
import type { HttpRequestSpec } from '../graphql-client.js';

/**
 * Who answers: the gateway, PostGraphile on the rollups, the same behind a response cache keyed on
 * the publication version, PostGraphile on the base tables, bare SQL.
 */
export const SERVER_NAMES = ['gateway', 'peer', 'peerCached', 'peerBase', 'limit'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

/** One way of getting a case's answer, timed end to end (request, response, client-side work). */
export interface Contender<Answer> {
  readonly name: ServerName;
  /** The HTTP request behind it, for the load test; absent for bare SQL. */
  readonly http?: HttpRequestSpec;
  /**
   * Untimed work before every run (e.g. a write that makes the gateway's kept answers
   * unreachable): measureCase awaits it before it starts the clock.
   */
  prepare?(): Promise<void>;
  run(): Promise<Answer>;
}

/** What every case gets: where the servers listen, the database, tokens and limits. */
export interface CaseContext {
  readonly urls: Partial<Record<Exclude<ServerName, 'limit'>, string>>;
  /** A postgres.js client on the bench database, for the limit and for choosing inputs. */
  readonly sql: Sql;
  readonly signToken: (claims: {
    role: 'institute' | 'municipality' | 'team';
    municipalityId?: string;
    teamId?: string;
  }) => Promise<string>;
  readonly timeoutMs: number;
}

/** A case: its contenders, and how to tell whether two answers agree. */
export interface BenchCase<Answer> {
  readonly name: string;
  readonly description: string;
  readonly contenders: readonly Contender<Answer>[];
  /** Why a contender is missing (not available), by server. */
  readonly missing: Partial<Record<ServerName, string>>;
  /** Null when the answers agree, else what differs. */
  compareAnswers(expected: Answer, actual: Answer): string | null;
}
