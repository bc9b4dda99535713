/**
 * What the reader does with the card: show or hide the answer, then rate how well they knew
 * it. Each rating button says when the card comes back with that rating; the keys shown on the
 * buttons work too (see useDrillKeys).
 */
import type { RefObject } from 'preact';
import { formatInterval, GRADE_HINTS, GRADE_LABELS } from '../../lib/review-schedule';
import { GRADES, type Grade } from '../../schemas/review-progress';

interface Props {
  flipped: boolean;
  /** Milliseconds until the card comes back, for each rating; absent until they are known. */
  intervals: Record<Grade, number> | undefined;
  onFlip: () => void;
  onRate: (grade: Grade) => void;
  /** The flip button, where focus goes after each rating. */
  flipRef: RefObject<HTMLButtonElement>;
}

/** The flip button and, with the answer showing, the four ratings. */
export function CardActions({ flipped, intervals, onFlip, onRate, flipRef }: Props) {
  return (
    <div class="flashcard-actions">
      <button
        ref={flipRef}
        type="button"
        class="button flip-button"
        aria-keyshortcuts="Space Enter"
        onClick={onFlip}
      >
        {flipped ? 'Hide the answer' : 'Show the answer'} <kbd aria-hidden="true">Space</kbd>
      </button>
      {flipped && (
        <div class="ratings" role="group" aria-label="How well did you know it?">
          {GRADES.map((grade) => (
            <button
              key={grade}
              type="button"
              class={`button secondary rating rating-${grade}`}
              aria-keyshortcuts={String(grade)}
              title={GRADE_HINTS[grade]}
              onClick={() => onRate(grade)}
            >
              <span class="rating-name">{GRADE_LABELS[grade]}</span>
              <span class="rating-detail">
                <span class="rating-interval">
                  {intervals && (
                    <>
                      <span class="visually-hidden">, next in </span>
                      {formatInterval(intervals[grade])}
                    </>
                  )}
                </span>
                <kbd aria-hidden="true">{grade}</kbd>
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
