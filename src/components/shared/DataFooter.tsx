/**
 * The line at the end of every tool about the reader's data: it stays in this browser, can be
 * downloaded in one file, and can be brought into another browser or deleted on the privacy page.
 */
import { DownloadAllButton } from './DownloadAllButton';
import './shared.css';

/** The footer line. */
export function DataFooter() {
  return (
    <aside class="data-footer no-print" aria-label="Your data">
      <p>
        Everything you make here stays in this browser. Take it to another browser, or delete it, on
        the <a href="/privacy/#your-data">privacy page</a>.
      </p>
      <DownloadAllButton buttonClass="button secondary small" />
    </aside>
  );
}
