/**
 * Whether a form's values differ from those it opened with, so canceling it would lose
 * something: compared as JSON, which is enough for the plain values forms hold.
 */
import { useState } from 'preact/hooks';

/**
 * True once `values` no longer equal `opened` as it was on the first render: by default the
 * values themselves then; a form reopened from unsaved text passes what is saved instead.
 */
export function useChangedSinceOpened(values: unknown, opened: unknown = values): boolean {
  const [first] = useState(() => JSON.stringify(opened));
  return JSON.stringify(values) !== first;
}
