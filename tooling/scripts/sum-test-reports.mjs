// Sums the vitest JSON reports in a folder and prints the closing line "N passed, N failed",
// after the name and first message line of every failed test (a log cut to its tail still
// says which tests failed). Exits non-zero when a test failed or when no test ran at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: sum-test-reports.mjs <report-dir>');

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const suiteFailures = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  for (const suite of report.testResults) {
    const where = suite.name.replace(`${process.cwd()}/`, '');
    if (suite.status === 'failed' && suite.assertionResults.length === 0)
      failures.push(`${where}: ${firstLine(suite.message)}`);
    for (const test of suite.assertionResults.filter((result) => result.status === 'failed'))
      failures.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + suiteFailures;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(
    `${file.replace(/\.json$/, '').padEnd(24)} ${report.numPassedTests} passed, ${report.numFailedTests + suiteFailures} failed`,
  );
}
if (failures.length > 0)
  console.log(`\nFailed:\n${failures.map((line) => `- ${line}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function firstLine(text) {
  return String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);
}
