import { appendFileSync } from 'node:fs';

interface AggregatedResult {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numPassedTestSuites: number;
  numFailedTestSuites: number;
  numTotalTestSuites: number;
}

/**
 * Appends one line per jest run ("passed failed skipped todo suitesPassed suitesFailed suitesTotal") to $QORGAU_TEST_SUMMARY, so scripts/test.sh can
 * print one total for every package and project at the end.
 */
export default class SummaryReporter {
  onRunComplete(_contexts: unknown, results: AggregatedResult): void {
    const file = process.env.QORGAU_TEST_SUMMARY;
    if (!file) return;
    appendFileSync(
      file,
      [
        results.numPassedTests,
        results.numFailedTests,
        results.numPendingTests,
        results.numTodoTests,
        results.numPassedTestSuites,
        results.numFailedTestSuites,
        results.numTotalTestSuites,
      ].join(' ') + '\n',
    );
  }
}
