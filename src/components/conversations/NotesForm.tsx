/**
 * The notes from one conversation: what they said about each part (their present, past, future,
 * advice), the three things to remember, what they offered and you promised, and the names they
 * suggested, each of which can become a new person afterward. What is typed is kept for the tab
 * until it is saved or discarded, so a reload or a visit to the list and back loses nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { rebaseForm } from '../../lib/form-rebase';
import type { MeetingNotesInput } from '../../lib/person-changes';
import { PHASE_LABELS, PHASES, type Phase } from '../../lib/vocabulary';
import {
  PERSON_TEXT_LIMITS,
  type MeetingNotes,
  type NotesDraft,
  type Person,
} from '../../schemas/people';
import {
  $notesDrafts,
  addMeetingNotes,
  editMeetingNotes,
  keepNotesDraft,
  notesDraftKey,
} from '../../stores/person-edits';
import { LimitedField } from '../shared/LimitedField';
import { EditForm } from './EditForm';
import { useFocusAfterRender, useFocusWhenShown } from '../shared/useFocusAfterRender';
import { LABELS } from './conversations-text';

interface Props {
  person: Person;
  /** The notes being edited; absent for a new conversation's. */
  notes?: MeetingNotes | undefined;
  /** The day the notes are for when new: the conversation's, else today. */
  date: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A name being typed, with its id if it was saved before (so its link to a person stays). */
interface NameRow {
  key: number;
  id?: string | undefined;
  name: string;
  note: string;
}

/** Where each refusal's field is on the form. */
const FIELD_IDS: Record<string, string> = {
  date: 'notes-date',
  remember: 'notes-remember-0',
  promised: 'notes-promised',
  suggested: 'notes-name-0',
};

/** The form's values for saved notes, or for new ones on `date`. */
function savedValues(notes: MeetingNotes | undefined, date: string): NotesDraft {
  return {
    day: notes?.date ?? date,
    heard: notes?.heard ?? { present: '', past: '', future: '', advice: '' },
    remember: [0, 1, 2].map((index) => notes?.remember[index] ?? ''),
    promised: notes?.promised ?? '',
    names:
      notes && notes.suggested.length > 0
        ? notes.suggested.map(({ id, name, note }) => ({ id, name, note }))
        : [{ name: '', note: '' }],
  };
}

/** The form's values field by field, for bringing it up to date with notes saved in another tab. */
type NotesFields = Record<string, string>;

/** The values as fields: each part heard and each point on its own, the names as one. */
function fieldsOf(values: NotesDraft): NotesFields {
  return {
    day: values.day,
    ...Object.fromEntries(PHASES.map((phase) => [`heard.${phase}`, values.heard[phase]])),
    ...Object.fromEntries(values.remember.map((line, index) => [`remember.${index}`, line])),
    promised: values.promised,
    names: JSON.stringify(values.names),
  };
}

/** The fields as the form's values again. */
function valuesOf(fields: NotesFields): NotesDraft {
  return {
    day: fields.day ?? '',
    heard: Object.fromEntries(
      PHASES.map((phase) => [phase, fields[`heard.${phase}`] ?? '']),
    ) as NotesDraft['heard'],
    remember: [0, 1, 2].map((index) => fields[`remember.${index}`] ?? ''),
    promised: fields.promised ?? '',
    names: JSON.parse(fields.names ?? '[]') as NotesDraft['names'],
  };
}

/** How each field is named in the notice about a change from another tab. */
function fieldName(field: string): string {
  if (field.startsWith('heard.'))
    return PHASE_LABELS[field.slice('heard.'.length) as Phase].toLowerCase();
  if (field.startsWith('remember.')) return 'the points to remember';
  return (
    { day: 'the day', promised: 'what they offered', names: 'the names they suggested' }[field] ??
    field
  );
}

