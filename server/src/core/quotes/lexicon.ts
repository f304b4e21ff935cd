/**
 * Speech verbs: loading the built-in packs and recognising any inflected form of a listed verb.
 *
 * The lists come from `Rules.speechVerbs[language]` (built-in packs merged with the team's
 * rules file); each entry is a lemma (`déclarer`, `say`) or an inflected form (`dit`, `told`).
 * Lemmas of regular verbs are conjugated here, so a team adds `marteler` and gets `martèle`,
 * `a martelé`, `martelant` for free.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { fold } from '../text';
import type { Language } from '../types';

const packCache = new Map<Language, string[]>();

/** Folders where the built-in packs may live: beside the bundle (dist/rules) or in the source tree. */
function rulesFolders(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return [
    path.join(here, 'rules'),
    path.join(here, '..', 'rules'),
    path.join(here, '..', '..', '..', 'rules'),
    path.join(process.cwd(), 'server', 'rules'),
  ];
}

/**
 * The speech verbs of the built-in pack for a language (`server/rules/<lang>-speech-verbs.yaml`),
 * as written there. Used when the rules in force carry no speech verbs at all (no rules
 * engine yet, or a test building rules by hand); the rules engine may load packs with it too.
 */
export function builtinSpeechVerbs(language: Language): string[] {
  const cached = packCache.get(language);
  if (cached) return cached;
  let verbs: string[] = [];
  for (const folder of rulesFolders()) {
    const file = path.join(folder, `${language}-speech-verbs.yaml`);
    if (!fs.existsSync(file)) continue;
    const doc = parse(fs.readFileSync(file, 'utf8')) as { speech_verbs?: { add?: unknown } } | null;
    const add = doc?.speech_verbs?.add;
    if (Array.isArray(add)) verbs = add.filter((v): v is string => typeof v === 'string');
    break;
  }
  packCache.set(language, verbs);
  return verbs;
}

/** How a verb form is used: finite (`déclare`), participle (`déclaré`, `said`), gerund (`déclarant`), infinitive. */
export type VerbForm = 'finite' | 'participle' | 'gerund' | 'infinitive';

export interface VerbEntry {
  lemma: string;
  form: VerbForm;
  /** Further words of a multi-word entry (`en garde` of `mettre en garde`). */
  rest: string[];
}

/** Recognises the forms of a list of speech verbs. Lookups are on folded single words. */
export class SpeechVerbLexicon {
  private readonly forms = new Map<string, VerbEntry[]>();

