import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { findActors } from '../../server/src/core/actors';
import { builtinRules, loadRules } from '../../server/src/core/rules';
import { fold } from '../../server/src/core/text';
import type { Actor, ActorKind, Language } from '../../server/src/core/types';

interface Case {
  name: string;
  language: Language;
  text: string;
  expect?: { name: string; kind: ActorKind; role?: string; mentions: string[] }[];
  absent?: string[];
  no_mentions?: string[];
  only_kinds?: ActorKind[];
  mention_count?: Record<string, number>;
}

const fixtures = path.join(__dirname, '../fixtures/actors');
const cases = parse(fs.readFileSync(path.join(fixtures, 'cases.yaml'), 'utf8')) as Case[];

function byName(actors: Actor[], name: string): Actor | undefined {
  return actors.find((a) => fold(a.name) === fold(name));
}

describe('findActors on sentence cases', () => {
  for (const c of cases) {
    it(c.name, () => {
      const actors = findActors(c.text, { language: c.language, rules: builtinRules(), ignored: [] });
      const summary = actors
        .map((a) => `${a.name} (${a.kind}): ${a.mentions.map((m) => m.text).join(' | ')}`)
        .join('\n');
      for (const e of c.expect ?? []) {
        const a = byName(actors, e.name);
        assert.ok(a, `expected actor ${e.name} in\n${summary}`);
        assert.equal(a.kind, e.kind, `${e.name} kind`);
        if (e.role) assert.equal(a.role, e.role, `${e.name} role`);
        const texts = a.mentions.map((m) => fold(m.text));
        // A name written after its office without a comma is one mention with it (`le président ukrainien
        // Volodymyr Zelensky`): the expected name ends that mention.
        for (const m of e.mentions)
          assert.ok(
            texts.some((t) => t === fold(m) || t.endsWith(` ${fold(m)}`)),
            `mention "${m}" of ${e.name} in\n${summary}`,
          );
      }
      for (const n of c.absent ?? []) {
        assert.ok(
          !actors.some((a) => a.mentions.some((m) => fold(m.text) === fold(n))),
          `"${n}" must not be an actor:\n${summary}`,
        );
      }
      for (const n of c.no_mentions ?? []) {
        assert.ok(
          !actors.some((a) => a.mentions.some((m) => m.text === n)),
          `"${n}" must not be a mention:\n${summary}`,
        );
      }
      if (c.only_kinds)
        for (const a of actors) assert.ok(c.only_kinds.includes(a.kind), `unexpected ${a.kind} ${a.name}`);
      for (const [n, count] of Object.entries(c.mention_count ?? {}))
        assert.equal(byName(actors, n)?.mentions.length, count, `${n} mentions`);
    });
  }
});

describe('findActors invariants', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/articles/001_993b8776cac74b6d.txt'), 'utf8');
  const actors = findActors(text, { language: 'fr', rules: builtinRules(), ignored: [] });

  it('gives unique slug ids and only actors with mentions, in text order', () => {
    const ids = actors.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const a of actors) assert.ok(a.mentions.length > 0);
    for (let i = 1; i < actors.length; i++) assert.ok(actors[i - 1].mentions[0].start <= actors[i].mentions[0].start);
  });

  it('gives mentions whose offsets hold their text, sorted', () => {
    for (const a of actors) {
      for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      for (let i = 1; i < a.mentions.length; i++) assert.ok(a.mentions[i - 1].start <= a.mentions[i].start);
    }
  });

  it('marks where each actor comes from', () => {
    assert.equal(byName(actors, 'Russie')?.source, 'builtin');
    assert.equal(byName(actors, 'Russie')?.definition?.file, 'builtin:fr-actors');
  });

  it('skips ignored spans', () => {
    const t = 'Quitter la version mobile Moscou. Moscou répond.';
    const found = findActors(t, { language: 'fr', rules: builtinRules(), ignored: [{ start: 0, end: 33 }] });
    assert.deepEqual(
      byName(found, 'Moscou')?.mentions.map((m) => m.start),
      [34],
    );
  });

  // (How fast is measured by `npm run bench`; these check what comes out of a 1 MB article.)
  it('finds the actors of a 1 MB article, with every mention of each copy', () => {
    const once = findActors(text, { language: 'fr', rules: builtinRules(), ignored: [] });
    let big = '';
    let copies = 0;
    while (big.length < 1_000_000) {
      big += `${text}\n\n`;
      copies++;
    }
    const found = findActors(big, { language: 'fr', rules: builtinRules(), ignored: [] });
    const russie = byName(once, 'Russie')?.mentions.length ?? 0;
    assert.ok(russie > 0);
    assert.equal(byName(found, 'Russie')?.mentions.length, russie * copies);
  });

  it('reads a 1 MB article written on one line', () => {
    let big = '';
    while (big.length < 1_000_000) big += `${text.replace(/\n/g, ' ')} `;
    const found = findActors(big, { language: 'en', rules: builtinRules(), ignored: [] });
    assert.ok(found.length > 0);
    for (const a of found) for (const m of a.mentions) assert.equal(big.slice(m.start, m.end), m.text);
  });
});

