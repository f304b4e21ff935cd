/**
 * `article-annotator check`: validates rules files and sidecars, for teams' CI.
 */
export async function checkCommand(_files: string[], _extra: string[]): Promise<number> {
  process.stderr.write('article-annotator: check is not available yet\n');
  return 1;
}
