/**
 * Whether an island runs in the browser yet. The server renders an island's first state (so the
 * page does not jump when its script arrives), and the browser's first render must match it;
 * saved state, the address and the clock are read once this turns true, right after.
 */
import { useEffect, useState } from 'preact/hooks';

/** False on the server and for the first render in the browser; true from then on. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
