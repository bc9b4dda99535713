/**
 * Moving a person to a stage, with the details that stage records: the day a request went and
 * how, the date, time, length, format and place of a conversation, the day it took place, the
 * day the thank-you or the update went. It starts from what was saved last time, else today.
 */
import { useRef, useState } from 'preact/hooks';
import { timeZoneChoices, zoneLabel } from '../../lib/time-zone-names';
import { stageDefaults, type StageChange } from '../../lib/person-changes';
import {
  ASK_CHANNEL_LABELS,
  ASK_CHANNELS,
  MEETING_FORMAT_LABELS,
  MEETING_FORMATS,
  STAGE_LABELS,
  type Stage,
} from '../../lib/conversation-stages';
import { MEETING_MINUTES, PERSON_TEXT_LIMITS, type Person } from '../../schemas/people';
import { changeStage } from '../../stores/person-edits';
import { LimitedField } from '../shared/LimitedField';
import { useChangedSinceOpened } from '../shared/useChangedSinceOpened';
import { EditForm } from './EditForm';
import { useFocusAfterRender, useFocusWhenShown } from '../shared/useFocusAfterRender';

interface Props {
  person: Person;
  stage: Stage;
  /** The reader's today ("2026-11-20") and time zone, for the form's first values. */
  today: string;
  timeZone: string;
  /** The move went through: what to tell the reader. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What the stage form's Save button says for each stage. */
const STAGE_SAVE: Record<Stage, string> = {
  'to-contact': 'Move to To contact',
  asked: 'Mark as asked',
  scheduled: 'Save the date',
  met: 'Mark as met',
  thanked: 'Mark as thanked',
  'keeping-in-touch': 'Mark as keeping in touch',
  'no-reply': 'Close: no reply',
  declined: 'Close: declined',
  closed: 'Close it',
};

/** What each stage asks for, in a sentence above its fields. */
const STAGE_QUESTIONS: Record<Stage, string> = {
  'to-contact': 'Move them back to the people you mean to contact? Their dates so far are kept.',
  asked: 'When did you send your request, and how?',
  scheduled: 'When and how will you talk?',
  met: 'When did you talk?',
  thanked: 'When did you send your thank-you?',
  'keeping-in-touch': 'When did you send your update on what you did with their advice?',
  'no-reply':
    'Close it with no reply? The guide’s advice: after one nudge, move on to someone else.',
  declined: 'They said no. Close it? You can always ask again later.',
  closed: 'Close this conversation? Everything about it is kept.',
};

/** Where each refusal's field is on the form. */
const FIELD_IDS: Record<string, string> = {
  sentOn: 'stage-date',
  date: 'stage-date',
  time: 'stage-time',
  minutes: 'stage-minutes',
  timeZone: 'stage-zone',
  place: 'stage-place',
};

/** The form for one stage. */
export function StageForm({ person, stage, today, timeZone, onDone, onCancel }: Props) {
  const [change, setChange] = useState<StageChange>(() =>
    stageDefaults(person, stage, { today, timeZone }),
  );
  const [refusal, setRefusal] = useState<{ field: string; message: string }>();
  const unsaved = useChangedSinceOpened(change);
  const first = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender();
  useFocusWhenShown(() => first.current ?? document.getElementById('stage-save'));

  // Each field belongs to the stage on show, so an edit keeps the change's shape.
  const update = (edits: Partial<Record<string, unknown>>): void =>
    setChange((before) => Object.assign({}, before, edits));
  const errorFor = (field: string) => (refusal?.field === field ? refusal.message : undefined);
  const invalid = (field: string) => (errorFor(field) ? ('true' as const) : undefined);
  const described = (field: string, hint?: string) =>
    [hint, errorFor(field) ? `stage-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;
  const error = (field: string) =>
    errorFor(field) && (
      <p class="field-error" id={`stage-${field}-error`} role="alert">
        {errorFor(field)}
      </p>
    );

  const save = (event: Event) => {
    event.preventDefault();
    const result = changeStage(person.id, change);
    if (!result.ok) {
      setRefusal({ field: result.field, message: result.message });
      const id = FIELD_IDS[result.field];
      focusAfterRender(() => (id ? document.getElementById(id) : null));
      return;
    }
    onDone(`${person.name}: ${STAGE_LABELS[stage]}.`);
  };

  const dateField = (label: string, field: 'sentOn' | 'date', value: string) => (
    <div class="field">
      <label for="stage-date">{label}</label>
      <input
        ref={first as { current: HTMLInputElement | null }}
        id="stage-date"
        type="date"
        value={value}
        required
        aria-invalid={invalid(field)}
        aria-describedby={described(field)}
        onInput={(event) => update({ [field]: event.currentTarget.value })}
      />
      {error(field)}
    </div>
  );

  return (
    <EditForm
      class="stage-form card"
      labelledBy="stage-form-heading"
      submitLabel={STAGE_SAVE[stage]}
      submitId="stage-save"
      onSubmit={save}
      onCancel={onCancel}
      unsaved={unsaved}
    >
      <h4 id="stage-form-heading">{STAGE_LABELS[stage]}</h4>
      <p>{STAGE_QUESTIONS[stage]}</p>

      {change.stage === 'asked' && (
        <>
          {dateField('The day you sent it', 'sentOn', change.sentOn)}
          <fieldset class="choice-row">
            <legend>How you asked</legend>
            {ASK_CHANNELS.map((channel) => (
              <label key={channel} class="choice">
                <input
                  type="radio"
                  name="stage-via"
                  value={channel}
                  checked={change.via === channel}
                  onChange={() => update({ via: channel })}
                />
                {ASK_CHANNEL_LABELS[channel]}
              </label>
            ))}
          </fieldset>
        </>
      )}

      {change.stage === 'scheduled' && (
        <>
          <div class="stage-form-row">
            {dateField('Date', 'date', change.date)}
            <div class="field">
              <label for="stage-time">Starts at</label>
              <input
                id="stage-time"
                type="time"
                value={change.time}
                required
                aria-invalid={invalid('time')}
                aria-describedby={described('time')}
                onInput={(event) => update({ time: event.currentTarget.value })}
              />
              {error('time')}
            </div>
            <div class="field">
              <label for="stage-minutes">Length in minutes</label>
              <input
                id="stage-minutes"
                type="number"
                inputMode="numeric"
                min={MEETING_MINUTES.min}
                max={MEETING_MINUTES.max}
                step={5}
                value={String(change.minutes)}
                aria-invalid={invalid('minutes')}
                aria-describedby={described('minutes')}
                onInput={(event) => update({ minutes: event.currentTarget.valueAsNumber })}
              />
              {error('minutes')}
            </div>
          </div>
          <div class="field">
            <label for="stage-zone">Time zone</label>
            <span class="hint" id="stage-zone-hint">
              Yours unless you will be in another place. Calendar files keep it.
            </span>
            <select
              id="stage-zone"
              value={change.timeZone}
              aria-invalid={invalid('timeZone')}
              aria-describedby={described('timeZone', 'stage-zone-hint')}
              onChange={(event) => update({ timeZone: event.currentTarget.value })}
            >
              {timeZoneChoices(timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zoneLabel(zone)}
                </option>
              ))}
            </select>
            {error('timeZone')}
          </div>
          <fieldset class="choice-row">
            <legend>How you will talk</legend>
            {MEETING_FORMATS.map((format) => (
              <label key={format} class="choice">
                <input
                  type="radio"
                  name="stage-format"
                  value={format}
                  checked={change.format === format}
                  onChange={() => update({ format })}
                />
                {MEETING_FORMAT_LABELS[format]}
              </label>
            ))}
          </fieldset>
          <LimitedField
            id="stage-place"
            label={
              change.format === 'video'
                ? 'The link'
                : change.format === 'phone'
                  ? 'The phone number'
                  : 'The place'
            }
            hint="Optional. It goes in the calendar file too."
            value={change.place}
            limit={PERSON_TEXT_LIMITS.place}
            onChange={(place) => update({ place })}
            error={errorFor('place')}
          />
        </>
      )}

      {change.stage === 'met' && (
        <div class="stage-form-row">
          {dateField('The day you talked', 'date', change.date)}
          <div class="field">
            <label for="stage-time">Started at (optional)</label>
            <input
              id="stage-time"
              type="time"
              value={change.time ?? ''}
              onInput={(event) => update({ time: event.currentTarget.value || undefined })}
            />
          </div>
        </div>
      )}

      {(change.stage === 'thanked' || change.stage === 'keeping-in-touch') &&
        dateField('The day you sent it', 'sentOn', change.sentOn ?? today)}
    </EditForm>
  );
}
