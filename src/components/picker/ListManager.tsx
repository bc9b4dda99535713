/**
 * Chooses which list is open and manages the lists: new, rename, duplicate, delete (with an
 * undo notice that stays until the next deletion or until dismissed).
 */
import { useStore } from '@nanostores/preact';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIST_NAME_MAX } from '../../lib/list-operations';
import { personAddress } from '../../lib/person-address';
import {
  $activeList,
  $pendingListName,
  createList,
  deleteList,
  editPendingListName,
  duplicateList,
  renameList,
  setActiveList,
  listDeletion,
  onOpenListDeletedElsewhere,
  undoDelete,
} from '../../stores/question-lists';
import { characters } from '../../lib/text-limit';
import { LimitedField } from '../shared/LimitedField';
import { UndoNotice } from '../shared/UndoNotice';
import { useFocusAfterRender, useFocusWhenShown } from '../shared/useFocusAfterRender';
import {
  BUTTON_LABELS,
  deletedInAnotherTab,
  deletedNotice,
  quoted,
  restoredAnnouncement,
} from '../shared/ui-text';
import { LABELS, listSummary } from './picker-text';
import type { QuestionList } from '../../schemas/question-list';

interface Props {
  lists: readonly QuestionList[];
  active: QuestionList | undefined;
  /** Reads a message out to screen readers. */
  announce: (message: string) => void;
}

type Mode = { kind: 'idle' } | { kind: 'new' } | { kind: 'rename'; id: string };

