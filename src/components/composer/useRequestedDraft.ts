/**
 * A draft asked for by a link from another tool: the Conversations page's "Write the
 * thank-you" starts one with the person's details, and a person's list of drafts opens one. The
 * request is read once the page runs, acted on (src/stores/requested-draft.ts, loaded only
 * then), and taken out of the address, so a reload or Back never makes a second copy.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EmailComposer } from '../../lib/email-template';
import type { Template } from '../../schemas/template';

/** Whether the address asks for a draft: "#new=…" or "#draft=…" (nothing on the server). */
const addressAsks = () => typeof location !== 'undefined' && /^#(?:new|draft)=/.test(location.hash);

/**
 * Acts on the address's request once the page runs (when the reader's locale, which dates in
 * the text follow, is known), then calls `onStarted` for a new draft. Returns whether there was
 * a request, so the composer does not also start its first-visit draft.
 */
export function useRequestedDraft(
  mounted: boolean,
  templates: readonly Template[],
  compose: EmailComposer,
  onStarted: () => void,
): boolean {
  const asks = useRef(addressAsks());
  const started = useRef(false);
  // The latest values, read when the request's code has loaded.
  const latest = useRef({ templates, compose, onStarted });
  latest.current = { templates, compose, onStarted };

  useEffect(() => {
    if (!mounted || !asks.current || started.current) return;
    started.current = true;
    const hash = location.hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    import('../../stores/requested-draft').then(
      ({ actOnRequest }) => {
        const now = latest.current;
        if (actOnRequest(hash, now.templates, now.compose)) now.onStarted();
      },
      () => {
        // The request's code didn't load (offline, say): the reader starts a draft themselves.
      },
    );
  }, [mounted]);
  return asks.current;
}
