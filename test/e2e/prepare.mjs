// What both real-VS Code harnesses share: compiling the suite to out/e2e/, and a throwaway
// workspace holding copies of the sample articles (the suite may write exports and sidecars
// there; the fixtures stay untouched).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const suiteSource = join(repoRoot, 'test/e2e/suite');

/** Environment variables the suite reads (set by the harness for the extension host). */
export const env = {
  results: 'ARTICLE_ANNOTATOR_E2E_RESULTS',
  grep: 'ARTICLE_ANNOTATOR_E2E_GREP',
  expectVersion: 'ARTICLE_ANNOTATOR_E2E_EXPECT_VSCODE',
  stage: 'ARTICLE_ANNOTATOR_E2E_STAGE',
  stageDone: 'ARTICLE_ANNOTATOR_E2E_STAGE_DONE',
};

function listTs(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listTs(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/**
 * Mocha 12 is an ES module package whose CommonJS build is lib/mocha.cjs. The suite's index
 * and every test file must share one mocha instance (its `suite`/`test` functions delegate to
 * the runner that is loading the file), so `mocha` stays external and points there.
 */
const mochaExternal = {
  name: 'mocha-external',
  setup(build) {
    build.onResolve({ filter: /^mocha$/ }, () => ({ path: 'mocha/lib/mocha.cjs', external: true }));
  },
};

/**
 * Compiles test/e2e/suite/**.ts to `out/e2e/run-<pid>/` (one bundle per file, `vscode`
 * external; a folder per run, so that runs side by side do not pull the suite from under each
 * other) and returns the index both hosts load, which exports `run(): Promise<void>`. Every
 * `*.test.ts` becomes a `*.test.js` that the index loads: adding a test file is the only step
 * to add tests. `removeSuite` deletes the folder.
 */
export async function buildSuite() {
  const outdir = join(repoRoot, 'out/e2e', `run-${process.pid}`);
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: listTs(suiteSource),
    outdir,
    outbase: suiteSource,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    plugins: [mochaExternal],
    logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}

/** Deletes what `buildSuite` wrote for this run. */
export function removeSuite(suiteIndex) {
  rmSync(dirname(suiteIndex), { recursive: true, force: true });
}

/**
 * Makes `<dir>/workspace` with `articles/` (copies of test/fixtures/articles) and whatever
 * test/e2e/workspace/ holds (rules files and the like), and returns its path.
 */
export function makeWorkspace(dir) {
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(repoRoot, 'test/fixtures/articles'), join(workspace, 'articles'), { recursive: true });
  const extra = join(repoRoot, 'test/e2e/workspace');
  if (existsSync(extra)) cpSync(extra, workspace, { recursive: true });
  return workspace;
}

/** Fails early, with the fix, when the extension has not been built. */
export function checkBuilt(extensionPath) {
  if (extensionPath !== repoRoot) return;
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(repoRoot, bundle))) {
      throw new Error(`${bundle} is missing: run \`npm run build\` first`);
    }
  }
}
