/**
 * Roles written next to a name: the apposition before it (`Le ministre russe des Affaires
 * étrangères, Sergueï Lavrov`, `le président américain Donald Trump`) and after it
 * (`Iouri Ouchakov, conseiller diplomatique du Kremlin`), and role descriptions that name
 * the same office (`le chef de la diplomatie russe`).
 */
import { fold } from '../text';
import type { Span } from '../types';
import { isTradeNoun, ROLE_HEADS, TITLE_WORDS, TITLES } from './lexicon';

/** Words that may precede a role noun inside the role (`Premier ministre`, `ancien président`). */
const MODIFIERS = new Set(
  'premier première haut haute ancien ancienne ex nouveau nouvelle futur future actuel actuelle prime former acting deputy vice top senior press chief'
    .split(' ')
    .map(fold),
);
/** Words that end a role: a verb or a conjunction between the role noun and the name (`le porte-parole a ajouté que Poutine`). */
const CLAUSE_WORDS = new Set(
  'a ont est sont était etait avait va sera que qui dont et ou mais selon avec pour said says told has have had is was were will would that who which and or but with for'.split(
    ' ',
  ),
);
const TITLE_LINKS = new Set('of for the and to on de du des d la le l à au aux en'.split(' '));
/** Institution nouns whose name runs before them in a possessive (`the Justice Department's inspector general`). */
const OWNER_HEADS = new Set(
  'department ministry office agency service council committee commission court bureau'.split(' '),
);
/** Party words written before an office (`Conservative MP`, `Democratic Senator`). */
const PARTY_WORDS = new Set(
  'conservative labour labor democratic democrat republican liberal green tory socialist'.split(' '),
);
const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const FRENCH_DETERMINERS = new Set([
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'du',
  'de',
  'des',
  'd',
  'son',
  'sa',
  'ses',
  'leur',
]);
const DET_BEFORE = /(?:^|[\s(])((?:le|la|un|une|the|a|an)\s+|l['’])$/i;
const CLAUSE_END = /[.!?;:«»"“”()[\]\n]/g;

/** A role read in the text around a name. */
export interface RoleApposition {
  /** The role, without determiner (`ministre russe des Affaires étrangères`). */
  role: string;
  /** Where the role is written. */
  span: Span;
  /** The description as a mention (with its determiner), when it is a `Description, Name` apposition; else null. */
  mention: (Span & { text: string }) | null;
}

interface Word extends Span {
  text: string;
  norm: string;
}

function words(text: string, offset: number): Word[] {
  const out: Word[] = [];
  // Elisions are split off (`l'assistant` → `l`, `assistant`); hyphenated words stay whole (`vice-ministre`).
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu)) {
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0], norm: fold(m[0]) });
  }
  return out;
}

function isHead(w: Word): boolean {
  return headNorm(w.norm);
}

/** A folded role noun, or a compound of two (`ministre-président`, `député-maire`) or a prefix and one (`ex-ministre`). */
function headNorm(norm: string): boolean {
  if (ROLE_HEADS.has(norm) || isTradeNoun(norm)) return true;
  const parts = norm.split('-');
  if (parts.length !== 2 || !ROLE_HEADS.has(parts[1])) return false;
  return ROLE_HEADS.has(parts[0]) || /^(?:ex|vice|sous|co|pro|deputy)$/.test(parts[0]);
}

/** True when the word is a role noun (`président`, `spokesman`, `ministre-président`). */
export function isRoleHead(word: string): boolean {
  return headNorm(fold(word));
}

/**
 * The role written just before a name that starts at `start`, if any. With a comma
 * (`…, le vice-ministre russe des affaires étrangères, Sergueï Riabkov`) the whole segment
 * from the first role noun is the role and is itself a mention; without a comma
 * (`le président américain Donald Trump`) the role is what follows the last role noun.
 */
