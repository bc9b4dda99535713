/**
 * Where a conversation stands and what comes next: the stage with its dates, the open steps with
 * when each is due (the ones done with a tick have their button, the dated ones a calendar
 * reminder), the usual next stages as buttons and any other stage from a list, each opening the
 * stage's form in place.
 */
import { useState } from 'preact/hooks';
import { readerClockText } from '../../lib/reader-clock';
import { zoneLabel } from '../../lib/time-zone-names';
import { stepStatus, type DueStep, type MarkableStep } from '../../lib/due-steps';
import { dueText, shortDate } from '../../lib/due-text';
import { historyTime } from '../../lib/person-changes';
import type { Instant } from '../../lib/time';
import {
  CLOSED_STAGES,
  MEETING_FORMAT_LABELS,
  STAGE_LABELS,
  STAGES,
  type AskChannel,
  type Stage,
} from '../../lib/conversation-stages';
import type { Person } from '../../schemas/people';
import { markStepDone, unmarkStep } from '../../stores/person-edits';
import { UndoNotice } from '../shared/UndoNotice';
import { plural } from '../../lib/plural';
import { JOB_HELP_AFTER_WEEKS } from '../../lib/method-rules';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { downloadPersonEvent } from './calendar-actions';
import { HEADINGS } from './conversations-text';
import { StageForm } from './StageForm';
import { useCalendarNote } from './useCalendarNote';

interface Props {
  person: Person;
  people: readonly Person[];
  steps: readonly DueStep[];
  now: Instant;
  timeZone: string;
  today: string;
  announce: (message: string) => void;
}

/** The next-stage buttons each stage offers, with what they say: the method's usual paths. */
const NEXT_STAGES: Record<Stage, readonly { stage: Stage; label: string }[]> = {
  'to-contact': [{ stage: 'asked', label: 'I’ve asked them' }],
  asked: [
    { stage: 'scheduled', label: 'They said yes: schedule it' },
    { stage: 'declined', label: 'They said no' },
    { stage: 'no-reply', label: 'No reply: close it' },
  ],
  scheduled: [
    { stage: 'met', label: 'We’ve met' },
    { stage: 'asked', label: 'It was called off: back to Asked' },
  ],
  met: [{ stage: 'thanked', label: 'I’ve sent my thank-you' }],
  thanked: [{ stage: 'keeping-in-touch', label: 'I’ve sent the update' }],
  'keeping-in-touch': [{ stage: 'closed', label: 'Close it' }],
  'no-reply': [{ stage: 'asked', label: 'They replied after all' }],
  declined: [{ stage: 'to-contact', label: 'Ask again later' }],
  closed: [{ stage: 'keeping-in-touch', label: 'Back in touch' }],
};

/** How each way of asking reads in "Asked by email on Nov 20". */
const ASKED_BY: Record<AskChannel, string> = {
  email: 'by email',
  phone: 'by phone',
  'in-person': 'in person',
  linkedin: 'on LinkedIn',
};

/** What the button that marks a step done says. */
const MARK_LABELS: Record<MarkableStep, (referrer: string) => string> = {
  nudge: () => 'I’ve sent the nudge',
  prepare: () => 'My questions are ready',
  confirm: () => 'I’ve confirmed',
  'tell-referrer': (referrer) => `I’ve told ${referrer}`,
  offer: () => 'I’ve followed up',
};

const isMarkable = (kind: DueStep['kind']): kind is MarkableStep => kind in MARK_LABELS;

/** A web address the page may link to (never a script). */
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** The stage's dates in a sentence or two. */
function StageDetails({ person, timeZone }: { person: Person; timeZone: string }) {
  const { asked, scheduled, met, thanked, updated } = person;
  switch (person.stage) {
    case 'asked':
      return asked ? (
        <p>
          Asked {ASKED_BY[asked.via]} on {shortDate(asked.sentOn)}
          {asked.nudgedOn ? `; nudged on ${shortDate(asked.nudgedOn)}.` : '.'}
        </p>
      ) : null;
    case 'scheduled': {
      if (!scheduled) return null;
      // Set in another zone: when that is on the reader's own clock.
      const local = readerClockText(scheduled, timeZone);
      return (
        <p>
          {MEETING_FORMAT_LABELS[scheduled.format]} on {shortDate(scheduled.date)} at{' '}
          {historyTime(scheduled.time)} ({zoneLabel(scheduled.timeZone)}
          {local ? `; ${local}` : ''}), {plural(scheduled.minutes, 'minute')}.
          {scheduled.place && (
            <>
              {' '}
              {WEB_ADDRESS.test(scheduled.place) ? (
                <a href={scheduled.place} rel="noopener noreferrer" target="_blank">
                  {scheduled.place}
                </a>
              ) : (
                <span class="stage-place">{scheduled.place}</span>
              )}
            </>
          )}
        </p>
      );
    }
    case 'met':
      return met ? <p>You talked on {shortDate(met.date)}.</p> : null;
    case 'thanked':
      return thanked ? <p>Thank-you sent on {shortDate(thanked.sentOn)}.</p> : null;
    case 'keeping-in-touch':
      return updated ? <p>Update sent on {shortDate(updated.sentOn)}.</p> : null;
    default:
      return null;
  }
}

