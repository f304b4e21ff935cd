import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../server/src/core/text';
import type { Actor, Analysis, DateMention, Quote } from '../../server/src/core/types';
import type { ArticleState } from '../../server/src/lsp/analyses';
import { actorCard, dateCard, quoteCard, spelledDate } from '../../server/src/lsp/cards';
import { minimalEdit } from '../../server/src/lsp/features/codeActions';
import { articleDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { speakerHints } from '../../server/src/lsp/features/inlayHints';
import { outline } from '../../server/src/lsp/features/symbols';
import { fuzzyMatch } from '../../server/src/lsp/features/workspaceSymbols';
import { findAt } from '../../server/src/lsp/lookup';
import { documentRole, globToRegExp } from '../../server/src/lsp/paths';
import { defaultSettings } from '../../server/src/lsp/protocol';
import { articleTokens, tokenTypes } from '../../server/src/lsp/tokens';

// A hand-made article and analysis: what the detectors would return for it.
const TEXT =
  'La maire Inès Carvalho a déclaré jeudi : « Nous ouvrirons\nle pont en mars. »\n\n' +
  '« Rien ne presse », a ajouté Carvalho à Lyon.\n';

function span(needle: string, n = 1): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k < n; k++) i = TEXT.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return { start: i, end: i + needle.length, text: needle };
}

const carvalho: Actor = {
  id: 'ines-carvalho',
  name: 'Inès Carvalho',
  kind: 'person',
  named: true,
  role: 'maire',
  aliases: ['Carvalho'],
  description: 'Maire depuis 2020.',
  links: ['https://example.org/carvalho'],
  source: 'detected',
  definition: null,
  mentions: [
    { ...span('Inès Carvalho'), origin: 'auto' },
    { ...span('Carvalho', 2), origin: 'auto' },
  ],
};
const lyon: Actor = {
  id: 'lyon',
  name: 'Lyon',
  kind: 'place',
  named: true,
  role: null,
  aliases: [],
  description: null,
  links: [],
  source: 'builtin',
  definition: null,
  mentions: [{ ...span('Lyon'), origin: 'auto' }],
};

function quote(id: string, content: string, open: string, close: string, extra: Partial<Quote>): Quote {
  const c = span(content);
  const o = TEXT.lastIndexOf(open, c.start);
  const e = TEXT.indexOf(close, c.end);
  return {
    id,
    start: c.start,
    end: c.end,
    text: content,
    kind: 'direct',
    speaker: null,
    speakerMention: null,
    cue: null,
    open: { start: o, end: o + 1 },
    close: { start: e, end: e + 1 },
    origin: 'auto',
    ...extra,
  };
}

const q1 = quote('q1', 'Nous ouvrirons\nle pont en mars.', '«', '»', {
  speaker: carvalho.id,
  speakerMention: span('Inès Carvalho'),
  cue: span('a déclaré'),
});
const q2 = quote('q2', 'Rien ne presse', '«', '»', {
  speaker: carvalho.id,
  speakerMention: span('Carvalho', 2),
  cue: span('a ajouté'),
  origin: 'manual',
});
const jeudi: DateMention = {
  ...span('jeudi'),
  value: '2025-02-20',
  type: 'date',
  resolution: 'relative to the publication date 2025-02-21',
  origin: 'auto',
};
const mars: DateMention = { ...span('mars'), value: '2025-03', type: 'date', resolution: null, origin: 'auto' };

const analysis: Analysis = {
  language: 'fr',
  title: null,
  published: '2025-02-21',
  publishedFrom: 'option',
  publishedSpan: null,
  actors: [carvalho, lyon],
  quotes: [q1, q2],
  dates: [jeudi, mars],
  tags: [],
  problems: [
    { start: 0, end: 2, message: 'quote has no speaker', severity: 'information', code: 'quote-without-speaker' },
    { start: 3, end: 5, message: 'unbalanced quote mark', severity: 'warning', code: 'unbalanced-quote' },
  ],
};
const lines = new LineIndex(TEXT);

