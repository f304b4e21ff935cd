// Runs the same real-VS Code suite under @vscode/test-electron, for a machine that can
// download VS Code from Microsoft (a contributor's laptop): `npm run test:vscode`.
//
//   node test/e2e/run-test-electron.mjs [--grep PATTERN] [--vscode VERSION|stable|insiders]
//
// Assumes `npm run build` ran. Other extensions are disabled; the profile and the workspace
// (copies of the sample articles) are throwaway. Prints `N passed, N failed`; exits 1 on
// any failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { buildSuite, checkBuilt, env, makeWorkspace, removeSuite, repoRoot } from './prepare.mjs';

let options;
try {
  options = parseArgs({
    options: { grep: { type: 'string' }, vscode: { type: 'string', default: 'stable' } },
  }).values;
} catch (error) {
  console.error(`run-test-electron: ${error.message}`);
  console.error('usage: node test/e2e/run-test-electron.mjs [--grep PATTERN] [--vscode VERSION|stable|insiders]');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'article-annotator-e2e-'));
const resultsFile = join(tmp, 'results.json');
let extensionTestsPath;
let status = 1;
let passed = 0;
let failed = 0;
try {
  checkBuilt(repoRoot);
  extensionTestsPath = await buildSuite();
  const workspace = makeWorkspace(tmp);
  const exitCode = await runTests({
    version: options.vscode,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: {
      [env.results]: resultsFile,
      ...(options.grep ? { [env.grep]: options.grep } : {}),
    },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(tmp, 'data'),
    ],
  }).catch((error) => {
    // runTests rejects when VS Code exits non-zero, i.e. when a test failed.
    console.error(`[e2e-harness] ${error.message ?? error}`);
    return 1;
  });
  if (existsSync(resultsFile)) ({ passed, failed } = JSON.parse(readFileSync(resultsFile, 'utf8')));
  else failed = Math.max(failed, 1);
  if (exitCode !== 0 && failed === 0) failed = 1;
  status = failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`[e2e-harness] ${error.stack ?? error}`);
  failed = Math.max(failed, 1);
} finally {
  rmSync(tmp, { recursive: true, force: true });
  if (extensionTestsPath) removeSuite(extensionTestsPath);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
