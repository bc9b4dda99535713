/**
 * The practice page's island: two modes behind ARIA tabs (flashcards and a mock conversation),
 * both kept mounted so each keeps its state when the reader switches. The flashcards' storage
 * notice sits on top. The mock conversation's code loads the first time its tab opens, and
 * brings its own notice.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clockSpeedFrom, scaledClock } from '../../lib/mock-clock';
import type { Clock } from '../../lib/time';
import { pickCards } from '../../lib/practice-data';
import { savedRunWaiting } from '../../stores/mock-run-waiting';
import { reviewsStore } from '../../stores/reviews';
import { DataFooter } from '../shared/DataFooter';
import { StorageNotice } from '../shared/StorageNotice';
import { FlashcardDrill } from './FlashcardDrill';
import { PRACTICE_MODES, type PracticeMode } from './practice-text';
import { LoadFailed } from '../shared/LoadFailed';
import { useJsonData, useOnDemand } from '../shared/useOnDemand';
import './drill.css';

interface Props {
  /** Where the cards are served (/practice/cards.json); fetched, to keep the page's HTML small. */
  cardsUrl: string;
  /** Where the question bank is served (/questions/bank.json). */
  bankUrl: string;
  /** The mock conversation's clock; by default the real one (sped up by the test hook). */
  clock?: Clock;
}

/** The mock conversation's code, loaded the first time its tab opens. */
const loadMockConversation = () => import('./MockConversation');

/** The practice tool. */
export function PracticeTool({ cardsUrl, bankUrl, clock }: Props) {
  // The server renders the flashcards tab; the address's choice is read once the page runs.
  const [mode, setMode] = useState<PracticeMode>('cards');
  const cards = useJsonData(cardsUrl, pickCards);
  const mock = useOnDemand('mock', loadMockConversation, mode === 'mock');
  const tabs = useRef<Record<PracticeMode, HTMLButtonElement | null>>({ cards: null, mock: null });
  const runClock = useMemo(
    () =>
      clock ?? scaledClock(clockSpeedFrom(typeof location === 'undefined' ? '' : location.search)),
    [clock],
  );

  // A conversation still running (or waiting for its debrief) is where the reader left off.
  useEffect(() => {
    if (location.hash !== '#mock' && !savedRunWaiting()) return;
    setMode('mock');
    history.replaceState(history.state, '', `${location.pathname}${location.search}#mock`);
  }, []);

  const select = (next: PracticeMode, moveFocus = false) => {
    setMode(next);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${next === 'mock' ? '#mock' : ''}`,
    );
    if (moveFocus) tabs.current[next]?.focus();
  };

  const onTabKey = (event: KeyboardEvent) => {
    const index = PRACTICE_MODES.findIndex((candidate) => candidate.id === mode);
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
    };
    let target: number | undefined;
    if (event.key in step)
      target = (index + (step[event.key] ?? 0) + PRACTICE_MODES.length) % PRACTICE_MODES.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = PRACTICE_MODES.length - 1;
    if (target === undefined) return;
    event.preventDefault();
    const next = PRACTICE_MODES[target];
    if (next) select(next.id, true);
  };

  return (
    <div class="practice">
      <StorageNotice store={reviewsStore} backupFilename="practice-progress-backup.json" />
      <div class="practice-tabs" role="tablist" aria-label="Ways to practice" onKeyDown={onTabKey}>
        {PRACTICE_MODES.map(({ id, label }) => (
          <button
            key={id}
            ref={(element) => {
              tabs.current[id] = element;
            }}
            type="button"
            role="tab"
            id={`practice-tab-${id}`}
            aria-selected={mode === id}
            aria-controls={`practice-panel-${id}`}
            tabIndex={mode === id ? 0 : -1}
            class="practice-tab"
            onClick={() => select(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="practice-panel-cards"
        aria-labelledby="practice-tab-cards"
        hidden={mode !== 'cards'}
        class="practice-panel"
      >
        <h2>Flashcards</h2>
        <p class="practice-panel-intro">
          Read the card, answer in your head or out loud, then show the answer and rate how you did.
          Cards you find hard come back sooner.
        </p>
        {cards.status === 'ready' ? (
          <FlashcardDrill cards={cards.data} active={mode === 'cards'} />
        ) : cards.status === 'failed' ? (
          <LoadFailed
            message="The cards couldn’t be loaded. Check your connection and try again. Your progress is safe."
            onRetry={cards.retry}
          />
        ) : (
          <p class="loading">Loading the cards…</p>
        )}
      </div>
      <div
        role="tabpanel"
        id="practice-panel-mock"
        aria-labelledby="practice-tab-mock"
        hidden={mode !== 'mock'}
        class="practice-panel"
      >
        <h2>Mock conversation</h2>
        <p class="practice-panel-intro">
          Rehearse a whole conversation against the clock, from the opening to the close, then note
          what you would do differently.
        </p>
        {mock.status === 'ready' ? (
          <mock.data.MockConversation bankUrl={bankUrl} clock={runClock} active={mode === 'mock'} />
        ) : mock.status === 'failed' ? (
          <LoadFailed
            message="The mock conversation couldn’t be loaded. Check your connection and try again."
            onRetry={mock.retry}
          />
        ) : (
          <p class="loading">Loading the mock conversation…</p>
        )}
      </div>
      <DataFooter />
    </div>
  );
}
