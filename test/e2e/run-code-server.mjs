// Runs the real-VS Code suite in VS Code 1.100.3 (code-server 4.100.3, installed by
// scripts/setup-code-server.sh) opened in Debian's Chromium, driven by playwright-core.
// The extension runs in the real Node extension host, exactly as in desktop VS Code.
//
//   node test/e2e/run-code-server.mjs [--grep PATTERN] [--screenshots DIR] [--keep]
//                                     [--verbose] [--extension DIR] [--timeout SECONDS]
//
// Assumes `npm run build` ran (dist/client.js, dist/server.js); compiles only the suite.
// Prints each test, then `N passed, N failed` alone on a line; exits 1 on any failure or
// timeout, 2 on bad usage. code-server and Chromium are always stopped.
/* global document, window, NodeFilter, getComputedStyle -- used inside page.evaluate, in the browser */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildSuite, checkBuilt, env, makeWorkspace, removeSuite, repoRoot } from './prepare.mjs';

const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_VERSION = '1.100.3';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The article and line the README screenshots show, and the word hovered. */
const SCREENSHOT_ARTICLE = 'articles/001_993b8776cac74b6d.txt';
const SCREENSHOT_LINE = 31;
const SCREENSHOT_HOVER_WORD = 'Lavrov';
/** With --screenshots and no --grep: only tests that write no file, so the explorer shows just the articles. */
const SCREENSHOT_GREP = 'activation|highlighting|Lavrov';

const codeServerEntry = join(repoRoot, `.vscode-test/code-server-${CODE_SERVER_VERSION}/package/out/node/entry.js`);

function usage(message) {
  console.error(`run-code-server: ${message}`);
  console.error(
    'usage: node test/e2e/run-code-server.mjs [--grep PATTERN] [--screenshots DIR] [--keep] [--verbose] [--extension DIR] [--timeout SECONDS]',
  );
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: {
      grep: { type: 'string' },
      screenshots: { type: 'string' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      extension: { type: 'string' },
      timeout: { type: 'string', default: '300' },
    },
  }).values;
} catch (error) {
  usage(error.message);
}
const totalTimeoutMs = Number(options.timeout) * 1000;
if (!(totalTimeoutMs > 0)) usage(`--timeout wants seconds, not "${options.timeout}"`);
const extensionPath = options.extension ? resolve(options.extension) : repoRoot;
const screenshotsDir = options.screenshots ? resolve(options.screenshots) : undefined;
const grep = options.grep ?? (screenshotsDir ? SCREENSHOT_GREP : undefined);

const log = (line) => console.log(`[e2e-harness] ${line}`);
const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

/** Everything to stop at the end, newest first. */
const cleanups = [];
let cleaningUp;
let interrupted = false;
function cleanUp() {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`[e2e-harness] clean-up: ${error.message}`);
      }
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    console.error(`[e2e-harness] ${signal}: stopping`);
    cleanUp().finally(() => process.exit(1));
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves when `check` returns true; rejects after `ms` (checks at most every 200 ms). */
async function until(what, check, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

/** Starts code-server in its own process group, so that its extension host dies with it. */
function startCodeServer({ port, tmp, workspace, resultsFile, stage, stageDone }) {
  const dataDir = join(tmp, 'data');
  mkdirSync(join(dataDir, 'User'), { recursive: true });
  writeFileSync(
    join(dataDir, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.colorTheme': 'Default Light Modern',
        'editor.semanticHighlighting.enabled': true,
        'editor.wordWrap': 'on',
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        'editor.hover.delay': 200,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'chat.commandCenter.enabled': false,
      },
      null,
      2,
    ),
  );
  const configFile = join(tmp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const serverLog = join(tmp, 'code-server.log');
  const out = openSync(serverLog, 'a');
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--config',
      configFile,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      dataDir,
      '--extensions-dir',
      join(tmp, 'extensions'),
      workspace,
    ],
    {
      cwd: tmp,
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        [env.results]: resultsFile,
        [env.expectVersion]: VSCODE_VERSION,
        ...(grep ? { [env.grep]: grep } : {}),
        ...(stage ? { [env.stage]: stage, [env.stageDone]: stageDone } : {}),
      },
    },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  cleanups.push(async () => {
    if (exited) return;
    killGroup(child.pid, 'SIGTERM');
    try {
      await until('code-server to stop', () => exited, 10_000);
    } catch {
      killGroup(child.pid, 'SIGKILL');
    }
  });
  return { child, serverLog, hasExited: () => exited };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** The centre of the first on-screen occurrence of `word` in the article's text, in page pixels. */
