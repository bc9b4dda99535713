/**
 * The email as it stands: subject and body, filled from the details and free to edit. Once the
 * reader edits it, the details no longer overwrite it; "Rebuild from the details" asks first.
 */
import type { RefObject } from 'preact';
import { TEXT_LIMITS } from '../../lib/email-draft';
import { characters } from '../../lib/text-limit';
import type { EmailComposer } from '../../lib/email-template';
import { countWords } from '../../lib/reading';
import { NO_SUBJECT_KINDS } from '../../lib/vocabulary';
import { editDraftText, rebuildDraft } from '../../stores/drafts';
import { MessageActions } from './MessageActions';
import { InlineConfirm } from '../shared/InlineConfirm';
import { LimitedField } from '../shared/LimitedField';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import type { Draft } from '../../schemas/draft';
import { plural } from '../../lib/plural';

interface Props {
  draft: Draft;
  compose: EmailComposer;
  subjectRef: RefObject<HTMLElement>;
  /** How many checks suggest a change, shown under the message with a link to them. */
  suggestions: number;
}

/** The message section. */
export function MessageEditor({ draft, compose, subjectRef, suggestions }: Props) {
  const focusAfterRender = useFocusAfterRender();
  const words = countWords(draft.body);
  // A LinkedIn note has no subject line; focus then goes to the message instead.
  const hasSubject = !NO_SUBJECT_KINDS.includes(draft.kind);

  const rebuild = () => {
    rebuildDraft(draft.id, compose);
    focusAfterRender(subjectRef);
  };

  return (
    <section class="composer-message" aria-labelledby="message-heading">
      <h2 id="message-heading">Your email</h2>
      {draft.edited && (
        <div class="notice info edited-notice">
          <p>
            You have edited this email, so changing the details or the kind no longer changes it.
          </p>
          <InlineConfirm
            id="rebuild"
            label="Rebuild from the details"
            buttonClass="button secondary small"
            question="Replace your edited subject and message with text built from the details? Your own changes will be lost."
            confirmLabel="Replace my text"
            cancelLabel="Keep my text"
            onConfirm={rebuild}
          />
        </div>
      )}

      {hasSubject && (
        <LimitedField
          id="email-subject"
          label="Subject"
          value={draft.subject}
          limit={TEXT_LIMITS.subject}
          onChange={(after, before) => editDraftText(draft.id, { subject: { before, after } })}
          inputRef={subjectRef}
        />
      )}
      <LimitedField
        id="email-body"
        label="Message"
        hint={`Edit it as you like: the checks read what you write. Up to ${characters(TEXT_LIMITS.body)}.`}
        value={draft.body}
        limit={TEXT_LIMITS.body}
        rows={16}
        onChange={(after, before) => editDraftText(draft.id, { body: { before, after } })}
        inputRef={hasSubject ? undefined : subjectRef}
        footer={
          <p class="word-count">
            {plural(words, 'word')} ·{' '}
            <a href="#checks-heading">
              {suggestions === 0 ? 'all checks pass' : plural(suggestions, 'suggestion')}
            </a>
          </p>
        }
      />
      <MessageActions draft={draft} />
    </section>
  );
}