describe('findActors with a rules file', () => {
  const dir = path.join(__dirname, '../fixtures/rules/team');
  const { rules, problems } = loadRules({
    articlePath: path.join(dir, 'articles/a.txt'),
    workspaceRoot: path.join(__dirname, '../fixtures/rules'),
  });

  it('loads without errors', () => {
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  it('finds and links every alias of a listed actor, and its entry wins over the built-in one', () => {
    const text =
      "Le ministre Sergueï Lavrov parle. Lavrov insiste ; Sergei Lavrov répète, et le chef de la diplomatie russe conclut. L'ambassadeur Jean Testard, dit JT, est d'accord : JT l'a dit, et Testard aussi.";
    const actors = findActors(text, { language: 'fr', rules, ignored: [] });
    const lavrov = byName(actors, 'Sergueï Lavrov');
    assert.ok(lavrov);
    assert.equal(lavrov.source, 'rules');
    assert.equal(lavrov.role, 'ministre russe des Affaires étrangères (rules)');
    assert.ok(lavrov.definition && lavrov.definition.file.endsWith('article-rules.yaml'));
    assert.deepEqual(
      lavrov.mentions.map((m) => m.text),
      ['Le ministre Sergueï Lavrov', 'Lavrov', 'Sergei Lavrov', 'le chef de la diplomatie russe'],
    );
    const jt = byName(actors, 'Jean Testard');
    assert.ok(jt);
    assert.deepEqual(
      jt.mentions.map((m) => m.text),
      ["L'ambassadeur Jean Testard", 'JT', 'JT', 'Testard'],
    );
    assert.equal(actors.filter((a) => /lavrov/i.test(a.name)).length, 1);
  });
  it('reads an English agency name quoted in a French article as an organisation, never a speaker', () => {
    const text =
      'Le Counter Terrorism Unit a arrêté deux suspects. « Nous avons agi vite », explique Counter Terrorism Unit. La Financial Crimes Division enquête, selon Jean Bureau.';
    const actors = findActors(text, { language: 'fr', rules, ignored: [] });
    const ctu = byName(actors, 'Counter Terrorism Unit');
    assert.ok(ctu);
    assert.equal(ctu.kind, 'organization');
    assert.equal(ctu.mentions.length, 2);
    assert.equal(byName(actors, 'Financial Crimes Division')?.kind, 'organization');
    assert.equal(actors.filter((a) => a.kind === 'person' && /Terrorism|Crimes/.test(a.name)).length, 0);
  });
  it('takes an unknown name after a speech verb as a person, and stops it before an organisation', () => {
    const text =
      '« Oui », fait ressortir Vikash Tulsidas. « Non », explique Paul Nobin de la Business Mauritius. Selon Jean de La Fontaine, rien.';
    const actors = findActors(text, { language: 'fr', rules, ignored: [] });
    assert.equal(byName(actors, 'Vikash Tulsidas')?.kind, 'person');
    assert.equal(byName(actors, 'Paul Nobin')?.kind, 'person');
    assert.equal(byName(actors, 'Jean de La Fontaine')?.kind, 'person');
    assert.equal(actors.filter((a) => /Business/.test(a.name) && a.kind === 'person').length, 0);
    const en = findActors('"We disagree," noted Kavesh Ramjatun, an analyst.', { language: 'en', rules, ignored: [] });
    assert.equal(byName(en, 'Kavesh Ramjatun')?.kind, 'person');
  });
  it('gives a company written with the point of its abbreviation that form as an alias', () => {
    const en = findActors('The rally was at Birch Valley Brewing Co. in Keene.', {
      language: 'en',
      rules,
      ignored: [],
    });
    assert.ok(byName(en, 'Birch Valley Brewing Co')?.aliases.includes('Birch Valley Brewing Co.'));
  });
});
