/**
 * The command-line tool: the same engine as the editor, over files, folders and globs.
 *
 *   article-annotator export <file|dir|glob>... [--out DIR | --stdout] [--rules FILE]
 *                            [--published YYYY-MM-DD] [--language fr|en] [--format yaml|json]
 *   article-annotator check [<rules file>...]
 *
 * Exit status: 0 all done, 1 some input failed (each failure named on stderr), 2 bad usage.
 * Nothing but data goes to stdout.
 */
import { parseArgs } from 'node:util';
import { exportCommand, runExportWorker, type ExportCliOptions } from './cli/export';
import { checkCommand } from './cli/check';
import type { Language } from './core/types';

const USAGE = `Usage:
  article-annotator export <file|dir|glob>... [--out DIR | --stdout] [--rules FILE]
                           [--published YYYY-MM-DD] [--language fr|en] [--format yaml|json]
  article-annotator check [<rules file or sidecar>...]

export   analyses articles (.txt, .md; folders are searched recursively) and writes one
         annotation file per article: <article>.annotations.yaml next to it, or under
         --out DIR, or all on stdout (YAML documents separated by '---'; JSON: one
         document per line).
check    validates rules files (article-rules.yaml) and sidecars (*.ann.yaml); without
         arguments, every one under the current folder. Exit 1 on an error.

Options:
  --out DIR         write exports under DIR, mirroring the inputs' folders
  --stdout          print exports on stdout
  --rules FILE      an extra rules file, applied after the nearest article-rules.yaml
  --published DATE  publication date anchoring relative dates (YYYY-MM-DD, YYYY-MM, YYYY)
  --language fr|en  force the language instead of detecting it
  --format yaml|json
  --jobs N          worker threads for many articles (default: one per core)
  -h, --help        this help
  -v, --version     the version
`;

/** Runs the CLI; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command) return usageError('missing command');
  if (command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write('0.1.0\n');
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        stdout: { type: 'boolean' },
        rules: { type: 'string', multiple: true },
        published: { type: 'string' },
        language: { type: 'string' },
        format: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  switch (command) {
    case 'export': {
      if (positionals.length === 0) return usageError('export needs at least one file, folder or glob');
      if (values.out && values.stdout) return usageError('--out and --stdout exclude each other');
      if (values.published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.published)) {
        return usageError(`--published takes YYYY-MM-DD, YYYY-MM or YYYY, not '${values.published}'`);
      }
      if (values.language && values.language !== 'fr' && values.language !== 'en') {
        return usageError(`--language takes fr or en, not '${values.language}'`);
      }
      const format = values.format ?? 'yaml';
      if (format !== 'yaml' && format !== 'json') return usageError(`--format takes yaml or json, not '${format}'`);
      const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
        return usageError(`--jobs takes a whole number of at least 1, not '${values.jobs}'`);
      }
      const options: ExportCliOptions = {
        jobs,
        inputs: positionals,
        out: values.out ?? null,
        stdout: values.stdout ?? false,
        rules: values.rules ?? [],
        published: values.published ?? null,
        language: (values.language as Language | undefined) ?? null,
        format,
      };
      return exportCommand(options);
    }
    case 'check':
      if (values.out || values.stdout || values.published || values.language || values.format || values.jobs) {
        return usageError('check takes only file arguments');
      }
      return checkCommand(positionals, values.rules ?? []);
    default:
      return usageError(`unknown command '${command}'`);
  }
}

function usageError(message: string): number {
  process.stderr.write(`article-annotator: ${message}\n\n${USAGE}`);
  return 2;
}

if (runExportWorker()) {
  // A worker thread of `export`: it answers the main thread's messages.
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`article-annotator: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