function state(settings = defaultSettings): ArticleState {
  return {
    uri: 'file:///a.txt',
    version: 1,
    path: '/a.txt',
    text: TEXT,
    lines,
    analysis,
    rules: { rules: { actors: [] } as never, problems: [], files: [] },
    settings,
    encoding: 'utf-8',
    sha256: null,
  };
}

function tokensAsText() {
  return articleTokens(analysis, lines).map((t) => ({
    type: tokenTypes[t.type],
    text: TEXT.split('\n')[t.line].slice(t.character, t.character + t.length),
    manual: (t.modifiers & 1) === 1,
  }));
}

describe('semantic tokens of an analysis', () => {
  test('the speaker and cue win over the actor and the quote; quotes split per line around what they contain', () => {
    assert.deepEqual(tokensAsText(), [
      { type: 'speaker', text: 'Inès Carvalho', manual: false },
      { type: 'cue', text: 'a déclaré', manual: false },
      { type: 'date', text: 'jeudi', manual: false },
      { type: 'quote', text: '« Nous ouvrirons', manual: false },
      { type: 'quote', text: 'le pont en ', manual: false },
      { type: 'date', text: 'mars', manual: false },
      { type: 'quote', text: '. »', manual: false },
      { type: 'quote', text: '« Rien ne presse »', manual: true },
      { type: 'cue', text: 'a ajouté', manual: true },
      { type: 'speaker', text: 'Carvalho', manual: true },
      { type: 'place', text: 'Lyon', manual: false },
    ]);
  });

  test('a range request keeps the tokens that overlap the range', () => {
    const second = TEXT.indexOf('« Rien');
    const inRange = articleTokens(analysis, lines, { start: second, end: TEXT.length });
    assert.deepEqual(
      inRange.map((t) => tokenTypes[t.type]),
      ['quote', 'cue', 'speaker', 'place'],
    );
  });
});

describe('what is at a position', () => {
  test('a speaker before an actor, a date before its quote, the quote elsewhere', () => {
    assert.equal(findAt(analysis, span('Carvalho', 1).start + 2)?.kind, 'actor');
    assert.equal(findAt(analysis, span('mars').start)?.kind, 'date');
    const inQuote = findAt(analysis, span('pont').start);
    assert.equal(inQuote?.kind === 'quote' && inQuote.quote.id, 'q1');
    assert.equal(findAt(analysis, span('a ajouté').start)?.kind, 'quote', 'the cue belongs to its quote');
    assert.equal(findAt(analysis, 0), null);
  });
});

