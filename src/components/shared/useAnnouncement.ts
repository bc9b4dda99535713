/**
 * A short confirmation ("Copied to the clipboard") shown beside a control and read out by
 * screen readers through a live region; it clears itself after a few seconds.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a confirmation stays visible, in milliseconds. */
export const ANNOUNCEMENT_MS = 4000;

/** Returns the current message and a function to show a new one. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (next: string) => {
    clearTimeout(timer.current);
    // Clearing first makes a repeated message ("Copied") be announced again.
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
    timer.current = setTimeout(() => setMessage(''), ANNOUNCEMENT_MS);
  };
  return [message, announce];
}
