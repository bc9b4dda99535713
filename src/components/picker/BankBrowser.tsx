/**
 * The question bank, filtered by part of the conversation, topic and words, with each
 * question's "why ask it" and any caution, and one button to add it to the list or take it out.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Question } from '../../schemas/question';
import {
  filterQuestions,
  NO_FILTERS,
  type IndexedQuestion,
  type QuestionFilters,
} from '../../lib/question-filter';
import { groupByPhase, sortByPhase } from '../../lib/question-bank';
import { pluralWord } from '../../lib/plural';
import {
  PHASES,
  PHASE_LABELS,
  TOPICS,
  TOPIC_LABELS,
  type Phase,
  type Topic,
} from '../../lib/vocabulary';
import { addQuestion, removeQuestion, type BankIndex } from '../../stores/question-lists';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useRevealInSteps } from '../shared/useRevealInSteps';
import { BankQuestionItem } from './BankQuestionItem';
import { LABELS, phaseInSentence, questionCount } from './picker-text';

interface Props {
  listId: string;
  /** The bank prepared for filtering (once, by the picker). */
  index: readonly IndexedQuestion[];
  bank: BankIndex;
  /** Ids of the bank questions already in the list. */
  chosen: ReadonlySet<string>;
  announce: (message: string) => void;
}

/** The filterable bank. */
export function BankBrowser({ listId, index, bank, chosen, announce }: Props) {
  const [filters, setFilters] = useState<QuestionFilters>(NO_FILTERS);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const results = useMemo(() => filterQuestions(index, filters), [index, filters]);
  const groups = groupByPhase(results);
  // The bank is over a hundred rows: rendered a screenful at a time, in the order they appear,
  // so each step adds rows below the last and nothing on screen moves.
  const shown = useRevealInSteps(results.length);
  const revealed = groupByPhase(sortByPhase(results).slice(0, shown));
  const filtered = filters.text.trim() !== '' || filters.phase !== '' || filters.topic !== '';

  // One toggle for the bank's life, reading the latest props, so unchanged rows skip rendering.
  const latest = useRef({ listId, chosen, bank, announce });
  latest.current = { listId, chosen, bank, announce };
  const toggle = useRef((question: Question) => {
    const now = latest.current;
    if (now.chosen.has(question.id)) {
      removeQuestion(now.listId, `bank:${question.id}`);
      now.announce('Removed from your list.');
      return;
    }
    const result = addQuestion(now.listId, question.id, now.bank);
    now.announce(
      result.ok ? `Added to ${phaseInSentence(question.phase)} in your list.` : result.message,
    );
  }).current;

  return (
    <div class="picker-bank">
      <h2 id="picker-bank-heading">{LABELS.bank}</h2>
      <div class="picker-filters" role="search" aria-label="Filter the question bank">
        <div class="field picker-filter-text">
          <label for="picker-search">Search the questions</label>
          <input
            ref={searchRef}
            id="picker-search"
            type="search"
            autocomplete="off"
            value={filters.text}
            onInput={(event) => setFilters({ ...filters, text: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="picker-filter-phase">Part of the conversation</label>
          <select
            id="picker-filter-phase"
            value={filters.phase}
            onChange={(event) =>
              setFilters({ ...filters, phase: event.currentTarget.value as Phase | '' })
            }
          >
            <option value="">All parts</option>
            {PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {PHASE_LABELS[phase]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="picker-filter-topic">Topic</label>
          <select
            id="picker-filter-topic"
            value={filters.topic}
            onChange={(event) =>
              setFilters({ ...filters, topic: event.currentTarget.value as Topic | '' })
            }
          >
            <option value="">All topics</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {TOPIC_LABELS[topic]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="picker-results-head">
        <p role="status" class="picker-results-count">
          {filtered
            ? `${questionCount(results.length)} of ${index.length} ${pluralWord(results.length, 'matches', 'match')}.`
            : `All ${index.length} questions.`}
        </p>
        {filtered && (
          <button
            type="button"
            class="button quiet small"
            onClick={() => {
              setFilters(NO_FILTERS);
              focusAfterRender(searchRef);
            }}
          >
            Clear the filters
          </button>
        )}
      </div>
      <div class="picker-bank-results">
        {results.length === 0 && (
          <p class="picker-no-results">
            No question matches. Try fewer words, or another part or topic.
          </p>
        )}
        {PHASES.filter((phase) => revealed[phase].length > 0).map((phase) => (
          <section key={phase} class="picker-bank-phase" aria-labelledby={`picker-bank-${phase}`}>
            <h3 id={`picker-bank-${phase}`}>
              {PHASE_LABELS[phase]} <span class="picker-muted">({groups[phase].length})</span>
            </h3>
            <ul class="picker-bank-list">
              {revealed[phase].map((question) => (
                <BankQuestionItem
                  key={question.id}
                  question={question}
                  inList={chosen.has(question.id)}
                  onToggle={toggle}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
