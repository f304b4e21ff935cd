/** Editing a rules file the way a person would: append, keep everything else as written. */
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { ActorKind } from '../types';

/** An actor to add to a rules file (from the "add to rules" code action). */
export interface NewActor {
  name: string;
  kind: ActorKind;
  role?: string | null;
  aliases?: string[];
}

/**
 * Returns the rules file's new text with the actor appended to `actors:`. Goes through
 * yaml's Document API, so comments, key order and the formatting of the rest survive;
 * creates the content when the file is empty. Throws when the text is not valid YAML
 * (the edit would be a guess) or its top level is not a mapping.
 */
export function addActorToRulesText(text: string, actor: NewActor): string {
  const entry: Record<string, unknown> = { name: actor.name, kind: actor.kind };
  if (actor.role) entry.role = actor.role;
  if (actor.aliases && actor.aliases.length > 0) entry.aliases = actor.aliases;

  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    const doc = parseDocument('actors: []\n');
    const seq = doc.get('actors') as YAMLSeq;
    seq.flow = false;
    seq.items.push(doc.createNode(entry));
    const body = doc.toString({ lineWidth: 0 });
    return text.trim() === '' ? body : `${text.replace(/\s*$/, '\n')}${body}`;
  }

  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new Error(`cannot edit the rules file: ${doc.errors[0].message.split('\n')[0]}`);
  if (doc.contents === null) {
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  }
  if (!isMap(doc.contents)) throw new Error('cannot edit the rules file: its top level is not a mapping');
  const existing = doc.get('actors', true);
  if (isSeq(existing)) {
    existing.items.push(doc.createNode(entry));
  } else {
    const seq = new YAMLSeq(doc.schema);
    seq.items.push(doc.createNode(entry));
    doc.set('actors', seq);
  }
  return doc.toString({ lineWidth: 0 });
}