async function wordOnScreen(page, word) {
  return page.evaluate((needle) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (!lines) return undefined;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(needle);
      if (at < 0) continue;
      // Inlay hints (injected text, e.g. "— Sergueï Lavrov") carry a decoration class.
      if ([...node.parentElement.classList].some((name) => /^(dyn-rule|ced)-/.test(name))) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight) {
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return undefined;
  }, word);
}

/** The number of distinct colour classes in the editor's visible text (1 = uncoloured). */
function colourClasses(page) {
  return page.evaluate(() => {
    const classes = new Set();
    for (const span of document.querySelectorAll('.monaco-editor .view-lines span[class*="mtk"]')) {
      for (const name of span.classList) if (/^mtk\d+$/.test(name)) classes.add(name);
    }
    return classes.size;
  });
}

async function takeScreenshots(page, dir) {
  mkdirSync(dir, { recursive: true });
  await until(
    'the staged article on screen',
    async () => (await wordOnScreen(page, SCREENSHOT_HOVER_WORD)) !== undefined,
    30_000,
  );
  // Semantic colours land a moment after the text: wait until several colour classes show.
  await until('semantic colours in the editor', async () => (await colourClasses(page)) >= 4, 30_000);
  const highlighted = join(dir, 'highlighted.png');
  await page.screenshot({ path: highlighted });
  log(`screenshot: ${highlighted}`);

  const word = await wordOnScreen(page, SCREENSHOT_HOVER_WORD);
  await page.mouse.move(word.x - 40, word.y);
  await page.mouse.move(word.x, word.y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: SCREENSHOT_HOVER_WORD }).first();
  await hover.waitFor({ state: 'visible', timeout: 20_000 });
  // The hover fades in: wait until its animations have finished.
  await hover.evaluate(
    (element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
    undefined,
    { timeout: 10_000 },
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.monaco-hover')].some(
        (e) => getComputedStyle(e).opacity === '1' && e.offsetHeight > 0,
      ),
    undefined,
    { timeout: 10_000 },
  );
  const hoverShot = join(dir, 'hover.png');
  await page.screenshot({ path: hoverShot });
  log(`screenshot: ${hoverShot}`);
}

