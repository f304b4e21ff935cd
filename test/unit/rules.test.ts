import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  addActorToRulesText,
  builtinPacksDir,
  builtinRules,
  checkRulesText,
  findRulesFiles,
  loadRules,
  MAX_RULES_FILE_CHARS,
  type RulesProblem,
} from '../../server/src/core/rules';

const fixtures = path.join(__dirname, '../fixtures/rules');
const read = (f: string): string => fs.readFileSync(f, 'utf8');

/** The text a problem points at. */
function at(text: string, p: RulesProblem): string {
  return text.slice(p.start, p.end);
}

describe('built-in packs', () => {
  it('are found from source and all pass their own checks', () => {
    const dir = builtinPacksDir();
    assert.ok(dir);
    const packs = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    assert.ok(packs.includes('fr-actors.yaml') && packs.includes('en-actors.yaml'));
    for (const f of packs) {
      const problems = checkRulesText(path.join(dir, f), read(path.join(dir, f)));
      assert.deepEqual(problems, [], f);
    }
  });

  it('cover hundreds of actors, with variants, in both languages', () => {
    const rules = builtinRules();
    const fr = rules.actors.filter((a) => a.language === 'fr');
    const en = rules.actors.filter((a) => a.language === 'en');
    assert.ok(fr.length > 500 && en.length > 500, `${fr.length} / ${en.length}`);
    const find = (lang: string, name: string) => rules.actors.find((a) => a.language === lang && a.name === name);
    assert.ok(find('fr', 'Riyad')?.aliases.includes('Ryad'));
    assert.ok(find('fr', 'Kiev')?.aliases.includes('Kyiv'));
    assert.ok(find('fr', 'OTAN')?.aliases.includes('Alliance atlantique'));
    assert.equal(find('fr', 'Russes')?.kind, 'organization');
    assert.equal(find('en', 'NATO')?.kind, 'organization');
    assert.ok(find('en', 'United States')?.aliases.includes('US'));
  });

  it('are merged: speech verbs per language, no team language, cached', () => {
    const rules = builtinRules();
    assert.equal(rules.language, null);
    assert.ok(rules.speechVerbs.fr.length > 0 && rules.speechVerbs.en.length > 0);
    assert.ok(rules.files.includes('builtin:fr-actors'));
    assert.ok((rules.roleEquivalents ?? []).length > 0);
    assert.equal(builtinRules(), rules);
  });
});

describe('findRulesFiles', () => {
  it('finds the nearest rules file like .editorconfig, nearest first, up to the workspace root', () => {
    const article = path.join(fixtures, 'team/articles/a.txt');
    assert.deepEqual(findRulesFiles(article, fixtures), [path.join(fixtures, 'team/article-rules.yaml')]);
    const nested = path.join(fixtures, 'team/articles/deeper/b.txt');
    assert.deepEqual(findRulesFiles(nested, fixtures), [path.join(fixtures, 'team/article-rules.yaml')]);
  });

  it('stops at the workspace root', () => {
    const article = path.join(fixtures, 'team/articles/a.txt');
    assert.deepEqual(findRulesFiles(article, path.join(fixtures, 'team/articles')), []);
  });

  it('uses the injected existence check', () => {
    const seen: string[] = [];
    findRulesFiles('/w/x/y/a.txt', '/w', (f) => (seen.push(f), false));
    assert.deepEqual(seen, ['/w/x/y/article-rules.yaml', '/w/x/article-rules.yaml', '/w/article-rules.yaml']);
  });
});

