// Entry point of the real-VS Code suite, loaded by the extension host under both harnesses
// (code-server + Chromium, and @vscode/test-electron): it runs every compiled `*.test.js`
// beside it with mocha, logs each result, and writes a JSON summary for the harness.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { stageForScreenshots, waitForFile } from './helpers';

/** One test's outcome, as the harness reads it from the results file. */
interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** The results file's content. */
interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
}

function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(file));
    else if (entry.name.endsWith('.test.js')) found.push(file);
  }
  return found.sort();
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function writeResults(results: SuiteResults): void {
  const target = process.env.ARTICLE_ANNOTATOR_E2E_RESULTS;
  if (!target) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify(results, null, 2));
}

/** Called by VS Code once the development extension is loaded; rejects when a test failed. */
export async function run(): Promise<void> {
  // Base prints nothing (a reporter's output goes nowhere useful here); the events below log.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: Mocha.reporters.Base });
  const grep = process.env.ARTICLE_ANNOTATOR_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
        console.log(`[e2e] ✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
      });
      runner.on('fail', (test, error) => {
        results.failed++;
        results.tests.push({ title: test.fullTitle(), state: 'failed', error: describeError(error) });
        console.log(`[e2e] ✗ ${test.fullTitle()}\n${describeError(error)}`);
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.fullTitle(), state: 'pending' });
        console.log(`[e2e] - ${test.fullTitle()} (skipped)`);
      });
    });
  } catch (error) {
    // Loading a test file failed: count it, so the harness never reports a green empty run.
    results.failed++;
    results.tests.push({ title: 'loading the suite', state: 'failed', error: describeError(error) });
    console.log(`[e2e] ✗ loading the suite\n${describeError(error)}`);
  }
  if (results.passed + results.failed === 0) {
    results.failed++;
    results.tests.push({ title: 'the suite ran no test', state: 'failed', error: 'no test matched' });
  }

  writeResults(results);
  console.log(`[e2e] ${results.passed} passed, ${results.failed} failed`);

  // The extension host stops when run() settles, and the colours and hovers with it: for the
  // harness's screenshots, stay until it says it is done.
  const stage = process.env.ARTICLE_ANNOTATOR_E2E_STAGE;
  const stageDone = process.env.ARTICLE_ANNOTATOR_E2E_STAGE_DONE;
  if (stage && stageDone && results.failed === 0) {
    try {
      await stageForScreenshots(stage);
      console.log('[e2e] staged for screenshots');
      await waitForFile(stageDone, 120_000);
    } catch (error) {
      console.log(`[e2e] screenshots: ${describeError(error)}`);
    }
  }
  if (results.failed > 0) throw new Error(`${results.failed} real-VS Code test(s) failed`);
}
