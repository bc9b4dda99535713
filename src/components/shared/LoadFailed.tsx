/**
 * What a tool shows when one of its data files could not be fetched: what failed, what it
 * means, and a way to try again.
 */
import { BUTTON_LABELS } from './ui-text';

interface Props {
  /** One or two sentences: what couldn't load and what that means for the reader. */
  message: string;
  /** Fetches the data again. */
  onRetry: () => void;
}

/** An error notice with a "Try again" button. */
export function LoadFailed({ message, onRetry }: Props) {
  return (
    <div class="notice error" role="alert">
      <p>{message}</p>
      <div class="notice-actions">
        <button type="button" class="button secondary small" onClick={onRetry}>
          {BUTTON_LABELS.tryAgain}
        </button>
      </div>
    </div>
  );
}
