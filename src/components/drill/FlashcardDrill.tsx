/**
 * The flashcard drill: choose a deck, see a card's prompt, turn it over, compare with the
 * advice on the back and rate yourself. This component holds the session (the deck, the card
 * on screen, which side is up) and turns keys and clicks into the store's verbs; scheduling,
 * the queue and the saved progress live in src/lib and src/stores, and each part of the screen
 * is a component of its own.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import { buildQueue, deckSummaries, sessionCounts } from '../../lib/review-queue';
import { describeInterval, GRADE_LABELS } from '../../lib/review-schedule';
import { instantOf, type Clock } from '../../lib/time';
import { DECKS } from '../../lib/vocabulary';
import type { DrillCard } from '../../schemas/card';
import { GRADES, type DeckChoice as Choice, type Grade } from '../../schemas/review-progress';
import {
  $reviews,
  forgetUnknownCards,
  loadScheduler,
  rateReviewCard,
  resetDeck,
  setNewPerDay,
  undoReviewStep,
  type Scheduler,
} from '../../stores/reviews';
import { useAnnouncement } from '../shared/useAnnouncement';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { CardActions } from './CardActions';
import { DeckChoice } from './DeckChoice';
import { DeckSummaryTable } from './DeckSummaryTable';
import { drillKeyHandler } from './drill-keys';
import { DrillDone } from './DrillDone';
import { DrillSettings } from './DrillSettings';
import { DrillStats } from './DrillStats';
import { Flashcard } from './Flashcard';
import { deckChoiceInSentence, deckChoiceLabel } from './practice-text';

interface Props {
  /** Every card, in collection order. */
  cards: readonly DrillCard[];
  /** Tells the time; tests pass a fixed one. */
  clock?: Clock;
  /** Whether the drill is on screen, so its keys work anywhere on the page. Default: true. */
  active?: boolean;
}

/** How often the counts refresh while the drill sits open, so cards come due on their own. */
const REFRESH_MS = 30_000;

