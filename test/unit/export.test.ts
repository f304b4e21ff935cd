import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { exportArticleFile } from '../../server/src/cli/article';
import { exportDocument, sha256Hex, toJson, toYaml, type ArticleExport } from '../../server/src/core/export';
import { decodeArticle } from '../../server/src/core/input';
import type { Analysis } from '../../server/src/core/types';

const root = path.resolve(__dirname, '../..');
const articlesDir = path.join(root, 'test/fixtures/articles');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/article-annotations.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function emptyAnalysis(): Analysis {
  return {
    language: 'fr',
    title: null,
    published: '2025-02-18',
    publishedFrom: 'option',
    publishedSpan: null,
    actors: [],
    quotes: [],
    dates: [],
    tags: [],
    problems: [],
  };
}

describe('export document', () => {
  it('counts offsets in code points, so astral characters before a span do not shift it', () => {
    const text = '🇫🇷 Note 😀\n« Bonjour », a dit Marie.';
    const start = text.indexOf('Bonjour');
    const analysis = emptyAnalysis();
    analysis.quotes.push({
      id: 'q1',
      text: 'Bonjour',
      start,
      end: start + 7,
      kind: 'direct',
      speaker: null,
      speakerMention: null,
      cue: { text: 'a dit', start: text.indexOf('a dit'), end: text.indexOf('a dit') + 5 },
      open: null,
      close: null,
      origin: 'auto',
    });
    const exp = exportDocument(text, analysis, { path: 'a.txt', sha256: sha256Hex(text) });
    const cps = [...text];
    const q = exp.quotes[0];
    assert.equal(cps.slice(q.start, q.end).join(''), 'Bonjour');
    assert.equal(q.start, start - 3); // three surrogate pairs before it
    assert.equal(q.line, 2);
    assert.equal(cps.slice(q.cue!.start, q.cue!.end).join(''), 'a dit');
  });

  it('writes ISO values as strings that YAML 1.1 readers keep as strings', () => {
    const analysis = emptyAnalysis();
    analysis.dates.push({
      text: 'mardi',
      start: 0,
      end: 5,
      value: '2025-02-18',
      type: 'date',
      resolution: null,
      origin: 'auto',
    });
    analysis.title = 'yes';
    const yaml = toYaml(exportDocument('mardi', analysis, { path: 'a.txt', sha256: sha256Hex('mardi') }));
    assert.match(yaml, /published: "2025-02-18"/);
    const back = parse(yaml, { version: '1.1' }) as ArticleExport;
    assert.equal(back.document.published, '2025-02-18');
    assert.equal(back.dates[0].value, '2025-02-18');
    assert.equal(back.document.title, 'yes');
    assert.equal(back.dates[0].origin, 'auto');
  });

  it('any string survives the YAML writer, read back by YAML 1.1 and 1.2 readers', () => {
    // A fixed pseudo-random sequence: the same strings on every run.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = [
      ...'aZé9 .,:;#-?!&*|>%@`\'"[]{}()/\\=~_«»“”’',
      '\n',
      '\t',
      '\u00a0',
      '\u202f',
      '\u2028',
      '\u0085',
      '\u007f',
      '\ufeff',
      '😀',
    ];
    const words = [
      'yes',
      'No',
      'null',
      '~',
      '2025-02-18',
      '0x1F',
      '1e3',
      '.inf',
      '- ',
      ': ',
      ' #',
      'P3Y',
      '12:30',
      'On',
    ];
    const strings: string[] = [...words];
    for (let i = 0; i < 400; i++) {
      let str = '';
      const length = 1 + Math.floor(random() * 12);
      for (let k = 0; k < length; k++) {
        str +=
          random() < 0.15
            ? words[Math.floor(random() * words.length)]
            : alphabet[Math.floor(random() * alphabet.length)];
      }
      strings.push(str);
    }
    const analysis = emptyAnalysis();
    analysis.actors = strings.map((str, i) => ({
      id: `a${i}`,
      name: str,
      kind: 'person' as const,
      named: true,
      role: str,
      aliases: [str, 'x'],
      description: null,
      links: [],
      source: 'detected' as const,
      definition: null,
      mentions: [{ start: 0, end: 1, text: str, origin: 'auto' as const }],
    }));
    analysis.title = strings[7];
    const exp = exportDocument('x', analysis, { path: 'dir/a b.txt', sha256: sha256Hex('x') });
    const yaml = toYaml(exp);
    assert.deepEqual(parse(yaml, { version: '1.1' }), JSON.parse(JSON.stringify(exp)));
    assert.deepEqual(parse(yaml, { version: '1.2' }), JSON.parse(JSON.stringify(exp)));
  });

  it('JSON and YAML carry the same document', () => {
    const exp = exportDocument('x', emptyAnalysis(), { path: 'a.txt', sha256: sha256Hex('x') });
    assert.deepEqual(JSON.parse(toJson(exp)), parse(toYaml(exp)));
  });
});

