import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followEdit, makeAnchor, placeAnchor, reanchor, type Sidecar } from '../../server/src/core/sidecar';

/** Offsets of the `n`-th occurrence (1-based) of `needle` in `text`, UTF-16. */
function spanOf(text: string, needle: string, n = 1): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in text`);
  return { start: i, end: i + needle.length };
}

describe('makeAnchor', () => {
  it('counts code points, not UTF-16 units, and keeps 32 characters of context', () => {
    const text =
      'Fête 🎉🎉 au ministère 🎉 : le ministre a déclaré « Nous avons gagné » hier soir à Paris, devant la presse réunie.';
    const { start, end } = spanOf(text, 'Nous avons gagné');
    const anchor = makeAnchor(text, start, end);
    assert.equal(anchor.start, start - 3, 'three emoji are three code points but six UTF-16 units');
    assert.equal(anchor.end - anchor.start, 'Nous avons gagné'.length);
    assert.equal(anchor.exact, 'Nous avons gagné');
    assert.equal(Array.from(anchor.prefix).length, 32);
    assert.equal(anchor.prefix, 'ère 🎉 : le ministre a déclaré « ');
    assert.equal(anchor.suffix, ' » hier soir à Paris, devant la ');
    assert.equal(Array.from(text).slice(anchor.start, anchor.end).join(''), anchor.exact, "Python's text[start:end]");
  });

  it('keeps shorter context at the ends of the text', () => {
    const anchor = makeAnchor('Bonjour le monde', 0, 7);
    assert.deepEqual(anchor, { start: 0, end: 7, exact: 'Bonjour', prefix: '', suffix: ' le monde' });
  });
});

describe('placeAnchor', () => {
  const original = 'Le président a dit « non ». Le ministre a dit « non » aussi. Puis le juge a dit « oui ».';

  it('keeps the offsets when they still hold the exact text', () => {
    const s = spanOf(original, 'non', 2);
    const placed = placeAnchor(original, makeAnchor(original, s.start, s.end));
    assert.deepEqual(placed, { status: 'exact', span: s });
  });

  it('moves to the occurrence whose context matches, not merely the first one', () => {
    const s = spanOf(original, 'non', 2);
    const anchor = makeAnchor(original, s.start, s.end);
    const edited = 'Dépêche AFP.\n\n' + original.replace('Le président a dit', 'Le président de la République a dit');
    const placed = placeAnchor(edited, anchor);
    assert.equal(placed.status, 'moved');
    assert.deepEqual(placed.span, spanOf(edited, 'non', 2));
  });

  it('finds text whose line breaks changed (a re-wrapped paragraph)', () => {
    const text = 'Elle a affirmé que la réforme serait votée avant l’été.';
    const s = spanOf(text, 'la réforme serait votée');
    const anchor = makeAnchor(text, s.start, s.end);
    const wrapped = 'Elle a affirmé que la réforme\nserait votée avant l’été.';
    const placed = placeAnchor(wrapped, anchor);
    assert.equal(placed.status, 'moved');
    assert.equal(wrapped.slice(placed.span!.start, placed.span!.end), 'la réforme\nserait votée');
  });

  it('finds text typed by hand with plain apostrophes, quotes and spaces', () => {
    const text = 'Il a jugé qu’il était «\u00a0trop tôt\u00a0» pour conclure — selon l’AFP.';
    const placed = placeAnchor(text, { start: -1, end: -1, exact: "qu'il était « trop tôt »", prefix: '', suffix: '' });
    assert.equal(placed.status, 'moved');
    assert.equal(text.slice(placed.span!.start, placed.span!.end), 'qu’il était «\u00a0trop tôt\u00a0»');
    const dash = placeAnchor(text, { start: -1, end: -1, exact: "conclure - selon l'AFP", prefix: '', suffix: '' });
    assert.equal(text.slice(dash.span!.start, dash.span!.end), 'conclure — selon l’AFP');
  });

  it('orphans an entry whose text is gone instead of guessing', () => {
    const text = 'The senator said "we will not yield" on Tuesday.';
    const s = spanOf(text, 'we will not yield');
    const anchor = makeAnchor(text, s.start, s.end);
    assert.deepEqual(placeAnchor('The senator said "we might yield" on Tuesday.', anchor), {
      status: 'orphaned',
      span: null,
    });
  });

  it('places a hand-written anchor that gives no offsets by its text and context', () => {
    const text = 'Paris, le 3 mars. Paris a voté. Londres aussi.';
    const placed = placeAnchor(text, { start: -1, end: -1, exact: 'Paris', prefix: 'mars. ', suffix: ' a voté' });
    assert.deepEqual(placed.span, spanOf(text, 'Paris', 2));
  });
});

describe('reanchor', () => {
  it('refreshes moved anchors and keeps orphans unchanged', () => {
    const text = 'Premier paragraphe.\n\nLe maire a déclaré « tout va bien ». Il a ajouté « rien ne change ».';
    const a = spanOf(text, 'tout va bien');
    const b = spanOf(text, 'rien ne change');
    const sidecar: Sidecar = {
      published: null,
      language: 'fr',
      entries: [
        { action: 'tag', label: 'claim', anchor: makeAnchor(text, a.start, a.end) },
        { action: 'speaker', speaker: 'Anne Hidalgo', anchor: makeAnchor(text, b.start, b.end) },
      ],
    };
    const changed = 'Nouveau chapeau ajouté.\n\n' + text.replace('rien ne change', 'tout change');
    const result = reanchor(changed, sidecar);
    assert.equal(result.moved.length, 1);
    assert.equal(result.orphaned.length, 1);
    const tag = result.sidecar.entries[0];
    assert.equal(tag.anchor.start, changed.indexOf('tout va bien'));
    assert.equal(tag.anchor.prefix.endsWith('déclaré « '), true);
    assert.deepEqual(result.sidecar.entries[1], sidecar.entries[1], 'the orphan stays as it was');
  });
});

describe('followEdit', () => {
  const span = { start: 10, end: 20 };
  it('shifts a span when text is inserted or deleted before it', () => {
    assert.deepEqual(followEdit(span, { start: 0, end: 0, newText: 'abc' }), { start: 13, end: 23 });
    assert.deepEqual(followEdit(span, { start: 2, end: 5, newText: '' }), { start: 7, end: 17 });
    assert.deepEqual(followEdit(span, { start: 10, end: 10, newText: 'x' }), { start: 11, end: 21 });
  });
  it('leaves it when the edit is after it, and grows it when typing inside', () => {
    assert.deepEqual(followEdit(span, { start: 20, end: 20, newText: 'x' }), span);
    assert.deepEqual(followEdit(span, { start: 15, end: 16, newText: 'xyz' }), { start: 10, end: 22 });
  });
  it('loses it when the edit swallows it whole', () => {
    assert.equal(followEdit(span, { start: 5, end: 25, newText: 'new' }), null);
  });
  it('trims it when an edit overlaps one of its ends', () => {
    assert.deepEqual(followEdit(span, { start: 5, end: 12, newText: '' }), { start: 5, end: 13 });
    assert.deepEqual(followEdit(span, { start: 15, end: 25, newText: '' }), { start: 10, end: 15 });
  });
});