describe('hover cards', () => {
  test('an actor card gives identity, then mentions and quotes with their lines', () => {
    const card = actorCard(carvalho, analysis, lines, []);
    assert.match(card, /^### Inès Carvalho/);
    assert.match(card, /\*person\* · found in the text/);
    assert.match(card, /\*\*Role:\*\* maire/);
    assert.match(card, /\*\*Also:\*\* Carvalho/);
    assert.match(card, /Maire depuis 2020\./);
    assert.match(card, /\[https:\/\/example\.org\/carvalho\]\(https:\/\/example\.org\/carvalho\)/);
    assert.match(card, /2 mentions · 2 quotes/);
    assert.match(card, /- line 1: «Nous ouvrirons le pont en mars\.»/);
    assert.match(card, /- line 4: «Rien ne presse»/);
  });

  test('a date card spells the weekday in the article language and says how it was resolved', () => {
    const card = dateCard(jeudi, 'fr');
    assert.match(card, /\*\*2025-02-20\*\* — jeudi 20 février 2025/);
    assert.match(card, /relative to the publication date 2025-02-21/);
    assert.match(spelledDate('2025-02-18', 'en') ?? '', /^Tuesday,? 18 February 2025$/);
    assert.equal(spelledDate('2025-03', 'fr'), 'mars 2025');
    assert.equal(spelledDate('2025-W07', 'en'), 'week 7 of 2025');
    assert.equal(spelledDate('P3Y', 'en'), null);
  });

  test('a quote card names kind, speaker, the words naming them, and the cue', () => {
    const card = quoteCard(q2, analysis);
    assert.match(card, /\*\*direct quote\*\* · q2 · set by hand/);
    assert.match(card, /\*\*Speaker:\*\* Inès Carvalho, maire \(named here «Carvalho»\)/);
    assert.match(card, /\*\*Cue:\*\* «a ajouté»/);
  });
});

describe('diagnostics, hints, outline', () => {
  test('the quote-without-speaker severity follows the setting, `off` hides it', () => {
    const info = articleDiagnostics(state());
    assert.deepEqual(
      info.map((d) => [d.code, d.severity]),
      [
        ['quote-without-speaker', 3],
        ['unbalanced-quote', 2],
      ],
    );
    const warn = articleDiagnostics(state({ ...defaultSettings, diagnostics: { quoteWithoutSpeaker: 'warning' } }));
    assert.equal(warn[0].severity, 2);
    const off = articleDiagnostics(state({ ...defaultSettings, diagnostics: { quoteWithoutSpeaker: 'off' } }));
    assert.deepEqual(
      off.map((d) => d.code),
      ['unbalanced-quote'],
    );
  });

  test('an inlay hint after each attributed quote names the speaker', () => {
    const hints = speakerHints(state());
    assert.deepEqual(
      hints.map((h) => [h.label, h.position]),
      [
        ['— Inès Carvalho', lines.position(q1.close!.end)],
        ['— Inès Carvalho', lines.position(q2.close!.end)],
      ],
    );
  });

  test('no hint when the speaker is named right after the quote', () => {
    const close = q1.close!.end;
    const byline = { ...q1, speakerMention: { start: close + 1, end: close + 6, text: 'Inès' } };
    const s = { ...state(), analysis: { ...analysis, quotes: [byline, q2] } };
    assert.deepEqual(
      speakerHints(s).map((h) => h.position),
      [lines.position(q2.close!.end)],
    );
  });

  test('the outline groups quotes by speaker, then dates, then actors; groups span their children', () => {
    const symbols = outline(state());
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Quotes', 'Dates', 'Actors'],
    );
    const speaker = symbols[0].children![0];
    assert.equal(speaker.name, 'Inès Carvalho');
    assert.equal(speaker.children!.length, 2);
    assert.deepEqual(speaker.range.start, lines.position(q1.open!.start));
    assert.deepEqual(speaker.range.end, lines.position(q2.close!.end));
    assert.deepEqual(
      symbols[1].children!.map((d) => d.detail),
      ['2025-02-20', '2025-03'],
    );
  });
});

describe('small helpers', () => {
  test('globs match workspace-relative paths', () => {
    assert.ok(globToRegExp('**/*.txt').test('a.txt'));
    assert.ok(globToRegExp('**/*.txt').test('corpus/fr/a.txt'));
    assert.ok(!globToRegExp('**/*.txt').test('a.txt.ann.yaml'));
    assert.ok(globToRegExp('articles/{fr,en}/*.md').test('articles/en/x.md'));
    assert.ok(!globToRegExp('articles/{fr,en}/*.md').test('articles/de/x.md'));
    assert.ok(!globToRegExp('*.md').test('sub/x.md'));
  });

  test('documents are articles unless they are rules files, sidecars or other data', () => {
    assert.equal(documentRole('file:///c/article-rules.yaml'), 'rules');
    assert.equal(documentRole('file:///c/a.txt.ann.yaml'), 'sidecar');
    assert.equal(documentRole('file:///c/a.txt'), 'article');
    assert.equal(documentRole('untitled:Untitled-1'), 'article');
    assert.equal(documentRole('file:///c/data.json'), 'other');
  });

  test('the minimal edit replaces only what changed', () => {
    const edit = minimalEdit('a\nb\nc\n', 'a\nb\nB2\nc\n');
    assert.deepEqual(edit, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: 'B2\n',
    });
  });

  test('actor search folds accents and accepts subsequences', () => {
    assert.ok(fuzzyMatch('serguei', 'Sergueï Lavrov'));
    assert.ok(fuzzyMatch('slav', 'Sergueï Lavrov'));
    assert.ok(!fuzzyMatch('rubio', 'Sergueï Lavrov'));
  });
});