/** The panel. */
export function StagePanel({ person, people, steps, now, timeZone, today, announce }: Props) {
  const [formStage, setFormStage] = useState<Stage>();
  const [picked, setPicked] = useState<Stage | ''>('');
  // The step just marked done, which Undo opens again (a press by mistake is easy to make).
  const [marked, setMarked] = useState<{
    personId: string;
    step: MarkableStep;
    label: string;
    count: number;
  }>();
  // Move pressed with no stage chosen: said beside the list, which gets focus.
  const [noStagePicked, setNoStagePicked] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const referrer = person.referredBy?.name ?? 'them';
  const others = STAGES.filter(
    (stage) =>
      stage !== person.stage && !NEXT_STAGES[person.stage].some((next) => next.stage === stage),
  );
  const context = { people, timeZone };
  const [calendarNote, reportCalendar] = useCalendarNote(announce);

  const openForm = (stage: Stage) => setFormStage(stage);
  const closeForm = () => {
    setFormStage(undefined);
    focusAfterRender(() => document.getElementById('stage-heading'));
  };

  return (
    <section class="person-part" aria-labelledby="stage-heading">
      <h3 id="stage-heading" tabIndex={-1}>
        {HEADINGS.stage}:{' '}
        <span class={`stage-badge stage-${person.stage}`}>{STAGE_LABELS[person.stage]}</span>
      </h3>
      <StageDetails person={person} timeZone={timeZone} />
      {person.stage === 'scheduled' && (
        <button
          type="button"
          class="button secondary small"
          onClick={() =>
            void downloadPersonEvent(person, 'meeting', context, reportCalendar('meeting'))
          }
        >
          Add the conversation to your calendar (.ics)
        </button>
      )}
      {person.stage === 'scheduled' && calendarNote?.place === 'meeting' && (
        <p class="hint calendar-note">{calendarNote.message}</p>
      )}

      <h4>{HEADINGS.steps}</h4>
      {marked?.personId === person.id && (
        <UndoNotice
          key={marked.count}
          id="step-done"
          message={`Done: ${marked.label}.`}
          onUndo={() => {
            const result = unmarkStep(person.id, marked.step, marked.label);
            setMarked(undefined);
            announce(result.ok ? `Open again: ${marked.label}.` : result.message);
            focusAfterRender(() => document.getElementById('stage-heading'));
          }}
          onDismiss={() => {
            setMarked(undefined);
            focusAfterRender(() => document.getElementById('stage-heading'));
          }}
        />
      )}
      {steps.length === 0 ? (
        CLOSED_STAGES.includes(person.stage) ? (
          <p class="hint">Nothing to do: this conversation is closed.</p>
        ) : (
          <p class="hint">
            Nothing is due. Tell them when their advice pays off, and{' '}
            <a href="/guide/opportunities/#keep-in-touch">keep in touch</a>. If you want help with a
            job search later, ask in a separate message, at least{' '}
            {plural(JOB_HELP_AFTER_WEEKS, 'week')} after the conversation.
          </p>
        )
      ) : (
        <ul class="step-list">
          {steps.map((step) => {
            const status = stepStatus(step, now);
            const when = dueText(step, { now, readerZone: timeZone });
            return (
              <li key={step.kind} class={`step status-${status}`}>
                <span class="step-label">{step.label}</span>
                {when && <span class="step-when">{when}</span>}
                <span class="step-actions">
                  {isMarkable(step.kind) && (
                    <button
                      type="button"
                      class="button small"
                      onClick={() => {
                        const kind = step.kind as MarkableStep;
                        const result = markStepDone(person.id, kind, today);
                        if (result.ok)
                          setMarked({
                            personId: person.id,
                            step: kind,
                            label: step.label,
                            count: (marked?.count ?? 0) + 1,
                          });
                        else {
                          announce(result.message);
                          focusAfterRender(() => document.getElementById('stage-heading'));
                        }
                      }}
                    >
                      {MARK_LABELS[step.kind](referrer)}
                    </button>
                  )}
                  {step.timing && status !== 'late' && step.kind !== 'meet' && (
                    <button
                      type="button"
                      class="button quiet small"
                      aria-label={`Add a reminder to “${step.label}” to your calendar (.ics)`}
                      onClick={() =>
                        void downloadPersonEvent(person, step, context, reportCalendar('steps'))
                      }
                    >
                      Reminder (.ics)
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {calendarNote?.place === 'steps' && <p class="hint calendar-note">{calendarNote.message}</p>}

      {formStage ? (
        <StageForm
          person={person}
          stage={formStage}
          today={today}
          timeZone={timeZone}
          onDone={(message) => {
            announce(message);
            closeForm();
          }}
          onCancel={closeForm}
        />
      ) : (
        <div class="stage-moves">
          {NEXT_STAGES[person.stage].map(({ stage, label }, index) => (
            <button
              key={stage}
              type="button"
              class={index === 0 ? 'button' : 'button secondary'}
              onClick={() => openForm(stage)}
            >
              {label}
            </button>
          ))}
          <div class="stage-other">
            <label for="stage-other">Another stage</label>
            <select
              id="stage-other"
              value={picked}
              aria-invalid={noStagePicked ? 'true' : undefined}
              aria-describedby={noStagePicked ? 'stage-other-error' : undefined}
              onChange={(event) => {
                setPicked(event.currentTarget.value as Stage | '');
                setNoStagePicked(false);
              }}
            >
              <option value="">Choose…</option>
              {others.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                if (picked) openForm(picked);
                else {
                  setNoStagePicked(true);
                  focusAfterRender(() => document.getElementById('stage-other'));
                }
              }}
            >
              Move
            </button>
            {noStagePicked && (
              <p class="field-error" id="stage-other-error" role="alert">
                Choose the stage to move them to, then press Move.
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
