/**
 * Word tokens of an article and an index of actor names matched over them: one pass over
 * the text, one map lookup per token, whatever the number of aliases.
 */
import { fold } from '../text';
import type { Span } from '../types';

/** A word or a joining mark (`-`, `'`, `.`, `&`) of the article. */
export interface Token extends Span {
  /** The text as written. */
  text: string;
  /** Folded (lower case, no accents, plain apostrophe). */
  norm: string;
  /** Whitespace (without a blank line) or nothing separates it from the previous token. */
  gapBefore: 'none' | 'space' | 'break';
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[-'’.&]/gu;

const folded = new Map<string, string>();

/** `fold` of one word, remembered: articles repeat their words, and folding is the costly part of reading. */
function foldWord(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear();
    f = fold(w);
    folded.set(w, f);
  }
  return f;
}

/** Splits a text into tokens; `gapBefore` says how each joins the previous one. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const gap = text.slice(prevEnd, m.index);
    let gapBefore: Token['gapBefore'];
    if (gap.length === 0) gapBefore = 'none';
    else if (/^[^\S\n]*\n?[^\S\n]*$/.test(gap) && gap.length <= 4) gapBefore = 'space';
    else gapBefore = 'break';
    const t = m[0];
    out.push({ start: m.index, end: m.index + t.length, text: t, norm: foldWord(t), gapBefore });
    prevEnd = m.index + t.length;
  }
  return out;
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the', 'el', 'al', 'los', 'las', 'der', 'die', 'das']);

/** How letter case must agree between an alias and the text. */
export type CaseMode = 'exact' | 'capital' | 'any';

/** One surface form of one actor, as the index stores it. */
export interface Form<T> {
  norms: string[];
  /** For `exact` forms: the tokens with accents removed but case kept. */
  exact: string[];
  /** Gaps between the form's own tokens: a form written `Etats-Unis` does not match `Etats Unis`. */
  joined: boolean[];
  caseMode: CaseMode;
  /** For a name opening with an article (`Le Temps`, `The Guardian`): which words must keep their capital, so `le temps` does not match. */
  capitals: boolean[] | null;
  value: T;
}

/** A match of an indexed form in the token list. */
export interface FormMatch<T> extends Span {
  first: number;
  last: number;
  form: Form<T>;
}

function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018\u02bc]/g, "'");
}

/** Case rule of a written form: acronyms match as written, capitalised names need a capital, descriptions match in any case. */
export function caseModeOf(form: string): CaseMode {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'exact';
  const first = form.match(/\p{L}/u)?.[0] ?? '';
  return first && first === first.toUpperCase() && first !== first.toLowerCase() ? 'capital' : 'any';
}

/** Surface forms indexed by their first folded token; longest forms are tried first. */
export class FormIndex<T> {
  private readonly byFirst = new Map<string, Form<T>[]>();

  add(surface: string, value: T, caseMode: CaseMode = caseModeOf(surface)): void {
    const toks = tokenize(surface);
    if (toks.length === 0) return;
    const form: Form<T> = {
      norms: toks.map((t) => t.norm),
      exact: toks.map((t) => stripAccents(t.text)),
      joined: toks.map((t) => t.gapBefore === 'none'),
      caseMode,
      capitals: caseMode === 'capital' && ARTICLES.has(toks[0].norm) ? toks.map((t) => /^\p{Lu}/u.test(t.text)) : null,
      value,
    };
    const list = this.byFirst.get(form.norms[0]);
    if (!list) this.byFirst.set(form.norms[0], [form]);
    else if (!list.some((f) => f.norms.join(' ') === form.norms.join(' ') && f.caseMode === form.caseMode)) {
      list.push(form);
      list.sort((a, b) => b.norms.length - a.norms.length);
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The longest form that matches at token `i`, or null. */
  matchAt(
    tokens: readonly Token[],
    i: number,
    accept?: (f: Form<T>, first: number, last: number) => boolean,
  ): FormMatch<T> | null {
    const list = this.byFirst.get(tokens[i].norm);
    if (!list) return null;
    for (const form of list) {
      const last = i + form.norms.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = 1; k < form.norms.length && ok; k++) {
        const t = tokens[i + k];
        if (t.norm !== form.norms[k] || t.gapBefore === 'break') ok = false;
        else if (form.joined[k] && t.gapBefore !== 'none') ok = false;
      }
      if (!ok) continue;
      if (!caseAgrees(tokens, i, form)) continue;
      if (accept && !accept(form, i, last)) continue;
      return { start: tokens[i].start, end: tokens[last].end, first: i, last, form };
    }
    return null;
  }
}

function caseAgrees<T>(tokens: readonly Token[], i: number, form: Form<T>): boolean {
  if (form.caseMode === 'any') return true;
  if (form.caseMode === 'capital') {
    const c = tokens[i].text[0];
    if (c !== c.toUpperCase() || c === c.toLowerCase()) return false;
    if (form.capitals) {
      for (let k = 1; k < form.capitals.length; k++)
        if (form.capitals[k] && !/^\p{Lu}/u.test(tokens[i + k].text)) return false;
    }
    return true;
  }
  for (let k = 0; k < form.exact.length; k++) {
    if (stripAccents(tokens[i + k].text) !== form.exact[k]) return false;
  }
  return true;
}
