/**
 * The debrief after a run: a summary of how it went and three notes (what you learned, what to
 * ask next time, who to contact next). Every keystroke is kept with the run, so a reload loses
 * nothing; saving files it, dated, under "Your debriefs".
 */
import type { RefObject } from 'preact';
import { DEBRIEF_FIELDS, DEBRIEF_NOTE_LIMIT, elapsedMs, hasNotes } from '../../lib/mock-run';
import { formatClock } from '../../lib/mock-timeline';
import { characters } from '../../lib/text-limit';
import { discardRun, saveDebrief, updateDebriefNotes } from '../../stores/mock-runs';
import { InlineConfirm } from '../shared/InlineConfirm';
import { LimitedField } from '../shared/LimitedField';
import type { MockRun } from '../../schemas/mock-run';

interface Props {
  /** The ended run. */
  run: MockRun;
  /** Called after the debrief was saved or the run discarded. */
  onDone: (saved: boolean) => void;
  /** The form's heading, where focus goes when the reader ends the run. */
  headingRef: RefObject<HTMLHeadingElement>;
}

/** The debrief form. */
export function DebriefForm({ run, onDone, headingRef }: Props) {
  const ranSec = elapsedMs(run, run.endedAt ?? run.startedAt) / 1000;
  const outcomes = Object.values(run.done);
  const asked = outcomes.filter((outcome) => outcome === 'asked').length;
  const skipped = outcomes.length - asked;
  const plannedSec = run.minutes * 60;

  const save = (event: Event) => {
    event.preventDefault();
    if (saveDebrief()) onDone(true);
  };

  return (
    <form class="debrief" onSubmit={save} aria-labelledby="debrief-heading">
      <h3 id="debrief-heading" ref={headingRef} tabIndex={-1}>
        Debrief
      </h3>
      <p class="debrief-summary">
        You talked for {formatClock(ranSec)}
        {ranSec < plannedSec
          ? ` of the ${run.minutes} minutes planned`
          : ` (${run.minutes} minutes planned)`}{' '}
        and asked {asked} of {run.questions.length} questions
        {skipped > 0 ? `, skipping ${skipped}` : ''}. Write down what you would note after a real
        conversation, while it is fresh.
      </p>
      {DEBRIEF_FIELDS.map(({ key, label, hint }) => (
        <LimitedField
          key={key}
          id={`debrief-${key}`}
          label={label}
          hint={`${hint} Up to ${characters(DEBRIEF_NOTE_LIMIT)}.`}
          rows={3}
          limit={DEBRIEF_NOTE_LIMIT}
          value={run.notes[key]}
          onChange={(after, before) => updateDebriefNotes({ [key]: { before, after } })}
        />
      ))}
      <div class="debrief-actions">
        <button type="submit" class="button">
          Save the debrief
        </button>
        <InlineConfirm
          id="discard"
          label="Discard this run"
          buttonClass="button quiet"
          question={`Discard this run${hasNotes(run.notes) ? ' and the notes you wrote' : ''}? This can’t be undone.`}
          confirmLabel="Yes, discard"
          cancelLabel="Keep it"
          onConfirm={() => {
            discardRun();
            onDone(false);
          }}
        />
      </div>
    </form>
  );
}
