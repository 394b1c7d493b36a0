/** How big and how long one run of the harness is. `--quick` keeps the same shape, smaller. */
export interface BenchOptions {
  readonly isQuick: boolean;
  /** The seed scale of the main database, where every server is measured side by side. */
  readonly scale: 'demo' | 'small' | 'national';
  /** The seed number, so two runs measure the same data. */
  readonly seed: number;
  /** Requests per server before timing starts (plans cached, pools filled, JIT warm). */
  readonly warmUpIterations: number;
  /** Timed requests per server and case, interleaved round-robin. */
  readonly iterations: number;
  /** No timed request may take longer; a server that does is reported as timing out. */
  readonly requestTimeoutMs: number;
  /** A server whose median passes this after the first few requests is sampled no further. */
  readonly slowServerBudgetMs: number;
  readonly load: { readonly connections: number; readonly durationSeconds: number };
  /** The scales the growth case seeds and measures, smallest first. */
  readonly growthScales: readonly ('demo' | 'small' | 'national')[];
  /** Households exported and imported again by the import case (assessments follow them). */
  readonly importHouseholds: number;
  readonly pageLoads: number;
  /** How long the gateway's soak of mixed reads and writes runs, on Postgres. */
  readonly soakSeconds: number;
}

export const FULL_OPTIONS: BenchOptions = {
  isQuick: false,
  scale: 'national',
  seed: 2025,
  warmUpIterations: 10,
  iterations: 200,
  requestTimeoutMs: 60_000,
  slowServerBudgetMs: 120_000,
  load: { connections: 20, durationSeconds: 20 },
  growthScales: ['demo', 'small', 'national'],
  importHouseholds: 100_000,
  pageLoads: 5,
  soakSeconds: 60,
};

export const QUICK_OPTIONS: BenchOptions = {
  isQuick: true,
  scale: 'small',
  seed: 2025,
  warmUpIterations: 3,
  iterations: 100,
  requestTimeoutMs: 30_000,
  slowServerBudgetMs: 30_000,
  load: { connections: 20, durationSeconds: 5 },
  growthScales: ['demo', 'small'],
  importHouseholds: 10_000,
  pageLoads: 3,
  soakSeconds: 15,
};

/** Reads the command line: `--quick` and nothing else; anything unknown is refused plainly. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter((argument) => argument !== '--quick' && argument !== '--');
  if (unknown.length > 0) {
    throw new Error(`Unknown argument(s): ${unknown.join(' ')}. Usage: pnpm bench [--quick]`);
  }
  return argv.includes('--quick') ? QUICK_OPTIONS : FULL_OPTIONS;
}
