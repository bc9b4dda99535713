/**
 * The reader's practice progress (saved shape and versions in src/schemas/review-progress.ts)
 * and the pure changes made to it: rate, undo, reset a deck, drop cards the decks no longer
 * have, salvage damaged data, migrate old data.
 */
import {
  DEFAULT_NEW_PER_DAY,
  MAX_NEW_PER_DAY,
  newPerDaySchema,
  reviewLogEntrySchema,
  savedCardSchema,
  undoStepSchema,
  type DeckChoice,
  type Grade,
  type ReviewLogEntry,
  type ReviewProgress,
  type SavedCard,
  type UndoStep,
} from '../schemas/review-progress';
import { check } from '../schemas/validate';
import { itemIdentity } from './item-identity';
import { DAY, instantOf, isoString, localDay, type Instant } from './time';

/** How many steps "Undo" can go back. */
export const UNDO_LIMIT = 20;
/** How long reviews stay in the log; only today's are counted, two days cover any time zone change. */
const LOG_KEEP_MS = 2 * DAY;

/** Progress before any review. */
export const EMPTY_PROGRESS: ReviewProgress = {
  cards: {},
  log: [],
  undo: [],
  newPerDay: DEFAULT_NEW_PER_DAY,
};

/** Keeps the newest undo steps, and at most one reset (a reset holds a whole deck's states). */
function capUndo(steps: UndoStep[]): UndoStep[] {
  const lastReset = steps.findLastIndex((step) => step.kind === 'reset');
  const kept = steps.filter((step, index) => step.kind !== 'reset' || index === lastReset);
  return kept.slice(-UNDO_LIMIT);
}

/**
 * Records a rating of `cardId` at `now`: its next state (`next`, from the scheduler in
 * src/lib/fsrs-scheduler.ts), a log entry and an undo step.
 */
export function applyRating(
  progress: ReviewProgress,
  cardId: string,
  grade: Grade,
  next: SavedCard,
  now: Instant,
): ReviewProgress {
  const before = progress.cards[cardId];
  const reviewedAt = isoString(now);
  const wasNew = before === undefined || before.state === 0;
  const log = [...progress.log, { cardId, grade, reviewedAt, wasNew }].filter(
    (entry) => now - instantOf(entry.reviewedAt) < LOG_KEEP_MS,
  );
  const step: UndoStep = before
    ? { kind: 'rating', cardId, grade, reviewedAt, before }
    : { kind: 'rating', cardId, grade, reviewedAt };
  return {
    ...progress,
    cards: { ...progress.cards, [cardId]: next },
    log,
    undo: capUndo([...progress.undo, step]),
  };
}

/** The outcome of an undo: the progress before the last step, and which step it was. */
export interface UndoneProgress {
  progress: ReviewProgress;
  step: UndoStep;
}

/** Takes back the last rating or reset; undefined when there is nothing to undo. */
export function undoLast(progress: ReviewProgress): UndoneProgress | undefined {
  const step = progress.undo.at(-1);
  if (!step) return undefined;
  const undo = progress.undo.slice(0, -1);
  if (step.kind === 'rating') {
    const { [step.cardId]: _rated, ...others } = progress.cards;
    const cards = step.before ? { ...others, [step.cardId]: step.before } : others;
    const index = progress.log.findLastIndex(
      (entry) => entry.cardId === step.cardId && entry.reviewedAt === step.reviewedAt,
    );
    const log = index === -1 ? progress.log : progress.log.toSpliced(index, 1);
    return { progress: { ...progress, cards, log, undo }, step };
  }
  const log = [...progress.log, ...step.log].sort(
    (a, b) => instantOf(a.reviewedAt) - instantOf(b.reviewedAt),
  );
  return {
    progress: { ...progress, cards: { ...progress.cards, ...step.before }, log, undo },
    step,
  };
}

/**
 * Forgets the reader's progress on some cards (a deck, or all): they become new again and
 * today's reviews of them stop counting. One undo step brings it all back.
 */
export function resetCards(
  progress: ReviewProgress,
  cardIds: readonly string[],
  deck: DeckChoice,
): ReviewProgress {
  const ids = new Set(cardIds);
  const before = Object.fromEntries(Object.entries(progress.cards).filter(([id]) => ids.has(id)));
  const cards = Object.fromEntries(Object.entries(progress.cards).filter(([id]) => !ids.has(id)));
  const removedLog = progress.log.filter((entry) => ids.has(entry.cardId));
  const log = progress.log.filter((entry) => !ids.has(entry.cardId));
  const undo = progress.undo.filter((step) => step.kind !== 'rating' || !ids.has(step.cardId));
  return {
    ...progress,
    cards,
    log,
    undo: capUndo([...undo, { kind: 'reset', deck, before, log: removedLog }]),
  };
}

/** Sets the daily number of new cards, kept between 0 and the maximum. */
export function withNewPerDay(progress: ReviewProgress, count: number): ReviewProgress {
  const newPerDay = Math.min(
    MAX_NEW_PER_DAY,
    Math.max(0, Math.round(Number.isFinite(count) ? count : DEFAULT_NEW_PER_DAY)),
  );
  return { ...progress, newPerDay };
}

