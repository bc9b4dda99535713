/**
 * The current time for the page's rules, moved on every minute and whenever the tab comes back
 * into view, so a step turns due or late on screen without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { MINUTE, type Instant } from '../../lib/time';

/** The time, kept current while `running` (from mount: the server's time is never shown). */
export function useNow(running: boolean): Instant {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, MINUTE);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [running]);
  return now;
}
