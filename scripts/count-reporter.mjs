/**
 * A web-test-runner reporter that prints `N passed, N failed, N skipped` alone on a line when the run ends,
 * so that a log reader can count the tests (wtr's own summary never stands alone on a line).
 */
export function countReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    if (!suite) return;
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped += 1;
      else if (t.passed) passed += 1;
      else failed += 1;
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has errors but no tests: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
    },
    stop() {
      process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    },
  };
}
