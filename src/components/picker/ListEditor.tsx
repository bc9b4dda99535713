/**
 * The reader's questions, grouped by the four parts of the conversation with the minutes and
 * count for each. Questions move up and down with buttons (focus stays on the moved question)
 * or by dragging the handle with a pointer, always within their own part.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropPosition } from '../../lib/drag-reorder';
import type { ListFit } from '../../lib/list-fit';
import { phaseRange } from '../../lib/list-operations';
import type { ResolvedQuestion } from '../../lib/question-list';
import { PHASE_HINTS, PHASE_LABELS, PHASES } from '../../lib/vocabulary';
import {
  moveQuestion,
  moveQuestionTo,
  removeQuestion,
  suggestStarterSet,
  type BankIndex,
} from '../../stores/question-lists';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { LABELS, phaseInSentence, questionCount } from './picker-text';
import type { QuestionList } from '../../schemas/question-list';

interface Props {
  list: QuestionList;
  /** The list's questions in order (arc order, the reader's order within a part). */
  questions: readonly ResolvedQuestion[];
  fit: ListFit;
  bank: BankIndex;
  announce: (message: string) => void;
}

type Control = 'up' | 'down' | 'remove';

/** Where a drag started and what it measured. */
interface DragStart {
  key: string;
  pointerId: number;
  from: number;
  phaseStart: number;
  /** Page-y of the middle of each other question in the same part. */
  middles: number[];
}