  constructor(entries: readonly string[], language: Language) {
    for (const raw of entries) {
      const words = fold(raw)
        .replace(/^(?:se |s')/, '')
        .split(' ')
        .filter(Boolean);
      if (words.length === 0) continue;
      const [head, ...rest] = words;
      const generated = language === 'fr' ? conjugateFrench(head) : inflectEnglish(head);
      for (const [form, kind] of generated) this.add(form, { lemma: head, form: kind, rest });
    }
  }

  private add(form: string, entry: VerbEntry): void {
    const list = this.forms.get(form);
    if (!list) this.forms.set(form, [entry]);
    else if (!list.some((e) => e.lemma === entry.lemma && e.rest.join(' ') === entry.rest.join(' '))) list.push(entry);
  }

  /** Entries whose head word is this (folded) word. */
  lookup(word: string): VerbEntry[] {
    return this.forms.get(word) ?? [];
  }

  get size(): number {
    return this.forms.size;
  }
}

const lexiconCache = new Map<string, SpeechVerbLexicon>();

/** A lexicon for a list of verbs, cached by content so repeated analyses do not rebuild it. */
export function speechVerbLexicon(entries: readonly string[], language: Language): SpeechVerbLexicon {
  const key = language + '\u0000' + entries.join('\u0001');
  let lexicon = lexiconCache.get(key);
  if (!lexicon) {
    lexicon = new SpeechVerbLexicon(entries, language);
    if (lexiconCache.size > 32) lexiconCache.clear();
    lexiconCache.set(key, lexicon);
  }
  return lexicon;
}

/** Forms of one French verb (folded, so accents are gone: `declare`, `declarait`). */
function conjugateFrench(word: string): Array<[string, VerbForm]> {
  const out: Array<[string, VerbForm]> = [[word, guessFrenchForm(word)]];
  if (word.endsWith('enir') && word.length > 5) {
    const pre = word.slice(0, -4);
    for (const s of ['ient', 'iennent', 'enait', 'enaient', 'int', 'inrent', 'iendra', 'iendront', 'iendrait']) {
      out.push([pre + s, 'finite']);
    }
    for (const s of ['enu', 'enue', 'enus', 'enues']) out.push([pre + s, 'participle']);
    out.push([pre + 'enant', 'gerund'], [word, 'infinitive']);
    return out;
  }
  if (word.endsWith('er') && word.length > 3) {
    const stem = word.slice(0, -2);
    // Before a or o, c becomes ç (folded to c) and g takes an e: annonçait, exigeait.
    const soft = stem.endsWith('g') ? stem + 'e' : stem;
    const finite = ['e', 'es', 'ent', 'erai', 'era', 'eront', 'erait', 'eraient', 'ons', 'ez', 'erent', 'ions', 'iez'];
    for (const s of finite) out.push([stem + s, 'finite']);
    for (const s of ['ait', 'aient', 'a', 'ai', 'as', 'ames']) out.push([soft + s, 'finite']);
    for (const s of ['e', 'ee', 'es', 'ees']) out.push([stem + s.replace(/^e/, 'e'), 'participle']);
    out.push([soft + 'ant', 'gerund'], [word, 'infinitive']);
    // rappeler → rappelle, jeter → jette (accents are folded away, so martèle = martele already).
    if (/[lt]$/.test(stem)) {
      const doubled = stem + stem.slice(-1);
      for (const s of ['e', 'es', 'ent', 'era', 'eront', 'erait']) out.push([doubled + s, 'finite']);
    }
    return out;
  }
  if (word.endsWith('ir') && word.length > 3) {
    const stem = word.slice(0, -2);
    for (const s of ['it', 'is', 'issent', 'issait', 'issaient', 'irent', 'ira', 'iront', 'irait']) {
      out.push([stem + s, 'finite']);
    }
    for (const s of ['i', 'ie', 'is', 'ies']) out.push([stem + s, 'participle']);
    out.push([stem + 'issant', 'gerund'], [word, 'infinitive']);
    return out;
  }
  return out;
}

function guessFrenchForm(word: string): VerbForm {
  if (/(?:er|ir|re)$/.test(word)) return 'infinitive';
  if (/ant$/.test(word)) return 'gerund';
  if (/(?:e|u|i|is|it|ue|ie|ise|ite)$/.test(word) && !/(?:ent|ait)$/.test(word)) return 'participle';
  return 'finite';
}

/** English verbs of two syllables or more stressed on the last, which double their consonant. */
const STRESSED_LAST = new Set(
  'admit commit omit submit permit transmit emit acquit regret rebut refer prefer confer concur occur deter quip'.split(
    ' ',
  ),
);

/** Forms of one English verb. */
function inflectEnglish(word: string): Array<[string, VerbForm]> {
  const out: Array<[string, VerbForm]> = [
    [word, /(?:ed|en|ld|id|ote|oke|ght|lt)$/.test(word) ? 'participle' : 'finite'],
  ];
  if (/ing$/.test(word)) {
    out[0][1] = 'gerund';
    return out;
  }
  if (/(?:ed|ld|id|ght|lt)$/.test(word) && !/(?:eed|ead)$/.test(word)) return out;
  const s = /(?:s|sh|ch|x|z)$/.test(word)
    ? word + 'es'
    : /[^aeiou]y$/.test(word)
      ? word.slice(0, -1) + 'ies'
      : word + 's';
  out.push([s, 'finite']);
  let past: string;
  // `admit` → `admitted`, `concur` → `concurred`: a stressed last syllable doubles its consonant.
  const doubles = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(word) || STRESSED_LAST.has(word);
  if (word.endsWith('e')) past = word + 'd';
  else if (/[^aeiou]y$/.test(word)) past = word.slice(0, -1) + 'ied';
  else if (doubles) past = word + word.slice(-1) + 'ed';
  else past = word + 'ed';
  out.push([past, 'participle']);
  const ing = /[^e]e$/.test(word) ? word.slice(0, -1) + 'ing' : doubles ? word + word.slice(-1) + 'ing' : word + 'ing';
  out.push([ing, 'gerund']);
  // British `labelled`, `signalled` beside American `labeled`.
  if (/[^aeiou][aeiou]l$/.test(word) && !doubles) out.push([word + 'led', 'participle'], [word + 'ling', 'gerund']);
  return out;
}
