/**
 * A mock conversation in progress: the part you are in, the question to ask, a clock for the
 * part and for the whole, and cues at the right moments. Time is read from the run's
 * timestamps on every tick, so it stays right in a background tab and after a reload.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clock } from '../../lib/time';
import { elapsedMs, questionFocus } from '../../lib/mock-run';
import {
  buildTimeline,
  formatClock,
  positionAt,
  SEGMENT_HINTS,
  SEGMENT_LABELS,
} from '../../lib/mock-timeline';
import { PHASE_LABELS } from '../../lib/vocabulary';
import {
  endCurrentRun,
  markRunQuestion,
  pauseCurrentRun,
  resumeCurrentRun,
} from '../../stores/mock-runs';
import type { MockRun } from '../../schemas/mock-run';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';

interface Props {
  run: MockRun;
  clock: Clock;
  /** Says something through the tool's live region. */
  announce: (message: string) => void;
  /** The run's heading, where focus goes when the reader starts the run. */
  headingRef: RefObject<HTMLHeadingElement>;
  /** Called when the reader ends the run. */
  onEnded?: () => void;
}

/** How often the clocks redraw; the time itself always comes from timestamps. */
const TICK_MS = 250;

/** The running conversation. */
export function MockRunView({ run, clock, announce, headingRef, onEnded }: Props) {
  const [now, setNow] = useState(clock);
  const questionBox = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);

  const timeline = useMemo(() => buildTimeline(run.minutes), [run.minutes]);
  const elapsedSec = elapsedMs(run, now) / 1000;
  const position = positionAt(timeline, elapsedSec);
  const { segment } = position;
  const focus = questionFocus(run, segment.id);
  const paused = run.pausedAt !== undefined;
  // A new question can be longer than the last and push the buttons down, out of a short
  // window: the one the reader is on stays in view.
  const currentKey = focus.current?.key;
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && questionBox.current?.contains(active))
      active.scrollIntoView({ block: 'nearest' });
  }, [currentKey]);
  const timeUp = position.overtimeSec > 0 || position.totalRemainingSec === 0;

  const mark = (outcome: 'asked' | 'skipped') => {
    if (!focus.current) return;
    markRunQuestion(focus.current.key, outcome);
    const after = questionFocus(
      { ...run, done: { ...run.done, [focus.current.key]: outcome } },
      segment.id,
    ).current;
    announce(
      `${outcome === 'asked' ? 'Asked' : 'Skipped'}. ${after ? `Next: ${after.text}` : 'No more questions in this part.'}`,
    );
    if (!after) focusAfterRender(questionBox);
  };

  const togglePause = () => {
    if (paused) {
      resumeCurrentRun(clock());
      announce('Resumed. The clock is running.');
    } else {
      pauseCurrentRun(clock());
      announce('Paused. The clock has stopped.');
    }
  };

  return (
    <section class="mock-run" aria-labelledby="mock-phase-heading">
      <div class="mock-now">
        <p class="mock-kicker">{paused ? 'Paused in' : 'Now'}</p>
        <h3 id="mock-phase-heading" class="mock-phase-name" ref={headingRef} tabIndex={-1}>
          {SEGMENT_LABELS[segment.id]}
        </h3>
      </div>

      <p class={`mock-cue cue-${position.cue?.kind ?? 'none'}`} role="status">
        {position.cue?.message}
      </p>

      <div class="mock-clocks">
        <div class="mock-clock">
          <span class="clock-label">This part</span>
          <span class="clock-value" data-clock="part">
            {formatClock(position.segmentElapsedSec)}
          </span>
          <span class="clock-detail">
            {timeUp
              ? 'time is up'
              : `${formatClock(position.segmentRemainingSec)} left of ${formatClock(segment.endSec - segment.startSec)}`}
          </span>
        </div>
        <div class={`mock-clock ${position.overtimeSec > 0 ? 'is-over' : ''}`}>
          <span class="clock-label">Overall</span>
          <span class="clock-value" data-clock="total">
            {formatClock(elapsedSec)}
          </span>
          <span class="clock-detail">
            {position.overtimeSec > 0
              ? `${formatClock(position.overtimeSec)} over time`
              : `${formatClock(position.totalRemainingSec)} left of ${formatClock(timeline.totalSec)}`}
          </span>
        </div>
        <progress
          class="mock-progress"
          max={timeline.totalSec}
          value={Math.min(elapsedSec, timeline.totalSec)}
          aria-label="Time used"
        />
      </div>

      <div class="mock-question card" ref={questionBox} tabIndex={-1}>
        {focus.current ? (
          <>
            <p class="mock-question-label">
              {focus.ahead
                ? `Ahead of time: a question about ${PHASE_LABELS[focus.current.phase].toLowerCase()}`
                : 'Ask now'}
            </p>
            <p class="mock-question-text">{focus.current.text}</p>
            {focus.current.why && <p class="mock-question-why">Why ask it: {focus.current.why}</p>}
            <div class="mock-question-actions">
              <button type="button" class="button" onClick={() => mark('asked')}>
                Asked it: next question
              </button>
              <button type="button" class="button secondary" onClick={() => mark('skipped')}>
                Skip this question
              </button>
            </div>
          </>
        ) : (
          <>
            <p class="mock-question-label">
              {segment.id === 'opening' || segment.id === 'closing'
                ? 'What to do'
                : 'No questions left here'}
            </p>
            {segment.id !== 'opening' && segment.id !== 'closing' && (
              <p>
                Follow up on what they said: “Can you give me an example?” or “What made you choose
                that?”
              </p>
            )}
          </>
        )}
        <ul class="mock-hints">
          {SEGMENT_HINTS[segment.id].map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
        {focus.next && (
          <p class="mock-next">
            <span class="mock-next-label">
              {focus.current ? 'Up next:' : 'First question, when you are ready:'}
            </span>{' '}
            {focus.next.text}
          </p>
        )}
      </div>

      <ol class="mock-timeline" aria-label="Parts of the conversation">
        {timeline.segments.map((part, index) => (
          <li
            key={part.id}
            class={
              index < position.segmentIndex
                ? 'is-done'
                : index === position.segmentIndex
                  ? 'is-current'
                  : ''
            }
            aria-current={index === position.segmentIndex ? 'step' : undefined}
          >
            <span class="mock-timeline-name">{SEGMENT_LABELS[part.id]}</span>
            <span class="mock-timeline-time">
              {formatClock(part.startSec)}–{formatClock(part.endSec)}
            </span>
          </li>
        ))}
      </ol>

      <div class="mock-controls">
        <button type="button" class="button secondary" onClick={togglePause}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          class={timeUp ? 'button' : 'button secondary'}
          onClick={() => {
            endCurrentRun(clock());
            onEnded?.();
          }}
        >
          {timeUp ? 'Finish and write the debrief' : 'End early'}
        </button>
      </div>
    </section>
  );
}
