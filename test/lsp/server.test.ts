import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  ReferencesRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver-protocol/node';
import { parse as parseYaml } from 'yaml';
import { ActorsRequest, ExportRequest } from '../../server/src/lsp/protocol';
import { articlesDir, decodeTokens, positionOf, Session, uriOf } from './harness';

const SAMPLE = path.join(articlesDir, '001_993b8776cac74b6d.txt');
const sampleText = fs.readFileSync(SAMPLE, 'utf8');
/** A quote nobody is said to have said. */
const UNATTRIBUTED =
  "Un sommet sans suite\n\nLes discussions ont repris. « Nous ne lâcherons rien, nous irons jusqu'au bout " +
  "de cette négociation », pouvait-on lire sur une banderole à l'entrée.\n";

function markdown(contents: unknown): string {
  return (contents as MarkupContent).value;
}

describe('the server over stdio, on a sample article', () => {
  let session: Session;
  let uri: string;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };

  before(async () => {
    session = await Session.start();
    uri = await session.open(SAMPLE);
    legend = session.initializeResult.capabilities.semanticTokensProvider!.legend;
  });
  after(() => session.stop());

  test('announces the features and the token legend', () => {
    const caps = session.initializeResult.capabilities;
    assert.deepEqual(legend.tokenTypes, ['quote', 'speaker', 'cue', 'date', 'person', 'organization', 'place']);
    assert.ok(legend.tokenModifiers.includes('manual'));
    assert.deepEqual(
      caps.semanticTokensProvider && 'full' in caps.semanticTokensProvider && caps.semanticTokensProvider.full,
      {
        delta: true,
      },
    );
    for (const feature of [
      'hoverProvider',
      'inlayHintProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'definitionProvider',
      'referencesProvider',
      'codeActionProvider',
    ] as const) {
      assert.ok(caps[feature], feature);
    }
  });

  test('a quote without a speaker is an information diagnostic by default', async () => {
    const file = path.join(os.tmpdir(), 'article-lsp-unattributed.txt');
    const opened = session.nextDiagnostics(uriOf(file));
    await session.open(file, UNATTRIBUTED);
    const { diagnostics } = await opened;
    const unattributed = diagnostics.filter((d) => d.code === 'quote-without-speaker');
    assert.equal(unattributed.length, 1);
    assert.equal(unattributed[0].severity, 3);
    assert.equal(unattributed[0].range.start.line, 2);
  });

  test('semantic tokens colour quotes, speakers and actors, one line each, without overlaps', async () => {
    const result = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    const tokens = decodeTokens(result!.data, legend);
    const types = new Set(tokens.map((t) => t.type));
    for (const type of ['quote', 'speaker', 'date', 'person', 'place']) assert.ok(types.has(type), `a ${type} token`);
    const lines = sampleText.split('\n');
    for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line].length, 'token stays on its line');
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, 'tokens do not overlap');
    }
    const lavrov = positionOf(sampleText, 'Lavrov');
    assert.ok(
      tokens.some(
        (t) => t.line === lavrov.line && t.character <= lavrov.character && lavrov.character < t.character + t.length,
      ),
      'Lavrov is coloured',
    );
  });

  test('semantic tokens delta after an edit equal the full tokens of the new text', async () => {
    const first = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(first?.resultId);
    await session.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Une ligne ajoutée.\n\n' },
    ]);
    const delta = (await session.connection.sendRequest(SemanticTokensDeltaRequest.type, {
      textDocument: { uri },
      previousResultId: first.resultId,
    })) as SemanticTokensDelta | SemanticTokens;
    let data = [...first.data];
    if ('edits' in delta) {
      for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) {
        data.splice(e.start, e.deleteCount, ...(e.data ?? []));
      }
    } else data = delta.data;
    const full = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepEqual(data, full!.data);
    assert.notDeepEqual(data, first.data, 'the tokens moved two lines down');
    await session.change(uri, [{ text: sampleText }]);
  });

  test('semantic tokens for a range are the full tokens inside it', async () => {
    const full = decodeTokens(
      (await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!.data,
      legend,
    );
    const range = { start: { line: 4, character: 0 }, end: { line: 9, character: 0 } };
    const partial = decodeTokens(
      (await session.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }))!.data,
      legend,
    );
    assert.ok(partial.length > 0);
    assert.deepEqual(
      partial,
      full.filter((t) => t.line >= 4 && t.line < 9),
    );
  });

  test('hover on "Lavrov" shows an actor card', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(sampleText, 'Lavrov'),
    });
    assert.ok(hover, 'a hover');
    const value = markdown(hover.contents);
    assert.match(value, /Lavrov/);
    assert.match(value, /person/);
    assert.match(value, /In this article/);
  });

  test('hover inside a quote names its kind and speaker', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(sampleText, "L'Union européenne devra être à la table"),
    });
    assert.ok(hover);
    const value = markdown(hover.contents);
    assert.match(value, /quote/);
    assert.match(value, /Marco Rubio/);
  });

  test('inlay hints name the speaker after quotes', async () => {
    const hints = await session.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: sampleText.split('\n').length, character: 0 } },
    });
    assert.ok(hints && hints.length > 0);
    assert.ok(hints.every((h) => typeof h.label === 'string' && h.label.startsWith('— ')));
    assert.ok(hints.some((h) => h.label === '— Marco Rubio'));
    // `«Nous ne nous sommes pas contentés…» Sergueï Lavrov`: the byline already names him.
    const pullQuoteEnd = sampleText.indexOf('nous nous sommes entendus»') + 'nous nous sommes entendus»'.length;
    const line = sampleText.slice(0, pullQuoteEnd).split('\n').length - 1;
    assert.ok(
      !hints.some(
        (h) =>
          h.position.line === line &&
          h.position.character >= pullQuoteEnd - sampleText.lastIndexOf('\n', pullQuoteEnd) - 2,
      ),
      'no hint before a byline',
    );
  });

  test('the outline lists quotes by speaker, dates and actors', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Quotes', 'Dates', 'Actors'],
    );
    const speakers = symbols[0].children!.map((s) => s.name);
    assert.ok(speakers.includes('Marco Rubio'));
    assert.ok(symbols[2].children!.some((s) => s.name === 'Sergueï Lavrov'));
  });

  test('references of an actor list its mentions', async () => {
    const refs = (await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: positionOf(sampleText, 'Rubio'),
      context: { includeDeclaration: false },
    })) as Location[];
    assert.ok(refs.length >= 3);
    const lines = sampleText.split('\n');
    for (const r of refs)
      assert.match(lines[r.range.start.line].slice(r.range.start.character, r.range.end.character), /Rubio/);
  });

  test('the cursor in a quote highlights its speaker and cue; on an actor, all its mentions', async () => {
    const lines = sampleText.split('\n');
    const textOf = (r: { start: { line: number; character: number }; end: { character: number } }) =>
      lines[r.start.line].slice(r.start.character, r.end.character);
    const inQuote = await session.connection.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri },
      position: positionOf(sampleText, 'mieux comprendre notre position'),
    });
    const texts = (inQuote ?? []).map((h) => textOf(h.range));
    assert.ok(texts.includes('Sergueï Lavrov'), `highlights: ${texts.join(' | ')}`);
    assert.ok(texts.includes('a déclaré'));
    const onActor = await session.connection.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri },
      position: positionOf(sampleText, 'Ouchakov'),
    });
    const mentions = (onActor ?? []).map((h) => textOf(h.range));
    assert.ok(mentions.length >= 2 && mentions.includes('Iouri Ouchakov'), `highlights: ${mentions.join(' | ')}`);
  });

  test('the export request returns an article-annotations/1 document', async () => {
    const result = await session.connection.sendRequest(ExportRequest.type, { uri });
    assert.match(result.yaml, /^schema: article-annotations\/1$/m);
    assert.equal((parseYaml(result.yaml) as { document: { path: string } }).document.path, '001_993b8776cac74b6d.txt');
    assert.match(result.yaml, /offsets: codepoints/);
    assert.equal(result.path, '001_993b8776cac74b6d.txt');
  });

  test('the actors request counts mentions and quotes, for the article and the workspace', async () => {
    const one = await session.connection.sendRequest(ActorsRequest.type, { uri });
    assert.equal(one.articles, 1);
    assert.ok(one.quotes > 0);
    const rubio = one.actors.find((a) => a.name === 'Marco Rubio');
    assert.ok(rubio && rubio.quotes > 0 && rubio.mentions > 0);
    const all = await session.connection.sendRequest(ActorsRequest.type, {});
    const inWorkspace = fs.readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).length;
    // The workspace's articles, plus open ones from elsewhere.
    assert.ok(all.articles >= inWorkspace, `${all.articles} articles read`);
    assert.ok(all.quotes > one.quotes);
  });

  test('workspace symbols find an actor across the articles', async () => {
    const symbols = (await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'lavrov' })) ?? [];
    const files = new Set(symbols.map((s) => ('location' in s ? s.location.uri : '')));
    assert.ok(files.size >= 2, 'Lavrov appears in several sample articles');
    assert.ok(symbols.every((s) => /lavrov/i.test(s.name)));
  });
});

