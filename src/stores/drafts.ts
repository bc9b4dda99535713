/**
 * The reader's email drafts, saved in the browser, and the verbs the composer changes them with.
 *
 * Stored under "iik:email-drafts:v1" as DraftsState (src/lib/email-draft.ts). Drafts whose
 * shape is wrong are dropped one by one (the rest are kept, and the notice names what was
 * dropped); unreadable data starts fresh with a copy kept, as the state layer promises.
 *
 * Verbs that change the details take an EmailComposer (src/lib/email-template.ts), so a draft
 * the reader has not edited by hand is refilled from its template at once.
 */
import { computed } from 'nanostores';
import { salvageDrafts } from '../lib/email-draft';
import { emptyFields, type EmailComposer, type EmailFields } from '../lib/email-template';
import type { TemplateField, TemplateKind } from '../lib/vocabulary';
import { validator } from '../schemas/validate';
import { isoString, type Instant } from '../lib/time';
import { persistedStore } from './persistence';
import { newId } from './new-id';
import { draftsStateSchema, type Draft, type DraftsState } from '../schemas/draft';

/** The saved drafts, with their storage notice. */
export const draftsStore = persistedStore<DraftsState>({
  key: 'iik:email-drafts',
  version: 1,
  schema: validator(draftsStateSchema),
  fallback: { drafts: [] },
  label: 'email drafts',
  salvage: salvageDrafts,
});

/** The reader's drafts and which one is open. */
export const $drafts = draftsStore.$value;

/** The draft open in the composer: the chosen one, else the first, else none. */
export const $activeDraft = computed(
  $drafts,
  (state): Draft | undefined =>
    state.drafts.find((draft) => draft.id === state.activeId) ?? state.drafts[0],
);

/** Applies a change to one draft, stamping its updatedAt; unknown ids change nothing. */
function updateDraft(id: string, change: (draft: Draft) => Partial<Draft>, now: Instant) {
  const state = $drafts.get();
  if (!state.drafts.some((draft) => draft.id === id)) return;
  $drafts.set({
    ...state,
    drafts: state.drafts.map((draft) =>
      draft.id === id ? { ...draft, ...change(draft), updatedAt: isoString(now) } : draft,
    ),
  });
}

/** What a new draft starts from. */
export interface NewDraft {
  kind: TemplateKind;
  name: string;
  /** Details to start with; the rest are empty. */
  fields?: Partial<EmailFields>;
  compose: EmailComposer;
  now?: Instant;
}

/** Starts a draft, puts it first in the list and opens it. */
export function createDraft({
  kind,
  name,
  fields = {},
  compose,
  now = Date.now(),
}: NewDraft): Draft {
  const filled: EmailFields = { ...emptyFields(), ...fields };
  const stamp = isoString(now);
  const draft: Draft = {
    id: newId(),
    name,
    kind,
    fields: filled,
    ...compose(kind, filled),
    edited: false,
    strictLength: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const state = $drafts.get();
  $drafts.set({ drafts: [draft, ...state.drafts], activeId: draft.id });
  return draft;
}

/** Copies a draft, text and all, under a new name, and opens the copy. */
export function duplicateDraft(id: string, name: string, now = Date.now()): Draft | undefined {
  const state = $drafts.get();
  const index = state.drafts.findIndex((draft) => draft.id === id);
  const original = state.drafts[index];
  if (!original) return undefined;
  const stamp = isoString(now);
  const copy: Draft = {
    ...original,
    fields: { ...original.fields },
    id: newId(),
    name,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const drafts = [...state.drafts];
  drafts.splice(index, 0, copy);
  $drafts.set({ drafts, activeId: copy.id });
  return copy;
}

/** Opens a draft. */
export function selectDraft(id: string) {
  const state = $drafts.get();
  if (state.drafts.some((draft) => draft.id === id)) $drafts.set({ ...state, activeId: id });
}

/** Renames a draft. */
export function renameDraft(id: string, name: string, now = Date.now()) {
  updateDraft(id, () => ({ name }), now);
}

/** Refills the text from the details unless the reader has edited it by hand. */
function refill(draft: Draft, compose: EmailComposer): Partial<Draft> {
  return draft.edited ? {} : compose(draft.kind, draft.fields);
}

/** Changes what kind of email a draft is; its details stay, and unedited text follows the new template. */
export function changeDraftKind(
  id: string,
  kind: TemplateKind,
  compose: EmailComposer,
  now = Date.now(),
) {
  updateDraft(id, (draft) => ({ kind, ...refill({ ...draft, kind }, compose) }), now);
}

/** Sets one detail; unedited text is rebuilt, edited text is left as the reader wrote it. */
export function setDraftField(
  id: string,
  field: TemplateField,
  value: string,
  compose: EmailComposer,
  now = Date.now(),
) {
  updateDraft(
    id,
    (draft) => {
      const fields = { ...draft.fields, [field]: value };
      return { fields, ...refill({ ...draft, fields }, compose) };
    },
    now,
  );
}

/** Saves the reader's own edits to the subject or body; from then on field changes leave the text alone. */
export function editDraftText(
  id: string,
  text: { subject?: string; body?: string },
  now = Date.now(),
) {
  updateDraft(id, () => ({ ...text, edited: true }), now);
}

/** Replaces the text with what the template and details give, dropping hand edits (the reader confirmed). */
export function rebuildDraft(id: string, compose: EmailComposer, now = Date.now()) {
  updateDraft(id, (draft) => ({ ...compose(draft.kind, draft.fields), edited: false }), now);
}

/** Turns the stricter 75-word setting for a request on or off. */
export function setStrictLength(id: string, strictLength: boolean, now = Date.now()) {
  updateDraft(id, () => ({ strictLength }), now);
}

/** Where a deleted draft was, so it can be put back. */
export interface DeletedDraft {
  draft: Draft;
  index: number;
  /** Whether it was the open draft. */
  wasActive: boolean;
}

/** Deletes a draft; the next one in the list (or the one before) opens. Returns what undo needs. */
export function deleteDraft(id: string): DeletedDraft | undefined {
  const state = $drafts.get();
  const index = state.drafts.findIndex((draft) => draft.id === id);
  const draft = state.drafts[index];
  if (!draft) return undefined;
  const wasActive = ($activeDraft.get()?.id ?? '') === id;
  const drafts = state.drafts.filter((other) => other.id !== id);
  const next = drafts[Math.min(index, drafts.length - 1)];
  const activeId = wasActive ? next?.id : state.activeId;
  $drafts.set(activeId ? { drafts, activeId } : { drafts });
  return { draft, index, wasActive };
}

/** Puts a deleted draft back where it was (undo); it opens again if it was open. */
export function restoreDraft({ draft, index, wasActive }: DeletedDraft) {
  const state = $drafts.get();
  if (state.drafts.some((other) => other.id === draft.id)) return;
  const drafts = [...state.drafts];
  drafts.splice(Math.min(index, drafts.length), 0, draft);
  const activeId = wasActive ? draft.id : state.activeId;
  $drafts.set(activeId ? { drafts, activeId } : { drafts });
}
