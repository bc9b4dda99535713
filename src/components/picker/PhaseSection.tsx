/**
 * One part of the conversation in the reader's list: its name, how many questions it has
 * against about how many fit in its minutes, and its questions in order (or what to ask there,
 * while it is empty).
 */
import type { PhaseFit } from '../../lib/list-fit';
import type { ResolvedQuestion } from '../../lib/question-list';
import { PHASE_HINTS, PHASE_LABELS, type Phase } from '../../lib/vocabulary';
import { QuestionRow, type RowActions } from './QuestionRow';
import type { Drag } from './useDragReorder';

interface Props {
  phase: Phase;
  fit: PhaseFit | undefined;
  /** The part's questions, in order. */
  questions: readonly ResolvedQuestion[];
  /** The position of the part's first question in the whole list, from 0. */
  start: number;
  drag: Drag | null;
  actions: RowActions;
}

/** How a row looks during a drag. */
function dragState(drag: Drag | null, key: string, position: number) {
  if (!drag) return '';
  if (drag.key === key) return ' is-dragging';
  if (drag.target === drag.from || position !== drag.target) return '';
  return drag.target < drag.from ? ' drop-before' : ' drop-after';
}

/** The part's section. */
export function PhaseSection({ phase, fit, questions, start, drag, actions }: Props) {
  const headingId = `picker-phase-${phase}`;
  return (
    <section class="picker-phase" aria-labelledby={headingId}>
      <div class="picker-phase-head">
        <h3 id={headingId}>{PHASE_LABELS[phase]}</h3>
        {fit && (
          <p class={`picker-phase-count${fit.over ? ' is-over' : ''}`}>
            <span>
              {fit.chosen} of about {fit.fits}
            </span>
            <span aria-hidden="true"> · </span>
            <span class="visually-hidden">, </span>
            <span>{fit.minutes} min</span>
            {fit.over && <span class="picker-over"> · more than fits</span>}
          </p>
        )}
      </div>
      {questions.length === 0 ? (
        <p class="picker-phase-empty">{PHASE_HINTS[phase]}</p>
      ) : (
        <ol class="picker-items" start={start + 1}>
          {questions.map((question, index) => (
            <li
              key={question.key}
              data-key={question.key}
              class={`picker-item${dragState(drag, question.key, start + index)}`}
            >
              <span class="picker-item-number" aria-hidden="true">
                {start + index + 1}
              </span>
              <QuestionRow
                question={question}
                isFirst={index === 0}
                isLast={index === questions.length - 1}
                actions={actions}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
