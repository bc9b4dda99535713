/**
 * Shows a store's storage notice (data recovered, storage off, storage full) in the same words
 * on every tool, with a way to download the kept copy and to dismiss the notice.
 */
import { useStore } from '@nanostores/preact';
import { describeNotice } from '../../lib/storage-notice';
import { readBackup, type PersistedStore } from '../../stores/persistence';
import { downloadText } from './browser-actions';
import { BUTTON_LABELS } from './ui-text';

interface Props {
  /** The store whose notice to show. */
  store: PersistedStore<unknown>;
  /** The file name for the kept copy, e.g. "question-lists-backup.json". */
  backupFilename: string;
}

/** The banner; renders nothing while there is nothing to say. */
export function StorageNoticeBanner({ store, backupFilename }: Props) {
  const notice = useStore(store.$notice);
  if (!notice) return null;
  const { tone, message } = describeNotice(notice);
  const backup =
    notice.kind === 'recovered' || notice.kind === 'partial' ? readBackup(store) : undefined;
  return (
    <div class={`notice ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{message}</p>
      <div class="notice-actions">
        {backup !== undefined && (
          <button
            type="button"
            class="button secondary small"
            onClick={() => downloadText(backupFilename, backup, 'application/json')}
          >
            {BUTTON_LABELS.downloadCopy}
          </button>
        )}
        {notice.kind !== 'write-failed' && (
          <button
            type="button"
            class="button quiet small"
            onClick={() => store.$notice.set(undefined)}
          >
            {BUTTON_LABELS.dismiss}
          </button>
        )}
      </div>
    </div>
  );
}
