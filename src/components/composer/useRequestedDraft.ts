/**
 * A draft asked for by a link from another tool: the Conversations page's "Write the
 * thank-you" starts one with the person's details, and a person's list of drafts opens one. The
 * request is read once the page runs, and again whenever the address changes to one (a link
 * followed while the page is open), acted on (src/stores/requested-draft.ts, loaded only then),
 * and taken out of the address, so a reload or Back never makes a second copy. A request that
 * can't be met (a draft this browser doesn't hold, a kind of email the page doesn't write) is
 * said, never dropped in silence.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EmailComposer } from '../../lib/email-template';
import type { Template } from '../../schemas/template';

/** Whether the address asks for a draft: "#new=…" or "#draft=…" (nothing on the server). */
const addressAsks = () => typeof location !== 'undefined' && /^#(?:new|draft)=/.test(location.hash);

/** What the composer does with a request's outcome. */
interface RequestHandlers {
  /** A new draft was started from the request. */
  onStarted: () => void;
  /** The request couldn't be met; the message says why. */
  onRefused: (message: string) => void;
}

/**
 * Acts on the address's request once the page runs (when the reader's locale, which dates in
 * the text follow, is known) and whenever the address asks again. Returns whether the address
 * asked on arrival, so the composer does not also start its first-visit draft.
 */
export function useRequestedDraft(
  mounted: boolean,
  templates: readonly Template[],
  compose: EmailComposer,
  handlers: RequestHandlers,
): boolean {
  const asks = useRef(addressAsks());
  // The latest values, read when the request's code has loaded.
  const latest = useRef({ templates, compose, handlers });
  latest.current = { templates, compose, handlers };

  useEffect(() => {
    if (!mounted) return;
    const act = () => {
      if (!addressAsks()) return;
      const hash = location.hash;
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      import('../../stores/requested-draft').then(
        ({ actOnRequest, REQUEST_PROBLEMS }) => {
          const now = latest.current;
          const outcome = actOnRequest(hash, now.templates, now.compose);
          if (outcome === 'started') now.handlers.onStarted();
          else if (outcome === 'missing' || outcome === 'unknown')
            now.handlers.onRefused(REQUEST_PROBLEMS[outcome]);
        },
        () => {
          // The request's code didn't load (offline, say): the reader starts a draft themselves.
        },
      );
    };
    act();
    window.addEventListener('hashchange', act);
    return () => window.removeEventListener('hashchange', act);
  }, [mounted]);
  return asks.current;
}
