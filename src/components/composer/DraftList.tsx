/**
 * The reader's drafts: the list with names and last-edited dates, switching between them,
 * starting a new one of a chosen kind, renaming, copying and deleting (with undo) the open one.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../schemas/template';
import { TEXT_LIMITS, displayName } from '../../lib/email-draft';
import { templateTitle, type EmailComposer } from '../../lib/email-template';
import type { TemplateKind } from '../../lib/vocabulary';
import {
  createDraft,
  deleteDraft,
  draftDeletion,
  duplicateDraft,
  onOpenDraftDeletedElsewhere,
  readerFieldsNow,
  renameDraft,
  selectDraft,
  undoDeleteDraft,
} from '../../stores/drafts';
import { localDateTime } from '../../lib/local-date-time';
import { useAnnouncement } from '../shared/useAnnouncement';
import { LimitedField } from '../shared/LimitedField';
import { UndoNotice } from '../shared/UndoNotice';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import {
  deletedInAnotherTab,
  deletedNotice,
  quoted,
  restoredAnnouncement,
} from '../shared/ui-text';
import type { Draft } from '../../schemas/draft';

interface Props {
  /** The drafts to list, newest first. */
  drafts: readonly Draft[];
  /** The open draft. */
  active: Draft | undefined;
  /** Whether the page runs yet; until then, the time of the last edit is not shown. */
  mounted: boolean;
  templates: readonly Template[];
  compose: EmailComposer;
  /** Called after a new draft opens, so the composer can move focus to its first field. */
  onStarted: () => void;
}

/** The drafts panel. */
export function DraftList({ drafts, active, mounted, templates, compose, onStarted }: Props) {
  const [newKind, setNewKind] = useState<TemplateKind>('request-cold');
  const deleted = useStore(draftDeletion.$deleted);
  const [message, announce] = useAnnouncement();
  const nameRef = useRef<HTMLElement>(null);
  const newKindRef = useRef<HTMLSelectElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const titleOf = (kind: TemplateKind) => templateTitle(templates, kind);

  // The draft open here deleted in another tab: say so, rather than let it vanish unexplained.
  const announceRef = useRef(announce);
  announceRef.current = announce;
  useEffect(
    () =>
      onOpenDraftDeletedElsewhere((draft) =>
        announceRef.current(deletedInAnotherTab(quoted(displayName(draft)))),
      ),
    [],
  );

  const start = () => {
    const fields = readerFieldsNow();
    const draft = createDraft({ kind: newKind, name: titleOf(newKind), fields, compose });
    announce(`Started a new draft: ${draft.name}.`);
    onStarted();
  };

  const copy = (draft: Draft) => {
    const made = duplicateDraft(draft.id);
    if (made) announce(`Made a copy: ${made.name}. It is open now.`);
  };

  const open = (draft: Draft) => {
    if (draft.id === active?.id) return;
    selectDraft(draft.id);
    // What the box said was about the draft open before: say which one is open now.
    announce(`Opened ${quoted(displayName(draft))}.`);
  };

  const remove = (draft: Draft) => {
    deleteDraft(draft.id);
    // The undo notice says what happened; an earlier "Restored …" would contradict it.
    announce('');
  };

  const undo = () => {
    const restored = undoDeleteDraft();
    if (!restored) return;
    announce(restoredAnnouncement(quoted(displayName(restored))));
    focusAfterRender(nameRef);
  };

  const dismiss = () => {
    draftDeletion.forget();
    focusAfterRender(() => nameRef.current ?? newKindRef.current);
  };

  return (
    <section class="composer-drafts card" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Your drafts</h2>
      {drafts.length === 0 ? (
        <p>You have no drafts. Choose what you are writing and start one.</p>
      ) : (
        <ul class="draft-list">
          {drafts.map((draft) => {
            const current = draft.id === active?.id;
            return (
              <li key={draft.id}>
                <button
                  type="button"
                  class={`draft-button${current ? ' current' : ''}`}
                  aria-current={current ? 'true' : undefined}
                  onClick={() => open(draft)}
                >
                  <span class="draft-name">{displayName(draft)}</span>
                  <span class="draft-meta">
                    {displayName(draft) === titleOf(draft.kind) ? '' : `${titleOf(draft.kind)} · `}
                    edited{' '}
                    {mounted ? (
                      <time dateTime={draft.updatedAt}>
                        {localDateTime(Date.parse(draft.updatedAt))}
                      </time>
                    ) : (
                      'just now'
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div class="draft-feedback">
        <div class="draft-status" role="status">
          {message && <p>{message}</p>}
        </div>
        {deleted && (
          <UndoNotice
            key={deleted.item.id}
            id="draft-undo"
            message={deletedNotice(quoted(displayName(deleted.item)))}
            onUndo={undo}
            onDismiss={dismiss}
          />
        )}
      </div>

      {active && (
        <div class="field-row draft-manage">
          <LimitedField
            id="draft-name"
            label="Name of this draft"
            hint={`Only you see it. Up to ${TEXT_LIMITS.name} characters.`}
            value={active.name}
            limit={TEXT_LIMITS.name}
            onChange={(after, before) => renameDraft(active.id, { before, after })}
            inputRef={nameRef}
          />
          <div class="draft-manage-actions">
            <button type="button" class="button secondary small" onClick={() => copy(active)}>
              Make a copy
            </button>
            <button type="button" class="button danger small" onClick={() => remove(active)}>
              Delete this draft
            </button>
          </div>
        </div>
      )}

      <div class="field-row draft-new">
        <div class="field">
          <label for="new-draft-kind">Start a new draft</label>
          <span class="hint" id="new-draft-kind-hint">
            Your name and situation come with you.
          </span>
          <select
            ref={newKindRef}
            id="new-draft-kind"
            aria-describedby="new-draft-kind-hint"
            value={newKind}
            onChange={(event) => setNewKind(event.currentTarget.value as TemplateKind)}
          >
            {templates.map((template) => (
              <option key={template.kind} value={template.kind}>
                {template.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="button small" onClick={start}>
          Start the draft
        </button>
      </div>
    </section>
  );
}
