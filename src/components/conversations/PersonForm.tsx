/**
 * The form for a person’s details, to add someone or edit them: only the name is required. How
 * you know them sits beside the guide’s one-line definitions; who referred you is someone in the
 * list or any name. A name someone else in the list already has is allowed, with a warning,
 * since two people can share a name.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { rebaseForm } from '../../lib/form-rebase';
import { foldForSearch } from '../../lib/search-words';
import { personInputProblems, type PersonInput } from '../../lib/person-changes';
import { CONTACT_WARMTH, CONTACT_WARMTH_LABELS, type ContactWarmth } from '../../lib/vocabulary';
import { PERSON_TEXT_LIMITS, type DetailsDraft, type Person } from '../../schemas/people';
import { $detailsDrafts, addPerson, editPerson, keepDetailsDraft } from '../../stores/person-edits';
import { LimitedField } from '../shared/LimitedField';
import { EditForm } from './EditForm';
import { quoted } from '../shared/ui-text';
import { useFocusAfterRender, useFocusWhenShown } from '../shared/useFocusAfterRender';
import { LABELS } from './conversations-text';

interface Props {
  /** Everyone in the list: the referrers to choose from, and the names already used. */
  people: readonly Person[];
  /** The person being edited; absent to add someone. */
  person?: Person | undefined;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/** A definition as a line of its own: "People you know yourself." */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** The referrer choice: no one, someone in the list, or a name typed in. */
const NO_ONE = '';
const SOMEONE_ELSE = 'someone-else';

/** Where each refusal’s field is on the form, in the form's order. */
const FIELD_IDS: Record<string, string> = {
  name: 'person-name',
  role: 'person-role',
  organization: 'person-organization',
  email: 'person-email',
  referredBy: 'person-referrer-name',
  foundVia: 'person-found',
  notes: 'person-notes',
};

/** What the form shows for a person (or for someone new), in the shape a reload keeps. */
function formValuesOf(person: Person | undefined, people: readonly Person[]): DetailsDraft {
  const referredBy = person?.referredBy;
  const listedReferrer =
    referredBy?.personId !== undefined && people.some(({ id }) => id === referredBy.personId)
      ? referredBy.personId
      : undefined;
  return {
    name: person?.name ?? '',
    role: person?.role ?? '',
    organization: person?.organization ?? '',
    email: person?.email ?? '',
    foundVia: person?.foundVia ?? '',
    notes: person?.notes ?? '',
    warmth: person?.warmth ?? 'cold',
    referrer: listedReferrer ?? (referredBy ? SOMEONE_ELSE : NO_ONE),
    referrerName: listedReferrer ? '' : (referredBy?.name ?? ''),
  };
}

/** How each field is named in the notice about a change from another tab. */
const FIELD_NAMES: Record<keyof DetailsDraft, string> = {
  name: 'their name',
  role: 'their role',
  organization: 'their organization',
  email: 'their email address',
  foundVia: 'where you found them',
  notes: 'the notes',
  warmth: 'how you know them',
  referrer: 'who referred you',
  referrerName: 'the referrer’s name',
};

