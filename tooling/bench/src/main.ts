// `pnpm bench [--quick]`: seeds a Postgres database of its own, measures the gateway against
// PostGraphile and bare SQL side by side, and rewrites docs/benchmarks.md and .json.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { attempt, type Outcome } from './availability.js';
import {
  countRows,
  createScratchDatabase,
  migrateAndSeed,
  reuseDatabase,
  type ScratchDatabase,
} from './database.js';
import { growthPoint, measureGrowthAt, municipalitiesWithData } from './growth.js';
import { measureImportRates } from './import-rate.js';
import { withKeptSections } from './kept-sections.js';
import { measureLivingNetwork, measureWriteLatency } from './living/living-network.js';
import { describeMachine } from './machine.js';
import { type BenchOptions, parseOptions } from './options.js';
import { measureReplicaThroughput } from './replicas.js';
import { latencyTable, targetsTable, toJson, toMarkdown } from './report.js';
import { type BenchResults, type CaseResult, type GrowthPoint, LATENCY_CASES } from './results.js';
import {
  caseContext,
  countStatements,
  loadCase,
  measureCases,
  signBenchToken,
} from './run-cases.js';
import { type Fleet, startFleet } from './servers/fleet.js';
import { runSoak } from './soak.js';
import { judgeTargets } from './targets.js';
import { measureComparePage, measureInitialJavaScript } from './web-app.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = `${ROOT}docs/`;

/**
 * Formats the written Markdown as `pnpm format` would (Biome aligns the tables), so `pnpm lint`
 * passes on a fresh run without anyone touching the file.
 */