/** Progress without the cards the decks no longer have, and the ids that were dropped. */
export function withoutUnknownCards(
  progress: ReviewProgress,
  knownIds: ReadonlySet<string>,
): { progress: ReviewProgress; dropped: string[] } {
  const dropped = new Set<string>();
  const known = (id: string) => knownIds.has(id) || (dropped.add(id), false);
  const cards = Object.fromEntries(Object.entries(progress.cards).filter(([id]) => known(id)));
  const log = progress.log.filter((entry) => known(entry.cardId));
  const undo = progress.undo.flatMap((step): UndoStep[] => {
    if (step.kind === 'rating') return known(step.cardId) ? [step] : [];
    const before = Object.fromEntries(Object.entries(step.before).filter(([id]) => known(id)));
    return [{ ...step, before, log: step.log.filter((entry) => known(entry.cardId)) }];
  });
  if (dropped.size === 0) return { progress, dropped: [] };
  return { progress: { ...progress, cards, log, undo }, dropped: [...dropped].sort() };
}

/** Counts of today's reviews, in the reader's local day. */
export function reviewsToday(
  progress: ReviewProgress,
  now: Instant,
  cardIds?: ReadonlySet<string>,
) {
  const today = localDay(now);
  const entries = progress.log.filter(
    (entry) => localDay(entry.reviewedAt) === today && (!cardIds || cardIds.has(entry.cardId)),
  );
  return { reviewed: entries.length, newSeen: entries.filter((entry) => entry.wasNew).length };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps what can be read from damaged saved progress: each valid card state, each valid log
 * entry and undo step, and the daily number if valid. Says what was left out, by card id.
 * Returns undefined when there is nothing recognizable to keep.
 */
export function salvageProgress(
  data: unknown,
): { value: ReviewProgress; dropped: string[] } | undefined {
  if (!isRecord(data) || !isRecord(data.cards)) return undefined;
  const dropped: string[] = [];
  const cards: Record<string, SavedCard> = {};
  for (const [id, state] of Object.entries(data.cards)) {
    const parsed = check(savedCardSchema, state);
    if (parsed.success) cards[id] = parsed.data;
    else dropped.push(`progress on the card "${id}"`);
  }
  const keepValid = <T>(
    list: unknown,
    keep: (item: unknown) => { success: true; data: T } | { success: false },
    what: string,
  ) => {
    if (!Array.isArray(list)) {
      dropped.push(`the ${what}`);
      return [];
    }
    const kept = list.flatMap((item) => {
      const parsed = keep(item);
      return parsed.success ? [parsed.data] : [];
    });
    if (kept.length < list.length) dropped.push(`${list.length - kept.length} of the ${what}`);
    return kept;
  };
  const log = keepValid<ReviewLogEntry>(
    data.log,
    (item) => check(reviewLogEntrySchema, item),
    'recent reviews',
  );
  const undo = keepValid<UndoStep>(data.undo, (item) => check(undoStepSchema, item), 'undo steps');
  const newPerDay = check(newPerDaySchema, data.newPerDay);
  if (!newPerDay.success) dropped.push('your number of new cards a day');
  const value: ReviewProgress = {
    cards,
    log,
    undo,
    newPerDay: newPerDay.success ? newPerDay.data : DEFAULT_NEW_PER_DAY,
  };
  return { value, dropped };
}

/** Turns version 1 progress (ts-fsrs 4 cards, dates as epoch ms) into version 2. */
export function migrateProgressV1(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.cards)) throw new Error('not version 1 progress');
  const toIso = (value: unknown) =>
    typeof value === 'number' ? new Date(value).toISOString() : value;
  const cards = Object.fromEntries(
    Object.entries(data.cards).map(([id, card]) => {
      if (!isRecord(card)) return [id, card];
      const { last_review, ...rest } = card;
      const migrated: Record<string, unknown> = {
        ...rest,
        due: toIso(card.due),
        learning_steps: card.learning_steps ?? 0,
      };
      if (last_review !== null && last_review !== undefined)
        migrated.last_review = toIso(last_review);
      return [id, migrated];
    }),
  );
  return { cards, log: [], undo: [], newPerDay: DEFAULT_NEW_PER_DAY };
}

/**
 * Progress from an imported file merged into this browser's, nothing deleted: each card keeps
 * the state reviewed last, the logs are joined, and the undo steps and the number of new cards
 * a day stay as they are here (they belong to this browser's sessions).
 */
export function mergeImportedProgress(
  current: ReviewProgress,
  incoming: ReviewProgress,
): ReviewProgress {
  const reviewedAt = (card: SavedCard | undefined) => card?.last_review ?? '';
  const cards: Record<string, SavedCard> = { ...current.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    if (reviewedAt(card) > reviewedAt(cards[id])) cards[id] = card;
    else cards[id] ??= card;
  }
  const seen = new Set(current.log.map((entry) => itemIdentity(entry)));
  const log = [
    ...current.log,
    ...incoming.log.filter((entry) => !seen.has(itemIdentity(entry))),
  ].sort((a, b) => instantOf(a.reviewedAt) - instantOf(b.reviewedAt));
  return { ...current, cards, log };
}

/** The cards with progress, as the import preview counts them. */
export function progressItems(progress: ReviewProgress): (SavedCard & { id: string })[] {
  return Object.entries(progress.cards).map(([id, card]) => ({ ...card, id }));
}
