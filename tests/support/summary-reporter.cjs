// Appends each jest run's counts to $FACTURO_TEST_SUMMARY (one JSON line per run) so
// .ci/run can print one "N passed, N failed" line for unit, integration and e2e together.
// CommonJS because jest loads reporters with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require("node:fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.FACTURO_TEST_SUMMARY;
    if (!file) return;
    const line = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.appendFileSync(file, JSON.stringify(line) + "\n");
  }
}

module.exports = SummaryReporter;
