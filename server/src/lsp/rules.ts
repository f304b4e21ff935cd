/**
 * The rules in force for each article, as the server keeps them: loaded through the core
 * (`loadRules`), cached per folder and extra files, dropped when a rules file is saved or
 * changes on disk, and — while a rules file is broken — the last good rules are kept.
 * Rules files are read from disk, so an article follows its rules file on save.
 */
import * as path from 'node:path';
import { builtinRules, loadRules, type LoadedRules } from '../core/rules';

export {
  addActorToRulesText,
  checkRulesText,
  findRulesFiles,
  type LoadedRules,
  type RulesProblem,
} from '../core/rules';

/** Rules per article folder, with the last good rules kept while a rules file is broken. */
export class RulesCache {
  private readonly cache = new Map<string, LoadedRules>();
  private readonly lastGood = new Map<string, LoadedRules>();

  /**
   * The rules for an article at `articlePath` (null for an untitled document): built-in
   * packs, the nearest `article-rules.yaml` up to `workspaceRoot`, then `extraFiles`
   * (relative ones resolved against the workspace root).
   */
  forArticle(articlePath: string | null, workspaceRoot: string | null, extraFiles: readonly string[]): LoadedRules {
    const root = workspaceRoot ?? undefined;
    const extra = extraFiles.map((f) => (root ? path.resolve(root, f) : path.resolve(f)));
    const key = JSON.stringify([articlePath ? path.dirname(articlePath) : null, root, extra]);
    let loaded = this.cache.get(key);
    if (!loaded) {
      try {
        loaded = loadRules({ articlePath: articlePath ?? undefined, workspaceRoot: root, extraFiles: extra });
      } catch (e) {
        loaded = {
          rules: builtinRules(),
          problems: [
            {
              file: articlePath ?? '',
              start: 0,
              end: 0,
              line: 0,
              column: 0,
              message: `rules could not be loaded: ${(e as Error).message}`,
              severity: 'error',
              code: 'rules-load-failed',
            },
          ],
          files: [],
        };
      }
      const broken = loaded.problems.some((p) => p.severity === 'error');
      const good = this.lastGood.get(key);
      if (broken && good) loaded = { ...good, problems: loaded.problems };
      else if (!broken) this.lastGood.set(key, loaded);
      this.cache.set(key, loaded);
    }
    return loaded;
  }

  /** A rules file changed on disk: every article's rules are read again on next use. */
  invalidate(): void {
    this.cache.clear();
  }
}
