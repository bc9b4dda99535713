/**
 * "Download all my data": one file with every tool's data, the same button on every tool and on
 * the privacy page. The export code (and the other tools' stores) is fetched only when the
 * reader presses it, so no tool page carries it before then.
 */
import { useState } from 'preact/hooks';
import { BUTTON_LABELS } from './ui-text';
import { useAnnouncement } from './useAnnouncement';

interface Props {
  /** The button's classes. Default: a secondary button. */
  buttonClass?: string;
  /** Called with the file's name once it is downloaded. */
  onDownloaded?: (fileName: string) => void;
}

/** The button and the line that says what happened. */
export function DownloadAllButton({ buttonClass = 'button secondary', onDownloaded }: Props) {
  const [message, announce] = useAnnouncement();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const [{ exportAllData }, { downloadText }] = await Promise.all([
        import('../../stores/data-transfer'),
        import('./browser-actions'),
      ]);
      const file = await exportAllData();
      downloadText(file.name, file.text, 'application/json');
      announce(`Downloaded ${file.name}.`);
      onDownloaded?.(file.name);
    } catch {
      announce('The file couldn’t be made. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <span class="download-all">
      {/* Busy, it says so without `disabled`, which would drop the reader's focus to the page. */}
      <button
        type="button"
        class={buttonClass}
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void download()}
      >
        {BUTTON_LABELS.downloadAll}
      </button>
      <span class="download-all-status" role="status">
        {message}
      </span>
    </span>
  );
}
