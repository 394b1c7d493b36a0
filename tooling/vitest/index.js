// The root test command (tooling/scripts/test.sh) sets WIJKNET_TEST_REPORT_DIR so that every
// package writes a JSON report beside the usual console output; the script then prints one
// closing "N passed, N failed" line for the whole tree.
import { basename } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * @param {import('vitest/config').UserConfig} [overrides]
 * @param {string} [reportName] the report's name in the closing summary; the package folder's by default
 */
export function defineWijknetConfig(overrides = {}, reportName = basename(process.cwd())) {
  const reportDir = process.env.WIJKNET_TEST_REPORT_DIR;
  const name = reportName;
  const reporters = reportDir
    ? ['default', ['json', { outputFile: `${reportDir}/${name}.json` }]]
    : ['default'];
  return mergeConfig(defineConfig({ test: { reporters } }), overrides);
}
