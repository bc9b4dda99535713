/**
 * A draft asked for by a link from another tool (src/lib/draft-request.ts): the Conversations
 * page's "Write the thank-you" starts one with the person's details, and a person's list of
 * drafts opens one. The request is read once the page runs, acted on, and taken out of the
 * address, so a reload or Back never makes a second copy.
 */
import { useEffect, useRef } from 'preact/hooks';
import { readComposerRequest } from '../../lib/draft-request';
import type { EmailComposer } from '../../lib/email-template';
import type { Template } from '../../schemas/template';
import { $drafts, createDraft, selectDraft } from '../../stores/drafts';

/** What the address asked for, read once in the browser (nothing on the server). */
function requestInAddress() {
  return typeof location === 'undefined' ? undefined : readComposerRequest(location.hash);
}

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
  const request = useRef(requestInAddress());
  const done = useRef(false);
  useEffect(() => {
    const asked = request.current;
    if (!mounted || !asked || done.current) return;
    done.current = true;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (asked.action === 'open') {
      if ($drafts.get().drafts.some(({ id }) => id === asked.draftId)) selectDraft(asked.draftId);
      return;
    }
    const { kind, name, fields, to, person } = asked.request;
    const template = templates.find((candidate) => candidate.kind === kind);
    if (!template) return;
    createDraft({ kind, name: name || template.title, fields, to, person, compose });
    onStarted();
  }, [mounted, templates, compose, onStarted]);
  return request.current !== undefined;
}
