import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidSaveTextDocumentNotification,
  HoverRequest,
  type CodeAction,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { parseSidecar } from '../../server/src/core/sidecar';
import {
  ManualApplyRequest,
  ManualContextRequest,
  ManualTagsRequest,
  ManualUndoRequest,
} from '../../server/src/lsp/features/manualProtocol';
import { articlesDir, positionOf, Session } from './harness';
import { tempDir } from '../tempDir';

const ORIGINAL = fs.readFileSync(path.join(articlesDir, '000_74a0f13b3a32f430.txt'), 'utf8');
const RULES = 'labels:\n  - {id: claim, name: Claim, color: "#d19a66"}\n  - {id: stance, name: Stance}\n';

function rangeOf(text: string, needle: string) {
  const start = positionOf(text, needle);
  const lines = needle.split('\n');
  const end =
    lines.length === 1
      ? { line: start.line, character: start.character + needle.length }
      : { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
  return { start, end };
}

describe('manual work over stdio', () => {
  let session: Session;
  let dir: string;
  let file: string;
  let uri: string;
  let text = ORIGINAL;
  const onDisk = () => parseSidecar(fs.readFileSync(file + '.ann.yaml', 'utf8')).sidecar!;

  before(async () => {
    dir = tempDir('aa-manual-lsp-');
    file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, ORIGINAL);
    fs.writeFileSync(path.join(dir, 'article-rules.yaml'), RULES);
    session = await Session.start({ workspace: dir });
    uri = await session.open(file);
  });
  after(() => session.stop());

  test('tagging writes the sidecar at once, and the tag comes back in its label colour', async () => {
    const words = 'Une ligne intransigeante';
    const result = await session.connection.sendRequest(ManualApplyRequest.type, {
      uri,
      edit: { op: 'tag', range: rangeOf(text, words), label: 'claim' },
    });
    assert.equal(result.ok, true, result.message);
    assert.match(result.message, /Claim/);
    assert.deepEqual(
      onDisk().entries.map((e) => [e.action, e.anchor.exact, e.anchor.start]),
      [['tag', words, ORIGINAL.indexOf(words)]],
    );
    const tags = await session.connection.sendRequest(ManualTagsRequest.type, { uri });
    assert.deepEqual(
      tags?.tags.map((t) => [t.label, t.name, t.color, t.range]),
      [['claim', 'Claim', '#d19a66', rangeOf(text, words)]],
    );
  });

  test('setting a speaker makes the quote manual, and its hover says so', async () => {
    const inQuote = rangeOf(text, 'difficile de dire');
    const result = await session.connection.sendRequest(ManualApplyRequest.type, {
      uri,
      edit: { op: 'speaker', range: inQuote, speaker: 'Iouri Ouchakov' },
    });
    assert.equal(result.ok, true, result.message);
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: inQuote.start.line, character: inQuote.start.character + 3 },
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /Iouri Ouchakov/);
    assert.match(value, /set by hand/);
  });

  // The quote exists now, whether the engine found it or the speaker decision made it.
  test('code actions at a quote offer to set its speaker and to reject it', async () => {
    const at = rangeOf(text, 'difficile de dire').start;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Set the speaker of this quote…'), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.startsWith('Not a quote')),
      titles.join(' | '),
    );
  });

  test('entries follow an edit above them; saving writes their new offsets', async () => {
    const inserted = 'Paragraphe ajouté en tête, avec « une citation » de plus.\n\n';
    await session.change(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: inserted },
    ]);
    const lines = ORIGINAL.split('\n');
    text = [...lines.slice(0, 2), inserted + lines[2], ...lines.slice(3)].join('\n');
    const tags = await session.connection.sendRequest(ManualTagsRequest.type, { uri });
    assert.deepEqual(tags?.tags[0].range, rangeOf(text, 'Une ligne intransigeante'));
    assert.equal(onDisk().entries[1].anchor.start, ORIGINAL.indexOf('Une ligne intransigeante'), 'not saved yet');

    fs.writeFileSync(file, text);
    await session.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const context = await session.connection.sendRequest(ManualContextRequest.type, {
      uri,
      range: rangeOf(text, 'Une ligne'),
    });
    assert.equal(context?.entries.length, 1);
    assert.deepEqual(
      onDisk().entries.map((e) => [e.action, e.anchor.start]),
      [
        ['speaker', text.indexOf('difficile de dire')],
        ['tag', text.indexOf('Une ligne intransigeante')],
      ],
    );
  });

  test('undo takes back the last decision, redo puts it back', async () => {
    const undone = await session.connection.sendRequest(ManualUndoRequest.type, { uri });
    assert.equal(undone.ok, true);
    assert.match(undone.message, /Speaker/);
    assert.deepEqual(
      onDisk().entries.map((e) => e.action),
      ['tag'],
    );
    await session.connection.sendRequest(ManualUndoRequest.type, { uri });
    assert.deepEqual(onDisk().entries, []);
    const tags = await session.connection.sendRequest(ManualTagsRequest.type, { uri });
    assert.deepEqual(tags?.tags, []);
    const redone = await session.connection.sendRequest(ManualUndoRequest.type, { uri, redo: true });
    assert.equal(redone.ok, true);
    assert.deepEqual(
      onDisk().entries.map((e) => e.action),
      ['tag'],
    );
  });

  test('deleting the tagged words makes the tag an orphaned warning, kept in the sidecar', async () => {
    const words = 'Une ligne intransigeante qui s’oppose à la position américaine';
    const published = await session.change(uri, [{ range: rangeOf(text, words), text: 'Cette ligne' }]);
    text = text.replace(words, 'Cette ligne');
    const orphan = published.diagnostics.find((d) => d.code === 'orphaned-entry');
    assert.ok(orphan, JSON.stringify(published.diagnostics.map((d) => d.message)));
    assert.match(String(orphan.message), /orphaned/);
    assert.equal(orphan.severity, 2);
    fs.writeFileSync(file, text);
    await session.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await session.connection.sendRequest(ManualTagsRequest.type, { uri });
    assert.deepEqual(
      onDisk().entries.map((e) => [e.action, e.anchor.exact]),
      [['tag', 'Une ligne intransigeante']],
    );
  });
});
