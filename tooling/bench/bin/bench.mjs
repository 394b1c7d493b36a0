#!/usr/bin/env node
// Entry of `pnpm bench`: builds what the harness starts (the gateway, the db package, the web
// app), then runs the TypeScript harness through tsx. A failed build is reported, not fatal: the
// parts it concerns are then reported as not available.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const build = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@wijknet/bench^...',
    '--filter=@wijknet/benchmark',
    '--output-logs=errors-only',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0)
  console.error('bench: the build failed; what it did not build is reported as not available.');

const { register } = await import('tsx/esm/api');
register();
await import('../src/main.ts');