/** The list of chosen questions. */
export function ListEditor({ list, questions, fit, bank, announce }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const dragStart = useRef<DragStart | null>(null);
  const [drag, setDrag] = useState<{ key: string; from: number; target: number } | null>(null);

  /** A question's button, found after the render that moved or removed questions. */
  const control = (key: string, name: Control) => () =>
    rootRef.current?.querySelector<HTMLButtonElement>(
      `[data-key="${CSS.escape(key)}"] [data-control="${name}"]`,
    );

  // Escape puts a dragged question back where it was.
  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      dragStart.current = null;
      setDrag(null);
      announce('Move cancelled.');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dragging, announce]);

  const positionOf = (key: string) => questions.findIndex((question) => question.key === key);

  const move = (question: ResolvedQuestion, step: -1 | 1) => {
    // Moving a question re-orders the list, which drops focus; put it back on the same button.
    focusAfterRender(control(question.key, step === -1 ? 'up' : 'down'));
    const result = moveQuestion(list.id, question.key, step, bank);
    if (!result) return;
    if (result.moved) announce(`Moved to position ${result.position} of ${result.total}.`);
    else
      announce(
        `Already ${step === -1 ? 'first' : 'last'} in ${phaseInSentence(question.phase)}, at position ${result.position} of ${result.total}.`,
      );
  };

  const remove = (question: ResolvedQuestion) => {
    const index = positionOf(question.key);
    const next = questions[index + 1] ?? questions[index - 1];
    focusAfterRender(next ? control(next.key, 'remove') : headingRef);
    removeQuestion(list.id, question.key);
    announce(`Removed “${question.text}”. ${questionCount(questions.length - 1)} left.`);
  };

  const suggest = () => {
    const added = suggestStarterSet(list.id, bank);
    announce(
      added > 0
        ? `Added ${questionCount(added)} from the top of each part of the bank.`
        : `Your list already has as many questions as fit in ${list.minutes} minutes.`,
    );
  };

  // Dragging: measure once at the start, then only compare the pointer with those middles.
  const onPointerDown = (event: PointerEvent, question: ResolvedQuestion) => {
    if (event.button !== 0 || !rootRef.current) return;
    event.preventDefault();
    const from = positionOf(question.key);
    const range = phaseRange(list.items, question.key, bank.byId);
    if (from < 0 || !range) return;
    const middles = questions
      .slice(range.first, range.last + 1)
      .filter((other) => other.key !== question.key)
      .map((other) => {
        const element = rootRef.current?.querySelector(`[data-key="${CSS.escape(other.key)}"]`);
        const box = element?.getBoundingClientRect();
        return box ? box.top + window.scrollY + box.height / 2 : 0;
      });
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    dragStart.current = {
      key: question.key,
      pointerId: event.pointerId,
      from,
      phaseStart: range.first,
      middles,
    };
    setDrag({ key: question.key, from, target: from });
  };

  const onPointerMove = (event: PointerEvent) => {
    const start = dragStart.current;
    if (start?.pointerId !== event.pointerId) return;
    const target = dropPosition(event.pageY, start.middles, start.phaseStart);
    setDrag((current) =>
      current?.target === target ? current : { key: start.key, from: start.from, target },
    );
  };

  const endDrag = (event: PointerEvent, drop: boolean) => {
    const start = dragStart.current;
    if (start?.pointerId !== event.pointerId) return;
    dragStart.current = null;
    setDrag(null);
    if (!drop) return;
    const target = dropPosition(event.pageY, start.middles, start.phaseStart);
    const result = moveQuestionTo(list.id, start.key, target, bank);
    if (result?.moved) announce(`Moved to position ${result.position} of ${result.total}.`);
  };

  const dropClass = (position: number) => {
    if (!drag || drag.target === drag.from || position !== drag.target) return '';
    return drag.target < drag.from ? ' drop-before' : ' drop-after';
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
      {fit.total === 0 && (
        <p class="picker-empty">
          Nothing here yet. Add questions from the bank, write your own, or let us suggest a starter
          set: the most useful questions for each part, as many as fit in {list.minutes} minutes.
        </p>
      )}
      {PHASES.map((phase) => {
        const phaseFit = fit.phases.find((entry) => entry.phase === phase);
        const inPhase = questions.filter((question) => question.phase === phase);
        const headingId = `picker-phase-${phase}`;
        return (
          <section key={phase} class="picker-phase" aria-labelledby={headingId}>
            <div class="picker-phase-head">
              <h3 id={headingId}>{PHASE_LABELS[phase]}</h3>
              {phaseFit && (
                <p class={`picker-phase-count${phaseFit.over ? ' is-over' : ''}`}>
                  <span>
                    {phaseFit.chosen} of about {phaseFit.fits}
                  </span>
                  <span aria-hidden="true"> · </span>
                  <span>{phaseFit.minutes} min</span>
                  {phaseFit.over && <span class="picker-over"> · more than fits</span>}
                </p>
              )}
            </div>
            {inPhase.length === 0 ? (
              <p class="picker-phase-empty">{PHASE_HINTS[phase]}</p>
            ) : (
              <ol class="picker-items" start={positionOf(inPhase[0]!.key) + 1}>
                {inPhase.map((question) => {
                  const position = positionOf(question.key);
                  const textId = `picker-item-${question.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
                  const isFirst = position === 0 || questions[position - 1]?.phase !== phase;
                  const isLast = questions[position + 1]?.phase !== phase;
                  return (
                    <li
                      key={question.key}
                      data-key={question.key}
                      class={`picker-item${drag?.key === question.key ? ' is-dragging' : ''}${dropClass(position)}`}
                    >
                      <span class="picker-item-number" aria-hidden="true">
                        {position + 1}
                      </span>
                      <span
                        class="picker-drag"
                        aria-hidden="true"
                        title="Drag to reorder"
                        onPointerDown={(event) => onPointerDown(event, question)}
                        onPointerMove={onPointerMove}
                        onPointerUp={(event) => endDrag(event, true)}
                        onPointerCancel={(event) => endDrag(event, false)}
                      >
                        <svg viewBox="0 0 10 16" focusable="false">
                          <circle cx="2.5" cy="3" r="1.4" />
                          <circle cx="7.5" cy="3" r="1.4" />
                          <circle cx="2.5" cy="8" r="1.4" />
                          <circle cx="7.5" cy="8" r="1.4" />
                          <circle cx="2.5" cy="13" r="1.4" />
                          <circle cx="7.5" cy="13" r="1.4" />
                        </svg>
                      </span>
                      <div class="picker-item-body">
                        <p class="picker-item-text" id={textId}>
                          {question.text}
                        </p>
                        {question.source === 'custom' && (
                          <span class="picker-tag">{LABELS.yourOwn}</span>
                        )}
                        {question.question?.caution && (
                          <p class="picker-caution">
                            <span class="picker-label">{LABELS.takeCare}</span>{' '}
                            {question.question.caution}
                          </p>
                        )}
                      </div>
                      <div class="picker-item-actions">
                        <button
                          type="button"
                          class="button quiet small"
                          data-control="up"
                          aria-describedby={textId}
                          aria-disabled={isFirst ? 'true' : undefined}
                          onClick={() => move(question, -1)}
                        >
                          <span aria-hidden="true">↑</span> {LABELS.moveUp}
                        </button>
                        <button
                          type="button"
                          class="button quiet small"
                          data-control="down"
                          aria-describedby={textId}
                          aria-disabled={isLast ? 'true' : undefined}
                          onClick={() => move(question, 1)}
                        >
                          <span aria-hidden="true">↓</span> {LABELS.moveDown}
                        </button>
                        <button
                          type="button"
                          class="button quiet small picker-remove"
                          data-control="remove"
                          aria-describedby={textId}
                          onClick={() => remove(question)}
                        >
                          {LABELS.remove}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
