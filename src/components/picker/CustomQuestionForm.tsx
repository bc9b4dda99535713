/**
 * Writing your own question: the text (up to 300 characters, never cut silently) and the part
 * of the conversation it belongs to. Refusals are shown under the field and tied to it. What is
 * typed is kept for the tab until it is added, so a reload loses nothing.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { CUSTOM_QUESTION_MAX } from '../../lib/list-operations';
import { PHASES, PHASE_LABELS, type Phase } from '../../lib/vocabulary';
import {
  $pendingQuestion,
  addPendingQuestion,
  editPendingQuestion,
  type BankIndex,
} from '../../stores/question-lists';
import { LimitedField } from '../shared/LimitedField';
import { useAnnouncement } from '../shared/useAnnouncement';
import { phaseInSentence } from './picker-text';

interface Props {
  listId: string;
  bank: BankIndex;
}

/** The "write your own question" form. */
export function CustomQuestionForm({ listId, bank }: Props) {
  const { text, phase } = useStore($pendingQuestion);
  const [error, setError] = useState<string>();
  // Said beside the button: the question lands at the end of its part, often out of view.
  const [added, showAdded] = useAnnouncement();

  return (
    <form
      class="picker-custom"
      noValidate
      aria-labelledby="picker-custom-heading"
      onSubmit={(event) => {
        event.preventDefault();
        // The part as saved: a choice made just now may not have redrawn the form yet.
        const { phase: addedTo } = $pendingQuestion.get();
        const result = addPendingQuestion(listId, bank);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        setError(undefined);
        showAdded(`Added your question to the end of ${phaseInSentence(addedTo)}.`);
      }}
    >
      <h3 id="picker-custom-heading">Write your own question</h3>
      <LimitedField
        id="picker-custom-text"
        label="Your question"
        hint="It goes at the end of the part you choose."
        value={text}
        limit={CUSTOM_QUESTION_MAX}
        showCount
        error={error}
        onChange={(value) => {
          editPendingQuestion({ text: value });
          setError(undefined);
        }}
      />
      <div class="field-row picker-custom-row">
        <div class="field">
          <label for="picker-custom-phase">Part of the conversation</label>
          <select
            id="picker-custom-phase"
            value={phase}
            onChange={(event) => editPendingQuestion({ phase: event.currentTarget.value as Phase })}
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
      <p class="picker-feedback" role="status">
        {added}
      </p>
    </form>
  );
}
