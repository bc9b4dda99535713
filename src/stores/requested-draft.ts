/**
 * Acting on a draft asked for by a link from another tool (src/lib/draft-request.ts): start one
 * with the details the link carries, or open one that is saved. Loaded only when the address
 * asks for a draft (src/components/composer/useRequestedDraft.ts), which most visits never do.
 */
import { readComposerRequest } from '../lib/draft-request';
import { requestedDraftFields } from '../lib/email-draft';
import type { EmailComposer } from '../lib/email-template';
import type { Template } from '../schemas/template';
import { $activeDraft, $drafts, createDraft, selectDraft } from './drafts';

/**
 * What came of a request: a draft started or opened, a draft asked for that this browser does
 * not hold (`missing`), a kind of email the composer lacks (`unknown`), or nothing asked.
 */
export type RequestOutcome = 'started' | 'opened' | 'missing' | 'unknown' | 'none';

/** What the reader is told when a link's request can't be met (loaded with the request). */
export const REQUEST_PROBLEMS = {
  missing:
    'The draft that link opens isn’t in this browser: drafts stay in the browser they were written in, and it may have been deleted. Your drafts here are below.',
  unknown:
    'That link asks for a kind of email this page doesn’t write, so no draft was started. Choose what you are writing below.',
} as const;

/**
 * Does what the # part asks. A new draft starts with the reader's own details and what the
 * person's latest draft knows (`requestedDraftFields`).
 */
export function actOnRequest(
  hash: string,
  templates: readonly Template[],
  compose: EmailComposer,
): RequestOutcome {
  const asked = readComposerRequest(hash);
  if (!asked) return 'none';
  if (asked.action === 'unknown') return 'unknown';
  if (asked.action === 'open') {
    if (!$drafts.get().drafts.some(({ id }) => id === asked.draftId)) return 'missing';
    selectDraft(asked.draftId);
    return 'opened';
  }
  const { kind, name, fields, to, person } = asked.request;
  const template = templates.find((candidate) => candidate.kind === kind);
  if (!template) return 'unknown';
  createDraft({
    kind,
    name: name || template.title,
    fields: requestedDraftFields({
      drafts: $drafts.get().drafts,
      open: $activeDraft.get(),
      personId: person?.id,
      given: fields,
    }),
    to,
    person,
    compose,
  });
  return 'started';
}