describe('loadRules', () => {
  it('merges built-ins, then extends, then the nearest file, then extra files', () => {
    const extra = path.join(fixtures, 'extra.yaml');
    const files = new Map([[extra, 'actors:\n  - {name: Jean Testard, kind: person, role: consul}\n']]);
    const {
      rules,
      problems,
      files: read2,
    } = loadRules({
      articlePath: path.join(fixtures, 'team/articles/a.txt'),
      workspaceRoot: fixtures,
      extraFiles: [extra],
      read: (f) => files.get(f) ?? (fs.existsSync(f) ? read(f) : undefined),
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(read2, [
      path.join(fixtures, 'common/shared-rules.yaml'),
      path.join(fixtures, 'team/article-rules.yaml'),
      extra,
    ]);
    const tail = rules.files.slice(-3);
    assert.deepEqual(tail, [
      path.join(fixtures, 'common/shared-rules.yaml'),
      path.join(fixtures, 'team/article-rules.yaml'),
      extra,
    ]);
    assert.equal(rules.language, 'fr');
    assert.ok(rules.speechVerbs.fr.includes('marteler') && rules.speechVerbs.en.includes('marteler'));
    assert.deepEqual(rules.ignore, ['Quitter la version mobile']);
    assert.deepEqual(rules.labels, [{ id: 'claim', name: 'Claim', color: '#d19a66', description: null }]);
    // The extra file's entry replaces the extended one; the team's Lavrov replaces the built-in one.
    assert.equal(rules.actors.filter((a) => a.name === 'Jean Testard').length, 1);
    assert.equal(rules.actors.find((a) => a.name === 'Jean Testard')?.role, 'consul');
    const lavrovs = rules.actors.filter((a) => a.name === 'Sergueï Lavrov');
    assert.deepEqual(
      lavrovs.map((a) => a.source),
      ['rules'],
    );
    const def = lavrovs[0].definition!;
    assert.match(read(def.file).slice(def.start, def.end), /^name: Sergueï Lavrov/);
  });

  it('a broken file contributes its problems and nothing else', () => {
    const { rules, problems } = loadRules({
      articlePath: path.join(fixtures, 'broken/x.txt'),
      workspaceRoot: fixtures,
    });
    assert.ok(problems.some((p) => p.severity === 'error'));
    assert.ok(!rules.actors.some((a) => a.source === 'rules'));
    assert.equal(rules.language, null);
  });

  it('reports a missing extra file', () => {
    const { problems } = loadRules({ extraFiles: [path.join(fixtures, 'nope.yaml')] });
    assert.deepEqual(
      problems.map((p) => p.code),
      ['file-missing'],
    );
  });
});

describe('checkRulesText', () => {
  const file = path.join(fixtures, 'broken/article-rules.yaml');
  const text = read(file);
  const problems = checkRulesText(file, text);
  const byCode = (code: string) => problems.filter((p) => p.code === code);

  it('puts an unknown key at the key, as a warning', () => {
    const [p] = byCode('unknown-key');
    assert.equal(at(text, p), 'colour_scheme');
    assert.equal(p.severity, 'warning');
    assert.deepEqual([p.line, p.column], [2, 0]);
  });

  it('puts a schema error at the value', () => {
    const p = byCode('schema').find((x) => /person, organization, place/.test(x.message))!;
    assert.equal(at(text, p), 'persn');
    assert.equal(p.severity, 'error');
    assert.deepEqual([p.line, p.column], [8, 10]);
    assert.ok(byCode('schema').some((x) => /missing required key "name"/.test(x.message)));
  });

  it('reports duplicate actors and aliases claimed twice', () => {
    const [dup] = byCode('duplicate-actor');
    assert.equal(at(text, dup), 'Sergueï Lavrov');
    assert.equal(dup.line, 10);
    const alias = byCode('duplicate-alias').find((p) => at(text, p) === 'Lavrov');
    assert.ok(alias, JSON.stringify(problems));
    assert.equal(alias.line, 9);
  });

  it('reports an invalid colour and a missing extends at their ranges', () => {
    assert.equal(at(text, byCode('invalid-color')[0]), "'#zzz'");
    const [missing] = byCode('extends-missing');
    assert.equal(at(text, missing), 'missing.yaml');
    assert.equal(missing.severity, 'error');
  });

  it('reports YAML syntax errors with line and column', () => {
    const f = path.join(fixtures, 'broken/syntax.yaml');
    const ps = checkRulesText(f, read(f));
    assert.ok(ps.length > 0);
    assert.ok(ps.every((p) => p.code === 'yaml-syntax' && p.severity === 'error'));
    assert.ok(ps[0].line >= 1);
  });

  it('reports a cycle of extends', () => {
    const a = path.join(fixtures, 'cycle/a.yaml');
    const ps = checkRulesText(a, read(a));
    const [p] = ps.filter((x) => x.code === 'extends-cycle');
    assert.ok(p, JSON.stringify(ps));
    assert.equal(at(read(a), p), 'b.yaml');
  });

  it('reports an alias claimed by an actor of an extended file', () => {
    const dir = path.join(fixtures, 'team');
    const t = 'extends: ../common/shared-rules.yaml\nactors:\n  - {name: Jules Testard, kind: person, aliases: [JT]}\n';
    const ps = checkRulesText(path.join(dir, 'x.yaml'), t);
    const [p] = ps.filter((x) => x.code === 'duplicate-alias');
    assert.ok(p, JSON.stringify(ps));
    assert.equal(at(t, p), 'JT');
  });

  it('refuses huge files and bounds alias expansion, without running anything', () => {
    const huge = checkRulesText('/x.yaml', `ignore: ["${'a'.repeat(MAX_RULES_FILE_CHARS)}"]`);
    assert.deepEqual(
      huge.map((p) => p.code),
      ['file-too-large'],
    );
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
          .join(', ')}]`,
      );
    const ps = checkRulesText('/bomb.yaml', bomb.join('\n'));
    assert.ok(ps.some((p) => p.code === 'alias-limit' && p.severity === 'error'));
    const tags = checkRulesText('/tags.yaml', 'actors: !!js/function "function () { throw 1 }"\n');
    assert.ok(tags.some((p) => p.severity === 'error' || p.severity === 'warning'));
  });

  it('accepts the design sketch', () => {
    const t = [
      'language: fr',
      'published: 2025-02-18',
      'actors:',
      '  - name: Sergueï Lavrov',
      '    kind: person',
      '    role: ministre russe des Affaires étrangères',
      '    aliases: [Lavrov, Sergei Lavrov, le chef de la diplomatie russe]',
      '    description: Chef de la diplomatie russe depuis 2004.',
      '    links: [https://www.wikidata.org/wiki/Q1]',
      'speech_verbs: {add: [marteler], remove: []}',
      'labels:',
      '  - {id: claim, name: Claim, color: "#d19a66"}',
      'ignore: ["Quitter la version mobile"]',
    ].join('\n');
    assert.deepEqual(
      checkRulesText('/w/article-rules.yaml', t, () => undefined),
      [],
    );
  });
});

describe('addActorToRulesText', () => {
  it('appends to actors and keeps comments and formatting', () => {
    const t =
      '# Team rules\nlanguage: fr # French\nactors:\n  # people\n  - name: A # first\n    kind: person\nlabels: []\n';
    const out = addActorToRulesText(t, {
      name: 'Iouri Ouchakov',
      kind: 'person',
      role: 'conseiller',
      aliases: ['Ouchakov'],
    });
    assert.ok(
      out.startsWith(
        '# Team rules\nlanguage: fr # French\nactors:\n  # people\n  - name: A # first\n    kind: person\n',
      ),
    );
    assert.ok(out.includes('labels: []'));
    const actors = (parse(out) as { actors: { name: string; role?: string; aliases?: string[] }[] }).actors;
    assert.deepEqual(actors[1], { name: 'Iouri Ouchakov', kind: 'person', role: 'conseiller', aliases: ['Ouchakov'] });
    assert.deepEqual(
      checkRulesText('/w/article-rules.yaml', out, () => undefined),
      [],
    );
  });

  it('creates the content of an empty file or one without actors', () => {
    assert.deepEqual(parse(addActorToRulesText('', { name: 'X Y', kind: 'person' })), {
      actors: [{ name: 'X Y', kind: 'person' }],
    });
    const out = addActorToRulesText('# only a comment\nlanguage: en\n', { name: 'Kremlin', kind: 'organization' });
    assert.ok(out.startsWith('# only a comment\n'));
    assert.deepEqual(parse(out), { language: 'en', actors: [{ name: 'Kremlin', kind: 'organization' }] });
  });

  it('refuses to guess in a file with YAML errors', () => {
    assert.throws(() => addActorToRulesText('actors: [\n', { name: 'X', kind: 'person' }));
  });
});
