import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { parseSidecar, serializeSidecar, type Sidecar } from '../../server/src/core/sidecar';

const fixtures = path.resolve(__dirname, '../fixtures/sidecar');

describe('parseSidecar', () => {
  it('reads every action of the contract, as written by hand', () => {
    const { sidecar, problems } = parseSidecar(fs.readFileSync(path.join(fixtures, 'all-actions.ann.yaml'), 'utf8'));
    assert.deepEqual(problems, []);
    assert.ok(sidecar);
    assert.equal(sidecar.published, '2025-02-18', 'an unquoted date stays a string');
    assert.equal(sidecar.language, 'fr');
    assert.deepEqual(
      sidecar.entries.map((e) => [e.action, 'kind' in e ? e.kind : null]),
      [
        ['speaker', null],
        ['reject', 'quote'],
        ['add', 'date'],
        ['add', 'quote'],
        ['add', 'actor'],
        ['tag', null],
      ],
    );
    const speaker = sidecar.entries[0];
    assert.equal(speaker.action === 'speaker' && speaker.speaker, 'Sergueï Lavrov');
    assert.deepEqual(speaker.anchor, {
      start: 12,
      end: 40,
      exact: 'Nous ne nous sommes pas tus',
      prefix: '« ',
      suffix: ' », a dit',
    });
    const date = sidecar.entries[2];
    assert.ok(date.action === 'add' && date.kind === 'date');
    assert.equal(date.value, '2025-02-17');
    const actor = sidecar.entries[4];
    assert.ok(actor.action === 'add' && actor.kind === 'actor');
    assert.equal(actor.name, 'Iouri Ouchakov');
    assert.equal(actor.actorKind, 'person');
    const tag = sidecar.entries[5];
    assert.ok(tag.action === 'tag');
    assert.equal(tag.label, 'claim');
    assert.equal(tag.note, 'à vérifier');
  });

  it('reads `speaker: null` as "speaker unknown"', () => {
    const { sidecar } = parseSidecar(
      'schema: article-sidecar/1\nentries:\n  - action: speaker\n    anchor: {start: 0, end: 3, exact: abc}\n    speaker: null\n',
    );
    assert.ok(sidecar && sidecar.entries[0].action === 'speaker');
    assert.equal(sidecar.entries[0].speaker, null);
  });

  it('takes an actor kind or a quote kind in place of `kind`', () => {
    const { sidecar, problems } = parseSidecar(
      [
        'schema: article-sidecar/1',
        'entries:',
        '  - {action: add, kind: organization, anchor: {start: 0, end: 3, exact: ONU}}',
        '  - {action: add, kind: partial, speaker: Kaja Kallas, anchor: {start: 9, end: 20, exact: "pas de paix"}}',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      sidecar!.entries.map(
        (e) => e.action === 'add' && [e.kind, 'actorKind' in e ? e.actorKind : e.kind === 'quote' && e.quoteKind],
      ),
      [
        ['actor', 'organization'],
        ['quote', 'partial'],
      ],
    );
  });

  it('reports a corrupt file with its position and does not pretend it is empty', () => {
    const text = 'schema: article-sidecar/1\nentries:\n  - action: tag\n    anchor: {start: 0, end: 3, exact: "abc"\n';
    const { sidecar, problems } = parseSidecar(text);
    assert.equal(sidecar, null);
    assert.ok(problems.length > 0);
    assert.equal(problems[0].severity, 'error');
    assert.ok(problems[0].start > text.indexOf('anchor') - 1);
  });

  it('keeps the good entries of a file with a bad one, and names the bad one', () => {
    const text = [
      'schema: article-sidecar/1',
      'entries:',
      '  - action: tag',
      '    label: claim',
      '    anchor: {start: 0, end: 3, exact: abc}',
      '  - action: frobnicate',
      '    anchor: {start: 0, end: 3, exact: abc}',
      '  - action: reject',
      '    kind: speech',
      '    anchor: {start: 0, end: 3, exact: abc}',
    ].join('\n');
    const { sidecar, problems } = parseSidecar(text);
    assert.equal(sidecar!.entries.length, 1);
    assert.equal(problems.length, 2);
    assert.equal(text.slice(problems[0].start, problems[0].end), 'frobnicate');
    assert.equal(text.slice(problems[1].start, problems[1].end), 'speech');
  });

  it('refuses another schema version rather than misreading it', () => {
    const { sidecar, problems } = parseSidecar('schema: article-sidecar/2\nentries: []\n');
    assert.equal(sidecar, null);
    assert.equal(problems[0].code, 'sidecar-schema');
  });

  it('reads an empty file as an empty sidecar', () => {
    assert.deepEqual(parseSidecar('').sidecar, { published: null, language: null, entries: [] });
  });
});

describe('serializeSidecar', () => {
  const sidecar: Sidecar = {
    published: '2025-02-18',
    language: 'fr',
    entries: [
      {
        action: 'tag',
        label: 'claim',
        note: 'source: "AFP"',
        anchor: { start: 50, end: 60, exact: 'la «\u00a0paix\u00a0»', prefix: 'Il veut\n', suffix: ': maintenant' },
      },
      {
        action: 'speaker',
        speaker: 'Sergueï Lavrov',
        anchor: { start: 10, end: 20, exact: 'Nous avons', prefix: '« ', suffix: ' » a dit' },
      },
      {
        action: 'add',
        kind: 'date',
        value: '2025-02-17',
        anchor: { start: 30, end: 35, exact: 'lundi', prefix: '', suffix: '' },
      },
      { action: 'speaker', speaker: null, anchor: { start: 70, end: 75, exact: 'Non !', prefix: '', suffix: '' } },
      { action: 'speaker', speaker: 'yes', anchor: { start: 80, end: 85, exact: 'Oui !', prefix: '', suffix: '' } },
    ],
    extra: { reviewer: 'ana' },
  };

  it('round-trips through parseSidecar, odd characters included', () => {
    const text = serializeSidecar(sidecar);
    const back = parseSidecar(text);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.sidecar!.extra, { reviewer: 'ana' });
    const byStart = [...sidecar.entries].sort((a, b) => a.anchor.start - b.anchor.start);
    assert.deepEqual(back.sidecar!.entries, byStart);
  });

  it('writes entries in text order with a fixed key order, one flow anchor each', () => {
    const text = serializeSidecar(sidecar);
    assert.equal(
      text.split('\n').slice(0, 10).join('\n'),
      [
        'schema: article-sidecar/1',
        'published: "2025-02-18"',
        'language: fr',
        'reviewer: "ana"',
        'entries:',
        '  - action: speaker',
        '    anchor: {start: 10, end: 20, exact: "Nous avons", prefix: "« ", suffix: " » a dit"}',
        '    speaker: Sergueï Lavrov',
        '  - action: add',
        '    kind: date',
      ].join('\n'),
    );
    assert.equal(serializeSidecar(parseSidecar(text).sidecar!), text, 'stable: writing twice changes nothing');
  });

  it('keeps ISO values and look-alike names strings for YAML 1.1 readers', () => {
    const doc = parse(serializeSidecar(sidecar), { version: '1.1' });
    assert.equal(doc.published, '2025-02-18');
    assert.equal(doc.entries[1].value, '2025-02-17');
    assert.equal(doc.entries[3].speaker, null);
    assert.equal(doc.entries[4].speaker, 'yes');
  });
});

describe('the JSON Schema of the sidecar', () => {
  const schema = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../schemas/article-sidecar.schema.json'), 'utf8'),
  );
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it('accepts the hand-written fixture and what serializeSidecar writes', () => {
    const text = fs.readFileSync(path.join(fixtures, 'all-actions.ann.yaml'), 'utf8');
    assert.ok(validate(parse(text)), JSON.stringify(validate.errors));
    const written = serializeSidecar(parseSidecar(text).sidecar!);
    assert.ok(validate(parse(written)), JSON.stringify(validate.errors));
  });

  it('rejects an entry without its anchor text or with an unknown action', () => {
    assert.equal(
      validate(parse('schema: article-sidecar/1\nentries:\n  - {action: tag, label: x, anchor: {start: 1}}')),
      false,
    );
    assert.equal(validate(parse('schema: article-sidecar/1\nentries:\n  - {action: undo, anchor: {exact: x}}')), false);
  });
});
