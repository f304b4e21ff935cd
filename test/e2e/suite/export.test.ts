import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { extensionUnderTest, openArticle } from './helpers';

interface Span {
  start: number;
  end: number;
  text?: string;
}
interface ExportedArticle {
  schema: string;
  document: { path: string; offsets: string };
  actors: { id: string; name: string; mentions: Span[] }[];
  quotes: (Span & { speaker: string | null })[];
  dates: (Span & { value: string | null })[];
}

/** The written file's path, whether the command returns a string or a Uri. */
function writtenPath(returned: unknown): string {
  if (typeof returned === 'string') return returned.startsWith('file:') ? vscode.Uri.parse(returned).fsPath : returned;
  if (returned instanceof vscode.Uri) return returned.fsPath;
  assert.fail(`articleAnnotator.exportAnnotations returned ${JSON.stringify(returned)}, not the written path`);
}

suite('export', () => {
  test('"Export annotations" writes a YAML next to the article that validates', async () => {
    const editor = await openArticle();
    const article = editor.document.uri.fsPath;
    const expected = `${article}.annotations.yaml`;
    fs.rmSync(expected, { force: true });

    const returned = await vscode.commands.executeCommand('articleAnnotator.exportAnnotations', editor.document.uri);
    const written = writtenPath(returned);
    assert.equal(path.resolve(written), expected);
    const exported = parse(fs.readFileSync(written, 'utf8')) as ExportedArticle;

    const schemaFile = path.join(extensionUnderTest().extensionPath, 'schemas/article-annotations.schema.json');
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(
      JSON.parse(fs.readFileSync(schemaFile, 'utf8')),
    );
    assert.ok(validate(exported), `the export does not validate:\n${JSON.stringify(validate.errors, null, 2)}`);
    assert.equal(exported.schema, 'article-annotations/1');

    const actorIds = new Set(exported.actors.map((a) => a.id));
    assert.ok(
      exported.actors.some((a) => a.name === 'Sergueï Lavrov'),
      `no actor "Sergueï Lavrov" among ${exported.actors.map((a) => a.name).join(', ')}`,
    );
    assert.ok(exported.quotes.length > 0, 'no quotes');
    const attributed = exported.quotes.filter((q) => q.speaker !== null);
    assert.ok(attributed.length > 0, 'no quote has a speaker');
    for (const quote of attributed)
      assert.ok(actorIds.has(quote.speaker as string), `speaker ${quote.speaker} is no actor`);
    assert.ok(
      exported.dates.some((d) => d.value !== null),
      'no date has an ISO value',
    );

    // Offsets count code points: slicing the file's text by them gives each span's text.
    const codePoints = Array.from(fs.readFileSync(article, 'utf8'));
    const slice = (span: Span) => codePoints.slice(span.start, span.end).join('');
    for (const quote of exported.quotes) assert.equal(slice(quote), quote.text, `quote at ${quote.start}`);
    for (const date of exported.dates) assert.equal(slice(date), date.text, `date at ${date.start}`);
  });
});
