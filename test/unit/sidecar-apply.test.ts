import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addEntry,
  applySidecar,
  makeAnchor,
  removeEntries,
  type Sidecar,
  type SidecarEntry,
} from '../../server/src/core/sidecar';
import type { Actor, Analysis, Quote } from '../../server/src/core/types';

const TEXT = [
  'Le ministre Jean Castex a déclaré : « Nous tiendrons nos engagements ». ',
  'Selon la porte-parole Maud Bregeon, la réforme sera « une avancée ». ',
  'La réunion aura lieu mardi 4 mars à Bruxelles, a précisé l’ONU.',
].join('\n');

function at(needle: string, n = 1): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k < n; k++) i = TEXT.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return { start: i, end: i + needle.length };
}

function actor(id: string, name: string, mentions: string[], kind: Actor['kind'] = 'person'): Actor {
  return {
    id,
    name,
    kind,
    named: true,
    role: null,
    aliases: [],
    description: null,
    links: [],
    source: 'detected',
    definition: null,
    mentions: mentions.map((m) => ({ ...at(m), text: m, origin: 'auto' as const })),
  };
}

function quote(content: string, speaker: string | null): Quote {
  const s = at(content);
  return {
    id: '',
    ...s,
    text: content,
    kind: 'direct',
    speaker,
    speakerMention: null,
    cue: null,
    open: { start: s.start - 2, end: s.start - 1 },
    close: { start: s.end + 1, end: s.end + 2 },
    origin: 'auto',
  };
}

/** What the engine might have found in TEXT: one speaker wrong, one quote without speaker. */
function engine(): Analysis {
  return {
    language: 'fr',
    title: null,
    published: '2025-03-01',
    publishedFrom: 'option',
    publishedSpan: null,
    actors: [
      actor('jean-castex', 'Jean Castex', ['Jean Castex']),
      actor('bruxelles', 'Bruxelles', ['Bruxelles'], 'place'),
      actor('la-reunion', 'La réunion', ['La réunion'], 'place'),
    ],
    quotes: [
      { ...quote('Nous tiendrons nos engagements', 'jean-castex'), id: 'q1' },
      { ...quote('une avancée', null), id: 'q2' },
    ],
    dates: [
      {
        ...at('mardi 4 mars'),
        text: 'mardi 4 mars',
        value: '2025-03-04',
        type: 'date',
        resolution: null,
        origin: 'auto',
      },
    ],
    tags: [],
    problems: [
      { ...at('une avancée'), message: 'quote has no speaker', severity: 'warning', code: 'quote-without-speaker' },
    ],
  };
}

/** An entry without its anchor, for each action: the tests give the anchored words instead. */
type Unanchored<T> = T extends unknown ? Omit<T, 'anchor'> : never;

function entry(e: Unanchored<SidecarEntry> & { on: string; n?: number }): SidecarEntry {
  const { on, n, ...rest } = e;
  const s = at(on, n);
  return { ...rest, anchor: makeAnchor(TEXT, s.start, s.end) } as SidecarEntry;
}

function sidecar(...entries: SidecarEntry[]): Sidecar {
  return { published: null, language: null, entries };
}

