// The command-line tool as users run it: the built dist/cli.js in a separate process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { parse, parseAllDocuments } from 'yaml';
import type { ArticleExport } from '../../server/src/core/export';
import { tempDir } from '../tempDir';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const articles = path.join(root, 'test/fixtures/articles');
const sample = path.join(articles, '001_993b8776cac74b6d.txt');
const validate = new Ajv2020({ strict: false }).compile(
  JSON.parse(fs.readFileSync(path.join(root, 'schemas/article-annotations.schema.json'), 'utf8')),
);

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('article-annotator export', () => {
  it('--stdout prints one valid document with quotes, speakers, dates and actors', () => {
    const r = run(['export', sample, '--stdout', '--published', '2025-02-18']);
    assert.equal(r.code, 0, r.stderr);
    const doc = parse(r.stdout, { version: '1.1' }) as ArticleExport;
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.equal(doc.schema, 'article-annotations/1');
    assert.equal(doc.document.published, '2025-02-18');
    assert.equal(doc.document.published_from, 'option');
    assert.ok(doc.quotes.length > 10, 'quotes');
    assert.ok(
      doc.quotes.some((q: { speaker: string | null }) => q.speaker),
      'some quote has a speaker',
    );
    assert.ok(doc.dates.length > 5, 'dates');
    assert.ok(
      doc.actors.some((a: { name: string }) => a.name === 'Sergueï Lavrov'),
      'Lavrov is an actor',
    );
  });

  it('exports a folder under --out, mirroring names, and --format json', () => {
    const out = tempDir('aa-cli-');
    const r = run(['export', articles, '--out', out, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const files = fs.readdirSync(out).sort();
    assert.equal(files.length, 5);
    assert.ok(files.every((f) => f.endsWith('.txt.annotations.json')));
    for (const f of files) assert.ok(validate(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8'))));
    assert.equal(r.stdout, '', 'nothing on stdout but data');
  });

  it('takes globs, and several documents on stdout are separated', () => {
    const r = run(['export', 'test/fixtures/articles/00[12]_*.txt', '--stdout']);
    assert.equal(r.code, 0, r.stderr);
    const docs = parseAllDocuments(r.stdout);
    assert.equal(docs.length, 2);
    assert.deepEqual(
      docs.map((d) => d.toJS().document.path),
      ['test/fixtures/articles/001_993b8776cac74b6d.txt', 'test/fixtures/articles/002_d7a2b913d29b9a6b.txt'],
    );
  });

  it('writes next to the article by default and never touches the article', () => {
    const dir = tempDir('aa-cli-');
    const copy = path.join(dir, 'a.txt');
    fs.copyFileSync(sample, copy);
    const before = fs.readFileSync(copy);
    const r = run(['export', copy]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(copy + '.annotations.yaml'));
    assert.deepEqual(fs.readFileSync(copy), before);
  });

  it('exit 1 names each failed input and still exports the others', () => {
    const dir = tempDir('aa-cli-');
    fs.copyFileSync(sample, path.join(dir, 'good.txt'));
    fs.writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const r = run(['export', dir, path.join(dir, 'missing.txt'), '--stdout']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.txt: binary file/);
    assert.match(r.stderr, /missing\.txt: no such file or folder/);
    const docs = parseAllDocuments(r.stdout);
    assert.equal(docs.length, 1);
    assert.match(docs[0].toJS().document.path, /good\.txt$/);
  });

  it('many articles go through worker threads and come out as one thread would write them', () => {
    const dir = tempDir('aa-cli-');
    const names: string[] = [];
    const samples = fs.readdirSync(articles).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 40; i++) {
      const name = `a${String(i).padStart(2, '0')}.txt`;
      names.push(name);
      fs.copyFileSync(path.join(articles, samples[i % samples.length]), path.join(dir, name));
    }
    const parallel = run(['export', dir, '--stdout', '--jobs', '2']);
    const serial = run(['export', dir, '--stdout', '--jobs', '1']);
    assert.equal(parallel.code, 0, parallel.stderr);
    assert.equal(serial.code, 0, serial.stderr);
    assert.equal(parallel.stdout, serial.stdout);
    const docs = parseAllDocuments(parallel.stdout).map((d) => d.toJS() as ArticleExport);
    assert.deepEqual(
      docs.map((d) => path.basename(d.document.path)),
      names,
    );
    const out = tempDir('aa-cli-');
    const written = run(['export', dir, '--out', out, '--jobs', '2']);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(fs.readdirSync(out).length, 40);
  });

  it('exit 2 on bad usage, with the usage on stderr', () => {
    for (const args of [
      [],
      ['export'],
      ['export', sample, '--published', '18/02/2025'],
      ['frobnicate'],
      ['export', sample, '--bogus'],
    ]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Usage:/);
    }
  });
});
