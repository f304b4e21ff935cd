/**
 * The annotator's manual work (contract `article-sidecar/1`): reading and writing the
 * sidecar file, anchoring its entries in a text that changes, and applying them over the
 * engine's findings.
 */
export { CONTEXT_LENGTH, makeAnchor, placeAnchor, type Anchor, type AnchorStatus, type PlacedAnchor } from './anchor';
export { applySidecar, describeEntry, placeEntries, type PlacedEntry } from './apply';
export { addEntry, followEdit, reanchor, removeEntries, type Reanchored, type TextChange } from './edit';
export { parseSidecar, serializeSidecar, type ParsedSidecar } from './format';
export {
  emptySidecar,
  SIDECAR_SCHEMA,
  type AddActorEntry,
  type AddDateEntry,
  type AddEntry,
  type AddQuoteEntry,
  type RejectEntry,
  type RejectKind,
  type Sidecar,
  type SidecarEntry,
  type SpeakerEntry,
  type TagEntry,
} from './model';