describe('settings pulled from the client', () => {
  let session: Session;
  before(async () => {
    session = await Session.start({
      settings: { inlayHints: { enabled: false }, diagnostics: { quoteWithoutSpeaker: 'off' } },
    });
  });
  after(() => session.stop());

  test('turn inlay hints and the quote-without-speaker diagnostic off', async () => {
    const uri = await session.open(SAMPLE);
    const hints = await session.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } },
    });
    assert.deepEqual(hints, []);
    const file = path.join(os.tmpdir(), 'article-lsp-unattributed-off.txt');
    const opened = session.nextDiagnostics(uriOf(file));
    await session.open(file, UNATTRIBUTED);
    const { diagnostics } = await opened;
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'quote-without-speaker'),
      [],
    );
  });
});

describe('rules files named in articleAnnotator.rulesFiles', () => {
  let dir: string;
  let session: Session;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lsp-'));
    fs.mkdirSync(path.join(dir, 'shared'));
    fs.writeFileSync(
      path.join(dir, 'shared', 'team-rules.yaml'),
      'actors:\n  - name: Amandine Verrier\n    kind: person\n    role: porte-parole du collectif\n',
    );
    session = await Session.start({ workspace: dir, settings: { rulesFiles: ['shared/team-rules.yaml'] } });
  });
  after(async () => {
    await session.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('apply to articles, and are checked as typed', async () => {
    const text = 'Amandine Verrier a déclaré : « Nous restons. »\n';
    const uri = await session.open(path.join(dir, 'a.txt'), text);
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, 'Verrier'),
    });
    assert.match(markdown(hover?.contents), /porte-parole du collectif/);

    const rulesPath = path.join(dir, 'shared', 'team-rules.yaml');
    const published = session.nextDiagnostics(uriOf(rulesPath));
    await session.open(rulesPath, 'actors:\n  - name: Amandine Verrier\n    kind: personne\n', 'yaml');
    const { diagnostics } = await published;
    assert.ok(
      diagnostics.some((d) => d.range.start.line === 2),
      'the bad kind is reported on its line',
    );
  });
});

