/**
 * How long the conversation is (15 to 60 minutes) and what that allows: how many questions,
 * the minutes for each part, and how the list compares.
 */
import type { ListFit } from '../../lib/list-fit';
import { PHASES } from '../../lib/vocabulary';
import { setLength } from '../../stores/question-lists';
import { phaseInSentence } from './picker-text';
import { LIST_LENGTHS, type ListLength } from '../../schemas/question-list';

interface Props {
  listId: string;
  minutes: ListLength;
  fit: ListFit;
}

const TONES = { empty: 'info', short: 'info', uneven: 'warn', good: 'ok', long: 'warn' } as const;

/** The length chooser and the plan it gives. */
export function LengthPlan({ listId, minutes, fit }: Props) {
  const { plan } = fit;
  const split = PHASES.map((phase, index) => {
    const part = `${plan.phaseMinutes[phase]} on ${phaseInSentence(phase)}`;
    return index === 0
      ? `about ${plan.phaseMinutes[phase]} minutes on ${phaseInSentence(phase)}`
      : part;
  });
  const splitText = `${split.slice(0, -1).join(', ')} and ${split[split.length - 1]}`;
  return (
    <div class="picker-plan">
      <fieldset class="picker-length">
        <legend>How long is the conversation?</legend>
        <div class="picker-length-options">
          {LIST_LENGTHS.map((length) => (
            <label key={length} class="picker-length-option">
              <input
                type="radio"
                name="picker-length"
                value={length}
                checked={length === minutes}
                onChange={() => setLength(listId, length)}
              />
              <span>{length} min</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p class="picker-plan-text">
        <strong>
          Aim for {plan.questions.min} to {plan.questions.max} questions.
        </strong>{' '}
        Spend {splitText}, with {plan.openingMinutes} to open and {plan.closingMinutes} to close.
      </p>
      {/* Always mounted, so a change in how the list fits is read out. */}
      <div role="status" class="picker-fit">
        {fit.status !== 'empty' && (
          <p class={`notice ${TONES[fit.status]}`} data-status={fit.status}>
            {fit.message}
          </p>
        )}
      </div>
    </div>
  );
}
