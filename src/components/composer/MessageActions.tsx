/**
 * Taking the email away: copy the subject or the message, open it in the mail app through a
 * mailto: link, or download it as a text file. Confirmations are shown and announced.
 */
import { draftAsText, draftFileName } from '../../lib/email-draft';
import { looksLikeEmail } from '../../lib/email-address';
import { buildMailto } from '../../lib/mailto';
import { NO_SUBJECT_KINDS } from '../../lib/vocabulary';
import { copyText, downloadText } from '../shared/browser-actions';
import { useAnnouncement } from '../shared/useAnnouncement';
import type { Draft } from '../../schemas/draft';
import { plural } from '../../lib/plural';

interface Props {
  draft: Draft;
}

/** The action buttons and their confirmation. */
export function MessageActions({ draft }: Props) {
  const [message, announce] = useAnnouncement();
  // The recipient goes in the link only when it has an address's shape.
  const mailto = buildMailto(draft.subject, draft.body, looksLikeEmail(draft.to) ? draft.to : '');
  // A LinkedIn note is pasted into LinkedIn: no subject to copy, no mail app to open.
  const email = !NO_SUBJECT_KINDS.includes(draft.kind);

  const copy = async (what: 'subject' | 'message', text: string) => {
    const done = await copyText(text);
    announce(
      done
        ? `The ${what} is copied. Paste it into your email.`
        : `Your browser did not let us copy. Select the ${what} and copy it yourself.`,
    );
  };

  const download = () => {
    const filename = draftFileName(draft);
    downloadText(filename, draftAsText(draft));
    announce(`Downloaded ${filename}.`);
  };

  return (
    <div class="message-actions">
      <div class="message-buttons">
        {email && (
          <button
            type="button"
            class="button secondary"
            onClick={() => void copy('subject', draft.subject)}
          >
            Copy subject
          </button>
        )}
        <button type="button" class="button" onClick={() => void copy('message', draft.body)}>
          Copy message
        </button>
        {email && (
          <a
            class="button secondary"
            href={mailto.href}
            aria-describedby={mailto.tooLong ? 'mailto-warning' : undefined}
          >
            Open in mail app
          </a>
        )}
        <button type="button" class="button secondary" onClick={download}>
          Download as .txt
        </button>
      </div>
      <div class="action-status" role="status">
        {message && <p class="notice ok">{message}</p>}
      </div>
      {email && mailto.tooLong && (
        <p class="notice warn" id="mailto-warning">
          This email is long for a mail link ({plural(mailto.length, 'character')}), and some mail
          apps cut it short. If that happens, copy the subject and the message instead.
        </p>
      )}
    </div>
  );
}
