/**
 * The flashcard drill: choose a deck, see a card's prompt, flip it, compare with the advice on
 * the back and rate yourself. Scheduling, the queue and the saved progress live in src/lib and
 * src/stores; this component shows them and turns keys and clicks into verbs.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DECKS, DECK_LABELS } from '../../lib/vocabulary';
import { buildQueue, deckSummaries, sessionCounts } from '../../lib/review-queue';
import {
  describeInterval,
  formatInterval,
  GRADE_HINTS,
  GRADE_LABELS,
  previewRatings,
} from '../../lib/review-schedule';
import {
  $reviews,
  forgetUnknownCards,
  rateReviewCard,
  resetDeck,
  setNewPerDay,
  undoReviewStep,
} from '../../stores/reviews';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useAnnouncement } from '../shared/useAnnouncement';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { cardCount, deckChoiceLabel, timeOfDay } from './practice-text';
import type { DrillCard } from '../../schemas/card';
import {
  MAX_NEW_PER_DAY,
  type DeckChoice,
  GRADES,
  type Grade,
} from '../../schemas/review-progress';
import { pluralWord } from '../../lib/plural';
import type { Clock } from '../../lib/time';

interface Props {
  /** Every card, in collection order. */
  cards: readonly DrillCard[];
  /** Tells the time; tests pass a fixed one. */
  clock?: Clock;
}

/** How often the counts refresh while the drill sits open, so cards come due on their own. */
const REFRESH_MS = 30_000;

/** Elements whose own Space and Enter must keep working (a focused button clicks itself). */
const ACTIVATES = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]';
/** Elements the reader types into, where no shortcut may fire. */
const TYPES_TEXT =
  'textarea, select, [contenteditable="true"], input:not([type="radio"]):not([type="checkbox"]):not([type="button"])';

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);

