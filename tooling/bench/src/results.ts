import type { Outcome } from './availability.js';
import type { ServerName } from './cases/contender.js';
import type { ImportRate } from './import-rate.js';
import type { LivingRun } from './living/living-network.js';
import type { LoadResult } from './load.js';
import type { ContenderResult } from './measure.js';
import type { ReplicaPoint } from './replicas.js';
import type { SoakResult } from './soak.js';
import type { LatencySummary } from './statistics.js';
import type { BundleSize } from './web-app.js';

export interface MachineInfo {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly postgres: string;
  readonly platform: string;
}

export interface StatementCount {
  readonly total: number;
  readonly data: number;
}

/** The latency cases, in the order they are measured and reported. */
export const LATENCY_CASES = ['compare', 'compareKept', 'caseload'] as const;
export type LatencyCaseName = (typeof LATENCY_CASES)[number];

export interface CaseResult {
  readonly description: string;
  readonly servers: Partial<Record<ServerName, ContenderResult>>;
  /** SQL statements one request sends to Postgres, per server (counted on the wire). */
  readonly statements: Partial<Record<ServerName, StatementCount>>;
}

export interface GrowthPoint {
  readonly scale: string;
  readonly municipalities: number;
  readonly households: number;
  readonly gatewayMedianMs: number | null;
  readonly limitMedianMs: number | null;
  /** How long migrating and seeding this scale took on Postgres (the main database's seed for its scale). */
  readonly seedSeconds: number | null;
}

/** Everything one run found, before it is judged and written out. */
export interface BenchResults {
  readonly command: string;
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: MachineInfo;
  readonly scale: string;
  readonly seed: Outcome<{ seedSeconds: number; counts: Record<string, number> }>;
  readonly cases: Record<LatencyCaseName, Outcome<CaseResult>>;
  readonly load: Record<
    'compare' | 'caseload',
    Outcome<Partial<Record<'gateway' | 'peer', LoadResult>>>
  >;
  readonly loadSettings: { readonly connections: number; readonly durationSeconds: number };
  /** Reads of compare and caseload while writes arrive, on the gateway and on the peer. */
  readonly livingNetwork: Outcome<LivingRun[]>;
  /** One plan event at a time, through the gateway, on the main database. */
  readonly writeLatency: Outcome<LatencySummary & { samples: number; refused: number }>;
  readonly growth: Outcome<GrowthPoint[]>;
  readonly importRates: Outcome<ImportRate[]>;
  readonly bundle: Outcome<BundleSize>;
  readonly comparePage: Outcome<{ medianMs: number; maxMs: number; loads: number }>;
  readonly soak: Outcome<SoakResult>;
  /** Public read throughput with the primary alone and with one and two streaming replicas. */
  readonly replicas: Outcome<ReplicaPoint[]>;
}
