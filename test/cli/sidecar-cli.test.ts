// The annotator's manual decisions through the command-line tool: a sidecar written by hand
// per the contract article-sidecar/1, the article changed on disk afterwards.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { tempDir } from '../tempDir';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const article = path.join(root, 'test/fixtures/articles/000_74a0f13b3a32f430.txt');
const handWritten = path.join(root, 'test/fixtures/sidecar/000_74a0f13b3a32f430.txt.ann.yaml');
const validate = new Ajv2020({ strict: false }).compile(
  JSON.parse(fs.readFileSync(path.join(root, 'schemas/article-annotations.schema.json'), 'utf8')),
);

interface Exported {
  actors: {
    id: string;
    name: string;
    kind: string;
    mentions: { start: number; end: number; text: string; origin: string }[];
  }[];
  quotes: { text: string; start: number; end: number; kind: string; speaker: string | null; origin: string }[];
  dates: { text: string; start: number; end: number; value: string | null; origin: string }[];
  tags: { label: string; start: number; end: number; text: string; origin: string }[];
  problems: { message: string; start: number; end: number; line: number }[];
}

/** An article and its sidecar in a fresh folder; `edit` changes the article afterwards. */
function setUp(edit: (text: string) => string): { file: string; text: string; sidecar: string } {
  const dir = tempDir('aa-sidecar-');
  const file = path.join(dir, 'article.txt');
  const sidecar = fs.readFileSync(handWritten, 'utf8');
  fs.writeFileSync(file + '.ann.yaml', sidecar);
  const text = edit(fs.readFileSync(article, 'utf8'));
  fs.writeFileSync(file, text);
  return { file, text, sidecar };
}

function exportOf(file: string): Exported {
  const r = spawnSync(process.execPath, [cli, 'export', file, '--stdout'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const doc: unknown = parse(r.stdout, { version: '1.1' });
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  return doc as Exported;
}

/** Code point offsets of `needle` in `text`, as the export counts. */
function cp(text: string, needle: string): { start: number; end: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const start = Array.from(text.slice(0, i)).length;
  return { start, end: start + Array.from(needle).length };
}

const INSERTED =
  'Mise à jour : cet article a été complété le 19 février avec « de nouvelles déclarations » du Kremlin. 🕊️\n\n';

function insertParagraphAbove(text: string): string {
  const second = text.indexOf('\n\n') + 2;
  return text.slice(0, second) + INSERTED + text.slice(second);
}

const REWORDED = (text: string) =>
  insertParagraphAbove(text).replace(
    'Moscou semble donc déterminé à obtenir des concessions majeures',
    'Moscou paraît résolu à arracher des concessions',
  );

describe('export with a sidecar', () => {
  it('applies each entry where its text now is, after a paragraph was inserted above', () => {
    const { file, text } = setUp(REWORDED);
    const doc = exportOf(file);

    const said = doc.quotes.find((q) => q.text === 'difficile de dire');
    assert.ok(said, 'the quote whose speaker was fixed');
    assert.deepEqual({ start: said.start, end: said.end }, cp(text, 'difficile de dire'));
    assert.equal(said.origin, 'manual');
    const ouchakov = doc.actors.find((a) => a.id === said.speaker);
    assert.equal(ouchakov?.name, 'Iouri Ouchakov');

    const block = doc.quotes.find((q) => q.text.startsWith('Nous avons discuté'));
    assert.ok(block, 'the quote added by hand');
    assert.equal(block.start, cp(text, 'Nous avons discuté').start);
    assert.deepEqual([block.kind, block.speaker, block.origin], ['block', said.speaker, 'manual']);

    const rejected = cp(text, 'mécanisme de consultation');
    assert.ok(
      !doc.quotes.some((q) => q.start < rejected.end && rejected.start < q.end),
      'the rejected quote is not exported',
    );

    const otan = doc.actors.find((a) => a.name === 'OTAN');
    assert.ok(otan, 'the actor added by hand');
    assert.equal(otan.kind, 'organization');
    assert.ok(
      otan.mentions.some(
        (m) =>
          m.origin === 'manual' &&
          m.text === 'Alliance atlantique' &&
          m.start === cp(text, 'Alliance atlantique').start,
      ),
    );

    const week = doc.dates.find((d) => d.origin === 'manual');
    assert.deepEqual(week && [week.text, week.value, week.start], [
      'la semaine dernière',
      '2025-W07',
      cp(text, 'la semaine dernière').start,
    ]);

    assert.deepEqual(
      doc.tags.map((t) => [t.label, t.text, t.start, t.origin]),
      [
        [
          'stance',
          'Une ligne intransigeante qui s’oppose à la position américaine',
          cp(text, 'Une ligne intransigeante').start,
          'manual',
        ],
      ],
      'the tag whose words were reworded is not placed elsewhere',
    );

    const orphans = doc.problems.filter((p) => /orphaned/.test(p.message));
    assert.equal(orphans.length, 1, JSON.stringify(doc.problems));
    assert.match(orphans[0].message, /Moscou semble donc déterminé/);
  });

  it('exports the same decisions at the same words when the article is unchanged', () => {
    const { file, text } = setUp((t) => t);
    const doc = exportOf(file);
    assert.deepEqual(
      doc.tags.map((t) => [t.label, t.start, t.end]),
      [
        ['claim', ...Object.values(cp(text, 'Moscou semble donc déterminé à obtenir des concessions majeures'))],
        ['stance', ...Object.values(cp(text, 'Une ligne intransigeante qui s’oppose à la position américaine'))],
      ],
    );
    assert.ok(!doc.problems.some((p) => /orphaned/.test(p.message)));
  });

  it('never rewrites the sidecar or the article', () => {
    const { file, text, sidecar } = setUp(REWORDED);
    exportOf(file);
    assert.equal(fs.readFileSync(file + '.ann.yaml', 'utf8'), sidecar);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
  });
});