export function roleBefore(text: string, start: number): RoleApposition | null {
  const from = Math.max(0, start - 200);
  let seg = text.slice(from, start);
  let segFrom = from;
  let lastEnd = -1;
  for (const m of seg.matchAll(CLAUSE_END)) lastEnd = m.index! + 1;
  if (lastEnd >= 0) {
    seg = seg.slice(lastEnd);
    segFrom += lastEnd;
  }
  // `le chef des urgences du centre hospitalier, le Dr David Dall'Aqua`: a courtesy title after
  // the comma, with or without its article, is no role of its own.
  const titledAfter =
    /,\s*(?:(?:le|la|the)\s+)?(?:Dr|Pr|Me|Docteur|Professeur|Maître|docteur|professeur|maître)\.?\s+$/u.exec(seg);
  if (titledAfter) seg = seg.slice(0, titledAfter.index + 1) + ' ';
  const comma = /,\s*$/.exec(seg);
  if (comma) {
    seg = seg.slice(0, comma.index);
    const lastComma = seg.lastIndexOf(',');
    if (lastComma >= 0) {
      segFrom += lastComma + 1;
      seg = seg.slice(lastComma + 1);
    }
  } else if (!/\s$/.test(seg)) {
    return null;
  } else {
    const lastComma = seg.lastIndexOf(',');
    if (lastComma >= 0) {
      segFrom += lastComma + 1;
      seg = seg.slice(lastComma + 1);
    }
  }
  const ws = words(seg, segFrom);
  if (ws.length === 0) return null;
  // `l'agent de Mendy`, `the lawyer for Smith`: a name after a preposition is the office's
  // complement, not its holder.
  // (Nor is one after `in`: `Labour's candidate in Staffordshire Moorlands` names a place.)
  // (Also past a courtesy title: `le porte-parole de Mme Dupont`.)
  const titled = ws.length > 1 && TITLES.has(ws[ws.length - 1].norm) ? 2 : 1;
  if (!comma && /^(?:de|du|des|d|of|for|pour|a|au|aux|in|en)$/.test(ws[ws.length - titled].norm)) return null;
  let h = -1;
  if (comma) {
    h = ws.findIndex(isHead);
    // `…, juge le président de la FNSEA, Arnaud Rousseau`: an office noun right before an
    // article is a verb of the sentence (`juge`, `garde`); the office is the noun after it.
    while (h >= 0 && /^(?:le|la|l|les|un|une)$/.test(ws[h + 1]?.norm ?? ''))
      h = ws.findIndex((w, k) => k > h + 1 && isHead(w));
    if (h < 0) return null;
    // `les déclarations du suspect rapportés par le porte-parole du parquet, X`: the office is
    // the one after `par`/`by`.
    const by = ws.findIndex((w, k) => k > h && (w.norm === 'par' || w.norm === 'by'));
    if (by > 0) {
      const after = ws.findIndex((w, k) => k > by && isHead(w));
      if (after > 0) h = after;
    }
    // Long offices count by their content words: `la ministre responsable de la Réforme des
    // institutions démocratiques et de l'Accès à l'information, Rita De Santis`.
    const content = ws.slice(h).filter((w) => !TITLE_LINKS.has(w.norm)).length;
    if (ws.length - h > 20 || content > 10) return null;
  } else {
    for (let k = ws.length - 1; k >= 0 && ws.length - k <= 9; k--) {
      // `le ministre tunisien du Commerce et du Tourisme Mehdi Houas`: `et` joining two complements stays in the role.
      const joins =
        /^(?:et|and)$/.test(ws[k].norm) &&
        k > 0 &&
        /^\p{Lu}/u.test(ws[k - 1].text) &&
        /^(?:de|du|des|d|la|l|of|the)$/.test(ws[k + 1]?.norm ?? '');
      if (CLAUSE_WORDS.has(ws[k].norm) && !joins) break;
      if (ws.length - k > 6 && !ws.slice(k + 1).some((w) => /^\p{Lu}/u.test(w.text))) break;
      if (isHead(ws[k])) {
        h = k;
        break;
      }
    }
    if (h < 0) return null;
    // `The prime minister thanked Mr Wilkie`: a past tense between the office and the name is
    // the office holder's verb, and the name its object.
    if (ws.slice(h + 1).some((w) => /^\p{Ll}{2,}ed$/u.test(w.text))) return null;
    // (`becomes Australia's longest-serving premier after Mr Andrews`: a preposition between
    // the office and the name makes the name its complement, not its holder.)
    if (
      ws
        .slice(h + 1)
        .some((w) => /^(?:after|before|since|than|with|by|from|to|at|on|against|about|like|until|behind)$/.test(w.text))
    )
      return null;
    // After a capitalised English title only `of State`-like words follow (`President Xi Jinping met …` is not a role).
    if (/^\p{Lu}/u.test(ws[h].text) && ws.slice(h + 1).some((w) => /^\p{Ll}/u.test(w.text) && !TITLE_LINKS.has(w.norm)))
      return null;
    // `secrétaire général`, `directeur général`: the office starts at the first of two role nouns.
    while (h > 0 && isHead(ws[h - 1]) && /^\p{Ll}/u.test(ws[h - 1].text) && /^\p{Ll}/u.test(ws[h].text)) h--;
  }
  // `Premier ministre`, `ancien président`; English titles: `Russian Foreign Minister`.
  while (
    h > 0 &&
    (MODIFIERS.has(ws[h - 1].norm) || (/^\p{Lu}/u.test(ws[h - 1].text) && TITLE_WORDS.has(ws[h - 1].norm)))
  )
    h--;
  // English puts the modifiers before the noun: `Russia's foreign minister`, `the Kremlin's chief spokesman`.
  for (let k = h - 1; k >= 0 && k >= h - 4; k--) {
    const w = ws[k];
    if (w.text === 's' && /['’]$/.test(text.slice(w.start - 1, w.start)) && k > 0) {
      h = k - 1;
      // `the Justice Department's inspector general`: the whole name of the owner.
      if (OWNER_HEADS.has(ws[h].norm))
        while (h > 0 && h > k - 4 && /^\p{Lu}/u.test(ws[h - 1].text) && !ENGLISH_DETERMINERS.has(ws[h - 1].norm)) h--;
      break;
    }
    if (ENGLISH_DETERMINERS.has(w.norm)) {
      h = k + 1;
      break;
    }
    // (`the words of Mayor Ann Roy`, `the wife of Senator X`: a preposition ends the modifiers.)
    // (`The judge summoned analyst Chris Crute`: a past tense ends them too — the office before
    // it is its subject's.)
    if (
      !/^\p{Ll}/u.test(w.text) ||
      CLAUSE_WORDS.has(w.norm) ||
      FRENCH_DETERMINERS.has(w.norm) ||
      /^(?:of|for|to|with|from|by|at|in|on)$/.test(w.norm) ||
      /^\p{Ll}{3,}ed$/u.test(w.text)
    )
      break;
  }
  // `FBI Director`, `Labor Department spokesman`, `Conservative MP`: the institution or party the office belongs to.
  if (h > 0 && ws[h - 1].end + 1 === ws[h].start) {
    const w = ws[h - 1];
    if (/^\p{Lu}{2,}$/u.test(w.text) || (/^\p{Lu}/u.test(w.text) && PARTY_WORDS.has(w.norm))) h--;
    else if (/^\p{Lu}/u.test(w.text) && OWNER_HEADS.has(w.norm)) {
      h--;
      while (h > 0 && h > ws.length - 9 && /^\p{Lu}/u.test(ws[h - 1].text) && !ENGLISH_DETERMINERS.has(ws[h - 1].norm))
        h--;
    }
  }
  const roleStart = ws[h].start;
  const roleEnd = ws[ws.length - 1].end;
  const role = clean(text.slice(roleStart, roleEnd));
  if (!comma) return { role, span: { start: roleStart, end: roleEnd }, mention: null };
  const det = DET_BEFORE.exec(text.slice(Math.max(0, roleStart - 6), roleStart));
  const mStart = det ? roleStart - det[1].length : roleStart;
  return {
    role,
    span: { start: roleStart, end: roleEnd },
    mention: { start: mStart, end: roleEnd, text: text.slice(mStart, roleEnd) },
  };
}

/**
 * True when a name starting at `start` is the object of an opening source adjunct (`Pour
 * maître Besnier, l'accusé…`, `Selon X, …`, `According to X, …`): the comma after it ends the
 * adjunct, and what follows is the sentence, not an apposition.
 */
export function inSourceAdjunct(text: string, start: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*)(?:Pour|Selon|D['’]après|According to|For)\s+(?:[\p{L}'’.-]+\s+){0,3}$/u.test(
    text.slice(Math.max(0, start - 60), start),
  );
}

