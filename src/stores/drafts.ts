/**
 * The reader's email drafts, saved in the browser, and the verbs the composer changes them with.
 *
 * Stored under "iik:email-drafts:v1" as DraftsState (src/schemas/draft.ts). Drafts whose
 * shape is wrong are dropped one by one (the rest are kept, and the notice names what was
 * dropped); unreadable data starts fresh with a copy kept, as the state layer promises. Every
 * verb applies its change to the latest stored drafts (another tab may have changed them).
 * Which draft is open belongs to the tab (src/stores/tab-state.ts); the saved `activeId` only
 * says which was opened last, for a new tab to start on.
 *
 * Verbs that change the details take an EmailComposer (src/lib/email-template.ts), so a draft
 * the reader has not edited by hand is refilled from its template at once.
 */
import {
  displayName,
  draftsCollection,
  draftsState,
  makeDraft,
  readerFields,
  salvageDrafts,
} from '../lib/email-draft';
import type { EmailComposer, EmailFields } from '../lib/email-template';
import {
  addItem,
  copyName,
  duplicateItem,
  isNameFor,
  selectItem,
  uniqueName,
  updateItem,
  type Collection,
} from '../lib/named-collection';
import type { TextChange } from '../lib/sync-merge';
import { isoString, type Instant } from '../lib/time';
import type { TemplateField, TemplateKind } from '../lib/vocabulary';
import { draftsStateSchema, type Draft, type DraftsState } from '../schemas/draft';
import { validator } from '../schemas/validate';
import { deletionUndo } from './deletion-undo';
import { onOpenDeletedElsewhere } from './deleted-elsewhere';
import { newId } from './new-id';
import { applyTextChange, persistedStore } from './persistence';
import { tabCollection } from './tab-state';

/** The saved drafts, with their storage notice. */
export const draftsStore = persistedStore<DraftsState>({
  key: 'iik:email-drafts',
  version: 1,
  schema: validator(draftsStateSchema),
  fallback: { drafts: [] },
  label: 'email drafts',
  salvage: salvageDrafts,
  itemNoun: ['draft', 'drafts'],
});

/** The reader's drafts. */
export const $drafts = draftsStore.$value;

/** The drafts, with the one this tab has open. */
const savedDrafts = tabCollection<DraftsState, Draft>({
  store: draftsStore,
  openKey: 'iik:email-drafts:open',
  read: draftsCollection,
  write: (_, collection) => draftsState(collection),
});

/** The draft open in this tab's composer: the one it opened, else the first, else none. */
export const $activeDraft = savedDrafts.$open;

/** The draft deleted last, so the composer's undo notice can put it back. */
export const draftDeletion = deletionUndo<Draft>({
  read: () => savedDrafts.current(),
  write: (drafts) => savedDrafts.change(() => drafts),
});

/** Calls `deletedElsewhere` with the open draft when another tab deletes it (see deleted-elsewhere). */
export const onOpenDraftDeletedElsewhere = (deletedElsewhere: (draft: Draft) => void) =>
  onOpenDeletedElsewhere($activeDraft, () => $drafts.get().drafts, draftDeletion, deletedElsewhere);

/**
 * The reader's own details a new draft starts with (src/lib/email-draft.ts `readerFields`), read
 * from the store at the moment of asking, so a detail typed a moment ago comes too.
 */
export function readerFieldsNow(): Partial<EmailFields> {
  return readerFields($drafts.get().drafts, $activeDraft.get());
}

/** Applies a change to the latest drafts as a named collection. */
const updateDrafts = (change: (drafts: Collection<Draft>) => Collection<Draft>) =>
  savedDrafts.change(change);

/** Applies a change to one draft, stamping its updatedAt; unknown ids change nothing. */
function updateDraft(id: string, change: (draft: Draft) => Partial<Draft>, now: Instant) {
  updateDrafts((drafts) =>
    updateItem(drafts, id, (draft) => ({ ...draft, ...change(draft), updatedAt: isoString(now) })),
  );
}

/** What a new draft starts from. */
export interface NewDraft {
  kind: TemplateKind;
  /** What to call it, usually its kind's title; numbered if another draft has that name. */
  name: string;
  /** Details to start with; the rest are empty. */
  fields?: Partial<EmailFields>;
  /** Who it goes to. Default: '' (the reader fills it in, here or in their mail app). */
  to?: string;
  /** The person on the Conversations page it is written for, so it links back to them. */
  person?: Draft['person'];
  compose: EmailComposer;
  now?: Instant;
  /** True for the draft a first visit opens on: the tool made it, the reader did not save it. */
  starter?: boolean;
}

