/**
 * The reader's questions, grouped by the four parts of the conversation with the minutes and
 * count for each. Questions move up and down with buttons (focus stays on the moved question)
 * or by dragging the handle (useDragReorder), always within their own part. This component
 * turns those actions into the store's verbs and says what happened.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ListFit } from '../../lib/list-fit';
import { itemKey } from '../../lib/list-operations';
import type { ResolvedQuestion } from '../../lib/question-list';
import { PHASES } from '../../lib/vocabulary';
import type { QuestionList } from '../../schemas/question-list';
import {
  moveQuestion,
  moveQuestionTo,
  removeQuestion,
  restoreQuestion,
  suggestStarterSet,
  type BankIndex,
  type QuestionRemoval,
} from '../../stores/question-lists';
import { UndoNotice } from '../shared/UndoNotice';
import { useAnnouncement } from '../shared/useAnnouncement';
import { quoted, restoredAnnouncement } from '../shared/ui-text';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { PhaseSection } from './PhaseSection';
import { LABELS, phaseInSentence, questionCount } from './picker-text';
import type { RowActions } from './QuestionRow';
import { useDragReorder } from './useDragReorder';

interface Props {
  list: QuestionList;
  /** The list's questions in order (arc order, the reader's order within a part). */
  questions: readonly ResolvedQuestion[];
  fit: ListFit;
  bank: BankIndex;
  announce: (message: string) => void;
}

/** The list of chosen questions. */
export function ListEditor({ list, questions, fit, bank, announce }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  // The last question removed, with Undo: a question written by the reader exists nowhere else.
  const [removed, setRemoved] = useState<QuestionRemoval & { text: string; count: number }>();

  // Where each question is, and where its part starts and ends, worked out once a change.
  const places = useMemo(() => {
    const range = new Map<string, { first: number; last: number }>();
    questions.forEach((question, index) => {
      const part = range.get(question.phase);
      if (part) part.last = index;
      else range.set(question.phase, { first: index, last: index });
    });
    return new Map(
      questions.map((question, from) => [question.key, { from, ...range.get(question.phase)! }]),
    );
  }, [questions]);

  /** A question's button, found after the render that moved or removed questions. */
  const control = (key: string, name: 'up' | 'down' | 'remove') => () =>
    rootRef.current?.querySelector<HTMLButtonElement>(
      `[data-key="${CSS.escape(key)}"] [data-control="${name}"]`,
    );

  const { drag, handlers } = useDragReorder({
    root: rootRef,
    locate: (key) => places.get(key),
    keysBetween: (first, last) => questions.slice(first, last + 1).map((question) => question.key),
    drop: (key, target) => {
      const result = moveQuestionTo(list.id, key, target, bank);
      if (result?.moved) announce(`Moved to position ${result.position} of ${result.total}.`);
    },
    canceled: () => announce('Move canceled.'),
  });

  // The rows' actions, one object for the list's life so rows can skip renders; they read the
  // latest props through the ref.
  const latest = useRef({ list, questions, bank, announce, places });
  latest.current = { list, questions, bank, announce, places };
  const actions = useRef<RowActions>({
    move: (question, step) => {
      const now = latest.current;
      // Moving a question re-orders the list, which drops focus; put it back on the same button.
      focusAfterRender(control(question.key, step === -1 ? 'up' : 'down'));
      const result = moveQuestion(now.list.id, question.key, step, now.bank);
      if (!result) return;
      if (result.moved) now.announce(`Moved to position ${result.position} of ${result.total}.`);
      else
        now.announce(
          `Already ${step === -1 ? 'first' : 'last'} in ${phaseInSentence(question.phase)}, at position ${result.position} of ${result.total}.`,
        );
    },
    // Focus goes to the notice's Undo (a second Enter puts the question back, never removes
    // another), which reads out what was removed.
    remove: (question) => {
      const removal = removeQuestion(latest.current.list.id, question.key);
      if (removal)
        setRemoved((before) => ({
          ...removal,
          text: question.text,
          count: (before?.count ?? 0) + 1,
        }));
    },
    drag: handlers,
  }).current;

  // Said beside the button, not in the page's status line: on a phone that is a screen away.
  const [suggested, showSuggested] = useAnnouncement();
  const suggest = () => {
    const added = suggestStarterSet(list.id, bank);
    showSuggested(
      added > 0
        ? `Added ${questionCount(added)} from the top of each part of the bank.`
        : `Your list already has as many questions as fit in ${list.minutes} minutes.`,
    );
  };

  const undoRemove = () => {
    if (!removed) return;
    setRemoved(undefined);
    if (!restoreQuestion(removed).ok) return;
    announce(restoredAnnouncement(quoted(removed.text)));
    focusAfterRender(control(itemKey(removed.item), 'remove'));
  };

  return (
    <div class="picker-mine" ref={rootRef}>
      <div class="picker-mine-head">
        <h2 id="picker-mine-heading" ref={headingRef} tabIndex={-1}>
          {LABELS.myQuestions}
        </h2>
        <button type="button" class="button secondary small" onClick={suggest}>
          {LABELS.suggest}
        </button>
      </div>
      <p class="picker-feedback" role="status">
        {suggested}
      </p>
      {removed?.listId === list.id && (
        <UndoNotice
          key={removed.count}
          id="picker-question-undo"
          message={`Removed ${quoted(removed.text)}. ${questionCount(questions.length)} left.`}
          onUndo={undoRemove}
          onDismiss={() => {
            setRemoved(undefined);
            focusAfterRender(headingRef);
          }}
        />
      )}
      {fit.total === 0 && (
        <p class="picker-empty">
          Nothing here yet. Add questions from the bank, write your own, or let us suggest a starter
          set: the most useful questions for each part, as many as fit in {list.minutes} minutes.
        </p>
      )}
      {PHASES.map((phase) => {
        const inPhase = questions.filter((question) => question.phase === phase);
        return (
          <PhaseSection
            key={phase}
            phase={phase}
            fit={fit.phases.find((entry) => entry.phase === phase)}
            questions={inPhase}
            start={inPhase[0] ? (places.get(inPhase[0].key)?.from ?? 0) : 0}
            drag={drag}
            actions={actions}
          />
        );
      })}
    </div>
  );
}
