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
 * Does what the # part asks; returns true when it started a new draft. A new one starts with
 * the reader's own details and what the person's latest draft knows (`requestedDraftFields`).
 */
export function actOnRequest(
  hash: string,
  templates: readonly Template[],
  compose: EmailComposer,
): boolean {
  const asked = readComposerRequest(hash);
  if (!asked) return false;
  if (asked.action === 'open') {
    if ($drafts.get().drafts.some(({ id }) => id === asked.draftId)) selectDraft(asked.draftId);
    return false;
  }
  const { kind, name, fields, to, person } = asked.request;
  const template = templates.find((candidate) => candidate.kind === kind);
  if (!template) return false;
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
  return true;
}