/** Starts a draft, puts it first in the list and opens it. */
export function createDraft({
  kind,
  name,
  fields = {},
  to = '',
  person,
  compose,
  now = Date.now(),
  starter = false,
}: NewDraft): Draft {
  const draft = makeDraft({
    id: newId(),
    name,
    kind,
    fields,
    to,
    person,
    compose,
    now,
  });
  savedDrafts.change(
    (drafts) => {
      draft.name = uniqueName(name, drafts.items);
      return addItem(drafts, draft, 'first');
    },
    starter ? 'seed' : 'update',
  );
  return draft;
}

/** Copies a draft, text and all, right after it, named "… (copy)", and opens the copy. */
export function duplicateDraft(id: string, now = Date.now()): Draft | undefined {
  let copy: Draft | undefined;
  const stamp = isoString(now);
  updateDrafts((drafts) =>
    duplicateItem(drafts, id, (original) => {
      copy = {
        ...original,
        fields: { ...original.fields },
        id: newId(),
        name: copyName(displayName(original), drafts.items),
        createdAt: stamp,
        updatedAt: stamp,
      };
      return copy;
    }),
  );
  return copy;
}

/** Opens a draft. */
export function selectDraft(id: string) {
  updateDrafts((drafts) => selectItem(drafts, id));
}

/** Renames a draft. */
export function renameDraft(id: string, name: TextChange, now = Date.now()) {
  updateDraft(id, (draft) => ({ name: applyTextChange(name, draft.name) }), now);
}

/** Refills the text from the details unless the reader has edited it by hand. */
function refill(draft: Draft, compose: EmailComposer): Partial<Draft> {
  return draft.edited ? {} : compose(draft.kind, draft.fields);
}

/**
 * Changes what kind of email a draft is. Its details stay, unedited text follows the new
 * template, and a name the draft got from its kind ("Thank-you note (2)") becomes the new
 * kind's; a name the reader gave it stays. `titleOf` names each kind.
 */
export function changeDraftKind(
  id: string,
  kind: TemplateKind,
  compose: EmailComposer,
  titleOf: (kind: TemplateKind) => string,
  now = Date.now(),
) {
  const others = $drafts.get().drafts.filter((draft) => draft.id !== id);
  updateDraft(
    id,
    (draft) => ({
      kind,
      ...(isNameFor(draft.name, titleOf(draft.kind))
        ? { name: uniqueName(titleOf(kind), others) }
        : {}),
      ...refill({ ...draft, kind }, compose),
    }),
    now,
  );
}

/** Sets one detail; unedited text is rebuilt, edited text is left as the reader wrote it. */
export function setDraftField(
  id: string,
  field: TemplateField,
  value: TextChange,
  compose: EmailComposer,
  now = Date.now(),
) {
  updateDraft(
    id,
    (draft) => {
      const fields = { ...draft.fields, [field]: applyTextChange(value, draft.fields[field]) };
      return { fields, ...refill({ ...draft, fields }, compose) };
    },
    now,
  );
}

/** Saves the reader's own edits to the subject or body; from then on field changes leave the text alone. */
export function editDraftText(
  id: string,
  text: { subject?: TextChange; body?: TextChange },
  now = Date.now(),
) {
  updateDraft(
    id,
    (draft) => ({
      ...(text.subject === undefined
        ? {}
        : { subject: applyTextChange(text.subject, draft.subject) }),
      ...(text.body === undefined ? {} : { body: applyTextChange(text.body, draft.body) }),
      edited: true,
    }),
    now,
  );
}

/** Replaces the text with what the template and details give, dropping hand edits (the reader confirmed). */
export function rebuildDraft(id: string, compose: EmailComposer, now = Date.now()) {
  updateDraft(id, (draft) => ({ ...compose(draft.kind, draft.fields), edited: false }), now);
}

/** Turns the stricter 75-word setting for a request on or off. */
export function setStrictLength(id: string, strictLength: boolean, now = Date.now()) {
  updateDraft(id, () => ({ strictLength }), now);
}

/** Deletes a draft; the next one in the list (or the one before) opens, and undo can put it back. */
export const deleteDraft = (id: string) => draftDeletion.delete(id);

/** Puts the last deleted draft back where it was, open again if it was open; returns it. */
export const undoDeleteDraft = () => draftDeletion.undo();

/** Sets who a draft goes to (the mail link uses it); '' leaves it to the mail app. */
export function setDraftRecipient(id: string, to: string, now = Date.now()) {
  updateDraft(id, () => ({ to }), now);
}
