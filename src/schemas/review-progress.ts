/**
 * The flashcard drill's saved state, "iik:reviews:v<n>": each card's memory state, a short log
 * of recent reviews, the undo stack and the daily number of new cards.
 *
 * Version history of the saved shape:
 * - v1: `{ cards: { [id]: card } }`, where a card is a ts-fsrs 4 card with its dates as epoch
 *   milliseconds (`due`, `last_review`: number | null) and no `learning_steps`.
 * - v2 (current): ReviewProgress below; dates as ISO strings, plus log, undo and newPerDay.
 * The migration is `migrateProgressV1` in src/lib/review-progress.ts.
 */
import * as v from 'valibot';
import { DECKS } from '../lib/vocabulary';
import { isoTimeSchema } from './iso-time';

/** The four self-ratings, as ts-fsrs numbers them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const GRADES = [1, 2, 3, 4] as const;
/** One self-rating; also the key that gives it. */
export type Grade = (typeof GRADES)[number];

/** Where a card is in learning, as ts-fsrs numbers it: 0 new, 1 learning, 2 review, 3 relearning. */
export const CARD_STAGES = [0, 1, 2, 3] as const;

/** New cards a day unless the reader changes it. */
export const DEFAULT_NEW_PER_DAY = 10;
/** The most new cards a day the reader can ask for. */
export const MAX_NEW_PER_DAY = 100;

const isoTime = isoTimeSchema;
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const atLeastZero = v.pipe(v.number(), v.minValue(0));

/** A card's memory state as saved: ts-fsrs's card with its dates as ISO 8601 strings. */
export const savedCardSchema = v.object({
  /** When the card is next due (ISO 8601). */
  due: isoTime,
  /** FSRS stability: days until recall drops to 90 %. */
  stability: atLeastZero,
  /** FSRS difficulty, 1 to 10 (0 while new). */
  difficulty: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
  /** Days between the last two reviews (kept because ts-fsrs 5 still reads it). */
  elapsed_days: atLeastZero,
  /** Days from the last review to the due date. */
  scheduled_days: atLeastZero,
  /** Which short-term learning step the card is on. */
  learning_steps: count,
  /** How many times it was reviewed. */
  reps: count,
  /** How many times it was forgotten after being learned. */
  lapses: count,
  /** New, learning, review or relearning. */
  state: v.picklist(CARD_STAGES),
  /** When it was last reviewed (ISO 8601); absent while new. */
  last_review: v.optional(isoTime),
});
/** A card's saved memory state. */
export type SavedCard = v.InferOutput<typeof savedCardSchema>;

/** One review, kept for the day's counts. */
export const reviewLogEntrySchema = v.object({
  /** The card reviewed. */
  cardId: v.string(),
  /** The rating given. */
  grade: v.picklist(GRADES),
  /** When (ISO 8601). */
  reviewedAt: isoTime,
  /** Whether the card was new, so it counts against the day's new cards. */
  wasNew: v.boolean(),
});
/** One review in the log. */
export type ReviewLogEntry = v.InferOutput<typeof reviewLogEntrySchema>;

/** Which cards a reset covered: one deck or all of them. */
export const deckChoiceSchema = v.picklist([...DECKS, 'all']);
/** A deck, or every deck. */
export type DeckChoice = v.InferOutput<typeof deckChoiceSchema>;

/** Something "Undo" can take back, with what is needed to restore the state before it. */
export const undoStepSchema = v.variant('kind', [
  v.object({
    /** A rating. */
    kind: v.literal('rating'),
    /** The card rated. */
    cardId: v.string(),
    /** The rating given. */
    grade: v.picklist(GRADES),
    /** When (ISO 8601); matches its log entry. */
    reviewedAt: isoTime,
    /** The card's state before the rating; absent if it was new. */
    before: v.optional(savedCardSchema),
  }),
  v.object({
    /** A reset of a deck. */
    kind: v.literal('reset'),
    /** The deck reset. */
    deck: deckChoiceSchema,
    /** The states the reset removed, by card id. */
    before: v.record(v.string(), savedCardSchema),
    /** The log entries the reset removed. */
    log: v.array(reviewLogEntrySchema),
  }),
]);
/** One step that can be undone. */
export type UndoStep = v.InferOutput<typeof undoStepSchema>;

/** How many new cards a day a session brings in: a whole number from 0 to the maximum. */
export const newPerDaySchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(MAX_NEW_PER_DAY),
);

/** Everything the drill saves. */
export const reviewProgressSchema = v.object({
  /** Memory state of every card reviewed at least once, by card id. */
  cards: v.record(v.string(), savedCardSchema),
  /** Reviews of the last two days, oldest first. */
  log: v.array(reviewLogEntrySchema),
  /** Steps "Undo" can take back, oldest first. */
  undo: v.array(undoStepSchema),
  /** How many new cards a day a session brings in. Default: 10. */
  newPerDay: newPerDaySchema,
});
/** The drill's saved progress. */
export type ReviewProgress = v.InferOutput<typeof reviewProgressSchema>;
