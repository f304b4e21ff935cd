// `article-annotator check` as a team's CI runs it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../tempDir';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = tempDir('aa-check-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('article-annotator check', () => {
  it('exit 1 on a broken rules file, each problem at file:line:column', () => {
    const dir = folder({
      'article-rules.yaml': [
        '# our team rules',
        'actors:',
        '  - name: Sergueï Lavrov',
        '    kind: persn',
        '  - name: Marco Rubio',
        '    kind: person',
        '    aliases: [Rubio]',
        '  - name: Rubio Marco',
        '    kind: person',
        '    aliases: [Rubio]',
        'colour: red',
        '',
      ].join('\n'),
    });
    const r = run(['check', 'article-rules.yaml'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^article-rules\.yaml:4:11: error: .*kind/m);
    assert.match(r.stdout, /^article-rules\.yaml:10:\d+: (error|warning): .*Rubio.*claimed/m);
    assert.match(r.stdout, /^article-rules\.yaml:11:1: warning: .*colour/m);
  });

  it('exit 1 on a YAML syntax error, with its line', () => {
    const dir = folder({ 'article-rules.yaml': 'actors:\n  - name: "Lavrov\n    kind: person\n' });
    const r = run(['check'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^article-rules\.yaml:\d+:\d+: error: /m);
  });

  it('exit 0 on good rules, finding them under the folder', () => {
    const dir = folder({
      'corpus/article-rules.yaml':
        'language: fr\nactors:\n  - {name: Iouri Ouchakov, kind: person, role: conseiller diplomatique du Kremlin}\nlabels:\n  - {id: claim, name: Claim, color: "#d19a66"}\n',
    });
    const r = run(['check'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /1 file checked, 0 errors/);
  });

  it('reports a corrupt sidecar and an orphaned entry', () => {
    const dir = folder({
      'a.txt': 'Bonjour tout le monde.\n',
      'a.txt.ann.yaml': [
        'schema: article-sidecar/1',
        'entries:',
        '  - action: tag',
        '    label: claim',
        '    anchor: {start: 0, end: 7, exact: "Au revoir", prefix: "", suffix: " tout"}',
        '',
      ].join('\n'),
      'b.txt': 'x',
      'b.txt.ann.yaml': 'schema: article-sidecar/1\nentries: [\n',
    });
    const r = run(['check'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^a\.txt\.ann\.yaml:.*warning: orphaned entry/m);
    assert.match(r.stdout, /^b\.txt\.ann\.yaml:\d+:\d+: error: /m);
  });
});
