/** What the drill says when no card is left for now: when the next one comes, or what to do. */
import type { RefObject } from 'preact';
import { pluralWord } from '../../lib/plural';
import type { SessionCounts } from '../../lib/review-queue';
import { cardCount, timeOfDay } from './practice-text';

interface Props {
  counts: SessionCounts;
  /** Whether the reader has reviewed anything yet, so "done" is true rather than "nothing here". */
  practiced: boolean;
  /** The reader's daily number of new cards. */
  newPerDay: number;
  /** Whether one deck is chosen, so another deck may have cards. */
  oneDeck: boolean;
  /** The message box, where focus goes after the last rating. */
  boxRef: RefObject<HTMLDivElement>;
}

/** The end-of-session message. */
export function DrillDone({ counts, practiced, newPerDay, oneDeck, boxRef }: Props) {
  return (
    <div class="drill-done card" ref={boxRef} tabIndex={-1}>
      <h3>{practiced ? 'You’re done for now' : 'Nothing to practice here today'}</h3>
      {counts.nextDueAt ? (
        <p>
          {cardCount(counts.dueToday)} {pluralWord(counts.dueToday, 'comes', 'come')} back later
          today. The next one is due at {timeOfDay(counts.nextDueAt)}.
        </p>
      ) : newPerDay === 0 ? (
        <p>You have set new cards a day to 0. Raise it below to start on new cards.</p>
      ) : (
        <p>
          Come back tomorrow for the next cards{oneDeck ? ', or choose another deck' : ''}.
          {counts.unseen > 0 &&
            ` ${cardCount(counts.unseen)} ${pluralWord(counts.unseen, 'is', 'are')} still new to you: raise new cards a day below to see more today.`}
        </p>
      )}
    </div>
  );
}
