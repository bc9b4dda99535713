/**
 * The drill's settings: how many new cards a day, and resetting the progress on the chosen
 * deck (asked first, and undoable right after).
 */
import type { RefObject } from 'preact';
import type { DeckChoice } from '../../schemas/review-progress';
import { InlineConfirm } from '../shared/InlineConfirm';
import { UndoNotice } from '../shared/UndoNotice';
import { NewPerDayField } from './NewPerDayField';
import { cardCount, deckChoiceInSentence } from './practice-text';

interface Props {
  deck: DeckChoice;
  /** How many cards the chosen deck holds. */
  deckSize: number;
  newPerDay: number;
  onNewPerDay: (count: number) => void;
  onReset: () => void;
  /** What the last reset did, while it can be undone; with its Undo and Dismiss. */
  resetDone?: { note: string; key: number; undo: () => void; dismiss: () => void } | undefined;
  /** The reset button, where focus goes when a reset is undone or its notice dismissed. */
  resetRef: RefObject<HTMLButtonElement>;
}

/** The settings section. */
export function DrillSettings({
  deck,
  deckSize,
  newPerDay,
  onNewPerDay,
  onReset,
  resetDone,
  resetRef,
}: Props) {
  return (
    <section class="drill-settings" aria-labelledby="drill-settings-heading">
      <h3 id="drill-settings-heading">Settings</h3>
      <NewPerDayField value={newPerDay} onCommit={onNewPerDay} />
      <InlineConfirm
        // A new deck choice closes an open question about the old one.
        key={deck}
        id="reset"
        label={deck === 'all' ? 'Reset all decks' : 'Reset this deck'}
        question={`Forget your progress on ${deckChoiceInSentence(deck)}? ${deck === 'all' ? 'All' : 'Its'} ${cardCount(deckSize)} become new again. You can undo this right after.`}
        confirmLabel="Yes, reset"
        cancelLabel="Keep my progress"
        onConfirm={onReset}
        buttonRef={resetRef}
      />
      {resetDone && (
        <UndoNotice
          key={resetDone.key}
          id="reset-undo"
          message={resetDone.note}
          onUndo={resetDone.undo}
          onDismiss={resetDone.dismiss}
        />
      )}
    </section>
  );
}