/** The form. */
export function NotesForm({ person, notes, date, onDone, onCancel }: Props) {
  const draftKey = notesDraftKey(person.id, notes?.id);
  const [start] = useState(() => $notesDrafts.get()[draftKey] ?? savedValues(notes, date));
  const [day, setDay] = useState(start.day);
  const [heard, setHeard] = useState<Record<Phase, string>>(start.heard);
  const [remember, setRemember] = useState<string[]>(start.remember);
  const [promised, setPromised] = useState(start.promised);
  const nextKey = useRef(0);
  const row = (from?: Partial<NameRow>): NameRow => ({
    key: (nextKey.current += 1),
    name: '',
    note: '',
    ...from,
  });
  const [names, setNames] = useState<NameRow[]>(() => start.names.map((entry) => row(entry)));
  const [refusal, setRefusal] = useState<{ field: string; message: string }>();
  const values: NotesDraft = {
    day,
    heard,
    remember,
    promised,
    names: names.map(({ id, name, note }) => ({ id, name, note })),
  };
  // Another tab saved these notes while the form was open: untouched fields show what it saved,
  // so saving here never puts back what it replaced, and a field both changed is named.
  const [savedAt, setSavedAt] = useState(notes?.updatedAt);
  const [opened, setOpened] = useState(() => savedValues(notes, date));
  const [conflicts, setConflicts] = useState<string[]>([]);
  if (notes && notes.updatedAt !== savedAt) {
    setSavedAt(notes.updatedAt);
    const saved = savedValues(notes, date);
    const rebased = rebaseForm(fieldsOf(opened), fieldsOf(values), fieldsOf(saved));
    const next = valuesOf(rebased.values);
    setDay(next.day);
    setHeard(next.heard);
    setRemember(next.remember);
    setPromised(next.promised);
    if (JSON.stringify(next.names) !== JSON.stringify(values.names))
      setNames(next.names.map((entry) => row(entry)));
    setOpened(saved);
    if (rebased.conflicts.length > 0)
      setConflicts((before) => [
        ...new Set([...before, ...rebased.conflicts.map((field) => fieldName(String(field)))]),
      ]);
  }
  // Against what is saved, not what opened: notes restored from the tab are still unsaved.
  const unsaved = JSON.stringify(values) !== JSON.stringify(opened);
  const typed = JSON.stringify(values);
  // Every change is kept for the tab, and forgotten once the form matches what is saved.
  useEffect(() => {
    keepNotesDraft(draftKey, unsaved ? (JSON.parse(typed) as NotesDraft) : undefined);
  }, [draftKey, typed, unsaved]);
  const discard = () => {
    keepNotesDraft(draftKey, undefined);
    onCancel();
  };
  const first = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender();
  useFocusWhenShown(first);
  const errorFor = (field: string) => (refusal?.field === field ? refusal.message : undefined);

  const setName = (key: number, edits: Partial<NameRow>) =>
    setNames((rows) => rows.map((entry) => (entry.key === key ? { ...entry, ...edits } : entry)));

  const save = (event: Event) => {
    event.preventDefault();
    const input: MeetingNotesInput = {
      date: day,
      heard,
      remember,
      promised,
      suggested: names.map(({ id, name, note }) => ({ id, name, note })),
    };
    const result = notes
      ? editMeetingNotes(person.id, notes.id, input)
      : addMeetingNotes(person.id, input);
    if (!result.ok) {
      setRefusal({ field: result.field, message: result.message });
      const id = FIELD_IDS[result.field] ?? `notes-heard-${result.field.replace('heard.', '')}`;
      focusAfterRender(() => document.getElementById(id));
      return;
    }
    keepNotesDraft(draftKey, undefined);
    onDone(notes ? 'Saved your changes to the notes.' : `Saved your notes on ${person.name}.`);
  };

  return (
    <EditForm
      class="notes-form card"
      labelledBy="notes-form-heading"
      submitLabel={LABELS.saveNotes}
      onSubmit={save}
      onCancel={discard}
      unsaved={unsaved}
    >
      <h4 id="notes-form-heading">
        {notes ? 'Edit your notes' : `Notes from your conversation with ${person.name}`}
      </h4>
      {conflicts.length > 0 && (
        <p class="notice warn" role="status">
          These notes were also changed in another tab, including {conflicts.join(', ')}. Saving
          here keeps what you typed in this form; everything else shows the other tab’s changes.
        </p>
      )}
      <div class="field">
        <label for="notes-date">The day you talked</label>
        <input
          ref={first as { current: HTMLInputElement | null }}
          id="notes-date"
          type="date"
          value={day}
          aria-invalid={errorFor('date') ? 'true' : undefined}
          aria-describedby={errorFor('date') ? 'notes-date-error' : undefined}
          onInput={(event) => setDay(event.currentTarget.value)}
        />
        {errorFor('date') && (
          <p class="field-error" id="notes-date-error" role="alert">
            {errorFor('date')}
          </p>
        )}
      </div>

      <fieldset>
        <legend>What they said</legend>
        {PHASES.map((phase) => (
          <LimitedField
            key={phase}
            id={`notes-heard-${phase}`}
            label={PHASE_LABELS[phase]}
            value={heard[phase]}
            limit={PERSON_TEXT_LIMITS.notes}
            rows={phase === 'advice' ? 4 : 3}
            hint={
              phase === 'advice'
                ? 'One piece of advice a line: you can pick one for your thank-you.'
                : undefined
            }
            onChange={(value) => setHeard((before) => ({ ...before, [phase]: value }))}
            error={errorFor(`heard.${phase}`)}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>The three things you most want to remember</legend>
        {remember.map((line, index) => (
          <LimitedField
            key={index}
            id={`notes-remember-${index}`}
            label={`Point ${index + 1}`}
            value={line}
            limit={PERSON_TEXT_LIMITS.field}
            onChange={(value) =>
              setRemember((before) => before.map((old, at) => (at === index ? value : old)))
            }
            error={index === 0 ? errorFor('remember') : undefined}
          />
        ))}
      </fieldset>

      <LimitedField
        id="notes-promised"
        label="What they offered, and what you promised"
        hint="An introduction they offered, an article you said you’d send: follow up on exactly these. Leave it empty if nothing."
        value={promised}
        limit={PERSON_TEXT_LIMITS.notes}
        rows={2}
        onChange={setPromised}
        error={errorFor('promised')}
      />

      <fieldset>
        <legend>Names they suggested</legend>
        <p class="hint">Each can become a new person in your list, referred by {person.name}.</p>
        {names.map((entry, index) => (
          <div key={entry.key} class="name-row">
            <LimitedField
              id={`notes-name-${index}`}
              label={`Name ${index + 1}`}
              value={entry.name}
              limit={PERSON_TEXT_LIMITS.name}
              onChange={(name) => setName(entry.key, { name })}
              error={index === 0 ? errorFor('suggested') : undefined}
            />
            <LimitedField
              id={`notes-name-note-${index}`}
              label={`Name ${index + 1}: what they do, how to reach them`}
              value={entry.note}
              limit={PERSON_TEXT_LIMITS.field}
              onChange={(note) => setName(entry.key, { note })}
            />
            {names.length > 1 && (
              <button
                type="button"
                class="button quiet small"
                aria-label={`Remove name ${index + 1}${entry.name ? `, ${entry.name}` : ''}`}
                onClick={() => {
                  setNames((rows) => rows.filter(({ key }) => key !== entry.key));
                  focusAfterRender(() => document.getElementById('notes-add-name'));
                }}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        <button
          id="notes-add-name"
          type="button"
          class="button secondary small"
          onClick={() => {
            setNames((rows) => [...rows, row()]);
            focusAfterRender(() => document.getElementById(`notes-name-${names.length}`));
          }}
        >
          {LABELS.addName}
        </button>
      </fieldset>
    </EditForm>
  );
}