/** The drill. */
export function FlashcardDrill({ cards, clock = Date.now, active = true }: Props) {
  const progress = useStore($reviews);
  const [deck, setDeck] = useState<Choice>('all');
  const [currentId, setCurrentId] = useState<string>();
  const [flipped, setFlipped] = useState(false);
  const [resetNote, setResetNote] = useState<{ note: string; key: number }>();
  // The scheduler arrives when a card is first turned over; until then the buttons show no intervals.
  const [scheduler, setScheduler] = useState<Scheduler>();
  const rating = useRef(false);
  const [, setTick] = useState(0);
  const [message, announce] = useAnnouncement();
  const focusAfterRender = useFocusAfterRender();
  const flipButton = useRef<HTMLButtonElement>(null);
  const doneMessage = useRef<HTMLDivElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const queueCards = useMemo(
    () => cards.map(({ id, deck: cardDeck }) => ({ id, deck: cardDeck })),
    [cards],
  );
  const deckIds = (choice: Choice) =>
    cards.filter((card) => choice === 'all' || card.deck === choice).map((card) => card.id);

  useEffect(() => {
    forgetUnknownCards(new Set(cards.map((card) => card.id)));
    const timer = setInterval(() => setTick((tick) => tick + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [cards]);

  const moment = clock();
  const input = { cards: queueCards, progress, deck, now: moment };
  const queue = buildQueue(input);
  const counts = sessionCounts(input);
  const shown = byId.get(currentId ?? queue[0] ?? '');
  const preview =
    shown && flipped && scheduler
      ? scheduler.previewRatings(progress.cards[shown.id], moment)
      : undefined;
  const lastStep = progress.undo.at(-1);

  // With nothing to show, look again the moment the next card comes due.
  const nextDueAt = counts.nextDueAt;
  useEffect(() => {
    if (shown || !nextDueAt) return undefined;
    const timer = setTimeout(
      () => setTick((tick) => tick + 1),
      Math.max(0, instantOf(nextDueAt) - clock()) + 50,
    );
    return () => clearTimeout(timer);
  }, [shown, nextDueAt, clock]);

  // Keep the card on screen while it is looked at, even if another comes due meanwhile.
  const firstInQueue = queue[0];
  useEffect(() => {
    if (currentId === undefined && firstInQueue !== undefined) setCurrentId(firstInQueue);
  }, [currentId, firstInQueue]);

  const chooseDeck = (choice: Choice) => {
    setDeck(choice);
    setCurrentId(undefined);
    setFlipped(false);
  };

  const schedulerFailed = () =>
    announce('The cards’ scheduler couldn’t be loaded. Check your connection and try again.');

  const flip = () => {
    if (!shown) return;
    if (!scheduler) loadScheduler().then(setScheduler, schedulerFailed);
    setFlipped(!flipped);
    announce(flipped ? 'Showing the question.' : 'Showing the answer.');
  };

  const rate = async (grade: Grade) => {
    if (!shown || rating.current) return;
    if (!flipped) {
      announce('Show the answer first: press Space.');
      return;
    }
    // One rating at a time: a second key press while the first is saved is ignored.
    rating.current = true;
    let intervalMs: number;
    try {
      intervalMs = await rateReviewCard(shown.id, grade, clock());
    } catch {
      schedulerFailed();
      return;
    } finally {
      rating.current = false;
    }
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
      announce(`Your progress on ${deckChoiceInSentence(step.deck)} is back.`);
      focusAfterRender(resetButton);
    }
  };

  const reset = () => {
    resetDeck(deckIds(deck), deck);
    setCurrentId(undefined);
    setFlipped(false);
    const note = `Progress on ${deckChoiceInSentence(deck)} was reset.`;
    setResetNote({ note, key: Date.now() });
    announce(`${note} You can undo this.`);
  };

  const changeNewPerDay = (count: number) => {
    setNewPerDay(count);
    setCurrentId(undefined);
    announce(`You will see up to ${plural(count, 'new card')} a day.`);
  };

  // The keys shown on the buttons work wherever focus is, but for typing: on arrival nothing has
  // focus, and Space must turn the card rather than scroll the page.
  const onKey = drillKeyHandler({
    hasCard: shown !== undefined,
    flip,
    rate: (grade) => void rate(grade),
    undo,
  });
  const latestKey = useRef(onKey);
  latestKey.current = onKey;
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: KeyboardEvent) => latestKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [active]);

  const sizes = Object.fromEntries(
    (['all', ...DECKS] as const).map((choice) => [choice, deckIds(choice).length]),
  ) as Record<Choice, number>;
  const intervals =
    preview &&
    (Object.fromEntries(GRADES.map((grade) => [grade, preview[grade].intervalMs])) as Record<
      Grade,
      number
    >);

  return (
    // Every shortcut also has a real button.
    <div class="drill">
      <DeckChoice deck={deck} sizes={sizes} onChoose={chooseDeck} />
      <DrillStats counts={counts} deckLabel={deckChoiceLabel(deck)} />

      {shown ? (
        <div class="flashcard-area">
          <Flashcard card={shown} flipped={flipped} left={queue.length} />
          <CardActions
            flipped={flipped}
            intervals={intervals}
            onFlip={flip}
            onRate={(grade) => void rate(grade)}
            flipRef={flipButton}
          />
        </div>
      ) : (
        <DrillDone
          counts={counts}
          practiced={progress.log.length > 0 || counts.dueToday > 0}
          newPerDay={progress.newPerDay}
          oneDeck={deck !== 'all'}
          boxRef={doneMessage}
        />
      )}

      <div class="drill-undo">
        <button
          type="button"
          class="button quiet small"
          aria-keyshortcuts="U"
          disabled={!lastStep}
          onClick={undo}
        >
          {lastStep?.kind === 'reset' ? 'Undo the reset' : 'Undo last rating'}{' '}
          <kbd aria-hidden="true">U</kbd>
        </button>
      </div>

      <p class="drill-keys">
        Keys: <kbd>Space</kbd> or <kbd>Enter</kbd> flips the card, <kbd>1</kbd> to <kbd>4</kbd> rate
        it (Again, Hard, Good, Easy), <kbd>U</kbd> undoes.
      </p>

      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>

      <DeckSummaryTable summaries={deckSummaries(queueCards, progress, moment)} />

      <DrillSettings
        deck={deck}
        deckSize={sizes[deck]}
        newPerDay={progress.newPerDay}
        onNewPerDay={changeNewPerDay}
        onReset={reset}
        resetDone={
          resetNote && lastStep?.kind === 'reset'
            ? {
                ...resetNote,
                undo,
                dismiss: () => {
                  setResetNote(undefined);
                  focusAfterRender(resetButton);
                },
              }
            : undefined
        }
        resetRef={resetButton}
      />
    </div>
  );
}
