import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

// The TextMate grammar that paints quotes and dates before the server answers, run with
// the same engine VS Code uses (vscode-textmate + oniguruma).
const root = path.resolve(__dirname, '..', '..');
const GRAMMARS: Record<string, string> = {
  'text.article': path.join(root, 'syntaxes', 'article.tmLanguage.json'),
  'text.article.injection': path.join(root, 'syntaxes', 'article-injection.tmLanguage.json'),
};
const SNAPSHOT = path.join(__dirname, 'grammar.snapshot.txt');
const SAMPLE = path.join(root, 'test', 'fixtures', 'articles', '001_993b8776cac74b6d.txt');

let article: IGrammar;
let plain: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.plain') {
        // VS Code's plain text grammar has no rules: everything comes from injections.
        return parseRawGrammar(JSON.stringify({ scopeName: 'text.plain', patterns: [] }), 'plain.json');
      }
      const file = GRAMMARS[scopeName];
      return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.plain' ? ['text.article.injection'] : undefined),
  });
  article = (await registry.loadGrammar('text.article'))!;
  plain = (await registry.loadGrammar('text.plain'))!;
});

interface Piece {
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Piece[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) }));
  });
}

/** The pieces of text that carry a scope starting with `prefix`, joined per run. */
function scoped(grammar: IGrammar, text: string, prefix: string): string[] {
  const out: string[] = [];
  for (const line of tokenize(grammar, text)) {
    let run = '';
    for (const p of line) {
      if (p.scopes.some((s) => s.startsWith(prefix))) run += p.text;
      else if (run) {
        out.push(run);
        run = '';
      }
    }
    if (run) out.push(run);
  }
  return out;
}

describe('the TextMate grammar', () => {
  test('quotes: guillemets with (narrow) no-break spaces, curly, straight, nested', () => {
    const text =
      'Il a déclaré : «\u00a0Nous partirons\u00a0». Elle a dit « Jamais ».\n' +
      'He said “we will ‹ not › wait” and "fine" — but 5" pipes stay plain.\n' +
      '«\u202fRien « ici »';
    assert.deepEqual(scoped(article, text, 'string.quoted'), [
      '«\u00a0Nous partirons\u00a0»',
      '« Jamais »',
      '“we will ‹ not › wait”',
      '"fine"',
      '«\u202fRien « ici »',
    ]);
  });

  test('an unclosed quote mark stops at the end of its paragraph', () => {
    const text = 'Il a lancé « sans fin\net continue.\n\nParagraphe suivant.';
    assert.deepEqual(scoped(article, text, 'string.quoted'), ['« sans fin', 'et continue.']);
  });

  test('quote marks are punctuation of the string', () => {
    const [line] = tokenize(article, '« Oui »');
    assert.ok(line[0].scopes.includes('punctuation.definition.string.begin.article'));
    assert.ok(line[line.length - 1].scopes.includes('punctuation.definition.string.end.article'));
  });

  test('dates: French and English, full, partial, numeric, weekdays, relative words', () => {
    const text =
      'Le 18 février 2025, puis mardi, le 1er mars et en 2024 ; février 2022 ; 18/02/2025 ; 2025-02-18 ; ' +
      "hier, aujourd'hui et demain à 15h30. On February 18, 2025 and on Monday, 3 March 2025, yesterday.";
    assert.deepEqual(scoped(article, text, 'constant.numeric.date'), [
      '18 février 2025',
      'mardi',
      '1er mars',
      '2024',
      'février 2022',
      '18/02/2025',
      '2025-02-18',
      'hier',
      "aujourd'hui",
      'demain',
      'à 15h30',
      'February 18, 2025',
      'Monday',
      '3 March 2025',
      'yesterday',
    ]);
  });

  test('numbers that are not dates stay plain', () => {
    assert.deepEqual(scoped(article, 'Il y avait 2000 soldats et 45 chars, 3,5 %.', 'constant.numeric.date'), []);
  });

  test('the injection paints plain text files the same way', () => {
    const text = 'Il a déclaré mardi : « Nous partirons le 18 février 2025. »';
    assert.deepEqual(scoped(plain, text, 'string.quoted'), ['« Nous partirons le 18 février 2025. »']);
    assert.deepEqual(scoped(plain, text, 'constant.numeric.date'), ['mardi', '18 février 2025']);
  });

  test('the scopes of a sample article match the snapshot', () => {
    const lines = fs.readFileSync(SAMPLE, 'utf8').split('\n').slice(0, 16).join('\n');
    const actual =
      tokenize(article, lines)
        .map((line, i) =>
          [
            `${i + 1}:`,
            ...line.filter((p) => p.scopes.length).map((p) => `  ${JSON.stringify(p.text)} ${p.scopes.join(' ')}`),
          ].join('\n'),
        )
        .join('\n') + '\n';
    if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(SNAPSHOT, actual);
    assert.equal(actual, fs.readFileSync(SNAPSHOT, 'utf8'));
  });
});
