// Builds the three bundles: dist/client.js (the extension), dist/server.js (the language
// server) and dist/cli.js (the command-line tool), and copies the built-in rules packs.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Copies server/rules/*.yaml to dist/rules/ so the bundles find them beside themselves. */
const copyRules = {
  name: 'copy-rules',
  setup(build) {
    build.onEnd(() => {
      rmSync('dist/rules', { recursive: true, force: true });
      mkdirSync('dist', { recursive: true });
      cpSync('server/rules', 'dist/rules', { recursive: true });
    });
  },
};

// Some dependencies (tinyglobby's) are ES modules that read `import.meta.url`; in a CommonJS
// bundle it is rebuilt from __filename.
const importMetaShim = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaShim },
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [copyRules] },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\n' + importMetaShim },
  },
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('[watch] building…');
} else {
  // Start clean, so a production build carries no stale source maps into the package.
  for (const name of ['client.js', 'server.js', 'cli.js']) {
    rmSync(`dist/${name}.map`, { force: true });
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
