/**
 * One question of the bank as the picker lists it: the question, why to ask it, any caution,
 * its topics, and a button to add it to the list or take it out. It renders again only when
 * the question or whether it is in the list changes.
 */
import { TOPIC_LABELS } from '../../lib/vocabulary';
import type { Question } from '../../schemas/question';
import { memo } from '../shared/memo';
import { LABELS } from './picker-text';

interface Props {
  question: Question;
  /** Whether it is in the open list. */
  inList: boolean;
  /** Adds it or takes it out; the same function on every render. */
  onToggle: (question: Question) => void;
}

/** The bank question's row. */
export const BankQuestionItem = memo(function BankQuestionItem({
  question,
  inList,
  onToggle,
}: Props) {
  const textId = `picker-bank-q-${question.id}`;
  return (
    <li class={`picker-bank-item${inList ? ' is-chosen' : ''}`}>
      <div class="picker-bank-body">
        <p class="picker-bank-text" id={textId}>
          {question.text}
        </p>
        <p class="picker-why">
          <span class="picker-label">{LABELS.whyAsk}</span> {question.why}
        </p>
        {question.caution && (
          <p class="picker-caution">
            <span class="picker-label">{LABELS.takeCare}</span> {question.caution}
          </p>
        )}
        <ul class="picker-topics" aria-label="Topics">
          {question.topics.map((topic) => (
            <li key={topic}>{TOPIC_LABELS[topic]}</li>
          ))}
        </ul>
      </div>
      <div class="picker-bank-action">
        {inList && <span class="picker-tag is-chosen">{LABELS.inList}</span>}
        <button
          type="button"
          class={`button small ${inList ? 'quiet' : 'secondary'}`}
          aria-describedby={textId}
          onClick={() => onToggle(question)}
        >
          {inList ? LABELS.remove : LABELS.add}
        </button>
      </div>
    </li>
  );
});