/** The list chooser, its actions and the undo notice. */
export function ListManager({ lists, active, announce }: Props) {
  const deleted = useStore(listDeletion.$deleted);
  // A new list's name typed before a reload brings its form back, with the name.
  const [mode, setMode] = useState<Mode>(() =>
    $pendingListName.get() ? { kind: 'new' } : { kind: 'idle' },
  );
  const selectRef = useRef<HTMLSelectElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  // The list open here deleted in another tab: said, rather than let it vanish unexplained,
  // while the list this tab opened instead stays open.
  const [goneElsewhere, setGoneElsewhere] = useState<{
    name: string;
    openId: string | undefined;
  }>();
  useEffect(
    () =>
      onOpenListDeletedElsewhere((list) =>
        setGoneElsewhere({ name: list.name, openId: $activeList.get()?.id }),
      ),
    [],
  );

  const close = (focus: RefObject<HTMLElement>) => {
    focusAfterRender(focus);
    setMode({ kind: 'idle' });
  };

  const onDelete = () => {
    if (!active) return;
    deleteList(active.id);
  };

  const onUndo = () => {
    const list = undoDelete();
    if (list) announce(restoredAnnouncement(quoted(list.name)));
    focusAfterRender(selectRef);
  };

  const onDuplicate = () => {
    if (!active) return;
    duplicateList(active.id);
    announce(`Made a copy of “${active.name}” and opened it.`);
    focusAfterRender(selectRef);
  };

  return (
    <div class="picker-lists">
      <div role="status">
        {goneElsewhere && goneElsewhere.openId === active?.id && (
          <p class="notice info">{deletedInAnotherTab(quoted(goneElsewhere.name))}</p>
        )}
      </div>
      {deleted && (
        <UndoNotice
          key={deleted.item.id}
          id="picker-undo"
          message={deletedNotice(quoted(deleted.item.name))}
          onUndo={onUndo}
          onDismiss={() => {
            listDeletion.forget();
            focusAfterRender(active ? selectRef : newRef);
          }}
        />
      )}

      {mode.kind === 'idle' && lists.length > 0 && active && (
        <div class="field-row">
          <div class="field">
            {/* The open list's length and count sit beside the label, not in the options, where
            a phone cut them off after the name. */}
            <div class="picker-list-label">
              <label for="picker-list">Your list</label>
              <span id="picker-list-summary" class="picker-list-summary">
                {listSummary(active.minutes, active.items.length)}
              </span>
            </div>
            <select
              id="picker-list"
              ref={selectRef}
              value={active.id}
              aria-describedby="picker-list-summary"
              onChange={(event) => setActiveList(event.currentTarget.value)}
            >
              {lists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name}
                </option>
              ))}
            </select>
          </div>
          <div class="picker-list-actions" role="group" aria-label="Manage lists">
            <button
              ref={newRef}
              type="button"
              class="button secondary small"
              onClick={() => setMode({ kind: 'new' })}
            >
              {LABELS.newList}
            </button>
            <button
              ref={renameRef}
              type="button"
              class="button quiet small"
              onClick={() => setMode({ kind: 'rename', id: active.id })}
            >
              {LABELS.rename}
            </button>
            <button type="button" class="button quiet small" onClick={onDuplicate}>
              {LABELS.duplicate}
            </button>
            <button type="button" class="button danger small" onClick={onDelete}>
              {BUTTON_LABELS.delete}
            </button>
          </div>
          {active.person && (
            <p class="picker-list-person">
              <a href={personAddress(active.person.id)}>
                Back to {active.person.name} in Conversations
              </a>
            </p>
          )}
        </div>
      )}

      {mode.kind === 'idle' && lists.length === 0 && (
        <div class="picker-no-lists">
          <p>You have no lists. Start one for the next person you will talk to.</p>
          <button
            ref={newRef}
            type="button"
            class="button"
            onClick={() => setMode({ kind: 'new' })}
          >
            Start a new list
          </button>
        </div>
      )}

      {mode.kind === 'new' && (
        <NameForm
          label="Name of the new list"
          submitLabel="Create list"
          initial={$pendingListName.get()}
          onNameChange={editPendingListName}
          onSubmit={(name) => {
            const result = createList(name, active?.minutes);
            if (!result.ok) return result.message;
            announce(`Created “${name.trim()}”. It is open now.`);
            close(selectRef);
            return undefined;
          }}
          onCancel={() => {
            editPendingListName('');
            close(newRef);
          }}
        />
      )}

      {mode.kind === 'rename' && (
        <NameForm
          label="New name for the list"
          submitLabel="Save name"
          initial={lists.find((list) => list.id === mode.id)?.name ?? ''}
          onSubmit={(name) => {
            const result = renameList(mode.id, name);
            if (!result.ok) return result.message;
            announce('List renamed.');
            close(renameRef);
            return undefined;
          }}
          onCancel={() => close(renameRef)}
        />
      )}
    </div>
  );
}

interface NameFormProps {
  label: string;
  submitLabel: string;
  initial: string;
  /** Hears every change to the name, e.g. to keep it for the tab. */
  onNameChange?: (name: string) => void;
  /** Returns an error message, or undefined when the name was accepted. */
  onSubmit: (name: string) => string | undefined;
  onCancel: () => void;
}

/** A small form for a list's name, with its error tied to the field. */
function NameForm({
  label,
  submitLabel,
  initial,
  onNameChange,
  onSubmit,
  onCancel,
}: NameFormProps) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusWhenShown(() => {
    inputRef.current?.select();
    return inputRef.current;
  });
  return (
    <form
      class="picker-name-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problem = onSubmit(name);
        setError(problem);
        if (problem) inputRef.current?.focus();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <LimitedField
        id="picker-list-name"
        label={label}
        hint={`For example, the person you will meet: “Dana at City Hospital”. Up to ${characters(LIST_NAME_MAX)}.`}
        value={name}
        limit={LIST_NAME_MAX}
        error={error}
        inputRef={inputRef}
        onChange={(value) => {
          setName(value);
          onNameChange?.(value);
          setError(undefined);
        }}
      />
      <div class="picker-form-actions">
        <button type="submit" class="button small">
          {submitLabel}
        </button>
        <button type="button" class="button quiet small" onClick={onCancel}>
          {BUTTON_LABELS.cancel}
        </button>
      </div>
    </form>
  );
}
