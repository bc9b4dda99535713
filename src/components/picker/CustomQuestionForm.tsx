/**
 * Writing your own question: the text (up to 300 characters, never cut silently) and the part
 * of the conversation it belongs to. Refusals are shown under the field and tied to it.
 */
import { useState } from 'preact/hooks';
import { CUSTOM_QUESTION_MAX } from '../../lib/list-operations';
import { characterCount } from '../../lib/text-limit';
import { PHASES, PHASE_LABELS, type Phase } from '../../lib/vocabulary';
import { addCustomQuestion, type BankIndex } from '../../stores/question-lists';
import { phaseInSentence } from './picker-text';

interface Props {
  listId: string;
  bank: BankIndex;
  announce: (message: string) => void;
}

/** The "write your own question" form. */
export function CustomQuestionForm({ listId, bank, announce }: Props) {
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>('present');
  const [error, setError] = useState<string>();
  const length = characterCount(text.replace(/\s+/g, ' ').trim());
  const tooLong = length > CUSTOM_QUESTION_MAX;

  const describedBy = [
    'picker-custom-hint',
    'picker-custom-count',
    error ? 'picker-custom-error' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      class="picker-custom"
      noValidate
      aria-labelledby="picker-custom-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const result = addCustomQuestion(listId, text, phase, bank);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        setText('');
        setError(undefined);
        announce(`Added your question to ${phaseInSentence(phase)}.`);
      }}
    >
      <h3 id="picker-custom-heading">Write your own question</h3>
      <div class="field">
        <label for="picker-custom-text">Your question</label>
        <span class="hint" id="picker-custom-hint">
          Up to {CUSTOM_QUESTION_MAX} characters. It goes at the end of the part you choose.
        </span>
        <input
          id="picker-custom-text"
          type="text"
          autocomplete="off"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <span class={`hint picker-count${tooLong ? ' is-over' : ''}`} id="picker-custom-count">
          {length} of {CUSTOM_QUESTION_MAX} characters
        </span>
        {error && (
          <p class="picker-error" id="picker-custom-error">
            {error}
          </p>
        )}
      </div>
      <div class="picker-custom-row">
        <div class="field">
          <label for="picker-custom-phase">Part of the conversation</label>
          <select
            id="picker-custom-phase"
            value={phase}
            onChange={(event) => setPhase(event.currentTarget.value as Phase)}
          >
            {PHASES.map((option) => (
              <option key={option} value={option}>
                {PHASE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          Add my question
        </button>
      </div>
    </form>
  );
}