describe('a bare client, as a minimal setup in another editor', () => {
  let session: Session;
  before(async () => {
    session = await Session.start({ bare: true });
  });
  after(() => session.stop());

  test('gets semantic tokens and a hover on "Lavrov" with default settings', async () => {
    const uri = await session.open(SAMPLE);
    const legend = session.initializeResult.capabilities.semanticTokensProvider!.legend;
    const tokens = decodeTokens(
      (await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!.data,
      legend,
    );
    assert.ok(tokens.some((t) => t.type === 'quote'));
    assert.ok(tokens.some((t) => t.type === 'speaker'));
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(sampleText, 'Lavrov'),
    });
    assert.match(markdown(hover?.contents), /Sergueï Lavrov/);
    const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(symbols && symbols.length > 0 && 'location' in symbols[0], 'flat symbols for a client without outlines');
  });
});

describe('the server with a rules file next to the article', () => {
  let dir: string;
  let session: Session;
  const article =
    'Réunion à Genève\n\nLa directrice Amandine Verrier a déclaré mardi : « Nous reprendrons les discussions. »\n\n' +
    "« Rien n'est décidé », a ajouté Verrier. Le diplomate Octave Lindqvist a estimé que rien ne pressait.\n";
  const rules =
    "# Our team's actors\nactors:\n  - name: Amandine Verrier\n    kind: person\n    role: directrice des négociations\n    aliases: [Verrier]\n";

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lsp-'));
    fs.writeFileSync(path.join(dir, 'article.txt'), article);
    fs.writeFileSync(path.join(dir, 'article-rules.yaml'), rules);
    session = await Session.start({ workspace: dir });
  });
  after(async () => {
    await session.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('hover shows the role written in the rules file, and definition jumps to its entry', async () => {
    const uri = await session.open(path.join(dir, 'article.txt'));
    const position = positionOf(article, 'Verrier', 2);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.ok(hover);
    assert.match(markdown(hover.contents), /directrice des négociations/);
    const def = (await session.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position,
    })) as Location;
    assert.equal(def.uri, uriOf(path.join(dir, 'article-rules.yaml')));
    assert.equal(def.range.start.line, 2, 'the entry starts on the `- name:` line');
  });

  test('a detected person can be added to the rules file', async () => {
    const uri = uriOf(path.join(dir, 'article.txt'));
    const position = positionOf(article, 'Octave Lindqvist');
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    const add = actions?.find((a) => 'title' in a && a.title === 'Add Octave Lindqvist to article-rules.yaml');
    assert.ok(add && 'edit' in add && add.edit, 'an "Add … to article-rules.yaml" action with an edit');
    const change = add.edit.documentChanges?.[0];
    assert.ok(change && 'edits' in change);
    assert.equal(change.textDocument.uri, uriOf(path.join(dir, 'article-rules.yaml')));
    const edit = change.edits[0];
    assert.ok('newText' in edit);
    const edited = applyEdit(rules, edit);
    assert.match(edited, /^# Our team's actors$/m, 'comments are kept');
    assert.match(edited, /Octave Lindqvist/);
  });

  test('hover on a date shows its ISO value and weekday', async () => {
    const text = 'Sommet européen\n\nLes ministres se sont réunis le 18 février 2025 à Bruxelles.\n';
    const file = path.join(dir, 'dated.txt');
    fs.writeFileSync(file, text);
    const uri = await session.open(file, text);
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, 'février'),
    });
    assert.ok(hover, 'a hover');
    assert.match(markdown(hover.contents), /2025-02-18/);
    assert.match(markdown(hover.contents), /mardi 18 février 2025/);
  });

  test("a rules file's problems are diagnostics while it is typed", async () => {
    const rulesPath = path.join(dir, 'article-rules.yaml');
    const uri = uriOf(rulesPath);
    const published = session.nextDiagnostics(uri);
    await session.open(rulesPath, 'actors:\n  - name: X\n    kind: persn\n  - [unclosed\n', 'yaml');
    const { diagnostics } = await published;
    assert.ok(diagnostics.length > 0, 'problems reported');
    assert.ok(
      diagnostics.every((d) => d.range.start.line >= 1),
      'at their place, not at the top',
    );
  });
});

