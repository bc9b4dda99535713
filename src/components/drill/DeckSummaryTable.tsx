/** Every deck at a glance: its cards, those not yet seen, and today's due and done. */
import type { DeckSummary } from '../../lib/review-queue';
import { DECK_LABELS } from '../../lib/vocabulary';

interface Props {
  summaries: readonly DeckSummary[];
}

/** The "Your decks" table. */
export function DeckSummaryTable({ summaries }: Props) {
  return (
    <section class="drill-summary" aria-labelledby="drill-summary-heading">
      <h3 id="drill-summary-heading">Your decks</h3>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Deck</th>
              <th scope="col">Cards</th>
              <th scope="col">Not seen</th>
              <th scope="col">Due today</th>
              <th scope="col">Done today</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((row) => (
              <tr key={row.deck}>
                <th scope="row">{DECK_LABELS[row.deck]}</th>
                <td>{row.total}</td>
                <td>{row.unseen}</td>
                <td>{row.dueToday}</td>
                <td>{row.reviewedToday}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
