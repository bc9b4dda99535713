/**
 * One card, front or back: its prompt, and on the back the advice, with which deck it is from
 * and how many cards are left. Turning it over replays the flip (a new element each side).
 */
import { DECK_LABELS } from '../../lib/vocabulary';
import type { DrillCard } from '../../schemas/card';

interface Props {
  card: DrillCard;
  /** Whether the answer side is up. */
  flipped: boolean;
  /** Cards still in today's session, counting this one. */
  left: number;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);

/** The card. */
export function Flashcard({ card, flipped, left }: Props) {
  return (
    <article
      key={`${card.id}-${flipped ? 'back' : 'front'}`}
      class={`flashcard ${flipped ? 'is-back' : 'is-front'}`}
      aria-labelledby="flashcard-side"
    >
      <p class="flashcard-meta">
        <span id="flashcard-side" class="flashcard-side">
          {flipped ? 'Answer' : 'Question'}
        </span>
        <span>{DECK_LABELS[card.deck]}</span>
        <span>{left > 0 ? `${left} to go` : 'Extra review'}</span>
      </p>
      <p class="flashcard-prompt">{card.prompt}</p>
      {flipped ? (
        <div class="flashcard-answer">
          {paragraphs(card.answer).map((text, index) => (
            <p key={index}>{text}</p>
          ))}
        </div>
      ) : (
        <p class="flashcard-hint">
          Think of your answer, or say it out loud. Then show the answer.
        </p>
      )}
    </article>
  );
}