describe('applySidecar', () => {
  it('sets a speaker by name, creating the actor and finding its mentions, and marks the quote manual', () => {
    const a = applySidecar(
      TEXT,
      engine(),
      sidecar(entry({ action: 'speaker', speaker: 'Maud Bregeon', on: 'une avancée' })),
    );
    const q = a.quotes.find((x) => x.text === 'une avancée')!;
    assert.equal(q.speaker, 'maud-bregeon');
    assert.equal(q.origin, 'manual');
    assert.deepEqual(q.speakerMention, { ...at('Maud Bregeon'), text: 'Maud Bregeon' });
    const maud = a.actors.find((x) => x.id === 'maud-bregeon')!;
    assert.equal(maud.source, 'manual');
    assert.deepEqual(
      maud.mentions.map((m) => m.text),
      ['Maud Bregeon'],
    );
    assert.ok(!a.problems.some((p) => p.code === 'quote-without-speaker'), 'the annotator answered the question');
  });

  it('finds an existing actor by a folded name and accepts "speaker unknown"', () => {
    const a = applySidecar(
      TEXT,
      engine(),
      sidecar(
        entry({ action: 'speaker', speaker: 'jean castex', on: 'une avancée' }),
        entry({ action: 'speaker', speaker: null, on: 'tiendrons nos' }),
      ),
    );
    assert.deepEqual(
      a.quotes.map((q) => [q.speaker, q.origin]),
      [
        [null, 'manual'],
        ['jean-castex', 'manual'],
      ],
    );
    assert.equal(a.actors.length, 3, 'no duplicate actor');
  });

  it('rejects a quote, a date, an actor and a single mention', () => {
    const a = applySidecar(
      TEXT,
      engine(),
      sidecar(
        entry({ action: 'reject', kind: 'quote', on: 'une avancée' }),
        entry({ action: 'reject', kind: 'date', on: 'mardi 4 mars' }),
        entry({ action: 'reject', kind: 'actor', on: 'La réunion' }),
        entry({ action: 'reject', kind: 'mention', on: 'Bruxelles' }),
      ),
    );
    assert.deepEqual(
      a.quotes.map((q) => [q.id, q.text]),
      [['q1', 'Nous tiendrons nos engagements']],
    );
    assert.deepEqual(a.dates, []);
    assert.deepEqual(
      a.actors.map((x) => x.id),
      ['jean-castex'],
    );
    assert.ok(!a.problems.some((p) => p.code === 'quote-without-speaker'), 'no question about a rejected quote');
  });

  it('rejecting an actor unsets the speaker of its quotes', () => {
    const a = applySidecar(TEXT, engine(), sidecar(entry({ action: 'reject', kind: 'actor', on: 'Jean Castex' })));
    assert.equal(a.quotes[0].speaker, null);
    assert.ok(!a.actors.some((x) => x.id === 'jean-castex'));
  });

  it('adds a quote (marks in the selection are left out), a date and an actor, all manual', () => {
    const a = applySidecar(
      TEXT,
      engine(),
      sidecar(
        entry({ action: 'add', kind: 'quote', speaker: 'Maud Bregeon', quoteKind: 'partial', on: '« une avancée »' }),
        entry({ action: 'add', kind: 'date', value: '2025-03', on: 'mars' }),
        entry({
          action: 'add',
          kind: 'actor',
          name: 'Organisation des Nations unies',
          actorKind: 'organization',
          on: 'ONU',
        }),
      ),
    );
    const q = a.quotes.find((x) => x.origin === 'manual')!;
    assert.deepEqual(
      { start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, id: q.id },
      { ...at('une avancée'), kind: 'partial', speaker: 'maud-bregeon', id: 'q2' },
    );
    assert.deepEqual(q.open, { start: at('une avancée').start - 2, end: at('une avancée').start - 1 });
    assert.equal(a.quotes.length, 2, 'the manual quote replaces the engine one');
    assert.deepEqual(
      a.dates.map((d) => [d.text, d.value, d.type, d.origin]),
      [['mars', '2025-03', 'date', 'manual']],
      'the overlapping engine date is replaced',
    );
    const onu = a.actors.find((x) => x.name === 'Organisation des Nations unies')!;
    assert.equal(onu.kind, 'organization');
    assert.deepEqual(onu.mentions, [{ ...at('ONU'), text: 'ONU', origin: 'manual' }]);
  });

  it('an added quote without a speaker keeps the one the engine found there', () => {
    const a = applySidecar(
      TEXT,
      engine(),
      sidecar(entry({ action: 'add', kind: 'quote', on: 'Nous tiendrons nos engagements' })),
    );
    assert.equal(a.quotes[0].speaker, 'jean-castex');
    assert.equal(a.quotes[0].origin, 'manual');
  });

  it('tags a span with a label', () => {
    const a = applySidecar(
      TEXT,
      engine(),
      sidecar(entry({ action: 'tag', label: 'claim', note: 'à vérifier', on: 'la réforme sera' })),
    );
    assert.deepEqual(a.tags, [
      { ...at('la réforme sera'), label: 'claim', text: 'la réforme sera', note: 'à vérifier', origin: 'manual' },
    ]);
  });

  it('reports an entry whose text is gone as an orphaned warning, and applies the others', () => {
    const s = sidecar(
      entry({ action: 'tag', label: 'claim', on: 'la réforme sera' }),
      entry({ action: 'speaker', speaker: 'Maud Bregeon', on: 'une avancée' }),
    );
    const changed = TEXT.replace('la réforme sera', 'le texte restera');
    const a = applySidecar(changed, { ...engine(), problems: [] }, s);
    assert.equal(a.tags.length, 0);
    const orphan = a.problems.find((p) => p.code === 'orphaned-entry')!;
    assert.equal(orphan.severity, 'warning');
    assert.match(orphan.message, /orphaned/);
    assert.match(orphan.message, /la réforme sera/);
  });

  it('does not modify the analysis it is given', () => {
    const before = engine();
    const copy = structuredClone(before);
    applySidecar(TEXT, before, sidecar(entry({ action: 'reject', kind: 'quote', on: 'une avancée' })));
    assert.deepEqual(before, copy);
  });
});

describe('addEntry / removeEntries', () => {
  it('a new speaker for a quote replaces the previous decision', () => {
    let s = sidecar();
    s = addEntry(s, entry({ action: 'speaker', speaker: 'A', on: 'une avancée' }));
    s = addEntry(s, entry({ action: 'speaker', speaker: 'B', on: 'une avancée' }));
    assert.deepEqual(
      s.entries.map((e) => e.action === 'speaker' && e.speaker),
      ['B'],
    );
  });

  it('rejecting what the annotator added takes the addition back instead', () => {
    let s = addEntry(sidecar(), entry({ action: 'add', kind: 'date', value: '2025-03', on: 'mars' }));
    s = addEntry(s, entry({ action: 'reject', kind: 'date', on: 'mars' }));
    assert.deepEqual(s.entries, []);
  });

  it('adding what was rejected lifts the rejection; a tag is not stored twice', () => {
    let s = addEntry(sidecar(), entry({ action: 'reject', kind: 'quote', on: 'une avancée' }));
    s = addEntry(s, entry({ action: 'add', kind: 'quote', on: 'une avancée' }));
    s = addEntry(s, entry({ action: 'tag', label: 'claim', on: 'la réforme' }));
    s = addEntry(s, entry({ action: 'tag', label: 'claim', on: 'la réforme' }));
    assert.deepEqual(
      s.entries.map((e) => e.action),
      ['add', 'tag'],
    );
    s = removeEntries(s, (e) => e.action === 'tag');
    assert.deepEqual(
      s.entries.map((e) => e.action),
      ['add'],
    );
  });
});