/** The drill. */
export function FlashcardDrill({ cards, clock = Date.now }: Props) {
  const progress = useStore($reviews);
  const [deck, setDeck] = useState<DeckChoice>('all');
  const [currentId, setCurrentId] = useState<string>();
  const [flipped, setFlipped] = useState(false);
  const [resetNote, setResetNote] = useState<string>();
  const [newPerDayDraft, setNewPerDayDraft] = useState<string>();
  const [, setTick] = useState(0);
  const [message, announce] = useAnnouncement();
  const focusAfterRender = useFocusAfterRender();
  const flipButton = useRef<HTMLButtonElement>(null);
  const doneMessage = useRef<HTMLDivElement>(null);
  const undoResetButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const queueCards = useMemo(
    () => cards.map(({ id, deck: cardDeck }) => ({ id, deck: cardDeck })),
    [cards],
  );

  useEffect(() => {
    forgetUnknownCards(new Set(cards.map((card) => card.id)));
    const timer = setInterval(() => setTick((tick) => tick + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [cards]);

  const moment = clock();
  const input = { cards: queueCards, progress, deck, now: moment };
  const queue = buildQueue(input);
  const counts = sessionCounts(input);
  const summaries = deckSummaries(queueCards, progress, moment);
  const shown = byId.get(currentId ?? queue[0] ?? '');
  const preview = shown && flipped ? previewRatings(progress.cards[shown.id], moment) : undefined;
  const lastStep = progress.undo.at(-1);
  const deckIds = (choice: DeckChoice) =>
    cards.filter((card) => choice === 'all' || card.deck === choice).map((card) => card.id);

  // Keep the card on screen while it is looked at, even if another comes due meanwhile.
  const firstInQueue = queue[0];
  useEffect(() => {
    if (currentId === undefined && firstInQueue !== undefined) setCurrentId(firstInQueue);
  }, [currentId, firstInQueue]);

  const chooseDeck = (choice: DeckChoice) => {
    setDeck(choice);
    setCurrentId(undefined);
    setFlipped(false);
  };

  const flip = () => {
    if (!shown) return;
    setFlipped(!flipped);
    announce(flipped ? 'Showing the question.' : 'Showing the answer.');
  };

  const rate = (grade: Grade) => {
    if (!shown) return;
    if (!flipped) {
      announce('Show the answer first: press Space.');
      return;
    }
    const intervalMs = rateReviewCard(shown.id, grade, clock());
    const next = buildQueue({ ...input, progress: $reviews.get(), now: clock() })[0];
    setCurrentId(next);
    setFlipped(false);
    setResetNote(undefined);
    const nextCard = next ? byId.get(next) : undefined;
    announce(
      `Rated ${GRADE_LABELS[grade]}. Next review in ${describeInterval(intervalMs)}. ` +
        (nextCard ? `Next card: ${nextCard.prompt}` : 'That was the last card for now.'),
    );
    focusAfterRender(nextCard ? flipButton : doneMessage);
  };

  const undo = () => {
    const step = undoReviewStep();
    if (!step) {
      announce('There is nothing to undo.');
      return;
    }
    setResetNote(undefined);
    setFlipped(false);
    if (step.kind === 'rating') {
      setCurrentId(step.cardId);
      announce(
        `Undid ${GRADE_LABELS[step.grade]}. The card is back: ${byId.get(step.cardId)?.prompt ?? ''}`,
      );
      focusAfterRender(flipButton);
    } else {
      setCurrentId(undefined);
      announce(`Your progress on ${deckChoiceLabel(step.deck)} is back.`);
      focusAfterRender(resetButton);
    }
  };

  const confirmReset = () => {
    resetDeck(deckIds(deck), deck);
    setCurrentId(undefined);
    setFlipped(false);
    const note = `Progress on ${deckChoiceLabel(deck)} was reset.`;
    setResetNote(note);
    announce(`${note} You can undo this.`);
    focusAfterRender(undoResetButton);
  };

  const commitNewPerDay = (value: string) => {
    const count = Number(value);
    if (value.trim() === '' || !Number.isInteger(count) || count < 0 || count > MAX_NEW_PER_DAY)
      return;
    setNewPerDay(count);
    setNewPerDayDraft(undefined);
    setCurrentId(undefined);
    announce(`You will see up to ${cardCount(count)} new a day.`);
  };
  const draftInvalid =
    newPerDayDraft !== undefined &&
    (newPerDayDraft.trim() === '' ||
      !Number.isInteger(Number(newPerDayDraft)) ||
      Number(newPerDayDraft) < 0 ||
      Number(newPerDayDraft) > MAX_NEW_PER_DAY);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : undefined;
    if (target?.closest(TYPES_TEXT)) return;
    if (event.key === ' ' || event.key === 'Enter') {
      if (target?.closest(ACTIVATES) || !shown) return;
      event.preventDefault();
      flip();
    } else if (['1', '2', '3', '4'].includes(event.key)) {
      if (!shown) return;
      event.preventDefault();
      rate(Number(event.key) as Grade);
    } else if (event.key === 'u' || event.key === 'U') {
      event.preventDefault();
      undo();
    }
  };

  const undoLabel = lastStep?.kind === 'reset' ? 'Undo the reset' : 'Undo last rating';

  return (
    // The drill area listens for its shortcuts; every action also has a real button.
    <div class="drill" onKeyDown={onKeyDown}>
      <fieldset class="deck-choice">
        <legend>Deck</legend>
        {(['all', ...DECKS] as const).map((choice) => (
          <label key={choice} class="deck-option">
            <input
              type="radio"
              name="drill-deck"
              value={choice}
              checked={deck === choice}
              onChange={() => chooseDeck(choice)}
            />
            <span>
              {deckChoiceLabel(choice)} <span class="deck-size">({deckIds(choice).length})</span>
            </span>
          </label>
        ))}
      </fieldset>

      <dl class="drill-stats" aria-label={`Today in ${deckChoiceLabel(deck)}`}>
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

      {shown ? (
        <div class="flashcard-area">
          <article
            key={`${shown.id}-${flipped ? 'back' : 'front'}`}
            class={`flashcard ${flipped ? 'is-back' : 'is-front'}`}
            aria-labelledby="flashcard-side"
          >
            <p class="flashcard-meta">
              <span id="flashcard-side" class="flashcard-side">
                {flipped ? 'Answer' : 'Question'}
              </span>
              <span>{DECK_LABELS[shown.deck]}</span>
              <span>{queue.length > 0 ? `${queue.length} to go` : 'Extra review'}</span>
            </p>
            <p class="flashcard-prompt">{shown.prompt}</p>
            {flipped ? (
              <div class="flashcard-answer">
                {paragraphs(shown.answer).map((text, index) => (
                  <p key={index}>{text}</p>
                ))}
              </div>
            ) : (
              <p class="flashcard-hint">
                Think of your answer, or say it out loud. Then show the answer.
              </p>
            )}
          </article>

          <div class="flashcard-actions">
            <button
              ref={flipButton}
              type="button"
              class="button flip-button"
              aria-keyshortcuts="Space Enter"
              onClick={flip}
            >
              {flipped ? 'Hide the answer' : 'Show the answer'} <kbd aria-hidden="true">Space</kbd>
            </button>
            {preview && (
              <div class="ratings" role="group" aria-label="How well did you know it?">
                {GRADES.map((grade) => (
                  <button
                    key={grade}
                    type="button"
                    class={`button secondary rating rating-${grade}`}
                    aria-keyshortcuts={String(grade)}
                    title={GRADE_HINTS[grade]}
                    onClick={() => rate(grade)}
                  >
                    <span class="rating-name">{GRADE_LABELS[grade]}</span>
                    <span class="rating-detail">
                      <span>
                        <span class="visually-hidden">, next in </span>
                        {formatInterval(preview[grade].intervalMs)}
                      </span>
                      <kbd aria-hidden="true">{grade}</kbd>
                    </span>
                  </button>
                ))}
              </div>
            )}
          </div>
        </div>
      ) : (
        <div class="drill-done card" ref={doneMessage} tabIndex={-1}>
          <h3>
            {progress.log.length > 0 || counts.dueToday > 0
              ? 'You’re done for now'
              : 'Nothing to practice here today'}
          </h3>
          {counts.nextDueAt ? (
            <p>
              {cardCount(counts.dueToday)} {pluralWord(counts.dueToday, 'comes', 'come')} back later
              today. The next one is due at {timeOfDay(counts.nextDueAt)}.
            </p>
          ) : progress.newPerDay === 0 ? (
            <p>You have set new cards a day to 0. Raise it below to start on new cards.</p>
          ) : (
            <p>
              Come back tomorrow for the next cards
              {deck === 'all' ? '' : ', or choose another deck'}.
            </p>
          )}
        </div>
      )}

      <div class="drill-undo">
        <button
          type="button"
          class="button quiet small"
          aria-keyshortcuts="U"
          disabled={!lastStep}
          onClick={undo}
        >
          {undoLabel} <kbd aria-hidden="true">U</kbd>
        </button>
      </div>

      <p class="drill-keys">
        Keys: <kbd>Space</kbd> or <kbd>Enter</kbd> flips the card, <kbd>1</kbd> to <kbd>4</kbd> rate
        it (Again, Hard, Good, Easy), <kbd>U</kbd> undoes.
      </p>

      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>

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

      <section class="drill-settings" aria-labelledby="drill-settings-heading">
        <h3 id="drill-settings-heading">Settings</h3>
        <div class="field new-per-day">
          <label for="drill-new-per-day">New cards a day</label>
          <span class="hint" id="drill-new-per-day-hint">
            New cards a session brings in each day, across all decks (0 to {MAX_NEW_PER_DAY}).
          </span>
          <input
            id="drill-new-per-day"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_NEW_PER_DAY}
            step={1}
            value={newPerDayDraft ?? String(progress.newPerDay)}
            aria-describedby={
              draftInvalid
                ? 'drill-new-per-day-hint drill-new-per-day-error'
                : 'drill-new-per-day-hint'
            }
            aria-invalid={draftInvalid}
            onInput={(event) => setNewPerDayDraft(event.currentTarget.value)}
            onChange={(event) => commitNewPerDay(event.currentTarget.value)}
          />
          {draftInvalid && (
            <span class="field-error" id="drill-new-per-day-error">
              Enter a whole number from 0 to {MAX_NEW_PER_DAY}.
            </span>
          )}
        </div>

        <InlineConfirm
          // A new deck choice closes an open question about the old one.
          key={deck}
          id="reset"
          label={deck === 'all' ? 'Reset all decks' : 'Reset this deck'}
          question={`Forget your progress on ${deckChoiceLabel(deck)}? Its ${cardCount(deckIds(deck).length)} become new again. You can undo this straight after.`}
          confirmLabel="Yes, reset"
          cancelLabel="Keep my progress"
          onConfirm={confirmReset}
          buttonRef={resetButton}
        />
        {resetNote && lastStep?.kind === 'reset' && (
          <div class="notice ok reset-done">
            <p>{resetNote}</p>
            <div class="notice-actions">
              <button
                ref={undoResetButton}
                type="button"
                class="button secondary small"
                onClick={undo}
              >
                Undo
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