function formatWithBiome(path: string): void {
  const result = spawnSync('pnpm', ['exec', 'biome', 'format', '--write', path], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    console.error(`could not format ${path} with Biome: ${result.stderr || result.stdout}`);
}
const notRun = <T>(reason: string): Outcome<T> => ({ status: 'not-available', reason });

type Seeded = BenchResults['seed'];

/** A fresh database seeded at the run's scale, or one an earlier run kept (BENCH_DATABASE). */
async function prepareDatabase(
  options: BenchOptions,
): Promise<{ database: ScratchDatabase; seed: Seeded }> {
  const reused = process.env.BENCH_DATABASE;
  let database = reused ? reuseDatabase(reused) : await createScratchDatabase(options.scale);
  if (process.env.BENCH_KEEP_DATABASE === '1') database = { ...database, drop: async () => {} };
  const url = database.url;
  console.log(
    `• database ${database.name}: ${reused ? 'reused' : `migrating and seeding ${options.scale}`}`,
  );
  const seed = reused
    ? await attempt('row counts', async () => ({
        seedSeconds: Number.NaN,
        counts: await countRows(url),
      }))
    : await attempt('seed', () => migrateAndSeed(url, options.scale, options.seed));
  if (seed.status === 'measured') {
    seed.value.counts.municipalitiesWithData = await municipalitiesWithData(url);
    console.log(
      `  seeded in ${Math.round(seed.value.seedSeconds)} s: ${JSON.stringify(seed.value.counts)}`,
    );
  }
  return { database, seed };
}

/** Everything measured with the servers side by side: latency, load, writes, the web app. */
async function measureServed(fleet: Fleet, sql: postgres.Sql, options: BenchOptions) {
  const context = caseContext(fleet, sql, options.requestTimeoutMs);
  const { results: cases, cases: built } = await measureCases(context, options);
  const load: BenchResults['load'] = {
    compare: await attempt('load compare', () => loadCase(built.compare, fleet, options)),
    caseload: await attempt('load caseload', () => loadCase(built.caseload, fleet, options)),
  };
  const signMunicipalityToken = (municipalityId: string) =>
    signBenchToken({ role: 'municipality', municipalityId });
  const livingNetwork = await attempt('living network', () =>
    measureLivingNetwork({ fleet, cases: built, sql, bench: options, signMunicipalityToken }),
  );
  const gatewayUrl = fleet.servers.gateway?.url;
  const writeLatency: BenchResults['writeLatency'] = gatewayUrl
    ? await attempt('write latency', () =>
        measureWriteLatency({ gatewayUrl, sql, bench: options, signMunicipalityToken }),
      )
    : notRun('the gateway did not start');
  console.log('• web app');
  const bundle = await attempt('initial JavaScript', measureInitialJavaScript);
  const comparePage: BenchResults['comparePage'] = gatewayUrl
    ? await attempt('compare page', async () =>
        measureComparePage({
          baseUrl: gatewayUrl.replace(/\/graphql$/, ''),
          token: await signBenchToken({ role: 'institute' }),
          loads: options.pageLoads,
        }),
      )
    : notRun('the gateway did not start');
  return { cases, load, livingNetwork, writeLatency, bundle, comparePage };
}

/** Statements per request, with servers of their own behind a counting proxy. */
async function addStatementCounts(
  databaseName: string,
  cases: BenchResults['cases'],
  options: BenchOptions,
): Promise<void> {
  console.log('• counting SQL statements per request');
  const statements = await countStatements(databaseName, options, LATENCY_CASES).catch(
    () => ({}) as Record<string, undefined>,
  );
  for (const name of LATENCY_CASES) {
    const outcome = cases[name];
    const counted = statements[name];
    if (outcome.status === 'measured' && counted)
      cases[name] = { ...outcome, value: { ...outcome.value, statements: counted } };
  }
}

/** Seeds and latency at every scale of the growth case; the run's own scale is not seeded again. */
function measureGrowth(options: BenchOptions, seed: Seeded, compare: Outcome<CaseResult>) {
  return attempt('growth', async () => {
    const points: GrowthPoint[] = [];
    for (const scale of options.growthScales) {
      if (scale === options.scale) {
        if (seed.status === 'measured' && compare.status === 'measured')
          points.push(growthPoint(scale, seed.value, compare.value));
        continue;
      }
      console.log(`  seeding ${scale}`);
      points.push(await measureGrowthAt(scale, options));
    }
    return points;
  });
}

/** Judges the results and writes docs/benchmarks.md and .json, and the tables to the console. */
async function report(results: BenchResults): Promise<void> {
  const verdicts = judgeTargets(results);
  const previous = await readFile(`${DOCS}benchmarks.md`, 'utf8').catch(() => '');
  await writeFile(
    `${DOCS}benchmarks.md`,
    withKeptSections(previous, toMarkdown(results, verdicts)),
  );
  formatWithBiome(`${DOCS}benchmarks.md`);
  await writeFile(
    `${DOCS}benchmarks.json`,
    `${JSON.stringify(toJson(results, verdicts), null, 2)}\n`,
  );
  console.log(`\n${latencyTable(results)}\n\n${targetsTable(verdicts)}\n`);
  const missed = verdicts.filter((verdict) => verdict.verdict === 'MISSED');
  for (const verdict of missed) console.log(`MISSED: ${verdict.target} (${verdict.figures})`);
  console.log(
    `Written docs/benchmarks.md and docs/benchmarks.json in ${Math.round(results.durationSeconds)} s.`,
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const command = `pnpm bench${options.isQuick ? ' --quick' : ''}`;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = await describeMachine();
  console.log(
    `${command}: scale ${options.scale}, ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
  );

  let database: ScratchDatabase | undefined;
  let fleet: Fleet | undefined;
  let sql: postgres.Sql | undefined;
  const cleanUp = async () => {
    await fleet?.stop().catch(() => {});
    await sql?.end({ timeout: 5 }).catch(() => {});
    await database
      ?.drop()
      .catch((error) => console.error(`could not drop ${database?.name}: ${error}`));
  };
  // Interrupted or timed out: stop the servers and drop the database all the same.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }

  try {
    const prepared = await prepareDatabase(options);
    database = prepared.database;
    const { seed } = prepared;
    fleet = await startFleet(database.url);
    sql = postgres(database.url, { max: 2, onnotice: () => {} });
    const served = await measureServed(fleet, sql, options);
    await fleet.stop();
    fleet = undefined;
    await addStatementCounts(database.name, served.cases, options);
    console.log('• growth');
    const growth = await measureGrowth(options, seed, served.cases.compare);
    console.log('• import');
    const url = database.url;
    const importRates = await attempt('import', () =>
      measureImportRates(url, options.importHouseholds),
    );
    console.log(`• soak, ${options.soakSeconds} s on Postgres`);
    const soak = await attempt('soak', () => runSoak(options.soakSeconds));
    console.log('• public reads from streaming replicas');
    const replicas = await attempt('replicas', () => measureReplicaThroughput(options));
    await report({
      command,
      startedAt,
      durationSeconds: (performance.now() - started) / 1000,
      machine,
      scale: options.scale,
      seed,
      ...served,
      loadSettings: options.load,
      growth,
      importRates,
      soak,
      replicas,
    });
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
