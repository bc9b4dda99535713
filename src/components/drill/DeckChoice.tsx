/** The deck the drill draws from: all decks or one, each with how many cards it holds. */
import { DECKS } from '../../lib/vocabulary';
import type { DeckChoice as Choice } from '../../schemas/review-progress';
import { deckChoiceLabel } from './practice-text';

interface Props {
  deck: Choice;
  /** How many cards each choice holds. */
  sizes: Record<Choice, number>;
  onChoose: (deck: Choice) => void;
}

/** Radio buttons for the deck. */
export function DeckChoice({ deck, sizes, onChoose }: Props) {
  return (
    <fieldset class="deck-choice">
      <legend>Deck</legend>
      {(['all', ...DECKS] as const).map((choice) => (
        <label key={choice} class="deck-option">
          <input
            type="radio"
            name="drill-deck"
            value={choice}
            checked={deck === choice}
            onChange={() => onChoose(choice)}
          />
          <span>
            {deckChoiceLabel(choice)} <span class="deck-size">({sizes[choice]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
