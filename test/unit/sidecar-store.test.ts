import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { addEntry, makeAnchor, parseSidecar, type SidecarEntry } from '../../server/src/core/sidecar';
import { diffText, SidecarStore } from '../../server/src/lsp/features/manualStore';
import { tempDir } from '../tempDir';

const TEXT = 'Titre\n\nLe maire a dit « tout va bien ». La préfète a répondu « rien ne va ».\n';

function setUp(sidecarText?: string) {
  const dir = tempDir('aa-store-');
  const article = path.join(dir, 'a.txt');
  fs.writeFileSync(article, TEXT);
  if (sidecarText !== undefined) fs.writeFileSync(article + '.ann.yaml', sidecarText);
  const problems: string[] = [];
  const store = new SidecarStore((_file, _text, p) => problems.push(...p.map((x) => x.message)));
  return { dir, article, uri: 'file://' + article, store, problems };
}

function tag(text: string, words: string, label = 'claim'): SidecarEntry {
  const i = text.indexOf(words);
  return { action: 'tag', label, anchor: makeAnchor(text, i, i + words.length) };
}

const adding = (entry: SidecarEntry) => (entries: SidecarEntry[]) =>
  addEntry({ published: null, language: null, entries }, entry).entries;

function onDisk(article: string) {
  return parseSidecar(fs.readFileSync(article + '.ann.yaml', 'utf8')).sidecar!;
}

describe('diffText', () => {
  it('finds the one changed region', () => {
    assert.deepEqual(diffText('abcdef', 'abXYef'), { start: 2, end: 4, newText: 'XY' });
    assert.deepEqual(diffText('abc', 'xabc'), { start: 0, end: 0, newText: 'x' });
    assert.equal(diffText('same', 'same'), null);
  });
});

describe('SidecarStore', () => {
  it('writes an action at once, follows edits of the text, and writes the new offsets on save', () => {
    const { article, uri, store } = setUp();
    store.sidecarFor(article, TEXT, uri, true);
    assert.ok(store.apply(uri, article, TEXT, 'tag', adding(tag(TEXT, 'tout va bien'))));
    assert.equal(onDisk(article).entries[0].anchor.start, TEXT.indexOf('tout va bien'));

    const edited = 'Chapeau ajouté au-dessus.\n\n' + TEXT;
    store.sync(uri, edited);
    const live = store.sidecarFor(article, edited, uri, true)!;
    assert.equal(live.entries[0].anchor.start, edited.indexOf('tout va bien'), 'in memory at once');
    assert.equal(onDisk(article).entries[0].anchor.start, TEXT.indexOf('tout va bien'), 'on disk only when saved');
    store.saved(uri, edited);
    assert.equal(onDisk(article).entries[0].anchor.start, edited.indexOf('tout va bien'));
    assert.deepEqual(
      fs.readdirSync(path.dirname(article)).sort(),
      ['a.txt', 'a.txt.ann.yaml'],
      'no temporary file left behind',
    );
  });

  it('undoes and redoes an action', () => {
    const { article, uri, store } = setUp();
    store.apply(uri, article, TEXT, 'tag', adding(tag(TEXT, 'tout va bien')));
    store.apply(uri, article, TEXT, 'tag 2', adding(tag(TEXT, 'rien ne va', 'stance')));
    assert.equal(onDisk(article).entries.length, 2);
    assert.equal(store.undo(uri)?.description, 'tag 2');
    assert.deepEqual(
      onDisk(article).entries.map((e) => e.anchor.exact),
      ['tout va bien'],
    );
    assert.equal(store.undo(uri, true)?.description, 'tag 2');
    assert.equal(onDisk(article).entries.length, 2);
  });

  it('re-reads a sidecar changed on disk by someone else, re-anchored by context', () => {
    const { article, uri, store } = setUp();
    store.apply(uri, article, TEXT, 'tag', adding(tag(TEXT, 'tout va bien')));
    const other =
      'schema: article-sidecar/1\nentries:\n  - {action: tag, label: x, anchor: {start: 0, end: 10, exact: "rien ne va"}}\n';
    fs.writeFileSync(article + '.ann.yaml', other);
    const s = store.sidecarFor(article, TEXT, uri, true)!;
    assert.deepEqual(
      s.entries.map((e) => [e.anchor.exact, e.anchor.start]),
      [['rien ne va', TEXT.indexOf('rien ne va')]],
    );
  });

  it('keeps a copy of a corrupt sidecar before writing over it', () => {
    const corrupt = 'schema: article-sidecar/1\nentries: [ {action: tag\n';
    const { article, uri, store, problems } = setUp(corrupt);
    assert.equal(store.sidecarFor(article, TEXT, uri, true)?.entries.length, 0);
    assert.ok(problems.length > 0, 'the corruption is reported');
    store.apply(uri, article, TEXT, 'tag', adding(tag(TEXT, 'tout va bien')));
    assert.equal(fs.readFileSync(article + '.ann.yaml.bak', 'utf8'), corrupt);
    assert.equal(onDisk(article).entries.length, 1);
  });

  it('an entry whose words are deleted is orphaned, and comes back with them', () => {
    const { article, uri, store } = setUp();
    store.apply(uri, article, TEXT, 'tag', adding(tag(TEXT, 'tout va bien')));
    const deleted = TEXT.replace('« tout va bien »', '');
    store.sync(uri, deleted);
    assert.equal(store.entries(uri)[0].span, null);
    store.saved(uri, deleted);
    assert.equal(onDisk(article).entries[0].anchor.exact, 'tout va bien', 'the orphan stays in the file');
    const back = store.sidecarFor(article, TEXT, uri, true)!;
    assert.equal(back.entries[0].anchor.start, TEXT.indexOf('tout va bien'));
  });
});