async function main() {
  if (!existsSync(codeServerEntry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed: run \`bash scripts/setup-code-server.sh\``);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  checkBuilt(extensionPath);
  const suiteIndex = await buildSuite();
  if (!options.keep) cleanups.push(() => removeSuite(suiteIndex));

  const tmp = mkdtempSync(join(tmpdir(), 'article-annotator-e2e-'));
  if (options.keep) log(`keeping ${tmp}`);
  else cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  const workspace = makeWorkspace(tmp);
  const resultsFile = join(tmp, 'results.json');
  const port = await freePort();
  const stage = screenshotsDir ? `${SCREENSHOT_ARTICLE}:${SCREENSHOT_LINE}` : undefined;
  const stageDone = join(tmp, 'screenshots-taken');

  const server = startCodeServer({ port, tmp, workspace, resultsFile, stage, stageDone });
  const origin = `http://127.0.0.1:${port}`;
  await until(
    'code-server to listen',
    async () => {
      if (server.hasExited())
        throw new Error(`code-server exited early; its log:\n${readFileSync(server.serverLog, 'utf8')}`);
      try {
        return (await fetch(`${origin}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    60_000,
  );
  log(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) on ${origin} after ${elapsed()}`);

  // Our own signal handlers stop everything in order; Playwright's would exit first.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });

  let exitCode;
  let exitSignal;
  const exited = new Promise((resolveExit) => (exitSignal = resolveExit));
  let stagedSignal;
  const staged = new Promise((resolveStaged) => (stagedSignal = resolveStaged));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args])
      .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
      .join(' ');
    if (options.verbose || text.includes('[e2e]')) {
      // The extension host's console lines arrive wrapped: keep just the suite's words.
      const clean = text.replace(/^.*?(\[e2e\])/s, '$1').replace(/\s*\(at console\.\w+ .*\)\s*$/s, '');
      console.log(options.verbose ? `[${type}] ${text}` : clean);
    }
    if (text.includes('[e2e] staged for screenshots')) stagedSignal();
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = code;
    exitSignal();
  });
  page.on('pageerror', (error) => options.verbose && console.log(`[page error] ${error.message}`));

  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extensionPath}`],
    ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${suiteIndex}`],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  log(`workbench loaded after ${elapsed()}; running the suite`);

  const remaining = totalTimeoutMs - (Date.now() - startedAt);
  let timer;
  const timedOut = new Promise((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), remaining)));
  const serverDied = until('code-server to exit', () => server.hasExited(), totalTimeoutMs).then(
    () => 'server-exit',
    () => 'timeout',
  );
  // With --screenshots, the suite stages an article after a green run and waits for us
  // (the extension host, hence the colours and hovers, stops when the suite ends).
  let screenshotsFailed = false;
  let screenshotsSettled = false;
  staged.then(async () => {
    try {
      await takeScreenshots(page, screenshotsDir);
    } catch (error) {
      screenshotsFailed = true;
      console.error(`[e2e-harness] screenshots failed: ${error.message}`);
      await page.screenshot({ path: join(screenshotsDir, 'failed-screenshot.png') }).catch(() => {});
    } finally {
      screenshotsSettled = true;
      writeFileSync(stageDone, 'done\n');
    }
  });
  const outcome = await Promise.race([exited.then(() => 'exit'), timedOut, serverDied]);
  clearTimeout(timer);

  let results;
  if (existsSync(resultsFile)) results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const passed = results?.passed ?? 0;
  let failed = results?.failed ?? 0;

  if (interrupted) {
    failed++;
  } else if (outcome !== 'exit') {
    failed++;
    console.error(
      outcome === 'timeout'
        ? `[e2e-harness] the suite did not finish within ${totalTimeoutMs / 1000} s`
        : `[e2e-harness] code-server exited during the run; its log:\n${readFileSync(server.serverLog, 'utf8')}`,
    );
  } else if (!results) {
    failed++;
    console.error(
      `[e2e-harness] the suite exited with code ${exitCode} and wrote no results (did the extension host start?)`,
    );
  } else if (exitCode !== 0 && failed === 0) {
    failed++;
    console.error(`[e2e-harness] the suite exited with code ${exitCode}`);
  }
  if (failed > 0 && options.verbose) console.error(readFileSync(server.serverLog, 'utf8'));
  for (const test of results?.tests ?? []) {
    if (test.state === 'failed') console.error(`[e2e-harness] FAILED ${test.title}\n${test.error}\n`);
  }

  if (screenshotsDir && failed === 0) {
    // The suite exits only after the screenshots, so they are settled by now.
    if (!screenshotsSettled || screenshotsFailed) {
      failed++;
      if (!screenshotsSettled) console.error('[e2e-harness] screenshots: the suite never staged the article');
    }
  }

  log(`done after ${elapsed()}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

let status = 1;
try {
  status = await main();
} catch (error) {
  if (!interrupted) console.error(`[e2e-harness] ${error.stack ?? error}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanUp();
}
process.exit(status);
