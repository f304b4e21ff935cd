import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { hoverTextAt, openArticle, positionOf, semanticTokensOf, waitFor, workspaceFile } from './helpers';

/** An article no other test edits: this suite changes its text and saves it. */
const ARTICLE = 'articles/003_8b12d9840c51a153.txt';
const TAGGED = 'une nouvelle étape diplomatique';
const QUOTED = 'utiles';
const SPEAKER = 'Dmitri Peskov';

interface ManualResult {
  ok: boolean;
  message: string;
}
interface SidecarOnDisk {
  entries?: { action: string; label?: string; speaker?: string | null; anchor: { start: number; exact: string } }[];
}
interface Exported {
  actors: { id: string; name: string }[];
  quotes: { text: string; start: number; speaker: string | null; origin: string }[];
  tags: { label: string; text: string; start: number; origin: string }[];
}

/** The LSP range of a phrase, as the commands take it. */
function rangeOf(document: vscode.TextDocument, words: string) {
  const start = positionOf(document, words);
  return {
    start: { line: start.line, character: start.character },
    end: { line: start.line, character: start.character + words.length },
  };
}

function sidecarOf(document: vscode.TextDocument): SidecarOnDisk | undefined {
  const file = `${document.uri.fsPath}.ann.yaml`;
  return fs.existsSync(file) ? (parse(fs.readFileSync(file, 'utf8')) as SidecarOnDisk) : undefined;
}

/** Code point offset of a phrase, as the sidecar and the export count. */
function codePointOffset(text: string, words: string): number {
  return Array.from(text.slice(0, text.indexOf(words))).length;
}

async function exported(document: vscode.TextDocument): Promise<Exported> {
  const written = await vscode.commands.executeCommand<string | vscode.Uri>(
    'articleAnnotator.exportAnnotations',
    document.uri,
  );
  const file = typeof written === 'string' ? written : written.fsPath;
  return parse(fs.readFileSync(file, 'utf8')) as Exported;
}

suite('manual work', () => {
  test('a tag and a speaker fix stay on their words after an edit above, a save, a close and a reopen', async () => {
    fs.rmSync(workspaceFile(ARTICLE).fsPath + '.ann.yaml', { force: true });
    let editor = await openArticle(ARTICLE);
    let document = editor.document;
    const uri = document.uri.toString();

    const tagged = await vscode.commands.executeCommand<ManualResult>(
      'articleAnnotator.tagSelection',
      uri,
      rangeOf(document, TAGGED),
      'claim',
    );
    assert.ok(tagged?.ok, tagged?.message);
    const spoken = await vscode.commands.executeCommand<ManualResult>(
      'articleAnnotator.setSpeaker',
      uri,
      rangeOf(document, QUOTED),
      SPEAKER,
    );
    assert.ok(spoken?.ok, spoken?.message);
    assert.deepEqual(
      sidecarOf(document)
        ?.entries?.map((e) => [e.action, e.anchor.exact])
        .sort(),
      [
        ['speaker', QUOTED],
        ['tag', TAGGED],
      ],
    );

    const above = 'Mise à jour : un paragraphe ajouté au-dessus par la rédaction.\n\n';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), above)));
    assert.ok(await document.save());
    const text = document.getText();
    await waitFor('the sidecar to hold the new offsets', () => {
      const starts = sidecarOf(document)?.entries?.map((e) => e.anchor.start);
      const expected = [codePointOffset(text, QUOTED), codePointOffset(text, TAGGED)];
      return JSON.stringify(starts?.sort((a, b) => a - b)) === JSON.stringify(expected.sort((a, b) => a - b))
        ? true
        : undefined;
    });

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await openArticle(ARTICLE);
    document = editor.document;
    assert.equal(document.getText(), text);
    const doc = await waitFor('an export with the manual decisions', async () => {
      const e = await exported(document);
      return e.tags.length && e.quotes.some((q) => q.origin === 'manual') ? e : undefined;
    });
    assert.deepEqual(
      doc.tags.map((t) => [t.label, t.text, t.start, t.origin]),
      [['claim', TAGGED, codePointOffset(text, TAGGED), 'manual']],
    );
    const quote = doc.quotes.find((q) => q.text === QUOTED);
    assert.ok(quote, `no quote «${QUOTED}» in ${JSON.stringify(doc.quotes.map((q) => q.text))}`);
    assert.equal(quote.start, codePointOffset(text, QUOTED));
    assert.equal(quote.origin, 'manual');
    assert.equal(doc.actors.find((a) => a.id === quote.speaker)?.name, SPEAKER);

    // Shown as manual: the token modifier, and the hover.
    const at = positionOf(document, QUOTED);
    const tokens = await waitFor('semantic tokens with the manual quote', async () => {
      const all = await semanticTokensOf(document);
      return all?.some((t) => t.range.contains(at) && t.modifiers.includes('manual')) ? all : undefined;
    });
    assert.ok(tokens.some((t) => t.type === 'quote' && t.modifiers.includes('manual')));
    const hover = await hoverTextAt(document, at.translate(0, 2));
    assert.match(hover, /set by hand/);
    assert.match(hover, new RegExp(SPEAKER));
  });

  test('undo removes a tag', async () => {
    const { document } = await openArticle(ARTICLE);
    const uri = document.uri.toString();
    const words = 'le Kremlin';
    const before = sidecarOf(document)?.entries?.length ?? 0;
    const tagged = await vscode.commands.executeCommand<ManualResult>(
      'articleAnnotator.tagSelection',
      uri,
      rangeOf(document, words),
      'stance',
    );
    assert.ok(tagged?.ok, tagged?.message);
    assert.ok(sidecarOf(document)?.entries?.some((e) => e.label === 'stance'));

    const undone = await vscode.commands.executeCommand<ManualResult>('articleAnnotator.undoManual', uri);
    assert.ok(undone?.ok, undone?.message);
    assert.equal(sidecarOf(document)?.entries?.length ?? 0, before);
    assert.ok(!sidecarOf(document)?.entries?.some((e) => e.label === 'stance'));
    const doc = await exported(document);
    assert.ok(!doc.tags.some((t) => t.label === 'stance'), 'the export has no tag left');
    assert.equal(document.isDirty, false, 'the article text was not touched');
  });
});