/** The role written just after a name that ends at `end` (`Iouri Ouchakov, conseiller diplomatique du Kremlin`). */
export function roleAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 200);
  const m = /^\s*,\s*(?:(?:le|la|un|une|the|an|a)\s+|l['’])?([^,.;:!?()«»"“”[\]]{2,160})/i.exec(after);
  if (!m) return null;
  let phrase = m[1];
  const blank = phrase.search(/\n\s*\n/);
  if (blank >= 0) phrase = phrase.slice(0, blank);
  // `l'avocate de Marin qui raconte la scène`, `premier adjoint à la mairie a affirmé`: a
  // relative clause or the sentence's verb is not the office.
  const relative = phrase.search(
    /\s(?:qui|que|qu['’]|dont|où|who|which|that|a|ont|est|sont|avait|était|sera|has|have|is|was|were|said|says)(?=[\s'’])/i,
  );
  if (relative > 0) phrase = phrase.slice(0, relative);
  const ws = words(phrase, 0);
  if (ws.length === 0 || ws.length > 14) return null;
  const h = ws.slice(0, 3).findIndex(isHead);
  if (h < 0) return null;
  // `Sergueï Lavrov, ministre…` — but not `Moscou, président…` style lists of names.
  const w0 = ws[0];
  const possessive = /^['’]s\b/.test(phrase.slice(w0.end - w0.start));
  const acronym = /^\p{Lu}{2,}$/u.test(w0.text);
  if (/^\p{Lu}/u.test(w0.text) && !isHead(w0) && !possessive && !acronym && !TITLE_WORDS.has(w0.norm)) return null;
  return clean(phrase.slice(ws[0].start, ws[ws.length - 1].end));
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Other descriptions of the same office, from the rules' `role_equivalents` groups.
 * A `*` in a pattern stands for one word (a nationality); `*e` for its feminine form
 * (`ministre * des affaires étrangères` ↔ `chef de la diplomatie *e`).
 */
export function equivalentRoles(role: string, groups: readonly string[][]): string[] {
  const r = fold(role);
  const out = new Set<string>();
  for (const group of groups) {
    for (const pattern of group) {
      const word = matchPattern(fold(pattern), r);
      if (word === null) continue;
      for (const other of group) {
        const f = fold(other);
        if (f === fold(pattern)) continue;
        if (f.includes('*') && word === '') continue;
        out.add(f.replace(/\*e\b/g, feminine(word)).replace(/\*/g, word));
      }
    }
  }
  out.delete(r);
  return [...out];
}

/** The word the `*` stood for ('' when the pattern has none), or null when the role does not match. */
function matchPattern(pattern: string, role: string): string | null {
  if (!pattern.includes('*')) return pattern === role ? '' : null;
  const re = new RegExp(
    '^' +
      pattern
        .split(/(\*e?)/)
        .map((part) => (part === '*' || part === '*e' ? '([\\p{L}-]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
    'u',
  );
  const m = re.exec(role);
  if (!m) return null;
  const parts = pattern.split(/(\*e?)/).filter((p) => p === '*' || p === '*e');
  const w = m[1];
  return parts[0] === '*e' ? masculine(w) : w;
}

function feminine(w: string): string {
  if (w.endsWith('e')) return w;
  if (w.endsWith('ien') || w.endsWith('en')) return `${w}ne`;
  return `${w}e`;
}

function masculine(w: string): string {
  if (w.endsWith('ienne') || w.endsWith('enne')) return w.slice(0, -2);
  if (/(?:ain|ais|ois|and|ard|al|ol|in|ot|at|el|ent|ant)e$/.test(w)) return w.slice(0, -1);
  return w;
}
