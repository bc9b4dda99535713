/**
 * Taking the list away: copy it as plain text or Markdown, download it as .txt or .md, or print
 * the question sheet. Every action confirms itself on screen and to screen readers.
 */
import {
  exportFilename,
  sheetToMarkdown,
  sheetToText,
  type QuestionSheet,
} from '../../lib/list-export';
import { copyText, downloadText } from '../shared/browser-actions';
import { useAnnouncement } from '../shared/useAnnouncement';
import { LABELS } from './picker-text';

interface Props {
  sheet: QuestionSheet;
}

/** The copy, download and print buttons with their confirmation. */
export function TakeAway({ sheet }: Props) {
  const [message, announce] = useAnnouncement();
  const empty = sheet.count === 0;

  const copy = async (format: 'text' | 'markdown') => {
    const ok = await copyText(format === 'text' ? sheetToText(sheet) : sheetToMarkdown(sheet));
    announce(
      ok
        ? `Copied as ${format === 'text' ? 'plain text' : 'Markdown'}. Paste it wherever you keep notes.`
        : 'Your browser did not let us copy. Download the list instead.',
    );
  };

  const download = (extension: 'txt' | 'md') => {
    const filename = exportFilename(sheet.title, extension);
    downloadText(
      filename,
      extension === 'txt' ? sheetToText(sheet) : sheetToMarkdown(sheet),
      extension === 'txt' ? 'text/plain' : 'text/markdown',
    );
    announce(`Downloaded ${filename}.`);
  };

  return (
    <section class="picker-takeaway" aria-labelledby="picker-takeaway-heading">
      <h3 id="picker-takeaway-heading">{LABELS.takeAway}</h3>
      <p class="picker-muted" id="picker-takeaway-hint">
        {empty
          ? 'Add a question first; then you can copy, download or print your list.'
          : 'Grouped by part, with the minutes for each. The printed sheet leaves room for notes under every question.'}
      </p>
      <div class="picker-takeaway-actions">
        <button
          type="button"
          class="button small"
          disabled={empty}
          onClick={() => void copy('text')}
        >
          Copy as text
        </button>
        <button
          type="button"
          class="button secondary small"
          disabled={empty}
          onClick={() => void copy('markdown')}
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          class="button secondary small"
          disabled={empty}
          onClick={() => download('txt')}
        >
          Download .txt
        </button>
        <button
          type="button"
          class="button secondary small"
          disabled={empty}
          onClick={() => download('md')}
        >
          Download .md
        </button>
        <button
          type="button"
          class="button secondary small"
          disabled={empty}
          onClick={() => window.print()}
        >
          Print the sheet
        </button>
      </div>
      <p class="picker-confirm" role="status">
        {message}
      </p>
    </section>
  );
}
