// The domain packages are meant for municipalities' own tools, outside this repository. This
// test packs each one as it would be published, installs the tarballs with plain npm into a
// fresh project in a temporary folder, and imports them from Node (ESM) and from TypeScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const packages = ['household', 'plan', 'team', 'outcome-monitoring'] as const;

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'wijknet-pack-'));
  for (const name of packages) {
    execFileSync('pnpm', ['pack', '--pack-destination', project], {
      cwd: join(root, 'packages', name),
      stdio: 'pipe',
    });
  }
  const tarballs = readdirSync(project).filter((file) => file.endsWith('.tgz'));
  const dependencies = Object.fromEntries(
    packages.map((name) => {
      const tarball = tarballs.find((file) => file.startsWith(`wijknet-${name}-`));
      if (!tarball) throw new Error(`pnpm pack wrote no tarball for @wijknet/${name}`);
      return [`@wijknet/${name}`, `file:./${tarball}`];
    }),
  );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'local-tool', private: true, type: 'module', dependencies }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: project,
    stdio: 'pipe',
  });
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed domain packages', () => {
  it('import as ES modules in plain Node', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { LIFE_DOMAINS, pseudonymiseReference } from '@wijknet/household';
import { foldPlanEvents } from '@wijknet/plan';
import { checkComposition } from '@wijknet/team';
import { INDICATORS, benchmarkStatistics } from '@wijknet/outcome-monitoring';
console.log(JSON.stringify({
  domains: LIFE_DOMAINS.length,
  hash: pseudonymiseReference('client-42', 'a-secret-of-at-least-16-bytes'),
  fold: typeof foldPlanEvents,
  checks: typeof checkComposition,
  indicators: INDICATORS.length > 0,
  stats: typeof benchmarkStatistics,
}));
`,
    );
    const output = JSON.parse(
      execFileSync('node', ['use.mjs'], { cwd: project, encoding: 'utf8' }),
    );
    expect(output).toEqual({
      domains: 14,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      fold: 'function',
      checks: 'function',
      indicators: true,
      stats: 'function',
    });
  });

  it('ship types that a strict TypeScript project compiles against', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { LIFE_DOMAINS, type LifeDomain } from '@wijknet/household';
import type { PlanState } from '@wijknet/plan';
const first: LifeDomain = LIFE_DOMAINS[0];
// @ts-expect-error: not a life domain, the emitted types must say so
const wrong: LifeDomain = 'not-a-domain';
export const used: [LifeDomain, LifeDomain, PlanState | undefined] = [first, wrong, undefined];
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() =>
      execFileSync('node', [tsc, '-p', project], { cwd: project, encoding: 'utf8', stdio: 'pipe' }),
    ).not.toThrow();
  });
});