describe('the server in a folder without a rules file', () => {
  let dir: string;
  let session: Session;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lsp-'));
    session = await Session.start({ workspace: dir });
  });
  after(async () => {
    await session.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('adding a person creates article-rules.yaml next to the article', async () => {
    const text = 'Le chercheur Octave Lindqvist a déclaré : « Rien ne presse. »\n';
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, text);
    const uri = await session.open(file, text);
    const position = positionOf(text, 'Lindqvist');
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    const add = actions?.find((a) => 'title' in a && a.title.startsWith('Add Octave Lindqvist'));
    assert.ok(add && 'edit' in add && add.edit?.documentChanges, 'an action with document changes');
    const [create, edit] = add.edit.documentChanges;
    assert.ok('kind' in create && create.kind === 'create');
    assert.equal(create.uri, uriOf(path.join(dir, 'article-rules.yaml')));
    assert.ok('edits' in edit);
    const inserted = edit.edits[0];
    assert.ok('newText' in inserted);
    assert.match(inserted.newText, /actors:/);
    assert.match(inserted.newText, /name: Octave Lindqvist/);
    assert.match(inserted.newText, /kind: person/);
  });

  test('a broken rules file on disk is reported on the article, and the built-in rules still apply', async () => {
    fs.writeFileSync(path.join(dir, 'article-rules.yaml'), 'actors:\n  - name: [oops\n');
    // What an editor's file watcher reports.
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(path.join(dir, 'article-rules.yaml')), type: FileChangeType.Created }],
    });
    const text = 'Le président Emmanuel Macron a déclaré : « Nous verrons. »\n';
    const file = path.join(dir, 'b.txt');
    fs.writeFileSync(file, text);
    const published = session.nextDiagnostics(uriOf(file));
    await session.open(file, text);
    const { diagnostics } = await published;
    const broken = diagnostics.find((d) => d.code === 'rules-broken');
    assert.ok(broken, 'a rules-broken diagnostic');
    assert.match(broken.message as string, /article-rules\.yaml has 1 error/);
    fs.rmSync(path.join(dir, 'article-rules.yaml'));
  });
});

function applyEdit(
  text: string,
  edit: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  },
): string {
  const offset = (p: { line: number; character: number }) => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  };
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}
