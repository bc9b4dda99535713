/** Today's numbers for the chosen deck: due, reviewed and new cards still to come. */
import type { SessionCounts } from '../../lib/review-queue';

interface Props {
  counts: SessionCounts;
  /** The deck they are for, e.g. "All decks". */
  deckLabel: string;
}

/** The three counts above the card. */
export function DrillStats({ counts, deckLabel }: Props) {
  return (
    <dl class="drill-stats" aria-label={`Today in ${deckLabel}`}>
      <div>
        <dt>Due today</dt>
        <dd data-stat="due">{counts.dueToday}</dd>
      </div>
      <div>
        <dt>Reviewed today</dt>
        <dd data-stat="reviewed">{counts.reviewedToday}</dd>
      </div>
      <div>
        <dt>New left</dt>
        <dd data-stat="new">{counts.newLeft}</dd>
      </div>
    </dl>
  );
}
