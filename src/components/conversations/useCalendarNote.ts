/**
 * What a calendar download said ("Downloaded conversation-dana-ortiz.ics … Open it to add it to
 * your calendar."), announced to screen readers and also shown beside the button pressed, since
 * the browser's own download notice says nothing of what to do with the file.
 */
import { useState } from 'preact/hooks';

/** The last download's message and where it was asked for. */
export interface CalendarNote {
  place: string;
  message: string;
}

/** The note to show, and a reporter for the download asked for at `place`. */
export function useCalendarNote(
  announce: (message: string) => void,
): [CalendarNote | undefined, (place: string) => (message: string) => void] {
  const [note, setNote] = useState<CalendarNote>();
  return [
    note,
    (place) => (message) => {
      announce(message);
      setNote({ place, message });
    },
  ];
}
