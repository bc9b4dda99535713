/**
 * One question of the reader's list: a handle to drag it, its text (with "Your own" or a
 * caution), and buttons to move it up or down within its part or remove it. It renders again
 * only when its own props change, so one change to a long list does not redraw every question.
 */
import type { ResolvedQuestion } from '../../lib/question-list';
import { memo } from '../shared/memo';
import { LABELS } from './picker-text';
import type { DragHandlers } from './useDragReorder';

/** What a row's buttons do; the same object for every render, so rows can skip renders. */
export interface RowActions {
  move: (question: ResolvedQuestion, step: -1 | 1) => void;
  remove: (question: ResolvedQuestion) => void;
  drag: DragHandlers;
}

interface Props {
  question: ResolvedQuestion;
  /** Whether it is first or last in its part (it cannot move past its part). */
  isFirst: boolean;
  isLast: boolean;
  actions: RowActions;
}

/**
 * Everything in a row but its number (which PhaseSection writes, as it follows every change
 * above it): the handle, the text and the buttons.
 */
export const QuestionRow = memo(function QuestionRow({
  question,
  isFirst,
  isLast,
  actions,
}: Props) {
  const textId = `picker-item-${question.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <>
      <span
        class="picker-drag"
        aria-hidden="true"
        title="Drag to reorder"
        onPointerDown={(event) => actions.drag.onPointerDown(event, question.key)}
        onPointerMove={actions.drag.onPointerMove}
        onPointerUp={(event) => actions.drag.onPointerEnd(event, true)}
        onPointerCancel={(event) => actions.drag.onPointerEnd(event, false)}
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
        {question.source === 'custom' && <span class="picker-tag">{LABELS.yourOwn}</span>}
        {question.question?.caution && (
          <p class="picker-caution">
            <span class="picker-label">{LABELS.takeCare}</span> {question.question.caution}
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
          onClick={() => actions.move(question, -1)}
        >
          <span aria-hidden="true">↑</span> {LABELS.moveUp}
        </button>
        <button
          type="button"
          class="button quiet small"
          data-control="down"
          aria-describedby={textId}
          aria-disabled={isLast ? 'true' : undefined}
          onClick={() => actions.move(question, 1)}
        >
          <span aria-hidden="true">↓</span> {LABELS.moveDown}
        </button>
        <button
          type="button"
          class="button quiet small picker-remove"
          data-control="remove"
          aria-describedby={textId}
          onClick={() => actions.remove(question)}
        >
          {LABELS.remove}
        </button>
      </div>
    </>
  );
});
