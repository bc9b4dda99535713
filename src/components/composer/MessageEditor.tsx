/**
 * The email as it stands: subject and body, filled from the details and free to edit. Once the
 * reader edits it, the details no longer overwrite it; "Rebuild from the details" asks first.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../lib/email-draft';
import { characters } from '../../lib/text-limit';
import type { EmailComposer } from '../../lib/email-template';
import { countWords } from '../../lib/reading';
import { NO_SUBJECT_KINDS } from '../../lib/vocabulary';
import { editDraftText, rebuildDraft } from '../../stores/drafts';
import { MessageActions } from './MessageActions';
import { LimitedField } from '../shared/LimitedField';
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
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const rebuildRef = useRef<HTMLButtonElement>(null);
  const words = countWords(draft.body);
  // A LinkedIn note has no subject line; focus then goes to the message instead.
  const hasSubject = !NO_SUBJECT_KINDS.includes(draft.kind);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const rebuild = () => {
    rebuildDraft(draft.id, compose);
    setConfirming(false);
    requestAnimationFrame(() => subjectRef.current?.focus());
  };

  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => rebuildRef.current?.focus());
  };

  return (
    <section class="composer-message" aria-labelledby="message-heading">
      <h2 id="message-heading">Your email</h2>
      {draft.edited && (
        <div class="notice info edited-notice">
          {confirming ? (
            <div
              role="group"
              aria-labelledby="rebuild-question"
              onKeyDown={(event) => {
                if (event.key === 'Escape') keep();
              }}
            >
              <p id="rebuild-question">
                Replace your edited subject and message with text built from the details? Your own
                changes will be lost.
              </p>
              <div class="notice-actions">
                <button
                  type="button"
                  class="button danger small"
                  ref={confirmRef}
                  onClick={rebuild}
                >
                  Replace my text
                </button>
                <button type="button" class="button secondary small" onClick={keep}>
                  Keep my text
                </button>
              </div>
            </div>
          ) : (
            <>
              <p>You have edited this email, so changing the details no longer changes it.</p>
              <div class="notice-actions">
                <button
                  type="button"
                  class="button secondary small"
                  ref={rebuildRef}
                  onClick={() => setConfirming(true)}
                >
                  Rebuild from the details
                </button>
              </div>
            </>
          )}
        </div>
      )}

      {hasSubject && (
        <LimitedField
          id="email-subject"
          label="Subject"
          value={draft.subject}
          limit={TEXT_LIMITS.subject}
          onChange={(subject) => editDraftText(draft.id, { subject })}
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
        onChange={(body) => editDraftText(draft.id, { body })}
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
