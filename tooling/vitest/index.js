// The root test command (tooling/scripts/test.sh) sets WIJKNET_TEST_REPORT_DIR so that every
// package writes a JSON report beside the usual console output; the script then prints one
// closing "N passed, N failed" line for the whole tree.
import { basename } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';

/** @param {import('vitest/config').UserConfig} [overrides] */
export function defineWijknetConfig(overrides = {}) {
  const reportDir = process.env.WIJKNET_TEST_REPORT_DIR;
  const name = basename(process.cwd());
  const reporters = reportDir
    ? ['default', ['json', { outputFile: `${reportDir}/${name}.json` }]]
    : ['default'];
  return mergeConfig(defineConfig({ test: { reporters } }), overrides);
}