/** The form. */
export function PersonForm({ people, person, onSaved, onCancel }: Props) {
  // Against what is saved: details restored from the tab (after a reload) are still unsaved.
  const [opened, setOpened] = useState(() => formValuesOf(person, people));
  const [fields, setFields] = useState<DetailsDraft>(
    () => (person ? $detailsDrafts.get()[person.id] : undefined) ?? opened,
  );
  // Fields changed in another tab while this form was open that the reader had changed too.
  const [conflicts, setConflicts] = useState<(keyof DetailsDraft)[]>([]);
  const [warmthChosen, setContactWarmthChosen] = useState(person !== undefined);
  // What is wrong, every field at once, in the form's order; the first has focus.
  const [refusals, setRefusals] = useState<readonly { field: string; message: string }[]>([]);
  const typed = JSON.stringify(fields);
  const unsaved = typed !== JSON.stringify(opened);
  // Every change to someone's details is kept for the tab until it is saved or discarded.
  const personId = person?.id;
  useEffect(() => {
    if (personId)
      keepDetailsDraft(personId, unsaved ? (JSON.parse(typed) as DetailsDraft) : undefined);
  }, [personId, typed, unsaved]);
  const { warmth, referrer, referrerName } = fields;

  // Another tab saved this person while the form was open: untouched fields show what it saved,
  // so saving here never puts back what it replaced. Worked out as the new version arrives,
  // before it is shown, so the form never shows the old values beside the new person.
  const [savedAt, setSavedAt] = useState(person?.updatedAt);
  if (person && person.updatedAt !== savedAt) {
    setSavedAt(person.updatedAt);
    const saved = formValuesOf(person, people);
    if (JSON.stringify(saved) !== JSON.stringify(opened)) {
      const rebased = rebaseForm(opened, fields, saved);
      setFields(rebased.values);
      setOpened(rebased.opened);
      if (rebased.conflicts.length > 0)
        setConflicts((before) => [...new Set([...before, ...rebased.conflicts])]);
    }
  }
  const nameRef = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender();
  useFocusWhenShown(nameRef);

  const set = (field: keyof DetailsDraft) => (value: string) =>
    setFields((before) => ({ ...before, [field]: value }));
  const setContactWarmth = (value: ContactWarmth) => set('warmth')(value);
  const others = people.filter(({ id }) => id !== person?.id);
  // Someone already listed under this name, however it is capitalized or accented ("Maria Lopez"
  // and "María López" are likely one person).
  const nameKey = (name: string) => foldForSearch(name).trim();
  const namesake =
    nameKey(fields.name) === ''
      ? undefined
      : others.find((other) => nameKey(other.name) === nameKey(fields.name));
  const errorFor = (field: string) => refusals.find((refusal) => refusal.field === field)?.message;
  const refusal = refusals.find((candidate) => !FIELD_IDS[candidate.field]);

  const chooseReferrer = (value: string) => {
    set('referrer')(value);
    // Someone sent you to them: a warm contact, unless you said otherwise.
    if (!warmthChosen && value !== NO_ONE) setContactWarmth('warm');
    if (!warmthChosen && value === NO_ONE) setContactWarmth('cold');
  };

  const save = (event: Event) => {
    event.preventDefault();
    const listed = others.find(({ id }) => id === referrer);
    const input: PersonInput = {
      name: fields.name,
      role: fields.role,
      organization: fields.organization,
      email: fields.email,
      foundVia: fields.foundVia,
      notes: fields.notes,
      warmth,
      referredBy: listed
        ? { personId: listed.id, name: listed.name }
        : referrer === SOMEONE_ELSE && referrerName.trim() !== ''
          ? { name: referrerName }
          : undefined,
    };
    const result = person ? editPerson(person.id, input) : addPerson(input);
    if (!result.ok) {
      // A field's refusal comes from checking the details: show every problem they have, in the
      // form's order. Any other (a change in another tab) stands alone.
      const order = Object.keys(FIELD_IDS);
      const problems = FIELD_IDS[result.field] ? personInputProblems(input) : [];
      const all =
        problems.length > 0
          ? problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
          : [result];
      setRefusals(all);
      const id = FIELD_IDS[all[0]?.field ?? ''];
      if (id) focusAfterRender(() => document.getElementById(id));
      return;
    }
    if (person) keepDetailsDraft(person.id, undefined);
    onSaved(result.person);
  };

  return (
    <EditForm
      class="person-form"
      submitLabel={person ? LABELS.saveChanges : LABELS.add}
      onSubmit={save}
      onCancel={() => {
        if (person) keepDetailsDraft(person.id, undefined);
        onCancel();
      }}
      unsaved={unsaved}
    >
      {conflicts.length > 0 && (
        <p class="notice warn" role="status">
          This person was also changed in another tab, including{' '}
          {conflicts.map((field) => FIELD_NAMES[field]).join(', ')}. Saving here keeps what you
          typed in this form; everything else shows the other tab’s changes.
        </p>
      )}
      <LimitedField
        id="person-name"
        label="Their name"
        hint="Required. Everything else can wait."
        value={fields.name}
        limit={PERSON_TEXT_LIMITS.name}
        onChange={set('name')}
        error={errorFor('name')}
        inputRef={nameRef}
        footer={
          namesake ? (
            <p class="field-warning" role="status">
              You already have someone called {quoted(namesake.name)}. You can still save: two
              people can share a name.
            </p>
          ) : undefined
        }
      />
      <div class="person-form-row">
        <LimitedField
          id="person-role"
          label="Their role"
          hint="For example: transit planner"
          value={fields.role}
          limit={PERSON_TEXT_LIMITS.field}
          onChange={set('role')}
          error={errorFor('role')}
        />
        <LimitedField
          id="person-organization"
          label="Their organization"
          hint="For example: Riverside Transit"
          value={fields.organization}
          limit={PERSON_TEXT_LIMITS.field}
          onChange={set('organization')}
          error={errorFor('organization')}
        />
      </div>
      <LimitedField
        id="person-email"
        type="email"
        label="Their email address"
        hint="Optional. Your emails to them will be addressed to it."
        value={fields.email}
        limit={PERSON_TEXT_LIMITS.email}
        onChange={set('email')}
        error={errorFor('email')}
      />
      <fieldset class="warmth-choice">
        <legend>How you know them</legend>
        {CONTACT_WARMTH.map((option) => (
          <div key={option} class="warmth-option">
            <input
              type="radio"
              id={`person-warmth-${option}`}
              name="person-warmth"
              value={option}
              checked={warmth === option}
              aria-describedby={`person-warmth-${option}-hint`}
              onChange={() => {
                setContactWarmth(option);
                setContactWarmthChosen(true);
              }}
            />
            <label for={`person-warmth-${option}`}>{CONTACT_WARMTH_LABELS[option].label}</label>
            <span class="hint" id={`person-warmth-${option}-hint`}>
              {sentence(CONTACT_WARMTH_LABELS[option].who)}
            </span>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="person-referrer">Who referred you</label>
        <select
          id="person-referrer"
          value={referrer}
          onChange={(event) => chooseReferrer(event.currentTarget.value)}
        >
          <option value={NO_ONE}>No one</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
              {other.organization ? ` (${other.organization})` : ''}
            </option>
          ))}
          <option value={SOMEONE_ELSE}>Someone not in this list</option>
        </select>
      </div>
      {referrer === SOMEONE_ELSE && (
        <LimitedField
          id="person-referrer-name"
          label="The referrer’s name"
          hint="The person who sent you to them."
          value={referrerName}
          limit={PERSON_TEXT_LIMITS.name}
          onChange={set('referrerName')}
          error={errorFor('referredBy')}
          class="person-referrer-name"
        />
      )}
      <LimitedField
        id="person-found"
        label="Where you found them"
        hint="For example: alumni network, a talk, LinkedIn"
        value={fields.foundVia}
        limit={PERSON_TEXT_LIMITS.field}
        onChange={set('foundVia')}
        error={errorFor('foundVia')}
      />
      <LimitedField
        id="person-notes"
        label="Notes"
        hint="Anything worth remembering about them."
        value={fields.notes}
        limit={PERSON_TEXT_LIMITS.notes}
        rows={3}
        onChange={set('notes')}
        error={errorFor('notes')}
      />
      {refusal && (
        <p class="notice error" role="alert">
          {refusal.message}
        </p>
      )}
    </EditForm>
  );
}
