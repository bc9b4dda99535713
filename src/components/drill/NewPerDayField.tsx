/**
 * How many new cards a day the drill brings in. What the reader types is kept as typed until
 * it is a whole number in range, and only then saved, so clearing the field to type a new
 * number never saves a zero.
 */
import { useState } from 'preact/hooks';
import { MAX_NEW_PER_DAY } from '../../schemas/review-progress';

interface Props {
  /** The saved number. */
  value: number;
  /** Called with a valid new number. */
  onCommit: (count: number) => void;
}

/** A whole number from 0 to the maximum, or undefined. */
function parseCount(text: string): number | undefined {
  const count = Number(text);
  return text.trim() !== '' && Number.isInteger(count) && count >= 0 && count <= MAX_NEW_PER_DAY
    ? count
    : undefined;
}

/** The "New cards a day" field. */
export function NewPerDayField({ value, onCommit }: Props) {
  const [typed, setTyped] = useState<string>();
  const invalid = typed !== undefined && parseCount(typed) === undefined;

  return (
    <div class="field new-per-day">
      <label for="drill-new-per-day">New cards a day</label>
      <span class="hint" id="drill-new-per-day-hint">
        New cards a session brings in each day, across all decks (0 to {MAX_NEW_PER_DAY}).
      </span>
      <input
        id="drill-new-per-day"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_NEW_PER_DAY}
        step={1}
        value={typed ?? String(value)}
        aria-describedby={
          invalid ? 'drill-new-per-day-hint drill-new-per-day-error' : 'drill-new-per-day-hint'
        }
        aria-invalid={invalid}
        onInput={(event) => setTyped(event.currentTarget.value)}
        onChange={(event) => {
          const count = parseCount(event.currentTarget.value);
          if (count === undefined) return;
          setTyped(undefined);
          onCommit(count);
        }}
      />
      {invalid && (
        <span class="field-error" id="drill-new-per-day-error">
          Enter a whole number from 0 to {MAX_NEW_PER_DAY}.
        </span>
      )}
    </div>
  );
}