describe('exports of the sample articles', () => {
  for (const file of fs.readdirSync(articlesDir).filter((f) => f.endsWith('.txt'))) {
    it(`${file} validates against the schema and its offsets give its texts`, () => {
      const result = exportArticleFile(path.join(articlesDir, file), {
        extraRules: [],
        published: null,
        language: null,
      });
      assert.ok(result.ok);
      const exp = parse(toYaml(result.export), { version: '1.1' }) as ArticleExport;
      assert.ok(validate(exp), JSON.stringify(validate.errors?.slice(0, 5)));
      const cps = [...fs.readFileSync(path.join(articlesDir, file), 'utf8')];
      const spans = [
        ...exp.quotes,
        ...exp.dates,
        ...exp.actors.flatMap((a: ArticleExport['actors'][number]) => a.mentions),
      ];
      for (const s of spans) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
    });
  }
});

/** PyYAML is how researchers load exports; without it the Python checks say they were skipped. */
const hasPyYaml = (() => {
  try {
    execFileSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('exports load in Python', () => {
  it(
    'PyYAML reads strings for dates and text[start:end] gives each span',
    { skip: !hasPyYaml && 'python3 with PyYAML is not installed' },
    () => {
      const file = path.join(articlesDir, '001_993b8776cac74b6d.txt');
      const result = exportArticleFile(file, { extraRules: [], published: '2025-02-18', language: null });
      assert.ok(result.ok);
      const script = [
        'import sys, yaml',
        'doc = yaml.safe_load(sys.stdin.read())',
        "text = open(sys.argv[1], encoding='utf-8', newline='').read()",
        "assert isinstance(doc['document']['published'], str), doc['document']['published']",
        "spans = doc['quotes'] + doc['dates'] + [m for a in doc['actors'] for m in a['mentions']]",
        "bad = [s for s in spans if text[s['start']:s['end']] != s['text']]",
        'assert not bad, bad[:3]',
        "assert all(d['value'] is None or isinstance(d['value'], str) for d in doc['dates'])",
        'print(len(spans))',
      ].join('\n');
      const out = execFileSync('python3', ['-c', script, file], { input: toYaml(result.export), encoding: 'utf8' });
      assert.match(out.trim(), /^\d+$/);
    },
  );
});

describe('exports load in Python, whatever the strings', () => {
  it(
    'PyYAML reads back exactly what was written',
    { skip: !hasPyYaml && 'python3 with PyYAML is not installed' },
    () => {
      const tricky = [
        'yes',
        'on',
        '~',
        '2025-02',
        '1:20',
        '0o17',
        'a: b',
        '- x',
        '#x',
        "l'OTAN",
        '« oui »',
        'a\u2028b',
        'é\u0085',
        'tab\tq"',
        '😀x',
      ];
      const analysis = emptyAnalysis();
      analysis.actors = tricky.map((str, i) => ({
        id: `a${i}`,
        name: str,
        kind: 'place' as const,
        named: true,
        role: null,
        aliases: [str],
        description: str,
        links: [],
        source: 'detected' as const,
        definition: null,
        mentions: [],
      }));
      const exp = exportDocument('x', analysis, { path: 'a.txt', sha256: sha256Hex('x') });
      const script = 'import sys, yaml, json\nprint(json.dumps(yaml.safe_load(sys.stdin.read())))';
      const out = execFileSync('python3', ['-c', script], { input: toYaml(exp), encoding: 'utf8' });
      assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(exp)));
    },
  );
});

describe('decoding articles', () => {
  it('refuses binary files with a reason', () => {
    const r = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /binary/);
  });
  it('refuses oversized files with a reason', () => {
    const r = decodeArticle(new Uint8Array(2048), 1024);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /too large/);
  });
  it('reads legacy Windows-1252 files instead of failing', () => {
    const r = decodeArticle(new Uint8Array([0x45, 0x74, 0xe9, 0x20, 0xab, 0x20, 0x6f, 0x75, 0x69, 0x20, 0xbb]));
    assert.ok(r.ok);
    assert.equal(r.ok && r.text, 'Eté « oui »');
    assert.equal(r.ok && r.encoding, 'windows-1252');
  });
  it('keeps a byte-order mark so offsets agree with Python', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    assert.ok(r.ok);
    assert.equal(r.ok && r.text, '\ufeffa');
  });
});

describe('texts that are not articles', () => {
  it('a binary text or an oversized one gives a problem, not detections', async () => {
    const { analyze } = await import('../../server/src/core/analyze');
    const { builtinRules } = await import('../../server/src/core/rules');
    const rules = builtinRules();
    const binary = analyze('« Bonjour », a dit Marie.\0\0\x01', { rules });
    assert.equal(binary.quotes.length, 0);
    assert.equal(binary.problems[0].code, 'binary');
    const long = analyze('« Bonjour », a dit Marie. '.repeat(10), { rules, maxLength: 100 });
    assert.equal(long.quotes.length, 0);
    assert.equal(long.problems[0].code, 'too-long');
    assert.match(long.problems[0].message, /too long/);
    const fine = analyze('« Bonjour à tous », a déclaré Marie Dupont.', { rules, maxLength: 100 });
    assert.equal(fine.quotes.length, 1);
  });
});
